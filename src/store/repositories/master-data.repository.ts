// Master data (committees, administrations with their spelling variants) and the p/l index.
import type { Queryable } from '../db.ts';
import type { MasterData, PriceIndexEntry } from '../types.ts';

interface Row {
  kind: 'committee' | 'administration';
  id: string;
  name: string;
  committee: string | null;
  variants: string[];
}

export async function getMasterData(q: Queryable): Promise<MasterData> {
  const { rows } = await q.query<Row>('SELECT * FROM master_data ORDER BY kind, id');
  return {
    committees: rows.filter((r) => r.kind === 'committee').map((r) => ({ id: r.id, name: r.name, variants: r.variants })),
    administrations: rows
      .filter((r) => r.kind === 'administration')
      .map((r) => ({ id: r.id, name: r.name, committee: r.committee, variants: r.variants })),
  };
}

/** Replaces the whole list (inside the caller's transaction). */
export async function replaceMasterData(q: Queryable, data: MasterData): Promise<void> {
  await q.query('DELETE FROM master_data');
  for (const c of data.committees) {
    await q.query('INSERT INTO master_data (kind, id, name, committee, variants) VALUES ($1, $2, $3, NULL, $4)', [
      'committee',
      c.id,
      c.name,
      JSON.stringify(c.variants),
    ]);
  }
  for (const a of data.administrations) {
    await q.query('INSERT INTO master_data (kind, id, name, committee, variants) VALUES ($1, $2, $3, $4, $5)', [
      'administration',
      a.id,
      a.name,
      a.committee,
      JSON.stringify(a.variants),
    ]);
  }
}

export async function getPriceIndex(q: Queryable): Promise<PriceIndexEntry[]> {
  const { rows } = await q.query<{ year: number; index: string }>('SELECT year, index::text AS index FROM price_index ORDER BY year');
  return rows.map((r) => ({ year: r.year, index: r.index.replace(/0+$/, '').replace(/\.$/, '') }));
}

export async function replacePriceIndex(q: Queryable, entries: PriceIndexEntry[]): Promise<void> {
  await q.query('DELETE FROM price_index');
  for (const e of entries) await q.query('INSERT INTO price_index (year, index) VALUES ($1, $2::numeric)', [e.year, e.index]);
}
