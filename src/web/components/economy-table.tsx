// The economic table, read-only: the document's lines, then computed rows set apart (shaded,
// marked "Beregnet"), with stated values that differ flagged in the cell.
import type { AmountUnit, Economy, YearAmounts } from '../../core/model.ts';
import type { DerivedEconomy } from '../../core/derive.ts';
import { formatAmount, unitLabel } from '../lib/engine.ts';
import { amountOrBlank, layoutEconomy, paybackDiffers, paybackText } from '../lib/economy-rows.ts';
import type { ComputedRow } from '../lib/economy-rows.ts';
import { da } from '../i18n/da.ts';
import { Abbr, PriceLevel } from './abbr.tsx';

function cell(amounts: YearAmounts | null | undefined, year: number, unit: AmountUnit): string {
  const v = amountOrBlank(amounts, year);
  return v === null ? '' : formatAmount(v, unit);
}

export function ComputedCells({ row, years, unit }: { row: ComputedRow; years: number[]; unit: AmountUnit }) {
  return (
    <>
      {years.map((y) => {
        const differs = row.differs.includes(y);
        const stated = amountOrBlank(row.stated, y);
        return (
          <td key={y} className={differs ? 'num differs' : 'num'} data-year={y}>
            {cell(row.amounts, y, unit)}
            {differs && (
              <span
                className="flag"
                title={da.proposal.differs(stated === null ? da.proposal.blank : formatAmount(stated, unit))}
              >
                <span aria-hidden="true"> ⚠</span>
                <span className="sr-only">
                  {da.proposal.differs(stated === null ? da.proposal.blank : formatAmount(stated, unit))}
                </span>
                <span className="stated" aria-hidden="true">
                  {stated === null ? da.proposal.blank : formatAmount(stated, unit)}
                </span>
              </span>
            )}
          </td>
        );
      })}
    </>
  );
}

export function PaybackRows({
  economy,
  derived,
  colSpan,
  labelSpan = 1,
}: {
  economy: Economy;
  derived: DerivedEconomy;
  colSpan: number;
  labelSpan?: number;
}) {
  const items = [
    {
      key: 'service',
      label: da.proposal.paybackService,
      years: derived.paybackService,
      year: derived.paybackServiceYear,
      reason: derived.paybackServiceReason,
      stated: economy.stated.paybackService,
      statedText: economy.stated.paybackServiceText,
    },
    {
      key: 'total',
      label: da.proposal.paybackTotal,
      years: derived.paybackTotal,
      year: derived.paybackTotalYear,
      reason: derived.paybackTotalReason,
      stated: economy.stated.paybackTotal,
      statedText: economy.stated.paybackTotalText,
    },
  ];
  return (
    <>
      {items.map((p) => {
        const hasStated = p.stated !== null || (p.statedText ?? null) !== null;
        const differs = hasStated && paybackDiffers(p.stated, p.years);
        return (
          <tr key={p.key} className="computed total" data-row={`payback-${p.key}`}>
            <th scope="row" colSpan={labelSpan}>
              {p.label} <span className="tag">{da.proposal.computedRow}</span>
            </th>
            <td
              colSpan={colSpan}
              className={differs ? 'differs' : undefined}
              data-testid={`payback-${p.key}`}
            >
              <span title={p.reason ?? undefined}>{paybackText(p.years, p.year)}</span>
              {differs && (
                <span className="flag">
                  {' '}
                  ⚠{' '}
                  {da.proposal.differs(
                    p.statedText ?? (p.stated === null ? da.proposal.noPayback : da.years(p.stated)),
                  )}
                </span>
              )}
            </td>
          </tr>
        );
      })}
    </>
  );
}

export function EconomyTable({ economy, derived }: { economy: Economy; derived?: DerivedEconomy }) {
  const layout = layoutEconomy(economy, derived);
  const { years } = layout;
  const unit = economy.unit;
  return (
    <div className="table-wrap">
      <table className="economy">
        <caption>
          {da.proposal.economyCaption} ({unitLabel(unit)} <PriceLevel year={economy.priceLevelYear} />)
        </caption>
        <thead>
          <tr>
            <th scope="col">{da.proposal.line}</th>
            <th scope="col">{da.proposal.area}</th>
            {years.map((y) => (
              <th scope="col" key={y} className="num">
                {y}
              </th>
            ))}
          </tr>
        </thead>
        {layout.sections.map(({ section, rows }) => (
          <tbody key={section}>
            <tr className="section-head">
              <th scope="rowgroup" colSpan={years.length + 2}>
                {da.sections[section]}
              </th>
            </tr>
            {rows.map((r) =>
              r.kind === 'line' ? (
                <tr key={`l${r.index}`}>
                  <th scope="row" className="label">
                    {r.line.label}
                    {r.line.grundinvestering && (
                      <span className="tag">
                        <Abbr name="grund" />
                      </span>
                    )}
                  </th>
                  <td>{r.line.budgetArea ? da.areas[r.line.budgetArea] : ''}</td>
                  {years.map((y) => (
                    <td key={y} className="num">
                      {cell(r.line.amounts, y, unit)}
                    </td>
                  ))}
                </tr>
              ) : (
                <tr key={r.key} className={`computed ${r.level}`} data-row={r.key}>
                  <th scope="row">
                    {r.label} <span className="tag">{da.proposal.computedRow}</span>
                  </th>
                  <td />
                  <ComputedCells row={r} years={years} unit={unit} />
                </tr>
              ),
            )}
          </tbody>
        ))}
        <tbody>
          <tr className="computed total grand" data-row="impact">
            <th scope="row">
              {layout.impact.label} <span className="tag">{da.proposal.computedRow}</span>
            </th>
            <td />
            <ComputedCells row={layout.impact} years={years} unit={unit} />
          </tr>
          <tr className="computed total" data-row="investment">
            <th scope="row">
              {da.proposal.investmentTotal} <span className="tag">{da.proposal.computedRow}</span>
            </th>
            <td colSpan={years.length + 1} data-testid="investment-total">
              {formatAmount(layout.derived.investmentTotal, unit)}
            </td>
          </tr>
          <PaybackRows economy={economy} derived={layout.derived} colSpan={years.length + 1} />
        </tbody>
      </table>
    </div>
  );
}
