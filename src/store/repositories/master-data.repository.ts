// Master data (one document in the shape of src/core/data/master-data.json) and the p/l index
// (index points per year, as src/core/price-level.ts `PriceIndex` expects).
import type { Queryable } from '../db.ts';
import type { PriceIndexEntry } from '../types.ts';

export async function getMasterData(q: Queryable): Promise<unknown> {
  const { rows } = await q.query<{ doc: unknown }>('SELECT doc FROM master_data WHERE id = 1');
  return rows[0]?.doc ?? null;
}

export async function putMasterData(q: Queryable, doc: unknown): Promise<void> {
  await q.query(
    `INSERT INTO master_data (id, doc) VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET doc = EXCLUDED.doc, updated_at = now()`,
    [JSON.stringify(doc)],
  );
}

export async function getPriceIndex(q: Queryable): Promise<PriceIndexEntry[]> {
  const { rows } = await q.query<{ year: number; index: string }>(
    'SELECT year, index::text AS index FROM price_index ORDER BY year',
  );
  // numeric(14,6) prints six decimals; show the number as the finance staff typed it.
  return rows.map((r) => ({
    year: r.year,
    index: r.index.includes('.') ? r.index.replace(/0+$/, '').replace(/\.$/, '') : r.index,
  }));
}

export async function replacePriceIndex(q: Queryable, entries: PriceIndexEntry[]): Promise<void> {
  await q.query('DELETE FROM price_index');
  for (const e of entries)
    await q.query('INSERT INTO price_index (year, index) VALUES ($1, $2::numeric)', [e.year, e.index]);
}
