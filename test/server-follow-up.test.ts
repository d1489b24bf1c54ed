// The follow-up of adopted proposals through the API: who may enter and confirm, bad input refused
// with a Danish 400 naming the field and nothing written, stale entries refused, the report
// (planned from the engine, realised as entered, deviation) as JSON and as a workbook read back
// and re-evaluated, target dates and the due list, what came in in target attainment, and the
// step to "opfølgning afsluttet". Runs on PGlite and, with TEST_DATABASE_URL, on PostgreSQL.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deriveProposal } from '../src/core/derive.ts';
import type { Proposal } from '../src/core/model.ts';
import type { FollowUpReport, ProposalFollowUp } from '../src/core/schema/follow-up.ts';
import { insertOrganisation } from '../src/store/repositories/organisations.repository.ts';
import { Client, PASSWORD, type TestApp, proposalBody, startTestApp } from './server-helpers.ts';
import { testDatabases } from './store-helpers.ts';
import { Evaluator } from './support/xlsx-eval.ts';

type ErrorAnswer = { error: { code: string; message: string; field: string | null; reason?: string | null } };

/** 7 December 2026: Q2 2026 is overdue, December 2026 is due this quarter. */
const TODAY = new Date('2026-12-07T09:00:00Z');

function adoptedBody(ref: string, administration: string): Proposal {
  const p = proposalBody(ref, administration) as unknown as Proposal;
  p.economy!.years = [2025, 2026, 2027];
  p.economy!.priceLevelYear = 2025;
  p.economy!.lines = [
    {
      label: 'Færre besøg',
      section: 'varig',
      budgetArea: 'service',
      amounts: { '2025': -300_000, '2026': -800_000, '2027': -800_000 },
      sourceLine: null,
    },
    {
      label: 'Lavere licenser',
      section: 'varig',
      budgetArea: 'service',
      amounts: { '2025': -100_000, '2026': -200_000, '2027': -200_000 },
      sourceLine: null,
    },
    {
      label: 'Ombygning',
      section: 'implementering',
      budgetArea: 'anlaeg',
      amounts: { '2025': 900_000 },
      sourceLine: null,
    },
  ];
  p.followUp = [
    {
      group: null,
      target: 'Sagsbehandlingstiden halveret',
      measure: 'Dage',
      responsible: 'BUF, Myndighed',
      when: 'Q2 2026',
      sourceLine: null,
    },
    {
      group: null,
      target: 'Status til udvalget',
      measure: 'Notat',
      responsible: 'BUF, Økonomi',
      when: 'December 2026',
      sourceLine: null,
    },
    {
      group: null,
      target: 'Evaluering',
      measure: 'Rapport',
      responsible: 'BUF',
      when: 'Efter behov',
      sourceLine: null,
    },
  ];
  return p;
}

for (const target of testDatabases) {
  describe(`follow-up through the API on ${target.name}`, () => {
    let t: TestApp;
    let roundId: number;
    let adopted: number;
    let sofAdopted: number;
    let draft: number;
    let other: Client;

    async function walk(id: number, to: string[]): Promise<void> {
      const cfoe = await t.client('cfoe');
      for (const step of to) {
        const current = (await cfoe.get(`/api/proposals/${id}`)).json<{
          version: number;
          administration: string;
        }>();
        const who =
          step === 'indsendt' ? await t.client(current.administration === 'SOF' ? 'sof' : 'buf') : cfoe;
        const res = await who.post(`/api/proposals/${id}/transitions`, {
          to: step,
          basedOnVersion: current.version,
          approvedWith: step === 'vedtaget' ? 'Budget 2025' : undefined,
        });
        expect([step, res.statusCode, res.body.slice(0, 200)]).toEqual([step, 200, expect.any(String)]);
      }
    }

    const ADOPT = ['indsendt', 'godkendt_cfoe', 'udvalgsgodkendt', 'vedtaget'];

    beforeAll(async () => {
      t = await startTestApp(target, { clock: () => TODAY });
      const cfoe = await t.client('cfoe');
      roundId = (await cfoe.post('/api/rounds', { name: 'Budget 2025', kind: 'budget', year: 2025 })).json<{
        id: number;
      }>().id;
      await cfoe.put(`/api/rounds/${roundId}/targets`, {
        targets: [{ committee: 'BUU', year: 2025, amount: 500_000 }],
      });
      const create = async (who: 'buf' | 'sof', p: Proposal) =>
        (await (await t.client(who)).post(`/api/rounds/${roundId}/proposals`, { proposal: p })).json<{
          id: number;
        }>().id;
      adopted = await create('buf', adoptedBody('Forslag 1', 'BUF'));
      sofAdopted = await create('sof', adoptedBody('Forslag 2', 'SOF'));
      draft = await create('buf', adoptedBody('Forslag 3', 'BUF'));
      await walk(adopted, ADOPT);
      await walk(sofAdopted, ADOPT);

      const org = await insertOrganisation(t.db, { slug: 'andenby', name: 'Andenby Kommune' });
      await t.services.auth.addUser('cli', {
        email: 'admin@andenby.test',
        role: 'admin',
        password: PASSWORD,
        organisationId: org,
      });
      other = new Client(t.app);
      expect((await other.login('admin@andenby.test')).statusCode).toBe(200);
    });
    afterAll(async () => t?.close());

    const page = async (who: Parameters<TestApp['client']>[0], id = adopted) =>
      (await (await t.client(who)).get(`/api/proposals/${id}/follow-up`)).json<ProposalFollowUp>();

    const cell = (over: object) => ({ section: 'varig', budgetArea: 'service', line: null, ...over });

    it("the plan is the engine's, per year and budget area; every role reads it", async () => {
      const f = await page('laeser');
      const derived = deriveProposal(adoptedBody('Forslag 1', 'BUF'))!;
      expect(Object.fromEntries(f.years.map((y) => [String(y.year), y.planned]))).toEqual(
        derived.permanentChange,
      );
      expect(f.years.map((y) => y.spending.planned)).toEqual([900_000, null, null]);
      expect(f.entryYears).toEqual([2025, 2026, 2027]);
      expect(f.planned.map((a) => [a.section, a.budgetArea, a.lines.map((l) => l.label)])).toEqual([
        ['varig', 'service', ['Færre besøg', 'Lavere licenser']],
        ['implementering', 'anlaeg', ['Ombygning']],
      ]);
      expect(f).toMatchObject({
        realisationVersion: 0,
        mayEnter: false,
        mayConfirm: false,
        closedReason: null,
      });
      expect(f.years.every((y) => y.realised === null && y.status === 'pending')).toBe(true);
      expect((await page('buf')).mayEnter).toBe(true);
      expect((await page('sof')).mayEnter).toBe(false);
      expect(await page('cfoe')).toMatchObject({ mayEnter: true, mayConfirm: true });
      expect((await (await t.client()).get(`/api/proposals/${adopted}/follow-up`)).statusCode).toBe(401);
    });

    async function rowCounts(): Promise<string> {
      const { rows } = await t.db.query<{ v: number; e: number; c: number; m: number; s: number; a: number }>(
        `SELECT (SELECT count(*) FROM realisation_versions)::int AS v, (SELECT count(*) FROM realisation_entries)::int AS e,
                (SELECT count(*) FROM realisation_confirmations)::int AS c, (SELECT count(*) FROM follow_up_target_met)::int AS m,
                (SELECT count(*) FROM follow_up_target_schedules)::int AS s, (SELECT count(*) FROM audit_log WHERE action LIKE 'follow-up%')::int AS a`,
      );
      return JSON.stringify(rows[0]);
    }

    it('refuses whoever may not enter or confirm, and other organisations, and writes nothing', async () => {
      const before = await rowCounts();
      const body = { basedOnVersion: 0, years: [{ year: 2025, cells: [cell({ amount: -1 })] }] };
      const cases: [Client, string, string, unknown, number, string | null][] = [
        [await t.client(), 'PUT', `/api/proposals/${adopted}/follow-up/realised`, body, 401, null],
        [await t.client('laeser'), 'PUT', `/api/proposals/${adopted}/follow-up/realised`, body, 403, null],
        [
          await t.client('sof'),
          'PUT',
          `/api/proposals/${adopted}/follow-up/realised`,
          body,
          403,
          'realisation.enter-own-only',
        ],
        [
          await t.client('buf'),
          'PUT',
          `/api/proposals/${sofAdopted}/follow-up/realised`,
          body,
          403,
          'realisation.enter-own-only',
        ],
        [
          await t.client('buf'),
          'PUT',
          `/api/proposals/${draft}/follow-up/realised`,
          body,
          409,
          'realisation.not-adopted',
        ],
        [
          await t.client('buf'),
          'POST',
          `/api/proposals/${adopted}/follow-up/confirmations`,
          { year: 2025, basedOnVersion: 1 },
          403,
          'realisation.finance-confirms',
        ],
        [
          await t.client('laeser'),
          'POST',
          `/api/proposals/${adopted}/follow-up/confirmations`,
          { year: 2025, basedOnVersion: 1 },
          403,
          'realisation.finance-confirms',
        ],
        [
          await t.client('sof'),
          'POST',
          `/api/proposals/${adopted}/follow-up/targets/0/met`,
          { due: '2026-06-30', evidence: 'x' },
          403,
          'realisation.enter-own-only',
        ],
        [
          await t.client('laeser'),
          'PUT',
          `/api/proposals/${adopted}/follow-up/targets/2/schedule`,
          { due: '2027-01-31' },
          403,
          null,
        ],
        [other, 'GET', `/api/proposals/${adopted}/follow-up`, undefined, 404, null],
        [other, 'PUT', `/api/proposals/${adopted}/follow-up/realised`, body, 404, null],
        [
          other,
          'POST',
          `/api/proposals/${adopted}/follow-up/confirmations`,
          { year: 2025, basedOnVersion: 1 },
          404,
          null,
        ],
        [
          other,
          'POST',
          `/api/proposals/${adopted}/follow-up/targets/0/met`,
          { due: '2026-06-30', evidence: 'x' },
          404,
          null,
        ],
        [other, 'GET', `/api/rounds/${roundId}/follow-up`, undefined, 404, null],
        [other, 'GET', `/api/rounds/${roundId}/follow-up?format=xlsx`, undefined, 404, null],
      ];
      const failures: string[] = [];
      for (const [client, method, url, b, status, reason] of cases) {
        const res = await client.request(method as 'GET', url, b);
        if (res.statusCode !== status)
          failures.push(`${method} ${url}: ${res.statusCode} ${res.body.slice(0, 160)}`);
        else if (status !== 401) {
          const e = res.json<ErrorAnswer>().error;
          if (reason !== null && e.reason !== reason) failures.push(`${url}: reason ${String(e.reason)}`);
          if (!/[æøå]|Du |Som |findes/.test(e.message)) failures.push(`${url}: not Danish: ${e.message}`);
        }
      }
      expect(failures).toEqual([]);
      expect((await other.get('/api/follow-up')).json<FollowUpReport>().proposals).toEqual([]);
      expect(await rowCounts()).toBe(before);
    });

    it('bad input: a Danish 400 naming the field, nothing written', async () => {
      const before = await rowCounts();
      const buf = await t.client('buf');
      const cases: [unknown, string, string | null][] = [
        [
          { basedOnVersion: 0, years: [{ year: 2031, cells: [] }] },
          'years[0].year',
          'realisation.year-outside',
        ],
        [
          { basedOnVersion: 0, years: [{ year: 2025, cells: [cell({ line: 'Ukendt linje', amount: 1 })] }] },
          'years[0].cells[0].line',
          'realisation.unknown-line',
        ],
        [
          { basedOnVersion: 0, years: [{ year: 2025, cells: [cell({ amount: 12.5 })] }] },
          'years[0].cells[0].amount',
          null,
        ],
        [
          { basedOnVersion: 0, years: [{ year: 2025, cells: [cell({ amount: '-1.000' })] }] },
          'years[0].cells[0].amount',
          null,
        ],
        [
          { basedOnVersion: 0, years: [{ year: 2025, cells: [cell({ budgetArea: 'skole', amount: 1 })] }] },
          'years[0].cells[0].budgetArea',
          null,
        ],
        [
          {
            basedOnVersion: 0,
            years: [{ year: 2025, cells: [cell({ amount: 1 }), cell({ line: 'Færre besøg', amount: 1 })] }],
          },
          'years[0].cells[1]',
          'realisation.area-and-lines',
        ],
      ];
      for (const [body, field, reason] of cases) {
        const res = await buf.put(`/api/proposals/${adopted}/follow-up/realised`, body);
        expect([field, res.statusCode]).toEqual([field, 400]);
        const e = res.json<ErrorAnswer>().error;
        expect(e.field).toBe(field);
        if (reason) expect(e.reason).toBe(reason);
        expect(e.message).toMatch(/[æøå]|skal|findes|er /);
      }
      const met = await buf.post(`/api/proposals/${adopted}/follow-up/targets/0/met`, {
        due: '2026-06-30',
        evidence: '  ',
      });
      expect([met.statusCode, met.json<ErrorAnswer>().error.field]).toEqual([400, 'evidence']);
      expect(await rowCounts()).toBe(before);
    });

    it('an author enters per line and per area with a note; deviation and status per year; audited', async () => {
      const buf = await t.client('buf');
      const res = await buf.put(`/api/proposals/${adopted}/follow-up/realised`, {
        basedOnVersion: 0,
        years: [
          {
            year: 2025,
            note: 'Senere start end planlagt.',
            cells: [
              cell({ line: 'Færre besøg', amount: -150_000 }),
              cell({ line: 'Lavere licenser', amount: -100_000 }),
              { section: 'implementering', budgetArea: 'anlaeg', line: null, amount: 950_000 },
            ],
          },
        ],
      });
      expect(res.statusCode).toBe(200);
      const f = res.json<ProposalFollowUp>();
      expect(f.realisationVersion).toBe(1);
      // Planned −400.000, realised −250.000: 150.000 kr. less saved, beyond max(10 %, 100.000 kr.).
      expect(f.years[0]).toMatchObject({
        year: 2025,
        planned: -400_000,
        realised: -250_000,
        deviation: 150_000,
        status: 'behind',
        spending: { planned: 900_000, realised: 950_000, deviation: 50_000 },
        note: 'Senere start end planlagt.',
        confirmed: null,
      });
      const audit = (await (await t.client('cfoe')).get(`/api/proposals/${adopted}/audit`)).json<
        { action: string; user: string; after: { version: number; changes: unknown[] } }[]
      >();
      const entry = audit.find((a) => a.action === 'follow-up.realised');
      expect(entry).toMatchObject({ user: 'buf@test.dk', after: { version: 1 } });
      expect(entry?.after.changes).toHaveLength(3);
    });

    it('a stale entry is refused (409), the newer kept; saving the same again writes no version', async () => {
      const buf2 = await t.client('buf2');
      const stale = await buf2.put(`/api/proposals/${adopted}/follow-up/realised`, {
        basedOnVersion: 0,
        years: [{ year: 2025, cells: [cell({ amount: -1 })] }],
      });
      expect(stale.statusCode).toBe(409);
      expect(stale.json<ErrorAnswer>().error.reason).toBe('realisation.stale');
      const f = await page('buf');
      const same = await (
        await t.client('buf')
      ).put(`/api/proposals/${adopted}/follow-up/realised`, {
        basedOnVersion: 1,
        years: [
          {
            year: 2025,
            note: 'Senere start end planlagt.',
            cells: f.cells.filter((c) => c.year === 2025).map(({ year: _y, ...c }) => c),
          },
        ],
      });
      expect(same.json<ProposalFollowUp>().realisationVersion).toBe(1);
    });

    it('the finance centre confirms a year; a later change voids the confirmation', async () => {
      const cfoe = await t.client('cfoe');
      const nothing = await cfoe.post(`/api/proposals/${adopted}/follow-up/confirmations`, {
        year: 2026,
        basedOnVersion: 1,
      });
      expect(nothing.json<ErrorAnswer>().error.reason).toBe('realisation.nothing-to-confirm');
      const ok = await cfoe.post(`/api/proposals/${adopted}/follow-up/confirmations`, {
        year: 2025,
        basedOnVersion: 1,
      });
      expect(ok.statusCode).toBe(200);
      expect(ok.json<ProposalFollowUp>().years[0]?.confirmed).toMatchObject({
        version: 1,
        by: 'cfoe@test.dk',
      });
      const buf = await t.client('buf');
      const changed = await buf.put(`/api/proposals/${adopted}/follow-up/realised`, {
        basedOnVersion: 1,
        years: [
          {
            year: 2025,
            note: 'Senere start end planlagt.',
            cells: [
              cell({ line: 'Færre besøg', amount: -200_000 }),
              cell({ line: 'Lavere licenser', amount: -100_000 }),
              { section: 'implementering', budgetArea: 'anlaeg', line: null, amount: 950_000 },
            ],
          },
          { year: 2026, cells: [cell({ amount: -1_000_000 })] },
        ],
      });
      const f = changed.json<ProposalFollowUp>();
      expect(f.realisationVersion).toBe(2);
      expect(f.years[0]).toMatchObject({
        realised: -300_000,
        deviation: 100_000,
        status: 'on_track',
        confirmed: null,
      });
      expect(f.years[1]).toMatchObject({
        planned: -1_000_000,
        realised: -1_000_000,
        deviation: 0,
        status: 'on_track',
      });
      // Only the changed line and the new year were written in version 2.
      expect(f.history[0]?.changes.map((c) => [c.year, c.line, c.amount])).toEqual([
        [2025, 'Færre besøg', -200_000],
        [2026, null, -1_000_000],
      ]);
      for (const year of [2025, 2026])
        expect(
          (await cfoe.post(`/api/proposals/${adopted}/follow-up/confirmations`, { year, basedOnVersion: 2 }))
            .statusCode,
        ).toBe(200);
    });

    it('targets: dates from "when", a date set by hand, met with who, when and the evidence; the due list', async () => {
      const f = await page('buf');
      expect(f.targets.map((x) => [x.schedule.due, x.schedule.source, x.state])).toEqual([
        ['2026-06-30', 'parsed', 'overdue'],
        ['2026-12-31', 'parsed', 'due'],
        [null, 'none', 'undated'],
      ]);
      const due = (await (await t.client('laeser')).get('/api/follow-up/due')).json<{
        quarter: { from: string; to: string };
        administrations: {
          administration: string;
          items: { ref: string; targetIndex: number; state: string; responsible: string }[];
        }[];
      }>();
      expect(due.quarter).toEqual({ from: '2026-10-01', to: '2026-12-31' });
      expect(
        due.administrations.map((a) => [
          a.administration,
          a.items.map((i) => [i.ref, i.targetIndex, i.state, i.responsible]),
        ]),
      ).toEqual([
        [
          'BUF',
          [
            ['Forslag 1', 0, 'overdue', 'BUF, Myndighed'],
            ['Forslag 1', 1, 'due', 'BUF, Økonomi'],
          ],
        ],
        [
          'SOF',
          [
            ['Forslag 2', 0, 'overdue', 'BUF, Myndighed'],
            ['Forslag 2', 1, 'due', 'BUF, Økonomi'],
          ],
        ],
      ]);
      const onlySof = (await (await t.client('sof')).get('/api/follow-up/due?administration=SOF')).json<
        typeof due
      >();
      expect(onlySof.administrations.map((a) => a.administration)).toEqual(['SOF']);

      const buf = await t.client('buf');
      const set = await buf.put(`/api/proposals/${adopted}/follow-up/targets/2/schedule`, {
        due: '2027-03-31',
        recurrence: null,
      });
      expect(set.json<ProposalFollowUp>().targets[2]?.schedule).toEqual({
        due: '2027-03-31',
        recurrence: null,
        source: 'set',
      });
      const wrong = await buf.post(`/api/proposals/${adopted}/follow-up/targets/0/met`, {
        due: '2026-05-31',
        evidence: 'Måling',
      });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json<ErrorAnswer>().error.reason).toBe('realisation.unknown-occurrence');
      expect(wrong.json<ErrorAnswer>().error.field).toBe('due');
      const unknown = await buf.post(`/api/proposals/${adopted}/follow-up/targets/9/met`, {
        due: null,
        evidence: 'x',
      });
      expect(unknown.statusCode).toBe(404);
      for (const [index, due] of [
        [0, '2026-06-30'],
        [1, '2026-12-31'],
        [2, '2027-03-31'],
      ] as const) {
        const res = await buf.post(`/api/proposals/${adopted}/follow-up/targets/${index}/met`, {
          due,
          evidence: `Dokumentation ${index}`,
        });
        expect(res.statusCode).toBe(200);
      }
      const again = await buf.post(`/api/proposals/${adopted}/follow-up/targets/0/met`, {
        due: '2026-06-30',
        evidence: 'igen',
      });
      expect(again.json<ErrorAnswer>().error.reason).toBe('realisation.already-met');
      const after = await page('cfoe');
      expect(after.targets.map((x) => x.state)).toEqual(['met', 'met', 'met']);
      expect(after.targets[0]?.occurrences[0]?.met).toMatchObject({
        by: 'buf@test.dk',
        evidence: 'Dokumentation 0',
      });
      const dueAfter = (await buf.get('/api/follow-up/due?administration=BUF')).json<typeof due>();
      expect(dueAfter.administrations).toEqual([]);
    });

    it('the round report: planned from the engine, realised, difference; totals per committee and year', async () => {
      const res = await (await t.client('laeser')).get(`/api/rounds/${roundId}/follow-up`);
      expect(res.statusCode).toBe(200);
      const r = res.json<FollowUpReport>();
      expect(r).toMatchObject({
        format: 'gevinst.followup/1',
        scope: { kind: 'round', roundId, roundName: 'Budget 2025' },
        today: '2026-12-07',
        unit: 'kr',
      });
      // The draft is not followed up.
      expect(r.proposals.map((p) => p.ref)).toEqual(['Forslag 1', 'Forslag 2']);
      const p1 = r.proposals[0]!;
      expect(p1.years.map((y) => [y.year, y.planned, y.realised, y.deviation, y.status])).toEqual([
        [2025, -400_000, -300_000, 100_000, 'on_track'],
        [2026, -1_000_000, -1_000_000, 0, 'on_track'],
        [2027, -1_000_000, null, null, 'pending'],
      ]);
      expect(p1.totals).toEqual({ planned: -1_400_000, realised: -1_300_000, deviation: 100_000 });
      const buu2025 = r.totals.find((x) => x.committee === 'BUU' && x.year === 2025);
      expect(buu2025).toEqual({
        committee: 'BUU',
        year: 2025,
        planned: -400_000,
        realised: -300_000,
        plannedOfRealised: -400_000,
        deviation: 100_000,
        proposals: 1,
        realisedProposals: 1,
      });
      const all2025 = r.totals.find((x) => x.committee === 'I alt' && x.year === 2025);
      expect(all2025).toMatchObject({
        planned: -800_000,
        realised: -300_000,
        plannedOfRealised: -400_000,
        deviation: 100_000,
        proposals: 2,
        realisedProposals: 1,
      });
      const org = (await (await t.client('cfoe')).get('/api/follow-up')).json<FollowUpReport>();
      expect(org.scope).toEqual({ kind: 'organisation' });
      expect(org.proposals.map((p) => p.proposalId)).toEqual([adopted, sofAdopted]);
    });

    it("the workbook opens with the report's numbers, and its formulas compute them", async () => {
      const cfoe = await t.client('cfoe');
      const r = (await cfoe.get(`/api/rounds/${roundId}/follow-up`)).json<FollowUpReport>();
      const res = await cfoe.get(`/api/rounds/${roundId}/follow-up?format=xlsx`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('spreadsheetml');
      expect(String(res.headers['content-disposition'])).toContain('.xlsx');
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      expect(book.worksheets.map((w) => w.name)).toEqual(['Opfølgning', 'Udvalg', 'Mål']);
      const ev = new Evaluator(book);
      const ws = book.getWorksheet('Opfølgning')!;
      // The values Excel shows before recalculating: the <v> of each formula cell, as stored.
      const zip = await JSZip.loadAsync(res.rawPayload);
      const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
      const stored = new Map<string, string>();
      for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*>(?:<f>[^<]*<\/f>)<v>([^<]*)<\/v>/g))
        stored.set(m[1]!, m[2]!);
      const cached = (ref: string) => {
        const v = stored.get(ref);
        return v === undefined || v === '' ? null : /^-?\d+$/.test(v) ? Number(v) : v;
      };
      const rows: unknown[][] = [];
      ws.eachRow((_row, n) => {
        if (n < 6) return;
        const v = (c: number) => ev.cell('Opfølgning', n, c);
        rows.push([v(2), v(7), v(8), v(9), v(10), cached(`J${n}`), v(11), cached(`K${n}`)]);
      });
      const names = { on_track: 'på sporet', behind: 'bagud', ahead: 'foran', pending: 'afventer' } as const;
      const expected = r.proposals.flatMap((p) =>
        p.years.map((y) => [
          p.ref,
          y.year,
          y.planned,
          y.realised,
          y.deviation === null ? '' : y.deviation,
          y.deviation,
          names[y.status],
          names[y.status],
        ]),
      );
      expect(rows).toEqual(expected);
      const totals = book.getWorksheet('Udvalg')!;
      r.totals.forEach((x, i) => {
        const n = 5 + i;
        const v = (c: number) => ev.cell('Udvalg', n, c);
        expect([v(1), v(2), v(3), v(4), v(5), v(6)]).toEqual([
          x.committee,
          x.year,
          x.planned,
          x.realised ?? '',
          x.plannedOfRealised,
          x.deviation ?? '',
        ]);
        expect(totals.getCell(n, 3).value).toMatchObject({ result: x.planned });
      });
      // A realised figure typed into the sheet moves its deviation and the committee's total.
      const row2027 = 6 + 2;
      ws.getCell(row2027, 9).value = -900_000;
      expect(ev.cell('Opfølgning', row2027, 10)).toBe(100_000);
      const buu2027 = 5 + r.totals.findIndex((x) => x.committee === 'BUU' && x.year === 2027);
      expect(ev.cell('Udvalg', buu2027, 4)).toBe(-900_000);
    });

    it('PDF and Word in the style of the catalogs, with the same figures', async () => {
      const cfoe = await t.client('cfoe');
      const pdf = await cfoe.get(`/api/rounds/${roundId}/follow-up?format=pdf`);
      expect(pdf.statusCode).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      const docx = await cfoe.get('/api/follow-up?format=docx');
      expect(docx.statusCode).toBe(200);
      const xml = await (await JSZip.loadAsync(docx.rawPayload)).file('word/document.xml')!.async('string');
      const text = xml.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
      expect(text).toContain('Opfølgning på vedtagne investerings- og effektiviseringsforslag');
      expect(text).toContain('Forslag 1 Forslag om Forslag 1');
      // 2025: planned −400, realised −300, deviation 100 (1.000 kr.), on track.
      expect(text).toMatch(/2025 -400 -300 100 på sporet 900 950 Ja/);
      const bad = await cfoe.get(`/api/rounds/${roundId}/follow-up?format=csv`);
      expect([bad.statusCode, bad.json<ErrorAnswer>().error.field]).toEqual([400, 'format']);
    });

    it('target attainment shows what came in beside what was counted', async () => {
      const view = (await (await t.client('cfoe')).get(`/api/rounds/${roundId}/catalog`)).json<{
        targets: {
          committee: string;
          years: { year: number; total: number; cameIn: number; cameInSurplus: number }[];
        }[];
      }>();
      const buu = view.targets.find((x) => x.committee === 'BUU')!.years[0]!;
      // Counted: Forslag 1 (adopted) and Forslag 3 (a draft) save 400.000 kr. each in 2025; of
      // Forslag 1's, 300.000 kr. came in.
      expect(buu).toMatchObject({ year: 2025, total: 800_000, cameIn: 700_000, cameInSurplus: 200_000 });
    });

    it('"opfølgning afsluttet": only when complete, or by the finance centre with a reason', async () => {
      await walk(adopted, ['udmoentet']);
      await walk(sofAdopted, ['udmoentet']);
      const cfoe = await t.client('cfoe');
      const version = (id: number) =>
        cfoe.get(`/api/proposals/${id}`).then((r) => r.json<{ version: number }>().version);
      const open = await cfoe.post(`/api/proposals/${adopted}/transitions`, {
        to: 'opfoelgning_afsluttet',
        basedOnVersion: await version(adopted),
      });
      expect([open.statusCode, open.json<ErrorAnswer>().error.reason]).toEqual([
        400,
        'workflow.follow-up-open',
      ]);
      // Complete Forslag 1: 2027 entered and confirmed (2025 and 2026 are, all targets met).
      const buf = await t.client('buf');
      const f = await page('buf');
      await buf.put(`/api/proposals/${adopted}/follow-up/realised`, {
        basedOnVersion: f.realisationVersion,
        years: [{ year: 2027, cells: [cell({ amount: -1_000_000 })] }],
      });
      await cfoe.post(`/api/proposals/${adopted}/follow-up/confirmations`, {
        year: 2027,
        basedOnVersion: f.realisationVersion + 1,
      });
      expect((await page('cfoe')).complete).toBe(true);
      const closed = await cfoe.post(`/api/proposals/${adopted}/transitions`, {
        to: 'opfoelgning_afsluttet',
        basedOnVersion: await version(adopted),
      });
      expect(closed.statusCode).toBe(200);
      const reasoned = await cfoe.post(`/api/proposals/${sofAdopted}/transitions`, {
        to: 'opfoelgning_afsluttet',
        basedOnVersion: await version(sofAdopted),
        note: 'Forslaget er afløst af en ny organisering.',
      });
      expect(reasoned.statusCode).toBe(200);
      // Closed: nothing more is entered, the page says why.
      const late = await buf.put(`/api/proposals/${adopted}/follow-up/realised`, {
        basedOnVersion: f.realisationVersion + 1,
        years: [],
      });
      expect(late.json<ErrorAnswer>().error.reason).toBe('realisation.closed');
      expect((await page('buf')).closedReason).toMatch(/afsluttet/);
      expect(
        (await (await t.client('cfoe')).get('/api/follow-up/due')).json<{ administrations: unknown[] }>()
          .administrations,
      ).toEqual([]);
    });
  });
}
