// PGlite adapter: embedded PostgreSQL stored in a directory (or in memory for tests).
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { Db, Queryable, QueryResult, Tx } from './db.ts';
import { translateDbError } from './unavailable.ts';

// int8 (bigint, count(*)) comes back as a JS number, guarded: amounts are safe integers by
// contract, and a silent precision loss would be worse than an error.
const INT8 = 20;
function parseInt8(text: string): number {
  const n = Number(text);
  if (!Number.isSafeInteger(n)) throw new Error(`Heltal uden for sikkert område: ${text}`);
  return n;
}

function wrap(q: { query: PGlite['query'] }): Queryable {
  return {
    async query<T>(sql: string, params: unknown[] = []): Promise<QueryResult<T>> {
      try {
        const r = await q.query<T>(sql, params);
        return { rows: r.rows, affected: r.affectedRows ?? 0 };
      } catch (e) {
        return translateDbError(e);
      }
    },
  };
}

export async function openPglite(dataDir: string | null): Promise<Db> {
  if (dataDir !== null) mkdirSync(dataDir, { recursive: true });
  const pg = await PGlite.create(dataDir ?? undefined, { parsers: { [INT8]: parseInt8 } });
  const base = wrap(pg);
  return {
    kind: 'pglite',
    query: base.query,
    async transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
      try {
        return await pg.transaction((tx) =>
          fn({ ...wrap(tx), exec: async (sql: string) => void (await tx.exec(sql)) }),
        );
      } catch (e) {
        return translateDbError(e);
      }
    },
    async exec(sql: string): Promise<void> {
      await pg.exec(sql);
    },
    async ping(): Promise<void> {
      await base.query('SELECT 1');
    },
    async close(): Promise<void> {
      if (!pg.closed) await pg.close();
    },
  };
}
