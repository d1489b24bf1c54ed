// The "done when", on the demo a new user starts with: Budget 2025 ships adopted proposals
// with two years of realised figures and targets, one overdue; entering a realised amount for an
// adopted proposal of Budget 2027 makes the round's report show planned (the engine's), realised
// and their difference, and the workbook opens with the same numbers.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deriveProposal } from '../src/core/derive.ts';
import type { FollowUpReport } from '../src/core/schema/follow-up.ts';
import { DEMO_USERS } from '../src/demo/budget-2027.ts';
import { seedDemo } from '../src/demo/seed.ts';
import { buildApp } from '../src/server/app.ts';
import { createServices } from '../src/server/services/index.ts';
import { closeWorkers } from '../src/server/workers/pool.ts';
import type { Db } from '../src/store/db.ts';
import { openDatabase } from '../src/store/open.ts';
import { Client } from './server-helpers.ts';

describe('the demo follows up adopted proposals', () => {
  let db: Db;
  let app: Awaited<ReturnType<typeof buildApp>>;
  const login = async (email: string) => {
    const c = new Client(app);
    const password = DEMO_USERS.find((u) => u.email === email)?.password ?? '';
    expect((await c.login(email, password)).statusCode).toBe(200);
    return c;
  };

  beforeAll(async () => {
    db = await openDatabase({ inMemory: true });
    const services = createServices(db, { clock: () => new Date('2026-12-07T09:00:00Z') });
    expect(await seedDemo(db, services)).toBe(true);
    app = await buildApp(services);
  });
  afterAll(async () => {
    await app?.close();
    await closeWorkers();
    await db?.close();
  });

  it('Budget 2025 has realised figures, a confirmed year, targets met, one overdue', async () => {
    const c = await login('laeser@gevinst.demo');
    const rounds = (await c.get('/api/rounds')).json<{ id: number; name: string }[]>();
    expect(rounds.map((r) => r.name)).toEqual(['Budget 2027', 'Budget 2025']);
    const r = (await c.get(`/api/rounds/${rounds[1]!.id}/follow-up`)).json<FollowUpReport>();
    const [p1, p2] = r.proposals;
    expect(
      p1?.years.slice(0, 2).map((y) => [y.year, y.planned, y.realised, y.status, y.confirmed !== null]),
    ).toEqual([
      [2025, -600_000, -450_000, 'behind', true],
      [2026, -1_500_000, -1_350_000, 'on_track', false],
    ]);
    expect(p2?.years[0]).toMatchObject({ planned: -300_000, realised: -500_000, status: 'ahead' });
    expect(p1?.targets.map((t) => t.state)).toEqual(['overdue', 'met', 'due']);
    const due = (await c.get('/api/follow-up/due')).json<{
      administrations: { administration: string; items: { state: string; target: string }[] }[];
    }>();
    expect(due.administrations.find((a) => a.administration === 'SUF')?.items.map((i) => i.state)).toEqual([
      'overdue',
      'due',
    ]);
  });

  it('entering a realised amount for an adopted Budget 2027 proposal shows in the report and the workbook', async () => {
    const buf = await login('buf@gevinst.demo');
    const proposals = (await buf.get('/api/rounds/1/proposals')).json<
      { id: number; ref: string; status: string }[]
    >();
    const adopted = proposals.find((p) => p.ref === 'Forslag 1')!;
    expect(adopted.status).toBe('vedtaget');
    const body = (await buf.get(`/api/proposals/${adopted.id}`)).json<{
      proposal: Parameters<typeof deriveProposal>[0];
    }>();
    const planned2027 = deriveProposal(body.proposal)!.permanentChange['2027']!;
    const saved = await buf.put(`/api/proposals/${adopted.id}/follow-up/realised`, {
      basedOnVersion: 0,
      years: [
        {
          year: 2027,
          note: 'Første halvår målt.',
          cells: [{ section: 'varig', budgetArea: 'service', amount: -350_000 }],
        },
      ],
    });
    expect(saved.statusCode).toBe(200);
    const report = (await buf.get('/api/rounds/1/follow-up')).json<FollowUpReport>();
    const year = report.proposals
      .find((p) => p.proposalId === adopted.id)!
      .years.find((y) => y.year === 2027)!;
    expect(year).toMatchObject({
      planned: planned2027,
      realised: -350_000,
      deviation: -350_000 - planned2027,
    });
    const file = await buf.get('/api/rounds/1/follow-up?format=xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const ws = book.getWorksheet('Opfølgning')!;
    let found: unknown[] | null = null;
    ws.eachRow((row) => {
      if (row.getCell(2).value === 'Forslag 1' && row.getCell(7).value === 2027)
        found = [
          row.getCell(8).value,
          row.getCell(9).value,
          (row.getCell(10).value as { result: number }).result,
        ];
    });
    expect(found).toEqual([planned2027, -350_000, -350_000 - planned2027]);
  });
});
