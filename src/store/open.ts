// Chooses the database from the environment: DATABASE_URL → PostgreSQL server, otherwise PGlite
// under GEVINST_DATA_DIR (default ./data). Applies the migrations before anyone may query.
import { join, resolve } from 'node:path';
import type { Db } from './db.ts';
import { migrate } from './migrate.ts';
import { openPglite } from './pglite-db.ts';
import { openPostgres } from './pg-db.ts';

export interface OpenOptions {
  databaseUrl?: string | null;
  dataDir?: string | null;
  /** PGlite in memory (tests); ignored when databaseUrl is set. */
  inMemory?: boolean;
  schema?: string;
  /** PGlite only: PostgreSQL's shared_buffers (GEVINST_PGLITE_SHARED_BUFFERS, default 32MB). */
  pgliteSharedBuffers?: string;
}

export function optionsFromEnv(env: NodeJS.ProcessEnv = process.env): OpenOptions {
  return {
    databaseUrl: env.DATABASE_URL || null,
    dataDir: resolve(env.GEVINST_DATA_DIR || './data'),
    ...(env.GEVINST_PGLITE_SHARED_BUFFERS ? { pgliteSharedBuffers: env.GEVINST_PGLITE_SHARED_BUFFERS } : {}),
  };
}

/** Opens the database and brings its schema up to date (or refuses; see migrate.ts). */
export async function openDatabase(options: OpenOptions): Promise<Db> {
  const db = options.databaseUrl
    ? openPostgres({
        connectionString: options.databaseUrl,
        ...(options.schema ? { schema: options.schema } : {}),
      })
    : await openPglite(
        options.inMemory ? null : join(options.dataDir ?? resolve('./data'), 'pglite'),
        options.pgliteSharedBuffers ? { sharedBuffers: options.pgliteSharedBuffers } : {},
      );
  try {
    await migrate(db);
  } catch (e) {
    await db.close();
    throw e;
  }
  return db;
}
