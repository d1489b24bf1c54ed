// GET /api/search and /api/search/options over HTTP, on PGlite and (TEST_DATABASE_URL)
// PostgreSQL: parts of compound words, filters checked by the schema (400 in Danish naming the
// field), highlights as parts rather than markup, and who may search.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, proposalBody, startTestApp } from './server-helpers.ts';
import { testDatabases } from './store-helpers.ts';

interface Hit {
  ref: string;
  roundId: number;
  status: string;
  committee: string | null;
  match: string;
  titleParts: { text: string; hit: boolean }[];
  snippet: { text: string; hit: boolean }[];
}

interface ErrorAnswer {
  error: { code: string; message: string; field: string | null };
}

for (const target of testDatabases) {
  describe(`search API on ${target.name}`, () => {
    let t: TestApp;
    let roundId: number;

    beforeAll(async () => {
      t = await startTestApp(target);
      const cfoe = await t.client('cfoe');
      roundId = (
        await cfoe.post('/api/rounds', {
          name: 'Budget 2027',
          kind: 'budget',
          year: 2027,
          priceLevelYear: 2027,
        })
      ).json<{ id: number }>().id;
      const buf = await t.client('buf');
      const res = await buf.post(`/api/rounds/${roundId}/proposals`, {
        proposal: proposalBody('Forslag 1', 'BUF', 'Energioptimering af ventilationsanlæg'),
      });
      expect(res.statusCode, res.body).toBe(201);
    });
    afterAll(async () => t?.close());

    const search = async (query: string) => (await t.client('laeser')).get(`/api/search?${query}`);

    it('finds part of a compound word and marks it, as parts, not markup', async () => {
      const res = await search(`q=ventilation&roundId=${roundId}`);
      expect(res.statusCode).toBe(200);
      const hits = res.json<Hit[]>();
      expect(hits.map((h) => [h.ref, h.match])).toEqual([['Forslag 1', 'part']]);
      expect(hits[0]!.titleParts).toEqual([
        { text: 'Energioptimering af ', hit: false },
        { text: 'ventilation', hit: true },
        { text: 'sanlæg', hit: false },
      ]);
      expect(hits[0]!.snippet.filter((p) => p.hit).map((p) => p.text)).toContain('ventilation');
      expect(res.body).not.toMatch(/[«»<]/);
    });

    it('filters narrow, from the options the server gives', async () => {
      const options = (await (await t.client('laeser')).get('/api/search/options')).json<{
        rounds: { id: number; name: string }[];
        committees: string[];
        kinds: string[];
        statuses: string[];
      }>();
      expect(options).toEqual({
        rounds: [{ id: roundId, name: 'Budget 2027' }],
        committees: [expect.any(String)],
        kinds: ['investering'],
        statuses: ['kladde'],
      });
      const committee = encodeURIComponent(options.committees[0]!);
      const count = async (query: string) => (await search(`q=ventilation&${query}`)).json<Hit[]>().length;
      expect(await count(`committee=${committee}&kind=investering&status=kladde&roundId=${roundId}`)).toBe(1);
      expect(await count('status=vedtaget')).toBe(0);
      expect(await count('kind=effektivisering')).toBe(0);
      expect(await count('committee=XYZ')).toBe(0);
      expect(await count(`roundId=${roundId + 1000}`)).toBe(0);
    });

    it('refuses bad filters with 400 and a Danish message naming the field', async () => {
      const cases: [string, string, RegExp][] = [
        ['q=skole&status=ukendt', 'status', /skal være en af kladde, indsendt/],
        ['q=skole&kind=andet', 'kind', /skal være "investering", "effektivisering" eller "foranalyse"/],
        ['q=skole&roundId=abc', 'roundId', /skal være et helt tal/],
        ['q=skole&roundId=-1', 'roundId', /skal være et helt tal/],
        ['q=%20%20', 'q', /skal udfyldes/],
        ['status=kladde', 'q', /q mangler/],
        [`q=${'a'.repeat(501)}`, 'q', /må højst være 500 tegn/],
        [`q=skole&committee=${'B'.repeat(101)}`, 'committee', /må højst have 100 tegn/],
      ];
      for (const [query, field, message] of cases) {
        const res = await search(query);
        const body = res.json<ErrorAnswer>();
        expect([query, res.statusCode, body.error.code, body.error.field]).toEqual([
          query,
          400,
          'invalid_input',
          field,
        ]);
        expect(body.error.message).toMatch(message);
      }
    });

    it('odd characters are searched for, not interpreted', async () => {
      for (const q of [
        '%',
        '_',
        '\\',
        "'",
        '"',
        '%_%',
        'skole OR',
        '-',
        '!(&|',
        "'); DROP TABLE proposals; --",
      ]) {
        const res = await search(`q=${encodeURIComponent(q)}`);
        expect([q, res.statusCode]).toEqual([q, 200]);
      }
      expect((await search('q=%25')).json()).toEqual([]);
    });

    it('only logged-in users of the organisation may search', async () => {
      const anonymous = await t.client();
      expect((await anonymous.get('/api/search?q=skole')).statusCode).toBe(401);
      expect((await anonymous.get('/api/search/options')).statusCode).toBe(401);
    });
  });
}
