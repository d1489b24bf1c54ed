// Every role against every endpoint it must not reach: 401 without login, 403 with a Danish
// message for a logged-in role without the right, and the database unchanged afterwards.
// Access rules do not depend on the database, so this matrix runs on PGlite only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, USERS, proposalBody, startTestApp } from './server-helpers.ts';
import { testDatabases } from './store-helpers.ts';

type Who = keyof typeof USERS | 'anonym';
type Method = 'GET' | 'POST' | 'PUT';

interface Case {
  method: Method;
  path: string;
  body?: unknown;
  raw?: string;
  /** Who must be refused. */
  refused: Who[];
}

const TABLES = [
  'users',
  'sessions',
  'rounds',
  'round_targets',
  'rising_profiles',
  'proposals',
  'proposal_versions',
  'transitions',
  'comments',
  'consultations',
  'realisation_versions',
  'realisation_entries',
  'realisation_notes',
  'realisation_confirmations',
  'follow_up_target_schedules',
  'follow_up_target_met',
  'audit_log',
  'organisations',
  'organisation_master_data',
  'price_index',
  'imports',
];

describe('role matrix', () => {
  let t: TestApp;
  let roundId: number;
  let bufProposal: number;
  let sofProposal: number;
  let cases: Case[];

  beforeAll(async () => {
    t = await startTestApp(testDatabases[0]!);
    const cfoe = await t.client('cfoe');
    roundId = (await cfoe.post('/api/rounds', { name: 'Budget 2027', kind: 'budget', year: 2027 })).json<{
      id: number;
    }>().id;
    bufProposal = (
      await (
        await t.client('buf')
      ).post(`/api/rounds/${roundId}/proposals`, { proposal: proposalBody('Forslag 1', 'BUF') })
    ).json<{ id: number }>().id;
    sofProposal = (
      await (
        await t.client('sof')
      ).post(`/api/rounds/${roundId}/proposals`, { proposal: proposalBody('Forslag 2', 'SOF') })
    ).json<{ id: number }>().id;
    const everyone: Who[] = ['anonym'];
    const notFinance: Who[] = ['anonym', 'buf', 'sof', 'laeser'];
    const notAdmin: Who[] = ['anonym', 'cfoe', 'buf', 'sof', 'laeser'];
    const doc = JSON.stringify({
      format: 'gevinst.document/1',
      source: null,
      priceLevelYear: null,
      catalog: null,
      warnings: [],
      proposals: [proposalBody('Import 1', 'BUF')],
    });
    cases = [
      { method: 'GET', path: '/api/rounds', refused: everyone },
      { method: 'GET', path: `/api/rounds/${roundId}`, refused: everyone },
      { method: 'GET', path: `/api/rounds/${roundId}/catalog`, refused: everyone },
      { method: 'GET', path: `/api/rounds/${roundId}/proposals`, refused: everyone },
      { method: 'GET', path: `/api/proposals/${bufProposal}`, refused: everyone },
      { method: 'GET', path: `/api/proposals/${bufProposal}/versions`, refused: everyone },
      { method: 'GET', path: `/api/proposals/${bufProposal}/versions/1`, refused: everyone },
      { method: 'GET', path: `/api/proposals/${bufProposal}/findings`, refused: everyone },
      { method: 'GET', path: `/api/proposals/${bufProposal}/transitions`, refused: everyone },
      { method: 'GET', path: `/api/proposals/${bufProposal}/comments`, refused: everyone },
      { method: 'GET', path: `/api/proposals/${bufProposal}/consultations`, refused: everyone },
      { method: 'GET', path: `/api/proposals/${bufProposal}/follow-up`, refused: everyone },
      { method: 'GET', path: '/api/search?q=skole', refused: everyone },
      { method: 'GET', path: '/api/search/options', refused: everyone },
      { method: 'GET', path: '/api/master-data', refused: everyone },
      { method: 'GET', path: '/api/price-index', refused: everyone },
      { method: 'GET', path: '/api/organisation', refused: everyone },
      {
        method: 'PUT',
        path: '/api/organisation/settings',
        body: { settings: { discountRate: 0.04 } },
        refused: notAdmin,
      },
      { method: 'GET', path: `/api/proposals/${bufProposal}/audit`, refused: notFinance },
      { method: 'GET', path: '/api/audit', refused: notFinance },
      { method: 'GET', path: '/api/users', refused: notAdmin },
      {
        method: 'POST',
        path: '/api/users',
        body: { email: 'ny@test.dk', role: 'admin', password: 'et-langt-kodeord' },
        refused: notAdmin,
      },
      {
        method: 'POST',
        path: '/api/rounds',
        body: { name: 'OFS 27-28', kind: 'ofs', year: 2027 },
        refused: notFinance,
      },
      {
        method: 'PUT',
        path: `/api/rounds/${roundId}/targets`,
        body: { targets: [{ committee: 'BUU', year: 2027, amount: 1 }] },
        refused: notFinance,
      },
      {
        method: 'PUT',
        path: `/api/rounds/${roundId}/rising-profiles`,
        body: { risingProfiles: [] },
        refused: notFinance,
      },
      {
        method: 'PUT',
        path: `/api/rounds/${roundId}/published`,
        body: { published: true },
        refused: notFinance,
      },
      { method: 'POST', path: `/api/rounds/${roundId}/import/preview`, raw: doc, refused: notFinance },
      { method: 'POST', path: `/api/rounds/${roundId}/import`, raw: doc, refused: notFinance },
      {
        method: 'PUT',
        path: '/api/master-data',
        body: { committees: [], administrations: [] },
        refused: notAdmin,
      },
      {
        method: 'PUT',
        path: '/api/price-index',
        body: { entries: [{ year: 2027, index: '110' }] },
        refused: notFinance,
      },
      // Authors: own administration only; readers: never.
      {
        method: 'POST',
        path: `/api/rounds/${roundId}/proposals`,
        body: { proposal: proposalBody('Forslag 9', 'BUF') },
        refused: ['anonym', 'sof', 'laeser'],
      },
      {
        method: 'PUT',
        path: `/api/proposals/${bufProposal}`,
        body: { basedOnVersion: 1, proposal: proposalBody('Forslag 1', 'BUF', 'Ny') },
        refused: ['anonym', 'sof', 'laeser'],
      },
      // Moving a proposal into another administration is editing that administration's proposal.
      {
        method: 'PUT',
        path: `/api/proposals/${sofProposal}`,
        body: { basedOnVersion: 1, proposal: proposalBody('Forslag 2', 'BUF') },
        refused: ['anonym', 'buf', 'sof', 'laeser'],
      },
      {
        method: 'POST',
        path: `/api/proposals/${bufProposal}/transitions`,
        body: { to: 'indsendt', basedOnVersion: 1 },
        refused: ['anonym', 'sof', 'laeser'],
      },
      {
        method: 'POST',
        path: `/api/proposals/${bufProposal}/transitions`,
        body: { to: 'afvist', basedOnVersion: 1 },
        refused: ['anonym', 'buf', 'sof', 'laeser'],
      },
      {
        method: 'POST',
        path: `/api/proposals/${bufProposal}/comments`,
        body: { text: 'Hej' },
        refused: ['anonym', 'laeser'],
      },
      {
        method: 'POST',
        path: `/api/proposals/${bufProposal}/consultations`,
        body: { body: 'IT-kredsen', answer: 'ja' },
        refused: ['anonym', 'sof', 'laeser'],
      },
      {
        method: 'PUT',
        path: `/api/proposals/${bufProposal}/follow-up/realised`,
        body: { basedOnVersion: 0, years: [{ year: 2027, cells: [] }] },
        refused: ['anonym', 'sof', 'laeser'],
      },
      {
        method: 'POST',
        path: `/api/proposals/${bufProposal}/follow-up/confirmations`,
        body: { year: 2027, basedOnVersion: 1 },
        refused: ['anonym', 'buf', 'sof', 'laeser'],
      },
      {
        method: 'PUT',
        path: `/api/proposals/${bufProposal}/follow-up/targets/0/schedule`,
        body: { due: '2027-06-30' },
        refused: ['anonym', 'sof', 'laeser'],
      },
      {
        method: 'POST',
        path: `/api/proposals/${bufProposal}/follow-up/targets/0/met`,
        body: { due: null, evidence: 'Rapport' },
        refused: ['anonym', 'sof', 'laeser'],
      },
      { method: 'GET', path: `/api/rounds/${roundId}/follow-up`, refused: everyone },
      { method: 'GET', path: '/api/follow-up', refused: everyone },
      { method: 'GET', path: '/api/follow-up/due', refused: everyone },
      {
        method: 'POST',
        path: '/api/auth/password',
        body: { currentPassword: 'korrekt-hest-batteri', newPassword: 'et-andet-kodeord' },
        refused: ['anonym'],
      },
    ];
  });
  afterAll(async () => t?.close());

  async function snapshot(): Promise<string> {
    const counts: string[] = [];
    for (const table of TABLES) {
      const { rows } = await t.db.query<{ n: number; h: string }>(
        `SELECT count(*) AS n, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM ${table} x`,
      );
      counts.push(`${table}:${rows[0]?.n}:${rows[0]?.h}`);
    }
    return counts.join(' ');
  }

  it('refuses every forbidden call and changes nothing', async () => {
    const clients = {
      anonym: await t.client(),
      admin: await t.client('admin'),
      cfoe: await t.client('cfoe'),
      buf: await t.client('buf'),
      buf2: await t.client('buf2'),
      sof: await t.client('sof'),
      laeser: await t.client('laeser'),
    };
    const before = await snapshot();
    const failures: string[] = [];
    let checked = 0;
    for (const c of cases) {
      for (const who of c.refused) {
        const client = clients[who];
        const res = await client.request(c.method, c.path, c.body, c.raw !== undefined ? { raw: c.raw } : {});
        const expected = who === 'anonym' ? 401 : 403;
        checked++;
        if (res.statusCode !== expected)
          failures.push(`${who} ${c.method} ${c.path}: ${res.statusCode} ${res.body.slice(0, 120)}`);
        else {
          const message = res.json<{ error: { message: string } }>().error.message;
          if (!/[æøå]|Du |Som /.test(message))
            failures.push(`${who} ${c.method} ${c.path}: not a Danish message: ${message}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(90);
    expect(await snapshot()).toBe(before);
  });

  it('the allowed role does get through (the matrix is not refusing everyone)', async () => {
    const buf = await t.client('buf');
    expect(
      (
        await buf.put(`/api/proposals/${bufProposal}`, {
          basedOnVersion: 1,
          proposal: proposalBody('Forslag 1', 'BUF', 'Ny'),
        })
      ).statusCode,
    ).toBe(200);
    // The author passes the role check for follow-up; the proposal is not adopted, so core refuses.
    const entry = await buf.put(`/api/proposals/${bufProposal}/follow-up/realised`, {
      basedOnVersion: 0,
      years: [],
    });
    expect([entry.statusCode, entry.json<{ error: { reason: string } }>().error.reason]).toEqual([
      409,
      'realisation.not-adopted',
    ]);
    const admin = await t.client('admin');
    expect((await admin.get('/api/users')).json<unknown[]>().length).toBe(Object.keys(USERS).length);
  });
});
