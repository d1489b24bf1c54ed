// A generic amount table (administration effect, Kvantum tables A–E): shown as the document states it.
import type { AmountTable } from '../../core/model.ts';
import { formatAmount, unitLabel } from '../lib/engine.ts';
import { da } from '../i18n/da.ts';
import { PriceLevel } from './abbr.tsx';

export function AmountTableView({ table }: { table: AmountTable }) {
  return (
    <div className="table-wrap">
      <table>
        <caption>
          {table.id.length === 1 ? `Tabel ${table.id}: ` : ''}
          {table.title} ({unitLabel(table.unit)} <PriceLevel year={table.priceLevelYear} />)
        </caption>
        <thead>
          <tr>
            <th scope="col">{da.proposal.line}</th>
            {table.years.map((y) => (
              <th key={y} scope="col" className="num">
                {y}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r, i) => (
            <tr key={i} className={r.isTotal ? 'stated-total' : undefined}>
              <th scope="row">{r.label}</th>
              {table.years.map((y) => {
                const v = r.amounts[String(y)];
                return (
                  <td key={y} className="num">
                    {v === undefined ? '' : formatAmount(v, table.unit)}
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
