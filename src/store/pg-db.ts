// PostgreSQL server adapter through `pg`. A pool of connections; a transaction holds one client.
import pg from 'pg';
import type { Db, Queryable, QueryResult, Tx } from './db.ts';
import { isConnectionError, translateDbError } from './unavailable.ts';

const INT8 = 20;
function parseInt8(text: string): number {
  const n = Number(text);
  if (!Number.isSafeInteger(n)) throw new Error(`Heltal uden for sikkert område: ${text}`);
  return n;
}

// Per-pool type parsers, so the process-wide `pg.types` stay untouched for anyone else.
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary'): (text: string) => unknown {
    if (oid === INT8) return parseInt8;
    return pg.types.getTypeParser(oid, format ?? 'text') as (text: string) => unknown;
  },
};

export interface PgOptions {
  connectionString: string;
  /** Schema to put first on the search_path (tests use a fresh one per run). */
  schema?: string;
  max?: number;
}

function wrap(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<T>(sql: string, params: unknown[] = []): Promise<QueryResult<T>> {
      try {
        const r = await client.query(sql, params);
        return { rows: r.rows as T[], affected: r.rowCount ?? 0 };
      } catch (e) {
        return translateDbError(e);
      }
    },
  };
}

export function openPostgres(options: PgOptions): Db {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.max ?? 10,
    connectionTimeoutMillis: 3000,
    types,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  // An idle client whose server connection dies emits 'error' on the pool; unhandled, it would
  // crash the process. The next query gets a fresh connection or an `unavailable` error instead.
  pool.on('error', () => {});
  const base = wrap(pool);
  return {
    kind: 'postgres',
    query: base.query,
    async transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
      let client: pg.PoolClient;
      try {
        client = await pool.connect();
      } catch (e) {
        return translateDbError(e);
      }
      let broken: unknown = undefined;
      try {
        await client.query('BEGIN');
        const result = await fn({
          ...wrap(client),
          exec: async (sql: string) => void (await client.query(sql)),
        });
        await client.query('COMMIT');
        return result;
      } catch (e) {
        if (isConnectionError(e)) broken = e;
        else {
          try {
            await client.query('ROLLBACK');
          } catch (rollbackError) {
            broken = rollbackError;
          }
        }
        return translateDbError(e);
      } finally {
        client.release(broken !== undefined ? (broken instanceof Error ? broken : true) : undefined);
      }
    },
    async exec(sql: string): Promise<void> {
      await pool.query(sql);
    },
    async ping(): Promise<void> {
      await base.query('SELECT 1');
    },
    async close(): Promise<void> {
      await pool.end();
    },
  };
}
