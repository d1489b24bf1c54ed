// "Fordeling på udvalg": the proposal's permanent change split over the committees of its
// presenting administrations, by core's largest-remainder distribution so the parts add up.
// Without a key in the proposal the split is equal; the table says so (a guess is labelled).
import type { AmountUnit, YearAmounts } from '../../core/model.ts';
import type { MasterData } from '../api/types.ts';
import { distributeSeries, formatAmount } from '../lib/engine.ts';
import { committeeName, committeeOfAdministration } from '../lib/master-data.ts';
import { da } from '../i18n/da.ts';

export function committeesOf(md: MasterData | null, administrations: string[]): string[] {
  const out: string[] = [];
  for (const a of administrations) {
    const c = committeeOfAdministration(md, a) ?? a;
    if (!out.includes(c)) out.push(c);
  }
  return out;
}

export function DistributionTable({
  md,
  administrations,
  series,
  years,
  unit,
}: {
  md: MasterData | null;
  administrations: string[];
  series: YearAmounts;
  years: number[];
  unit: AmountUnit;
}) {
  const committees = committeesOf(md, administrations);
  if (committees.length === 0) return <p>{da.none}</p>;
  const parts = distributeSeries(
    series,
    committees.map((c) => [c, 1] as const),
    unit === 'mio.kr' ? 'mio.kr' : unit === 't.kr' ? 't.kr' : 'kr',
  );
  return (
    <div className="table-wrap">
      <table data-testid="distribution">
        <caption>
          {da.proposal.distribution} ({da.proposal.permanentTotal.toLowerCase()})
          {committees.length > 1 && <span className="guess"> {da.editor.equalSplitGuess}</span>}
        </caption>
        <thead>
          <tr>
            <th scope="col">{da.round.committee}</th>
            {years.map((y) => (
              <th scope="col" key={y} className="num">
                {y}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {committees.map((c) => (
            <tr key={c}>
              <th scope="row">{committeeName(md, c)}</th>
              {years.map((y) => {
                const v = parts[c]?.[String(y)];
                return (
                  <td key={y} className="num">
                    {v === undefined ? '' : formatAmount(v, unit)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
