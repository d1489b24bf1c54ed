// The databases the store and server suites run against: PGlite always, PostgreSQL when
// TEST_DATABASE_URL is set (each run in a fresh schema that is dropped afterwards).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Db } from '../src/store/db.ts';
import { MIGRATION_LOCK_KEY } from '../src/store/migrate.ts';
import { openDatabase } from '../src/store/open.ts';

export interface TestDatabase {
  name: string;
  open: () => Promise<{ db: Db; url: string | null; schema: string | null; cleanup: () => Promise<void> }>;
}

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || null;

if (!TEST_DATABASE_URL) {
  console.warn(
    '[store] TEST_DATABASE_URL er ikke sat: PostgreSQL-delen af testene springes over (kun PGlite).',
  );
}

export async function createSchema(url: string): Promise<string> {
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    // pg_trgm once in public, under the migrations' lock: a migration would otherwise create it
    // in the first test schema, and dropping that schema (CASCADE) would drop the extension and
    // with it the trigram index of every other test schema still running.
    await c.query('BEGIN');
    await c.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    await c.query('CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public');
    await c.query('COMMIT');
    await c.query(`CREATE SCHEMA ${schema}`);
  } finally {
    await c.end();
  }
  return schema;
}

export async function dropSchema(url: string, schema: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await c.end();
}

export const testDatabases: TestDatabase[] = [
  {
    name: 'pglite',
    open: async () => {
      const db = await openDatabase({ inMemory: true });
      return { db, url: null, schema: null, cleanup: () => db.close() };
    },
  },
  ...(TEST_DATABASE_URL
    ? [
        {
          name: 'postgres',
          open: async () => {
            const url = TEST_DATABASE_URL;
            const schema = await createSchema(url);
            const db = await openDatabase({ databaseUrl: url, schema });
            return {
              db,
              url,
              schema,
              cleanup: async () => {
                await db.close();
                await dropSchema(url, schema);
              },
            };
          },
        },
      ]
    : []),
];
