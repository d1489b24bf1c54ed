// Repository suite: runs against PGlite always and PostgreSQL when TEST_DATABASE_URL is set.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyProposal, type Proposal } from '../src/core/model.ts';
import type { Db } from '../src/store/db.ts';
import { checksum, loadMigrations, migrate } from '../src/store/migrate.ts';
import * as audit from '../src/store/repositories/audit.repository.ts';
import * as activity from '../src/store/repositories/activity.repository.ts';
import * as md from '../src/store/repositories/master-data.repository.ts';
import * as orgs from '../src/store/repositories/organisations.repository.ts';
import * as proposals from '../src/store/repositories/proposals.repository.ts';
import * as rounds from '../src/store/repositories/rounds.repository.ts';
import * as search from '../src/store/repositories/search.repository.ts';
import * as users from '../src/store/repositories/users.repository.ts';
import { testDatabases } from './store-helpers.ts';

/** The first organisation (Copenhagen), made by the migration. */
const KK = 1;

function body(ref: string, title: string, text = ''): Proposal {
  const p = emptyProposal(ref, title, 'investering');
  p.presentingAdministrations = ['BUF'];
  p.summary = text;
  p.sections = [{ heading: 'Beskrivelse', text, sourceLine: null }];
  return p;
}

for (const target of testDatabases) {
  describe(`store on ${target.name}`, () => {
    let db: Db;
    let cleanup: () => Promise<void>;
    let roundId: number;
    let userId: number;

    beforeAll(async () => {
      const opened = await target.open();
      db = opened.db;
      cleanup = opened.cleanup;
      roundId = await rounds.insertRound(db, KK, {
        name: 'Budget 2027',
        kind: 'budget',
        year: 2027,
        priceLevelYear: 2027,
      });
      userId = (
        await users.insertUser(db, {
          email: 'A@Kk.dk ',
          name: 'A',
          role: 'forfatter',
          administration: 'BUF',
          passwordHash: 'x',
          organisationId: KK,
        })
      ).id;
    });
    afterAll(async () => cleanup?.());

    it('migrating twice applies nothing the second time', async () => {
      expect(await migrate(db)).toEqual([]);
    });

    it('refuses a database with a migration the code does not know', async () => {
      const known = loadMigrations();
      await expect(migrate(db, known.slice(0, 0))).rejects.toThrow(/ikke kender/);
    });

    it('refuses a migration whose file changed after it was applied', async () => {
      const changed = loadMigrations().map((m) => ({
        ...m,
        sql: m.sql + '\n-- edited',
        checksum: checksum(m.sql + '\n-- edited'),
      }));
      await expect(migrate(db, changed)).rejects.toThrow(/kontrolsummen/);
    });

    it('stores e-mails normalised and finds users by them', async () => {
      const u = await users.findUserByEmail(db, 'a@kk.dk');
      expect(u?.id).toBe(userId);
      expect(u?.administration).toBe('BUF');
    });

    it('sessions: found until they expire, then gone', async () => {
      await users.insertSession(db, {
        idHash: 'live',
        userId,
        csrfToken: 'c1',
        expiresAt: new Date(Date.now() + 60_000),
      });
      await users.insertSession(db, {
        idHash: 'old',
        userId,
        csrfToken: 'c2',
        expiresAt: new Date(Date.now() - 1000),
      });
      expect((await users.findSession(db, 'live', 60))?.csrfToken).toBe('c1');
      expect(await users.findSession(db, 'old', 60)).toBeNull();
      await users.deleteExpiredSessions(db, 60);
      const { rows } = await db.query<{ id: string }>('SELECT id FROM sessions ORDER BY id');
      expect(rows.map((r) => r.id)).toEqual(['live']);
    });

    it('keeps every version and marks exactly one current', async () => {
      const id = await proposals.insertProposal(db, {
        roundId,
        body: body('Forslag 1', 'Ny skoleplanlægning'),
        columns: { administration: 'BUF', committee: 'BUU' },
        authorId: userId,
        origin: 'authored',
      });
      await db.transaction(async (tx) => {
        const locked = await proposals.lockProposal(tx, KK, id);
        expect(locked?.version).toBe(1);
        await proposals.addVersion(tx, {
          id,
          expectedVersion: 1,
          body: body('Forslag 1', 'Ny skoleplanlægning, revideret'),
          columns: { administration: 'BUF', committee: 'BUU' },
          authorId: userId,
          note: 'rettet titel',
          origin: 'authored',
        });
      });
      const versions = await proposals.listVersions(db, KK, id);
      expect(versions.map((v) => [v.version, v.current])).toEqual([
        [2, true],
        [1, false],
      ]);
      expect((await proposals.getVersion(db, KK, id, 1))?.proposal.title).toBe('Ny skoleplanlægning');
      const current = await proposals.getProposal(db, KK, id);
      expect(current?.title).toBe('Ny skoleplanlægning, revideret');
      expect(current?.proposal.title).toBe('Ny skoleplanlægning, revideret');
      expect(current?.updatedBy).toBe('a@kk.dk');
    });

    it('refuses to change or delete a stored version', async () => {
      const [first] = await proposals.listProposals(db, KK, roundId);
      await expect(
        db.query(`UPDATE proposal_versions SET body = '{}' WHERE proposal_id = $1`, [first?.id]),
      ).rejects.toThrow(/immutable/);
      await expect(
        db.query('DELETE FROM proposal_versions WHERE proposal_id = $1', [first?.id]),
      ).rejects.toThrow(/immutable/);
    });

    it('addVersion refuses a stale expected version', async () => {
      const [first] = await proposals.listProposals(db, KK, roundId);
      await expect(
        db.transaction((tx) =>
          proposals.addVersion(tx, {
            id: first!.id,
            expectedVersion: 1,
            body: body('Forslag 1', 'x'),
            columns: { administration: null, committee: null },
            authorId: null,
            note: null,
            origin: 'authored',
          }),
        ),
      ).rejects.toThrow(/not at version 1/);
      expect((await proposals.getProposal(db, KK, first!.id))?.version).toBe(2);
    });

    it('audit log is append-only', async () => {
      await audit.appendAudit(db, {
        organisationId: KK,
        userId,
        action: 'test',
        entity: 'proposal',
        entityId: 1,
        before: { a: 1 },
        after: { a: 2 },
      });
      const entries = await audit.listAudit(db, KK, { entity: 'proposal', entityId: '1' });
      expect(entries[0]).toMatchObject({
        user: 'a@kk.dk',
        action: 'test',
        before: { a: 1 },
        after: { a: 2 },
      });
      await expect(db.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
      await expect(db.query(`UPDATE audit_log SET action = 'x'`)).rejects.toThrow(/append-only/);
    });

    it('full-text search uses Danish stemming', async () => {
      await proposals.insertProposal(db, {
        roundId,
        body: body('Forslag 2', 'Energirenovering', 'Skolernes varmeanlæg udskiftes, så forbruget falder.'),
        columns: { administration: 'BUF', committee: 'BUU' },
        authorId: userId,
        origin: 'authored',
      });
      const hits = await search.searchProposals(db, KK, 'skole varmeanlæggene', { roundId });
      expect(hits.map((h) => h.ref)).toEqual(['Forslag 2']);
      // Stemmed hits are marked as parts, never as markup.
      expect(new Set(hits[0]?.snippet.filter((p) => p.hit).map((p) => p.text))).toEqual(
        new Set(['Skolernes', 'varmeanlæg']),
      );
      expect(await search.searchProposals(db, KK, 'cykelsti', { roundId })).toEqual([]);
    });

    it('stores targets, rising profiles and big amounts exactly', async () => {
      await rounds.replaceTargets(db, KK, roundId, [
        { committee: 'BUU', year: 2027, amount: 45_123_456_789 },
      ]);
      await rounds.replaceRisingProfiles(db, KK, roundId, [
        { committee: 'BUU', title: 'Stigende profil fra B2026', amounts: { '2027': 1000 } },
      ]);
      const r = await rounds.getRound(db, KK, roundId);
      expect(r?.targets).toEqual([{ committee: 'BUU', year: 2027, amount: 45_123_456_789 }]);
      expect(r?.risingProfiles[0]).toMatchObject({ committee: 'BUU', amounts: { '2027': 1000 } });
      expect(r?.proposalCount).toBe(2);
    });

    it('consultations keep their date as yyyy-mm-dd', async () => {
      const [first] = await proposals.listProposals(db, KK, roundId);
      await activity.insertConsultation(db, {
        proposalId: first!.id,
        body: 'IT-kredsen',
        answer: 'ja',
        date: '2027-03-05',
        text: null,
        userId,
      });
      expect((await activity.listConsultations(db, first!.id))[0]).toMatchObject({
        body: 'IT-kredsen',
        answer: 'ja',
        date: '2027-03-05',
      });
    });

    it('p/l index stays decimal text', async () => {
      await md.replacePriceIndex(db, KK, [
        { year: 2024, index: '100' },
        { year: 2025, index: '104.8' },
        { year: 2026, index: '107.4125' },
      ]);
      expect(await md.getPriceIndex(db, KK)).toEqual([
        { year: 2024, index: '100' },
        { year: 2025, index: '104.8' },
        { year: 2026, index: '107.4125' },
      ]);
      await md.putMasterData(db, KK, { committees: [{ id: 'BUU' }] });
      await md.putMasterData(db, KK, { committees: [{ id: 'ØU' }] });
      expect(await md.getMasterData(db, KK)).toEqual({ committees: [{ id: 'ØU' }] });
    });

    it('another organisation sees none of the first one’s rounds, proposals, index or audit', async () => {
      const other = await orgs.insertOrganisation(db, { slug: 'andenby', name: 'Andenby Kommune' });
      const [first] = await proposals.listProposals(db, KK, roundId);
      expect(await rounds.getRound(db, other, roundId)).toBeNull();
      expect(await rounds.listRounds(db, other)).toEqual([]);
      expect(await rounds.getRevision(db, other, roundId)).toBeNull();
      expect(await proposals.getProposal(db, other, first!.id)).toBeNull();
      expect(await db.transaction((tx) => proposals.lockProposal(tx, other, first!.id))).toBeNull();
      expect(await proposals.listProposals(db, other, roundId)).toEqual([]);
      expect(await proposals.listVersions(db, other, first!.id)).toEqual([]);
      expect(await search.searchProposals(db, other, 'skole')).toEqual([]);
      expect(await md.getPriceIndex(db, other)).toEqual([]);
      expect(await audit.listAudit(db, other, {})).toEqual([]);
      // A write addressed to the other organisation's round changes nothing.
      await rounds.replaceTargets(db, other, roundId, []);
      expect((await rounds.getRound(db, KK, roundId))?.targets.length).toBeGreaterThan(0);
      // Round names are unique per organisation, not across them.
      await expect(
        rounds.insertRound(db, other, {
          name: 'Budget 2027',
          kind: 'budget',
          year: 2027,
          priceLevelYear: null,
        }),
      ).resolves.toBeGreaterThan(0);
    });

    it('a failing transaction leaves nothing behind', async () => {
      const before = (await proposals.listProposals(db, KK, roundId)).length;
      await expect(
        db.transaction(async (tx) => {
          await proposals.insertProposal(tx, {
            roundId,
            body: body('Forslag 9', 'x'),
            columns: { administration: null, committee: null },
            authorId: null,
            origin: 'imported',
          });
          await proposals.insertProposal(tx, {
            roundId,
            body: body('Forslag 9', 'dublet'),
            columns: { administration: null, committee: null },
            authorId: null,
            origin: 'imported',
          });
        }),
      ).rejects.toThrow();
      expect((await proposals.listProposals(db, KK, roundId)).length).toBe(before);
    });
  });
}
