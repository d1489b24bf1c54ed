// The investment pool over HTTP: a finance officer sets the pool, runs and saves two scenarios,
// compares them, adopts one (grants in the ledger), records a conditional co-financing and its
// outcome; the ledger and balances follow. Roles: only the finance centre writes; every internal
// role reads. Organisations: another organisation gets 404 for every new endpoint. Snapshots
// freeze the round: its PDF after a later edit is the PDF of the day it was taken.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  LedgerView,
  SavedScenario,
  ScenarioAnswer,
  Snapshot,
  SnapshotDiff,
} from '../src/core/schema/pool.ts';
import { exportDocument } from '../src/formats/export.ts';
import { roundDocument } from '../src/server/services/export.service.ts';
import { insertOrganisation } from '../src/store/repositories/organisations.repository.ts';
import { Client, PASSWORD, type TestApp, proposalBody, startTestApp } from './server-helpers.ts';
import { testDatabases } from './store-helpers.ts';

/** A proposal body whose investment and saving are scaled by `k` (proposalBody: 500.000 in, 400.000 a year out). */
function scaled(
  ref: string,
  administration: string,
  invest: number,
  saving: number,
): Record<string, unknown> {
  const b = proposalBody(ref, administration) as {
    economy: { lines: { amounts: Record<string, number> }[] };
  };
  b.economy.lines[0]!.amounts = { '2027': -saving / 4, '2028': -saving, '2029': -saving };
  b.economy.lines[1]!.amounts = { '2027': invest };
  return b;
}

for (const target of testDatabases) {
  describe(`the investment pool on ${target.name}`, () => {
    let t: TestApp;
    let cfoe: Client;
    let other: Client;
    let round: number;
    const ids: Record<string, number> = {};

    beforeAll(async () => {
      t = await startTestApp(target);
      cfoe = await t.client('cfoe');
      round = (await cfoe.post('/api/rounds', { name: 'Budget 2027', kind: 'budget', year: 2027 })).json<{
        id: number;
      }>().id;
      const buf = await t.client('buf');
      // Three investment proposals: A (1,0 mio. → 0,6 mio./år), B (0,8 mio. → 0,5), C (0,5 mio. → 0,25).
      for (const [ref, invest, saving] of [
        ['Forslag 1', 1_000_000, 600_000],
        ['Forslag 2', 800_000, 500_000],
        ['Forslag 3', 500_000, 250_000],
      ] as const) {
        const res = await buf.post(`/api/rounds/${round}/proposals`, {
          proposal: scaled(ref, 'BUF', invest, saving),
        });
        expect(res.statusCode, res.body).toBe(201);
        ids[ref] = res.json<{ id: number }>().id;
      }
      const org = await insertOrganisation(t.db, { slug: 'eksempelby', name: 'Eksempelby Kommune' });
      await t.services.auth.addUser('cli', {
        email: 'admin@eksempelby.test',
        role: 'admin',
        password: PASSWORD,
        organisationId: org,
      });
      other = new Client(t.app);
      expect((await other.login('admin@eksempelby.test')).statusCode).toBe(200);
    });
    afterAll(async () => t?.close());

    let scenarioA = 0;
    let scenarioB = 0;

    it('a finance officer sets the pool, runs, saves and compares two scenarios, and adopts one', async () => {
      const set = await cfoe.put(`/api/rounds/${round}/pool`, { amounts: { '2027': 1_500_000 } });
      expect(set.statusCode, set.body).toBe(200);
      expect(set.json<LedgerView>().sources[0]?.source).toMatchObject({
        name: 'Investeringspuljen',
        kind: 'investeringspulje',
      });

      const run = await cfoe.post(`/api/rounds/${round}/scenarios/run`, { constraints: { pool: 1_500_000 } });
      expect(run.statusCode, run.body).toBe(200);
      const best = run.json<ScenarioAnswer>();
      // 1,0 + 0,5 (effect 0,85 mio.) beats 1,0 alone, 0,8 + 0,5 (0,75) and 0,8 alone.
      expect(best.selected).toEqual(['Forslag 1', 'Forslag 3']);
      expect(best).toMatchObject({ optimal: true, investment: 1_500_000, fullEffect: 850_000 });
      expect(best.npv).toBeGreaterThan(0);
      // The chosen proposals' risk picture, seeded: the same answer on every run.
      expect(best.risk?.draws).toBe(10_000);
      expect(best.risk!.npv.p10).toBeLessThanOrEqual(best.risk!.npv.p50);
      expect(best.risk!.npv.p50).toBeLessThanOrEqual(best.risk!.npv.p90);
      const again = (
        await cfoe.post(`/api/rounds/${round}/scenarios/run`, { constraints: { pool: 1_500_000 } })
      ).json<ScenarioAnswer>();
      expect(again.risk).toEqual(best.risk);

      const a = await cfoe.post(`/api/rounds/${round}/scenarios`, {
        name: 'Hele puljen',
        constraints: { pool: 1_500_000 },
      });
      expect(a.statusCode, a.body).toBe(201);
      scenarioA = a.json<SavedScenario>().id;
      const b = await cfoe.post(`/api/rounds/${round}/scenarios`, {
        name: 'Uden Forslag 1',
        constraints: { pool: 1_500_000, exclude: ['Forslag 1'] },
      });
      scenarioB = b.json<SavedScenario>().id;
      expect(b.json<SavedScenario>().result.selected).toEqual(['Forslag 2', 'Forslag 3']);

      const cmp = await cfoe.get(`/api/scenarios/${scenarioA}/compare/${scenarioB}`);
      expect(cmp.statusCode, cmp.body).toBe(200);
      expect(cmp.json()).toMatchObject({
        onlyInA: ['Forslag 1'],
        onlyInB: ['Forslag 2'],
        inBoth: ['Forslag 3'],
        investmentByYear: [
          { year: 2027, a: 1_500_000, b: 1_300_000 },
          { year: 2028, a: 0, b: 0 },
          { year: 2029, a: 0, b: 0 },
        ],
        // Saving: A 600 + 250, B 500 + 250 (t.kr.) at full phase-in.
        effectByYear: [
          { year: 2027, a: 212_500, b: 187_500 },
          { year: 2028, a: 850_000, b: 750_000 },
          { year: 2029, a: 850_000, b: 750_000 },
        ],
      });

      const adopt = await cfoe.post(`/api/scenarios/${scenarioA}/adopt`);
      expect(adopt.statusCode, adopt.body).toBe(200);
      expect(adopt.json<SavedScenario>().adoptedBy).toBe('cfoe@test.dk');
      const ledger = (await cfoe.get(`/api/rounds/${round}/pool`)).json<LedgerView>();
      expect(ledger.sources[0]?.years).toEqual([
        {
          year: 2027,
          amount: 1_500_000,
          granted: 1_500_000,
          disbursed: 0,
          paidBack: 0,
          balance: 0,
          cumulative: 0,
        },
      ]);
      expect(ledger.proposals.map((p) => [p.ref, p.sources[0]?.granted])).toEqual([
        ['Forslag 1', 1_000_000],
        ['Forslag 3', 500_000],
      ]);

      // Adopting the other scenario replaces the grants (voided, never deleted).
      expect((await cfoe.post(`/api/scenarios/${scenarioB}/adopt`)).statusCode).toBe(200);
      const after = (await cfoe.get(`/api/rounds/${round}/pool`)).json<LedgerView>();
      expect(after.proposals.map((p) => p.ref)).toEqual(['Forslag 2', 'Forslag 3']);
      expect(after.entries.filter((e) => e.voidedAt !== null)).toHaveLength(2);
      expect((await cfoe.get(`/api/scenarios/${scenarioA}`)).json<SavedScenario>().adoptedAt).toBeNull();
      expect((await cfoe.post(`/api/scenarios/${scenarioA}/adopt`)).statusCode).toBe(200);
    });

    it('records a conditional co-financing with both outcomes visible, then its outcome', async () => {
      const added = await cfoe.post(`/api/rounds/${round}/pool/sources`, {
        name: 'Klimapuljen',
        kind: 'pulje',
      });
      expect(added.statusCode, added.body).toBe(200);
      const sources = added.json<LedgerView>().sources;
      const invest = sources.find((s) => s.source.kind === 'investeringspulje')!.source.id;
      const climate = sources.find((s) => s.source.name === 'Klimapuljen')!.source.id;
      const ask = await cfoe.post(`/api/rounds/${round}/pool/entries`, {
        sourceId: climate,
        proposalId: ids['Forslag 1'],
        kind: 'betinget',
        year: 2027,
        amount: 400_000,
        replacesSourceId: invest,
        expectedAnswer: '2027-04-03',
      });
      expect(ask.statusCode, ask.body).toBe(200);
      const c = ask.json<LedgerView>().conditional[0]!;
      expect(c.outcome).toBe('afventer');
      expect(c.ifGranted.net).toEqual({ [String(invest)]: 600_000, [String(climate)]: 400_000 });
      expect(c.ifRefused.net).toEqual({ [String(invest)]: 1_000_000 });
      const pending = ask.json<LedgerView>().sources[0]!;
      expect(pending.years[0]?.balance).toBe(0);
      expect(pending.yearsIfGranted[0]?.balance).toBe(400_000);

      const decided = await cfoe.post(`/api/pool/entries/${c.entryId}/outcome`, { outcome: 'bevilget' });
      expect(decided.statusCode, decided.body).toBe(200);
      const v = decided.json<LedgerView>();
      expect(v.conditional[0]?.outcome).toBe('bevilget');
      expect(v.sources[0]?.years[0]).toMatchObject({ paidBack: 400_000, balance: 400_000 });
      const again = await cfoe.post(`/api/pool/entries/${c.entryId}/outcome`, { outcome: 'afslaaet' });
      expect(again.statusCode).toBe(409);
      expect(again.json<{ error: { reason: string } }>().error.reason).toBe('pool.already-decided');

      // Every entry is audited.
      const audit = await (await t.client('admin')).get('/api/audit?entity=pool');
      expect(audit.statusCode).toBe(200);
      const actions = audit.json<{ action: string }[]>().map((a) => a.action);
      expect(actions).toEqual(
        expect.arrayContaining(['pool.outcome', 'pool.entry.betinget', 'pool.source', 'scenario.adopt']),
      );
    });

    it('refuses impossible or malformed entries with a Danish message and stores nothing', async () => {
      const before = (await cfoe.get(`/api/rounds/${round}/pool`)).json<LedgerView>().entries.length;
      const invest = (await cfoe.get(`/api/rounds/${round}/pool`)).json<LedgerView>().sources[0]!.source.id;
      const over = await cfoe.post(`/api/rounds/${round}/pool/entries`, {
        sourceId: invest,
        proposalId: ids['Forslag 1'],
        kind: 'udbetaling',
        year: 2027,
        amount: 1_000_001,
      });
      expect(over.statusCode).toBe(409);
      expect(over.json<{ error: { reason: string } }>().error.reason).toBe('pool.disbursed-over-granted');
      const negative = await cfoe.post(`/api/rounds/${round}/pool/entries`, {
        sourceId: invest,
        proposalId: ids['Forslag 1'],
        kind: 'bevilling',
        year: 2027,
        amount: -5,
      });
      expect(negative.statusCode).toBe(400);
      expect(negative.json<{ error: { message: string; field: string } }>().error.message).toContain(
        'amount',
      );
      const badKind = await cfoe.put(`/api/rounds/${round}/pool`, { amounts: { '2027': 1.5 } });
      expect(badKind.statusCode).toBe(400);
      const foreign = await cfoe.post(`/api/rounds/${round}/pool/entries`, {
        sourceId: 999_999,
        proposalId: ids['Forslag 1'],
        kind: 'bevilling',
        year: 2027,
        amount: 5,
      });
      expect(foreign.statusCode).toBe(400);
      expect(foreign.json<{ error: { field: string } }>().error.field).toBe('sourceId');
      expect((await cfoe.get(`/api/rounds/${round}/pool`)).json<LedgerView>().entries.length).toBe(before);
    });

    it('only the finance centre writes; every internal role reads and runs scenarios', async () => {
      for (const who of ['buf', 'laeser'] as const) {
        const c = await t.client(who);
        expect((await c.get(`/api/rounds/${round}/pool`)).statusCode).toBe(200);
        expect((await c.get(`/api/rounds/${round}/scenarios`)).statusCode).toBe(200);
        expect(
          (await c.post(`/api/rounds/${round}/scenarios/run`, { constraints: { pool: 1 } })).statusCode,
        ).toBe(200);
        for (const res of [
          await c.put(`/api/rounds/${round}/pool`, { amounts: { '2027': 1 } }),
          await c.post(`/api/rounds/${round}/pool/sources`, { name: 'Fond', kind: 'fond' }),
          await c.post(`/api/rounds/${round}/scenarios`, { name: 'x', constraints: { pool: 1 } }),
          await c.post(`/api/scenarios/${scenarioA}/adopt`),
          await c.post(`/api/rounds/${round}/snapshots`, { point: 'udvalg', label: 'x' }),
        ])
          expect(res.statusCode).toBe(403);
      }
      const anonymous = new Client(t.app);
      expect((await anonymous.get(`/api/rounds/${round}/pool`)).statusCode).toBe(401);
    });

    let snapshot: Snapshot;

    it('a snapshot’s PDF after a later edit is the PDF of the day it was taken', async () => {
      const taken = await cfoe.post(`/api/rounds/${round}/snapshots`, {
        point: 'udvalg',
        label: 'Udvalgsbehandling',
      });
      expect(taken.statusCode, taken.body).toBe(201);
      snapshot = taken.json<Snapshot>();
      expect(snapshot.proposals.map((p) => [p.ref, p.version])).toEqual([
        ['Forslag 1', 1],
        ['Forslag 2', 1],
        ['Forslag 3', 1],
      ]);
      // The round's PDF of that day, made the way the round export makes it, dated the snapshot's time.
      const { doc, name } = await roundDocument(t.db, t.users.cfoe.organisationId, round);
      const thatDay = await exportDocument(doc, 'pdf', {
        subtitle: name,
        created: new Date(snapshot.takenAt),
      });
      const first = await cfoe.get(`/api/snapshots/${snapshot.id}/export?format=pdf`);
      expect(first.statusCode).toBe(200);
      expect(Buffer.from(first.rawPayload).equals(Buffer.from(thatDay))).toBe(true);

      // A later edit: Forslag 1 invests more.
      const buf = await t.client('buf');
      const saved = await buf.put(`/api/proposals/${ids['Forslag 1']}`, {
        basedOnVersion: 1,
        proposal: scaled('Forslag 1', 'BUF', 1_200_000, 600_000),
      });
      expect(saved.statusCode, saved.body).toBe(200);
      const later = await cfoe.get(`/api/snapshots/${snapshot.id}/export?format=pdf`);
      expect(Buffer.from(later.rawPayload).equals(Buffer.from(thatDay))).toBe(true);
      for (const format of ['docx', 'xlsx', 'json', 'csv']) {
        const x = await cfoe.get(`/api/snapshots/${snapshot.id}/export?format=${format}`);
        const y = await cfoe.get(`/api/snapshots/${snapshot.id}/export?format=${format}`);
        expect(x.statusCode).toBe(200);
        expect(Buffer.from(x.rawPayload).equals(Buffer.from(y.rawPayload)), format).toBe(true);
      }
      // The round as it is now is different.
      const now = await roundDocument(t.db, t.users.cfoe.organisationId, round);
      const today = await exportDocument(now.doc, 'pdf', {
        subtitle: name,
        created: new Date(snapshot.takenAt),
      });
      expect(Buffer.from(today).equals(Buffer.from(thatDay))).toBe(false);
      // A scenario computed before the edit may not be adopted now.
      const stale = await cfoe.post(`/api/scenarios/${scenarioA}/adopt`);
      expect(stale.statusCode).toBe(409);
      expect(stale.json<{ error: { reason: string } }>().error.reason).toBe('pool.scenario-stale');
    });

    it('the diff between two snapshots names the changed proposal, its versions and figures', async () => {
      const second = (
        await cfoe.post(`/api/rounds/${round}/snapshots`, { point: 'oeu', label: 'Økonomiudvalget' })
      ).json<Snapshot>();
      const diff = await cfoe.get(`/api/snapshots/${snapshot.id}/diff/${second.id}`);
      expect(diff.statusCode, diff.body).toBe(200);
      const d = diff.json<SnapshotDiff>();
      expect(d.added).toEqual([]);
      expect(d.removed).toEqual([]);
      expect(d.changed).toHaveLength(1);
      expect(d.changed[0]).toMatchObject({ ref: 'Forslag 1', fromVersion: 1, toVersion: 2 });
      expect(d.changed[0]?.fields).toContainEqual({ field: 'investment', from: 1_000_000, to: 1_200_000 });
      const list = (await cfoe.get(`/api/rounds/${round}/snapshots`)).json<{ label: string }[]>();
      expect(list.map((s) => s.label)).toEqual(['Udvalgsbehandling', 'Økonomiudvalget']);
    });

    it('another organisation gets 404 for every pool, scenario and snapshot endpoint', async () => {
      const ledger = (await cfoe.get(`/api/rounds/${round}/pool`)).json<LedgerView>();
      const entry = ledger.entries[0]!.id;
      const source = ledger.sources[0]!.source.id;
      const reads = [
        `/api/rounds/${round}/pool`,
        `/api/rounds/${round}/scenarios`,
        `/api/scenarios/${scenarioA}`,
        `/api/scenarios/${scenarioA}/compare/${scenarioB}`,
        `/api/rounds/${round}/snapshots`,
        `/api/snapshots/${snapshot.id}`,
        `/api/snapshots/${snapshot.id}/diff/${snapshot.id}`,
        `/api/snapshots/${snapshot.id}/export?format=pdf`,
      ];
      for (const path of reads) expect([path, (await other.get(path)).statusCode]).toEqual([path, 404]);
      const writes: Array<[string, Promise<{ statusCode: number }>]> = [
        ['pool', other.put(`/api/rounds/${round}/pool`, { amounts: { '2027': 1 } })],
        ['source', other.post(`/api/rounds/${round}/pool/sources`, { name: 'X', kind: 'fond' })],
        ['amounts', other.put(`/api/rounds/${round}/pool/sources/${source}`, { amounts: {} })],
        [
          'entry',
          other.post(`/api/rounds/${round}/pool/entries`, {
            sourceId: source,
            proposalId: ids['Forslag 1'],
            kind: 'bevilling',
            year: 2027,
            amount: 1,
          }),
        ],
        ['outcome', other.post(`/api/pool/entries/${entry}/outcome`, { outcome: 'afslaaet' })],
        ['void', other.post(`/api/pool/entries/${entry}/void`, { reason: 'x' })],
        ['run', other.post(`/api/rounds/${round}/scenarios/run`, { constraints: { pool: 1 } })],
        ['save', other.post(`/api/rounds/${round}/scenarios`, { name: 'x', constraints: { pool: 1 } })],
        ['adopt', other.post(`/api/scenarios/${scenarioB}/adopt`)],
        ['snapshot', other.post(`/api/rounds/${round}/snapshots`, { point: 'andet', label: 'x' })],
      ];
      for (const [what, res] of writes) expect([what, (await res).statusCode]).toEqual([what, 404]);
      // And nothing of theirs changed ours.
      const still = (await cfoe.get(`/api/rounds/${round}/pool`)).json<LedgerView>();
      expect(still.entries.length).toBe(ledger.entries.length);
      expect(still.sources.map((s) => s.source.amounts)).toEqual(ledger.sources.map((s) => s.source.amounts));
    });
  });
}
