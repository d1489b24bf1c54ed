// Master data (one document in the shape of src/core/data/master-data.json) and the p/l index
// (index points per year, as src/core/price-level.ts `PriceIndex` expects).
import type { Queryable } from '../db.ts';
import type { PriceIndexEntry } from '../types.ts';

// Both belong to an organisation.

export async function getMasterData(q: Queryable, org: number): Promise<unknown> {
  const { rows } = await q.query<{ doc: unknown }>(
    'SELECT doc FROM organisation_master_data WHERE organisation_id = $1',
    [org],
  );
  return rows[0]?.doc ?? null;
}

export async function putMasterData(q: Queryable, org: number, doc: unknown): Promise<void> {
  await q.query(
    `INSERT INTO organisation_master_data (organisation_id, doc) VALUES ($1, $2)
     ON CONFLICT (organisation_id) DO UPDATE SET doc = EXCLUDED.doc, updated_at = now()`,
    [org, JSON.stringify(doc)],
  );
}

export async function getPriceIndex(q: Queryable, org: number): Promise<PriceIndexEntry[]> {
  const { rows } = await q.query<{ year: number; index: string }>(
    'SELECT year, index::text AS index FROM price_index WHERE organisation_id = $1 ORDER BY year',
    [org],
  );
  // numeric(14,6) prints six decimals; show the number as the finance staff typed it.
  return rows.map((r) => ({
    year: r.year,
    index: r.index.includes('.') ? r.index.replace(/0+$/, '').replace(/\.$/, '') : r.index,
  }));
}

export async function replacePriceIndex(
  q: Queryable,
  org: number,
  entries: PriceIndexEntry[],
): Promise<void> {
  await q.query('DELETE FROM price_index WHERE organisation_id = $1', [org]);
  for (const e of entries)
    await q.query('INSERT INTO price_index (organisation_id, year, index) VALUES ($1, $2, $3::numeric)', [
      org,
      e.year,
      e.index,
    ]);
}
