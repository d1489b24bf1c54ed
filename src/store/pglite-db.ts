// PGlite adapter: embedded PostgreSQL stored in a directory (or in memory for tests).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
// Trigram index for part-of-word search (migration 202612071500_search_trgm): PGlite ships
// PostgreSQL's contrib extensions as bundles that are loaded only when passed here.
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { InvalidInput } from '../core/errors.ts';
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

/**
 * What the adapter knows about PGlite's work: PGlite runs one statement at a time, so a query waits
 * behind an open transaction (an import of thousands of proposals). A health check must not wait
 * there: a transaction that finished a statement just now shows the database working.
 */
class Activity {
  private open = 0;
  private progressAt = 0;

  begin(): void {
    this.open++;
    this.progressAt = performance.now();
  }

  progress(): void {
    this.progressAt = performance.now();
  }

  end(): void {
    this.open--;
    this.progressAt = performance.now();
  }

  /** A transaction is open and completed a statement within `ms`. */
  workingWithin(ms: number): boolean {
    return this.open > 0 && performance.now() - this.progressAt < ms;
  }
}

function wrap(q: { query: PGlite['query'] }, activity: Activity | null = null): Queryable {
  return {
    async query<T>(sql: string, params: unknown[] = []): Promise<QueryResult<T>> {
      try {
        const r = await q.query<T>(sql, params);
        activity?.progress();
        return { rows: r.rows, affected: r.affectedRows ?? 0 };
      } catch (e) {
        return translateDbError(e);
      }
    },
  };
}

/**
 * PostgreSQL's shared buffer pool inside PGlite's WebAssembly memory. PGlite's default (128 MB) is
 * touched at start and so is resident from the first second; the data files stay in the operating
 * system's page cache anyway, so a small pool costs little (docs/server.md, "Memory").
 */
export const DEFAULT_SHARED_BUFFERS = '32MB';

/** A transaction that completed a statement this recently counts as a database that answers. */
const PROGRESS_MS = 1000;

export interface PgliteOptions {
  /** PostgreSQL's shared_buffers, e.g. "32MB" (GEVINST_PGLITE_SHARED_BUFFERS). */
  sharedBuffers?: string;
}

/**
 * Creates a new database directory (PostgreSQL's initdb) in a short-lived child process. initdb
 * runs in a WebAssembly instance of its own that takes some 400 MB, and a process does not give
 * that back to the system once touched; in a child it is gone when the child exits, and the
 * server then opens the finished directory like any other start.
 */
async function createInChildProcess(dataDir: string): Promise<boolean> {
  const pglite = pathToFileURL(createRequire(import.meta.url).resolve('@electric-sql/pglite')).href;
  const code = `const { PGlite } = await import(${JSON.stringify(pglite)});
const pg = await PGlite.create(${JSON.stringify(dataDir)});
await pg.close();`;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', code], { stdio: 'ignore' });
    child.on('error', () => resolve(false));
    child.on('exit', (status) => resolve(status === 0));
  });
}

export async function openPglite(dataDir: string | null, options: PgliteOptions = {}): Promise<Db> {
  if (dataDir !== null) {
    mkdirSync(dataDir, { recursive: true });
    // Should the child fail, PGlite.create below makes the directory in this process instead.
    if (!existsSync(join(dataDir, 'PG_VERSION'))) await createInChildProcess(dataDir);
  }
  const sharedBuffers = options.sharedBuffers ?? DEFAULT_SHARED_BUFFERS;
  if (!/^\d+(kB|MB|GB)$/.test(sharedBuffers))
    throw new InvalidInput(
      `GEVINST_PGLITE_SHARED_BUFFERS skal skrives som fx 32MB, ikke "${sharedBuffers}".`,
    );
  const pg = await PGlite.create(dataDir ?? undefined, {
    parsers: { [INT8]: parseInt8 },
    extensions: { pg_trgm },
    startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${sharedBuffers}`],
  });
  const base = wrap(pg);
  const activity = new Activity();
  return {
    kind: 'pglite',
    query: base.query,
    async transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
      try {
        return await pg.transaction(async (tx) => {
          activity.begin();
          try {
            return await fn({
              ...wrap(tx, activity),
              exec: async (sql: string) => void (await tx.exec(sql)),
            });
          } finally {
            activity.end();
          }
        });
      } catch (e) {
        return translateDbError(e);
      }
    },
    async exec(sql: string): Promise<void> {
      await pg.exec(sql);
    },
    async ping(): Promise<void> {
      if (activity.workingWithin(PROGRESS_MS)) return;
      await base.query('SELECT 1');
    },
    async close(): Promise<void> {
      if (!pg.closed) await pg.close();
    },
  };
}
