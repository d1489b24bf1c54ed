// The rising profiles (stigende profiler) that count towards a round's targets, one row per line:
// its committee, where it comes from (a proposal adopted in an earlier round, linked, or typed in
// by the finance centre) and its amount per year. Shown on the round page and, for the derived
// lines, on the round's settings page.
import type { AmountUnit } from '../../core/model.ts';
import type { RisingProfileLine } from '../api/types.ts';
import { da } from '../i18n/da.ts';
import { formatAmount } from '../lib/engine.ts';
import { href } from '../lib/router.ts';

export function RisingProfileTable({
  lines,
  years,
  unit,
  caption,
  committeeName,
  testId,
}: {
  lines: readonly RisingProfileLine[];
  years: readonly number[];
  unit: AmountUnit;
  caption: string;
  committeeName: (id: string) => string;
  testId?: string;
}) {
  return (
    <div className="table-wrap">
      <table data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{da.round.committee}</th>
            <th scope="col">{da.round.risingSource}</th>
            {years.map((y) => (
              <th scope="col" key={y} className="num">
                {y}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {lines.map((l, k) => (
            <tr key={k}>
              <td>{committeeName(l.committee)}</td>
              <th scope="row">
                {l.source.kind === 'derived' ? (
                  <>
                    <a href={href(`/forslag/${l.source.proposalId}`)}>{l.title}</a> (
                    {da.round.risingDerived(l.source.roundName)})
                  </>
                ) : (
                  <>
                    {l.title} ({da.round.risingManual})
                  </>
                )}
              </th>
              {years.map((y) => {
                const v = l.amounts[String(y)];
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
