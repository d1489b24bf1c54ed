// The follow-up's tables: what a save stores comes back exactly (amounts beyond 32 bits, blank
// areas and lines, dates as yyyy-mm-dd), the tables refuse UPDATE and DELETE (every entry is kept),
// a cell is held once per version and an occurrence met once; and the migration keeps the old
// free-typed table's figures. PGlite always, PostgreSQL with TEST_DATABASE_URL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyProposal } from '../src/core/model.ts';
import type { Db } from '../src/store/db.ts';
import { loadMigrations, migrate } from '../src/store/migrate.ts';
import { openPostgres } from '../src/store/pg-db.ts';
import { openPglite } from '../src/store/pglite-db.ts';
import * as fu from '../src/store/repositories/follow-up.repository.ts';
import * as proposals from '../src/store/repositories/proposals.repository.ts';
import * as rounds from '../src/store/repositories/rounds.repository.ts';
import * as users from '../src/store/repositories/users.repository.ts';
import { TEST_DATABASE_URL, createSchema, dropSchema, testDatabases } from './store-helpers.ts';

const KK = 1;

for (const target of testDatabases) {
  describe(`follow-up tables on ${target.name}`, () => {
    let db: Db;
    let cleanup: () => Promise<void>;
    let id: number;
    let userId: number;

    beforeAll(async () => {
      const opened = await target.open();
      db = opened.db;
      cleanup = opened.cleanup;
      const roundId = await rounds.insertRound(db, KK, {
        name: 'B',
        kind: 'budget',
        year: 2025,
        priceLevelYear: null,
      });
      userId = (
        await users.insertUser(db, {
          email: 'a@kk.dk',
          name: 'A',
          role: 'forfatter',
          administration: 'BUF',
          passwordHash: 'x',
          organisationId: KK,
        })
      ).id;
      const p = emptyProposal('Forslag 1', 'T', 'investering');
      id = await proposals.insertProposal(db, {
        roundId,
        body: p,
        columns: { administration: 'BUF', committee: 'BUU' },
        authorId: userId,
        origin: 'authored',
      });
    });
    afterAll(async () => cleanup?.());

    it('stores a save and gives it back exactly', async () => {
      await fu.insertRealisationVersion(db, {
        proposalId: id,
        version: 1,
        userId,
        entries: [
          { year: 2025, section: 'varig', budgetArea: 'service', line: null, amount: -45_123_456_789 },
          { year: 2025, section: 'varig', budgetArea: null, line: 'Husleje', amount: 0 },
          { year: 2026, section: 'implementering', budgetArea: 'anlaeg', line: null, amount: null },
        ],
        notes: [{ year: 2025, note: 'Foreløbigt' }],
      });
      await fu.insertConfirmation(db, { proposalId: id, year: 2025, version: 1, userId });
      await fu.insertSchedule(db, {
        proposalId: id,
        index: 2,
        due: '2027-03-31',
        recurrence: 'kvartalsvis',
        userId,
      });
      await fu.insertMet(db, { proposalId: id, index: 0, due: '2026-06-30', evidence: 'Måling', userId });
      await fu.insertMet(db, { proposalId: id, index: 1, due: null, evidence: 'Rapport', userId });
      const s = (await fu.loadRealisations(db, [id])).get(id)!;
      expect(s.versions).toMatchObject([{ version: 1, by: 'a@kk.dk' }]);
      expect(s.entries).toEqual([
        {
          version: 1,
          year: 2025,
          section: 'varig',
          budgetArea: 'service',
          line: null,
          amount: -45_123_456_789,
        },
        { version: 1, year: 2025, section: 'varig', budgetArea: null, line: 'Husleje', amount: 0 },
        { version: 1, year: 2026, section: 'implementering', budgetArea: 'anlaeg', line: null, amount: null },
      ]);
      expect(s.notes).toEqual([{ version: 1, year: 2025, note: 'Foreløbigt' }]);
      expect(s.confirmations).toMatchObject([{ year: 2025, version: 1, by: 'a@kk.dk' }]);
      const t = (await fu.loadTargetRecords(db, [id])).get(id)!;
      expect(t.get(2)?.schedule).toEqual({ due: '2027-03-31', recurrence: 'kvartalsvis' });
      expect(t.get(0)?.met).toMatchObject([{ due: '2026-06-30', evidence: 'Måling', by: 'a@kk.dk' }]);
      expect(t.get(1)?.met).toMatchObject([{ due: null, evidence: 'Rapport' }]);
    });

    it('keeps every entry: no UPDATE, no DELETE; a cell once per version, an occurrence met once', async () => {
      for (const sql of [
        'UPDATE realisation_entries SET amount = 1',
        'DELETE FROM realisation_entries',
        'UPDATE realisation_versions SET user_id = NULL',
        'DELETE FROM realisation_confirmations',
        'UPDATE realisation_notes SET note = NULL',
        'DELETE FROM follow_up_target_met',
        'UPDATE follow_up_target_schedules SET due = NULL',
      ]) {
        await expect(db.query(sql), sql).rejects.toThrow(/append-only/);
      }
      await expect(
        db.query(
          `INSERT INTO realisation_entries (proposal_id, version, year, section, budget_area, line, amount)
           VALUES ($1, 1, 2025, 'varig', NULL, 'Husleje', 5)`,
          [id],
        ),
      ).rejects.toThrow();
      await expect(
        fu.insertMet(db, { proposalId: id, index: 1, due: null, evidence: 'igen', userId }),
      ).rejects.toThrow();
      await expect(
        fu.insertMet(db, { proposalId: id, index: 0, due: '2026-06-30', evidence: 'igen', userId }),
      ).rejects.toThrow();
      // The area's figure and a line's are different cells, even for a line named like nothing.
      await fu.insertRealisationVersion(db, {
        proposalId: id,
        version: 2,
        userId,
        entries: [
          { year: 2025, section: 'varig', budgetArea: 'service', line: null, amount: 1 },
          { year: 2025, section: 'varig', budgetArea: 'service', line: '', amount: 2 },
        ],
        notes: [],
      });
      const s = (await fu.loadRealisations(db, [id])).get(id)!;
      expect(s.entries.filter((e) => e.version === 2).map((e) => [e.line, e.amount])).toEqual([
        [null, 1],
        ['', 2],
      ]);
    });
  });
}

describe('the migration keeps the old follow-up figures', () => {
  const opens: { name: string; open: () => Promise<{ db: Db; done: () => Promise<void> }> }[] = [
    {
      name: 'pglite',
      open: async () => {
        const db = await openPglite(null);
        return { db, done: () => db.close() };
      },
    },
    ...(TEST_DATABASE_URL
      ? [
          {
            name: 'postgres',
            open: async () => {
              const url = TEST_DATABASE_URL as string;
              const schema = await createSchema(url);
              const db = openPostgres({ connectionString: url, schema });
              return {
                db,
                done: async () => {
                  await db.close();
                  await dropSchema(url, schema);
                },
              };
            },
          },
        ]
      : []),
  ];
  for (const o of opens) {
    it(`on ${o.name}: realised figures and notes become version 1, the typed plan goes to the audit log`, async () => {
      const { db, done } = await o.open();
      try {
        const all = loadMigrations();
        const at = all.findIndex((m) => m.id === '202612071200_follow_up');
        expect(at).toBeGreaterThan(0);
        await migrate(db, all.slice(0, at));
        await db.exec(`
          INSERT INTO users (email, role, administration, organisation_id) VALUES ('o@kk.dk', 'oekonomi', NULL, 1);
          INSERT INTO rounds (organisation_id, name, kind, year) VALUES (1, 'B', 'budget', 2025);
          INSERT INTO proposals (organisation_id, round_id, ref, title, kind, current_version) VALUES (1, 1, 'F1', 'T', 'investering', 1);
          INSERT INTO follow_up (proposal_id, year, planned, realised, note, user_id) VALUES
            (1, 2025, -500000, -420000, 'delvis', 1), (1, 2026, -900000, NULL, NULL, 1);
        `);
        await migrate(db, all);
        const s = (await fu.loadRealisations(db, [1])).get(1)!;
        expect(s.versions.map((v) => [v.version, v.by])).toEqual([[1, 'o@kk.dk']]);
        expect(s.entries).toEqual([
          { version: 1, year: 2025, section: 'varig', budgetArea: null, line: null, amount: -420_000 },
        ]);
        expect(s.notes).toEqual([{ version: 1, year: 2025, note: 'delvis' }]);
        const { rows } = await db.query<{ before: { year: number; planned: number }[] }>(
          "SELECT before FROM audit_log WHERE action = 'follow-up.migrated' AND entity_id = '1'",
        );
        expect(rows[0]?.before.map((b) => [b.year, b.planned])).toEqual([
          [2025, -500000],
          [2026, -900000],
        ]);
        await expect(db.query('SELECT 1 FROM follow_up')).rejects.toThrow();
      } finally {
        await done();
      }
    });
  }
});
