// Forward-only migrations: src/store/migrations/YYYYMMDDHHMM_name.sql, applied in name order inside one
// transaction (all or nothing), each recorded with a SHA-256 checksum. The database must be a prefix of the
// code's list: a migration the code does not know, or one whose file changed after it was applied,
// makes the start fail with a Danish message rather than run against a schema nobody wrote.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GevinstError } from '../core/errors.ts';
import type { Db } from './db.ts';

export interface Migration {
  id: string;
  sql: string;
  checksum: string;
}

const NAME = /^(\d{12})_[a-z0-9_]+\.sql$/;
export const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

export function checksum(sql: string): string {
  return createHash('sha256').update(sql.replace(/\r\n/g, '\n')).digest('hex');
}

export function loadMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((f) => {
      if (!NAME.test(f)) throw new Error(`Migration file name must be YYYYMMDDHHMM_name.sql: ${f}`);
      const sql = readFileSync(`${dir}/${f}`, 'utf8');
      return { id: f.replace(/\.sql$/, ''), sql, checksum: checksum(sql) };
    });
}

export class MigrationMismatch extends GevinstError {
  constructor(message: string) {
    super('unavailable', message);
  }
}

// Any fixed number: serialises migrating servers that start at the same time (PostgreSQL).
export const MIGRATION_LOCK_KEY = 4_711_2027;

/** Checks the recorded migrations against `migrations` and applies the missing ones. */
export async function migrate(db: Db, migrations: Migration[] = loadMigrations()): Promise<string[]> {
  await db.exec(
    `CREATE TABLE IF NOT EXISTS schema_migrations (
       id text PRIMARY KEY,
       checksum text NOT NULL,
       applied_at timestamptz NOT NULL DEFAULT now()
     )`,
  );
  const applied: string[] = [];
  await db.transaction(async (tx) => {
    if (db.kind === 'postgres') await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    const { rows } = await tx.query<{ id: string; checksum: string }>(
      'SELECT id, checksum FROM schema_migrations ORDER BY id',
    );
    const known = new Map(migrations.map((m) => [m.id, m]));
    for (const row of rows) {
      const m = known.get(row.id);
      if (!m) {
        throw new MigrationMismatch(
          `Databasen har migreringen "${row.id}", som denne version af Gevinst ikke kender. ` +
            'Den er formentlig lavet af en nyere version; start den version, eller brug en anden database.',
        );
      }
      if (m.checksum !== row.checksum) {
        throw new MigrationMismatch(
          `Migreringen "${row.id}" er ændret, efter at den blev kørt mod databasen (kontrolsummen passer ikke). ` +
            'Gevinst starter ikke mod et skema, som ingen fil beskriver.',
        );
      }
    }
    const done = new Set(rows.map((r) => r.id));
    for (const m of migrations) {
      if (done.has(m.id)) continue;
      await tx.exec(m.sql);
      await tx.query('INSERT INTO schema_migrations (id, checksum) VALUES ($1, $2)', [m.id, m.checksum]);
      applied.push(m.id);
    }
  });
  return applied;
}
