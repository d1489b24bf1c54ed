// Hostile bodies at the API: refused with 400 and a Danish message naming the field, before any
// engine code runs; nothing is stored and the round's exports keep working.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, proposalBody, startTestApp } from './server-helpers.ts';
import { testDatabases } from './store-helpers.ts';

type ErrorAnswer = { error: { code: string; message: string; field: string | null } };

describe('the one schema at the API', () => {
  let t: TestApp;
  let roundId: number;

  beforeAll(async () => {
    t = await startTestApp(testDatabases[0]!);
    roundId = (
      await (await t.client('cfoe')).post('/api/rounds', { name: 'R', kind: 'budget', year: 2027 })
    ).json<{
      id: number;
    }>().id;
    await (
      await t.client('buf')
    ).post(`/api/rounds/${roundId}/proposals`, { proposal: proposalBody('Forslag 1', 'BUF') });
  });
  afterAll(async () => t?.close());

  const base = () =>
    proposalBody('Forslag 2', 'BUF') as Record<string, unknown> & { economy: Record<string, unknown> };
  const cases: [string, () => Record<string, unknown>, string][] = [
    [
      'a year far in the future',
      () => ({ ...base(), economy: { ...base().economy, years: [2027, 10_000_000] } }),
      'proposal.economy.years[1]',
    ],
    [
      'years 1..99999999',
      () => ({ ...base(), economy: { ...base().economy, years: [1, 99_999_999] } }),
      'proposal.economy.years[0]',
    ],
    ['a null in kvantumTables', () => ({ ...base(), kvantumTables: [null] }), 'proposal.kvantumTables[0]'],
    ['a NUL in the title', () => ({ ...base(), title: 'Ny\u0000titel' }), 'proposal.title'],
    [
      'an amount of 9e15',
      () => {
        const b = base();
        (b.economy.lines as { amounts: Record<string, number> }[])[0]!.amounts['2027'] = 9e15;
        return b;
      },
      'proposal.economy.lines[0].amounts["2027"]',
    ],
  ];

  for (const [what, body, field] of cases) {
    it(`refuses ${what} with 400 naming ${field}`, async () => {
      const started = performance.now();
      const res = await (
        await t.client('buf')
      ).post(`/api/rounds/${roundId}/proposals`, { proposal: body() });
      expect(res.statusCode).toBe(400);
      const e = res.json<ErrorAnswer>().error;
      expect(e.field).toBe(field);
      expect(e.message.startsWith(field)).toBe(true);
      // Not a timing assertion: a refusal that took seconds would mean engine code ran first.
      expect(performance.now() - started).toBeLessThan(2000);
    });
  }

  it('stored nothing, and the round exports still work', async () => {
    const cfoe = await t.client('cfoe');
    const list = (await cfoe.get(`/api/rounds/${roundId}/proposals`)).json<{ ref: string }[]>();
    expect(list.map((p) => p.ref)).toEqual(['Forslag 1']);
    for (const format of ['xlsx', 'pdf', 'docx', 'json']) {
      expect([format, (await cfoe.get(`/api/rounds/${roundId}/export?format=${format}`)).statusCode]).toEqual(
        [format, 200],
      );
    }
  });

  it('openapi.json is generated from the schemas', async () => {
    const spec = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<
        string,
        Record<
          string,
          { requestBody?: { content: Record<string, { schema: { properties?: Record<string, unknown> } }> } }
        >
      >;
    }>();
    const create = spec.paths['/api/rounds/{id}/proposals']?.post;
    const schema = create?.requestBody?.content['application/json']?.schema;
    expect(Object.keys(schema?.properties ?? {})).toEqual(['proposal']);
  });
});

describe('numbering', () => {
  it('a new proposal without a number gets the round’s next "Forslag N"', async () => {
    const t = await startTestApp(testDatabases[0]!);
    try {
      const cfoe = await t.client('cfoe');
      const round = (await cfoe.post('/api/rounds', { name: 'N', kind: 'budget', year: 2027 })).json<{
        id: number;
      }>();
      const buf = await t.client('buf');
      await buf.post(`/api/rounds/${round.id}/proposals`, { proposal: proposalBody('Forslag 7', 'BUF') });
      const created = await buf.post(`/api/rounds/${round.id}/proposals`, {
        proposal: proposalBody('', 'BUF'),
      });
      expect(created.statusCode).toBe(201);
      expect(created.json<{ ref: string }>().ref).toBe('Forslag 8');
    } finally {
      await t.close();
    }
  });
});
