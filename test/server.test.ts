// The HTTP API end to end (in-process), on PGlite and, when TEST_DATABASE_URL is set, PostgreSQL.
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, type TestApp, proposalBody, startTestApp } from './server-helpers.ts';
import { testDatabases } from './store-helpers.ts';

interface ErrorAnswer {
  error: { code: string; message: string; field: string | null };
}

for (const target of testDatabases) {
  describe(`API on ${target.name}`, () => {
    let t: TestApp;
    let roundId: number;

    beforeAll(async () => {
      t = await startTestApp(target);
      const cfoe = await t.client('cfoe');
      const res = await cfoe.post('/api/rounds', {
        name: 'Budget 2027',
        kind: 'budget',
        year: 2027,
        priceLevelYear: 2027,
      });
      expect(res.statusCode).toBe(201);
      roundId = res.json<{ id: number }>().id;
    });
    afterAll(async () => t?.close());

    function authorOf(administration: string): 'buf' | 'sof' | 'cfoe' {
      return administration === 'BUF' ? 'buf' : administration === 'SOF' ? 'sof' : 'cfoe';
    }

    async function create(ref: string, administration = 'BUF') {
      const c = await t.client(authorOf(administration));
      const res = await c.post(`/api/rounds/${roundId}/proposals`, {
        proposal: proposalBody(ref, administration),
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json<{ id: number; version: number; status: string }>();
    }

    const count = async (c: Client) =>
      (await c.get(`/api/rounds/${roundId}/proposals`)).json<unknown[]>().length;

    it('health answers ok once the database is ready', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/api/health' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ status: 'ok' });
    });

    it('session cookie is HttpOnly and SameSite=Lax; Secure only behind TLS', async () => {
      type Cookie = { name: string; httpOnly?: boolean; sameSite?: string; secure?: boolean };
      const login = { email: 'laeser@test.dk', password: 'korrekt-hest-batteri' };
      const plain = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: login });
      const session = (plain.cookies as Cookie[]).find((c) => c.name === 'gevinst_session');
      expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
      expect(session?.secure).toBeFalsy();
      const tls = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'x-forwarded-proto': 'https' },
        payload: login,
      });
      expect((tls.cookies as Cookie[]).find((c) => c.name === 'gevinst_session')?.secure).toBe(true);
    });

    it('wrong password is 401 in Danish; the sixth failure in a row is 429', async () => {
      const c = await t.client();
      const codes: number[] = [];
      for (let i = 0; i < 6; i++) codes.push((await c.login('sof@test.dk', 'forkert-forkert')).statusCode);
      expect(codes).toEqual([401, 401, 401, 401, 401, 429]);
      const blocked = await c.login('sof@test.dk');
      expect(blocked.statusCode).toBe(429);
      expect(blocked.json<ErrorAnswer>().error.message).toMatch(/For mange/);
    });

    it('logout ends the session', async () => {
      const c = await t.client('laeser');
      expect((await c.get('/api/auth/me')).statusCode).toBe(200);
      expect((await c.post('/api/auth/logout')).statusCode).toBe(200);
      expect((await c.get('/api/auth/me')).statusCode).toBe(401);
      expect((await c.get('/api/rounds')).statusCode).toBe(401);
    });

    it('password change: old password stops working, other sessions end', async () => {
      const a = await t.client('buf2');
      const b = await t.client('buf2');
      const weak = await a.post('/api/auth/password', {
        currentPassword: 'korrekt-hest-batteri',
        newPassword: 'kort',
      });
      expect(weak.statusCode).toBe(400);
      const res = await a.post('/api/auth/password', {
        currentPassword: 'korrekt-hest-batteri',
        newPassword: 'et-helt-nyt-kodeord',
      });
      expect(res.statusCode).toBe(200);
      expect((await a.get('/api/auth/me')).statusCode).toBe(200);
      expect((await b.get('/api/auth/me')).statusCode).toBe(401);
      expect((await (await t.client()).login('buf2@test.dk')).statusCode).toBe(401);
      expect((await (await t.client()).login('buf2@test.dk', 'et-helt-nyt-kodeord')).statusCode).toBe(200);
    });

    it('a state-changing request without the CSRF header is 403 and changes nothing', async () => {
      const c = await t.client('cfoe');
      const res = await c.request(
        'POST',
        '/api/rounds',
        { name: 'OFS 27-28', kind: 'ofs', year: 2027 },
        { csrf: false },
      );
      expect(res.statusCode).toBe(403);
      expect(res.json<ErrorAnswer>().error.code).toBe('csrf');
      const rounds = (await c.get('/api/rounds')).json<{ name: string }[]>();
      expect(rounds.map((r) => r.name)).not.toContain('OFS 27-28');
    });

    it('saves make immutable versions; a stale save is 409 and loses nothing', async () => {
      const created = await create('Forslag 1');
      expect(created.version).toBe(1);
      const buf = await t.client('buf');
      const v2 = await buf.put(`/api/proposals/${created.id}`, {
        basedOnVersion: 1,
        proposal: proposalBody('Forslag 1', 'BUF', 'Anden titel'),
      });
      expect(v2.statusCode, v2.body).toBe(200);
      expect(v2.json<{ version: number }>().version).toBe(2);
      const stale = await buf.put(`/api/proposals/${created.id}`, {
        basedOnVersion: 1,
        proposal: proposalBody('Forslag 1', 'BUF', 'Tredje titel'),
      });
      expect(stale.statusCode).toBe(409);
      expect(stale.json<ErrorAnswer>().error.message).toMatch(/version 2/);
      const current = (await buf.get(`/api/proposals/${created.id}`)).json<{
        title: string;
        proposal: { title: string };
      }>();
      expect(current.title).toBe('Anden titel');
      expect(current.proposal.title).toBe('Anden titel');
      const versions = (await buf.get(`/api/proposals/${created.id}/versions`)).json<
        { version: number; current: boolean; author: string }[]
      >();
      expect(versions.map((v) => [v.version, v.current, v.author])).toEqual([
        [2, true, 'buf@test.dk'],
        [1, false, 'buf@test.dk'],
      ]);
      const v1 = (await buf.get(`/api/proposals/${created.id}/versions/1`)).json<{
        proposal: { title: string };
      }>();
      expect(v1.proposal.title).toBe('Forslag om Forslag 1');
    });

    it('two authors saving the same proposal at once: one wins, the other gets 409', async () => {
      const created = await create('Forslag 2');
      const buf = await t.client('buf');
      const cfoe = await t.client('cfoe');
      const [a, b] = await Promise.all([
        buf.put(`/api/proposals/${created.id}`, {
          basedOnVersion: 1,
          proposal: proposalBody('Forslag 2', 'BUF', 'Forfatterens titel'),
        }),
        cfoe.put(`/api/proposals/${created.id}`, {
          basedOnVersion: 1,
          proposal: proposalBody('Forslag 2', 'BUF', 'Økonomiens titel'),
        }),
      ]);
      expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
      const winner = a.statusCode === 200 ? 'Forfatterens titel' : 'Økonomiens titel';
      expect((await buf.get(`/api/proposals/${created.id}/versions`)).json<unknown[]>()).toHaveLength(2);
      expect((await buf.get(`/api/proposals/${created.id}`)).json<{ title: string }>().title).toBe(winner);
    });

    it('the engine computes totals on read; the client cannot plant them', async () => {
      const created = await create('Forslag 3');
      const body = { ...proposalBody('Forslag 3', 'BUF'), computed: { investmentTotal: 1 } };
      const res = await (
        await t.client('buf')
      ).put(`/api/proposals/${created.id}`, { basedOnVersion: 1, proposal: body });
      const computed = res.json<{
        proposal: { computed: { investmentTotal: number; permanentChange: Record<string, number> } };
      }>().proposal.computed;
      // 500.000 invested in 2027; savings 100.000, 400.000, 400.000 (see proposalBody).
      expect(computed.investmentTotal).toBe(500000);
      expect(computed.permanentChange).toEqual({ '2027': -100000, '2028': -400000, '2029': -400000 });
    });

    it('rejects amounts that are not whole kroner, naming the field in Danish', async () => {
      const body = proposalBody('Forslag 4', 'BUF') as {
        economy: { lines: { amounts: Record<string, number> }[] };
      };
      body.economy.lines[0]!.amounts['2027'] = 1.5;
      const res = await (await t.client('buf')).post(`/api/rounds/${roundId}/proposals`, { proposal: body });
      expect(res.statusCode).toBe(400);
      expect(res.json<ErrorAnswer>().error.field).toBe('proposal.economy.lines[0].amounts["2027"]');
    });

    it('workflow: order enforced, roles enforced, recorded in transitions and audit', async () => {
      const p = await create('Forslag 5');
      const buf = await t.client('buf');
      const cfoe = await t.client('cfoe');
      const move = (c: Client, to: string, extra: Record<string, unknown> = {}) =>
        c.post(`/api/proposals/${p.id}/transitions`, { to, basedOnVersion: 1, ...extra });
      // Committee approval before CFØ approval is refused.
      expect((await move(cfoe, 'udvalgsgodkendt')).statusCode).toBe(409);
      // An author may submit, not approve.
      expect((await move(buf, 'indsendt')).statusCode).toBe(200);
      expect((await move(buf, 'godkendt_cfoe')).statusCode).toBe(403);
      expect((await move(cfoe, 'godkendt_cfoe')).statusCode).toBe(200);
      // Approved proposals are locked for editing.
      const locked = await buf.put(`/api/proposals/${p.id}`, {
        basedOnVersion: 1,
        proposal: proposalBody('Forslag 5', 'BUF', 'Sent'),
      });
      expect(locked.statusCode).toBe(409);
      expect((await move(cfoe, 'udvalgsgodkendt')).statusCode).toBe(200);
      expect((await move(cfoe, 'vedtaget')).statusCode).toBe(400);
      const adopted = await move(cfoe, 'vedtaget', { approvedWith: 'Budget 2027' });
      expect(adopted.json()).toMatchObject({ status: 'vedtaget', approvedWith: 'Budget 2027' });
      const transitions = (await cfoe.get(`/api/proposals/${p.id}/transitions`)).json<
        { from: string; to: string; user: string }[]
      >();
      expect(transitions.map((x) => `${x.from}>${x.to}:${x.user}`)).toEqual([
        'kladde>indsendt:buf@test.dk',
        'indsendt>godkendt_cfoe:cfoe@test.dk',
        'godkendt_cfoe>udvalgsgodkendt:cfoe@test.dk',
        'udvalgsgodkendt>vedtaget:cfoe@test.dk',
      ]);
      const audit = (await cfoe.get(`/api/proposals/${p.id}/audit`)).json<
        { action: string; before: unknown; after: unknown }[]
      >();
      expect(audit.filter((a) => a.action === 'proposal.transition')).toHaveLength(4);
      expect(audit[0]).toMatchObject({
        action: 'proposal.transition',
        before: { status: 'udvalgsgodkendt' },
        after: { status: 'vedtaget' },
      });
      expect((await move(cfoe, 'kladde')).statusCode).toBe(409);
    });

    it('no CFØ approval while the validation engine reports errors', async () => {
      const body = proposalBody('Forslag 9', 'BUF');
      // Tabel A (måltalseffekt) disagrees with the lines (which sum to -100.000 in 2027).
      body.kvantumTables = [
        {
          id: 'A',
          title: 'Tabel A. Måltalseffekt',
          unit: 't.kr',
          years: [2027],
          rows: [{ label: 'Børne- og Ungdomsudvalget', committee: 'BUU', amounts: { '2027': -900000 } }],
        },
      ];
      const buf = await t.client('buf');
      const created = (await buf.post(`/api/rounds/${roundId}/proposals`, { proposal: body })).json<{
        id: number;
      }>();
      const findings = (await buf.get(`/api/proposals/${created.id}/findings`)).json<{
        findings: { severity: string; year: number | null }[];
      }>().findings;
      expect(findings.some((f) => f.severity === 'error' && f.year === 2027)).toBe(true);
      expect(
        (await buf.post(`/api/proposals/${created.id}/transitions`, { to: 'indsendt', basedOnVersion: 1 }))
          .statusCode,
      ).toBe(200);
      const cfoe = await t.client('cfoe');
      const refused = await cfoe.post(`/api/proposals/${created.id}/transitions`, {
        to: 'godkendt_cfoe',
        basedOnVersion: 1,
      });
      expect(refused.statusCode).toBe(409);
      expect(refused.json<ErrorAnswer>().error.message).toMatch(/fejl/);
      expect((await cfoe.get(`/api/proposals/${created.id}`)).json<{ status: string }>().status).toBe(
        'indsendt',
      );
    });

    it('comments, consultations and the follow-up page of a draft', async () => {
      const p = await create('Forslag 6');
      const buf = await t.client('buf');
      const cfoe = await t.client('cfoe');
      expect(
        (await buf.post(`/api/proposals/${p.id}/comments`, { text: 'Tallene er fra 2026.' })).statusCode,
      ).toBe(201);
      expect(
        (
          await buf.post(`/api/proposals/${p.id}/consultations`, {
            body: 'IT-kredsen',
            answer: 'ja',
            date: '2027-02-01',
            text: null,
          })
        ).statusCode,
      ).toBe(201);
      expect(
        (await buf.post(`/api/proposals/${p.id}/consultations`, { body: 'HR-kredsen', answer: 'måske' }))
          .statusCode,
      ).toBe(400);
      expect((await cfoe.get(`/api/proposals/${p.id}/consultations`)).json()).toMatchObject([
        { body: 'IT-kredsen', answer: 'ja', date: '2027-02-01' },
      ]);
      expect((await cfoe.get(`/api/proposals/${p.id}/comments`)).json()).toMatchObject([
        { text: 'Tallene er fra 2026.', user: 'buf@test.dk', version: 1 },
      ]);
      // A draft is not followed up: its follow-up page shows the plan and says why nothing is entered.
      const fu = (await buf.get(`/api/proposals/${p.id}/follow-up`)).json<{
        closedReason: string;
        mayEnter: boolean;
        years: { year: number; planned: number }[];
      }>();
      expect(fu.mayEnter).toBe(false);
      expect(fu.closedReason).toMatch(/vedtagne/);
      expect(fu.years.map((y) => [y.year, y.planned])).toEqual([
        [2027, -100000],
        [2028, -400000],
        [2029, -400000],
      ]);
    });

    it('catalog is computed live with the catalog sign and the investment total', async () => {
      const res = await (await t.client('cfoe')).get(`/api/rounds/${roundId}/catalog`);
      expect(res.statusCode).toBe(200);
      type Row = {
        proposalRef: string;
        amounts: Record<string, number>;
        investment: number | null;
        rowType: string;
      };
      const rows = res.json<{ tables: { rows: Row[] }[] }>().tables.flatMap((t) => t.rows);
      const row = rows.find((r) => r.proposalRef === 'Forslag 6' && r.rowType === 'proposal');
      expect(rows.filter((r) => r.rowType === 'total').length).toBeGreaterThan(0);
      expect(row).toMatchObject({
        amounts: { '2027': 100000, '2028': 400000, '2029': 400000 },
        investment: 500000,
      });
      // Unchanged round: 304 on the ETag; after a change the catalog is computed again.
      const etag = String(res.headers.etag);
      const same = await t.app.inject({
        method: 'GET',
        url: `/api/rounds/${roundId}/catalog`,
        headers: { cookie: (await t.client('cfoe')).cookie!, 'if-none-match': etag },
      });
      expect(same.statusCode).toBe(304);
      const zipped = await t.app.inject({
        method: 'GET',
        url: `/api/rounds/${roundId}/catalog`,
        headers: { cookie: (await t.client('cfoe')).cookie!, 'accept-encoding': 'gzip, deflate' },
      });
      expect(zipped.headers['content-encoding']).toBe('gzip');
      expect(JSON.parse(gunzipSync(zipped.rawPayload).toString('utf8'))).toEqual(res.json());
      await create('Forslag 8');
      const changed = await (await t.client('cfoe')).get(`/api/rounds/${roundId}/catalog`);
      expect(changed.headers.etag).not.toBe(etag);
      expect(
        changed
          .json<{ tables: { rows: { proposalRef: string }[] }[] }>()
          .tables.flatMap((t) => t.rows)
          .map((r) => r.proposalRef),
      ).toContain('Forslag 8');
    });

    it('exports the round and one proposal as files; the JSON export carries the live catalog', async () => {
      const cfoe = await t.client('cfoe');
      const view = (await cfoe.get(`/api/rounds/${roundId}/catalog`)).json<{
        tables: { rows: unknown[] }[];
      }>();
      const catalog = { rows: view.tables.flatMap((t) => t.rows) };
      const json = await t.app.inject({
        method: 'GET',
        url: `/api/rounds/${roundId}/export?format=json`,
        headers: { cookie: cfoe.cookie! },
      });
      expect(json.statusCode).toBe(200);
      expect(json.headers['content-disposition']).toContain('attachment');
      const exported = JSON.parse(json.body) as { format: string; catalog: { rows: unknown[] } };
      expect(exported.format).toBe('gevinst.document/1');
      expect(exported.catalog.rows).toEqual(catalog.rows);
      const pdf = await t.app.inject({
        method: 'GET',
        url: `/api/rounds/${roundId}/export?format=pdf`,
        headers: { cookie: cfoe.cookie! },
      });
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const p = await create('Forslag 23');
      const xlsx = await t.app.inject({
        method: 'GET',
        url: `/api/proposals/${p.id}/export?format=xlsx`,
        headers: { cookie: cfoe.cookie! },
      });
      expect(xlsx.statusCode).toBe(200);
      expect(xlsx.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');
      const bad = await t.app.inject({
        method: 'GET',
        url: `/api/rounds/${roundId}/export?format=exe`,
        headers: { cookie: cfoe.cookie! },
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json<ErrorAnswer>().error.message).toContain('format');
      const anon = await t.app.inject({ method: 'GET', url: `/api/rounds/${roundId}/export?format=json` });
      expect(anon.statusCode).toBe(401);
    });

    it('a rejected or withdrawn proposal no longer counts in the catalog', async () => {
      const cfoe = await t.client('cfoe');
      const refs = async () =>
        (await cfoe.get(`/api/rounds/${roundId}/catalog`))
          .json<{ tables: { rows: { proposalRef: string | null }[] }[] }>()
          .tables.flatMap((t) => t.rows)
          .map((r) => r.proposalRef);
      const rejected = await create('Forslag 21');
      const withdrawn = await create('Forslag 22');
      expect(await refs()).toEqual(expect.arrayContaining(['Forslag 21', 'Forslag 22']));
      // Rejecting and withdrawing are explained: without a reason they are refused.
      const noReason = await cfoe.post(`/api/proposals/${rejected.id}/transitions`, {
        to: 'afvist',
        basedOnVersion: 1,
      });
      expect(noReason.statusCode).toBe(400);
      expect(noReason.json<ErrorAnswer & { error: { reason: string } }>().error.reason).toBe(
        'workflow.reason-missing',
      );
      expect(
        (
          await cfoe.post(`/api/proposals/${rejected.id}/transitions`, {
            to: 'afvist',
            basedOnVersion: 1,
            note: 'Effekten er ikke dokumenteret.',
          })
        ).statusCode,
      ).toBe(200);
      expect(
        (
          await (
            await t.client('buf')
          ).post(`/api/proposals/${withdrawn.id}/transitions`, {
            to: 'trukket_tilbage',
            basedOnVersion: 1,
            note: 'Vi genovervejer forslaget.',
          })
        ).statusCode,
      ).toBe(200);
      const after = await refs();
      expect(after).not.toContain('Forslag 21');
      expect(after).not.toContain('Forslag 22');
      // The finance centre may reopen, with a reason; the proposal counts again.
      expect(
        (
          await cfoe.post(`/api/proposals/${rejected.id}/transitions`, {
            to: 'kladde',
            basedOnVersion: 1,
            note: 'Ny dokumentation modtaget.',
          })
        ).statusCode,
      ).toBe(200);
      expect(await refs()).toContain('Forslag 21');
    });

    it('a round page in one request: the catalog answer lists every proposal with its figures', async () => {
      const c = await t.client('laeser');
      const view = (await c.get(`/api/rounds/${roundId}/catalog`)).json<{
        proposals: {
          ref: string;
          version: number;
          title: string;
          investment: number | null;
          counted: boolean;
        }[];
        options: { statuses: string[] };
      }>();
      const one = view.proposals.find((p) => p.ref === 'Forslag 1')!;
      expect(one.version).toBe(2);
      expect(one.title).toBe('Anden titel');
      expect(one.investment).toBe(500000);
      expect(view.proposals.length).toBe(
        (await c.get(`/api/rounds/${roundId}/proposals`)).json<unknown[]>().length,
      );
      // Filters are applied by core on the server, and the tables follow them.
      const drafts = (await c.get(`/api/rounds/${roundId}/catalog?status=kladde`)).json<{
        proposals: { status: string }[];
      }>();
      expect(drafts.proposals.every((p) => p.status === 'kladde')).toBe(true);
      expect((await c.get(`/api/rounds/${roundId}/catalog?status=ukendt`)).statusCode).toBe(400);
    });

    it('search uses Danish stemming', async () => {
      const c = await t.client('laeser');
      const hits = (
        await c.get(`/api/search?q=${encodeURIComponent('ventilationsanlægget skole')}&roundId=${roundId}`)
      ).json<{ ref: string }[]>();
      expect(hits.length).toBeGreaterThan(0);
      expect((await c.get('/api/search?q=cykelsti')).json()).toEqual([]);
    });

    it('hostile strings are stored and returned unchanged, as JSON, and the tables survive', async () => {
      const hostile = `<script>alert("x")</script>'); DROP TABLE proposals; -- ' OR 1=1`;
      const summary = `<img src=x onerror=alert(1)> Robert'); DELETE FROM users;--`;
      const body = { ...proposalBody('Forslag 7', 'BUF', hostile), summary };
      const buf = await t.client('buf');
      const res = await buf.post(`/api/rounds/${roundId}/proposals`, { proposal: body });
      expect(res.statusCode).toBe(201);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      const back = (await buf.get(`/api/proposals/${res.json<{ id: number }>().id}`)).json<{
        title: string;
        proposal: { summary: string };
      }>();
      expect(back.title).toBe(hostile);
      expect(back.proposal.summary).toBe(summary);
      expect(
        (await buf.get(`/api/search?q=${encodeURIComponent("'); DROP TABLE proposals; --")}`)).statusCode,
      ).toBe(200);
      expect((await buf.get(`/api/rounds/${roundId}/proposals`)).statusCode).toBe(200);
      expect((await (await t.client()).login('buf@test.dk')).statusCode).toBe(200);
    });

    it('malformed JSON is 400 with a Danish message', async () => {
      const c = await t.client('cfoe');
      const res = await c.request('POST', '/api/rounds', undefined, {
        raw: '{"name": "Budget',
        contentType: 'application/json',
      });
      expect(res.statusCode).toBe(400);
      expect(res.json<ErrorAnswer>().error.message).toBe('Forespørgslens JSON kan ikke læses.');
    });

    it('import: a bad file is 4xx with a Danish reason, and nothing is stored', async () => {
      const c = await t.client('cfoe');
      const before = await count(c);
      for (const raw of [
        'Dette er en indkøbsliste.\nMælk\nBrød\n',
        ' ',
        '{"format":"gevinst.document/1","proposals":[{"ref":"X"}]}',
      ]) {
        const res = await c.request('POST', `/api/rounds/${roundId}/import?fileName=x.txt`, undefined, {
          raw,
        });
        expect([400, 422]).toContain(res.statusCode);
        expect(res.json<ErrorAnswer>().error.message.length).toBeGreaterThan(5);
      }
      expect(await count(c)).toBe(before);
    });

    it('import: preview stores nothing; commit stores all in one go; a clash stores nothing', async () => {
      const c = await t.client('cfoe');
      const doc = {
        format: 'gevinst.document/1',
        source: null,
        priceLevelYear: 2027,
        catalog: null,
        warnings: [],
        proposals: [proposalBody('Import 1', 'SOF'), proposalBody('Import 2', 'TMF')],
      };
      const raw = JSON.stringify(doc);
      const before = await count(c);
      const preview = await c.request('POST', `/api/rounds/${roundId}/import/preview`, undefined, { raw });
      expect(preview.statusCode, preview.body).toBe(200);
      expect(preview.json<{ conflicts: string[] }>().conflicts).toEqual([]);
      expect(await count(c)).toBe(before);
      const commit = await c.request('POST', `/api/rounds/${roundId}/import?fileName=doc.json`, undefined, {
        raw,
      });
      expect(commit.statusCode, commit.body).toBe(201);
      expect(
        commit
          .json<{ proposals: { ref: string; committee: string }[] }>()
          .proposals.map((p) => [p.ref, p.committee]),
      ).toEqual([
        ['Import 1', 'SU'],
        ['Import 2', 'TMU'],
      ]);
      // "Import 1" exists now, so "Import 3" in the same file must not be stored either.
      const clash = JSON.stringify({
        ...doc,
        proposals: [proposalBody('Import 3', 'SOF'), proposalBody('Import 1', 'SOF')],
      });
      expect(
        (await c.request('POST', `/api/rounds/${roundId}/import`, undefined, { raw: clash })).statusCode,
      ).toBe(409);
      const refs = (await c.get(`/api/rounds/${roundId}/proposals`))
        .json<{ ref: string }[]>()
        .map((p) => p.ref);
      expect(refs).not.toContain('Import 3');
      expect(refs.length).toBe(before + 2);
    });

    it('oversized uploads and bodies are 413 and store nothing', async () => {
      const c = await t.client('cfoe');
      const before = await count(c);
      const res = await c.request('POST', `/api/rounds/${roundId}/import`, undefined, {
        raw: 'x'.repeat(10 * 1024 * 1024 + 10),
      });
      expect(res.statusCode).toBe(413);
      expect(res.json<ErrorAnswer>().error.message).toBe('Forespørgslen er for stor.');
      const big = await c.request('POST', '/api/rounds', undefined, {
        raw: JSON.stringify({ name: 'y'.repeat(3 * 1024 * 1024) }),
        contentType: 'application/json',
      });
      expect(big.statusCode).toBe(413);
      expect(await count(c)).toBe(before);
    });

    it('public: only published rounds, only committee-approved proposals', async () => {
      const anon = await t.client();
      expect((await anon.get(`/api/public/rounds/${roundId}/catalog`)).statusCode).toBe(404);
      const cfoe = await t.client('cfoe');
      expect((await cfoe.put(`/api/rounds/${roundId}/published`, { published: true })).statusCode).toBe(200);
      const view = (await anon.get(`/api/public/rounds/${roundId}/catalog`)).json<{
        tables: { rows: { proposalRef: string }[] }[];
      }>();
      const rows = view.tables.flatMap((t) => t.rows);
      expect(rows.filter((r) => r.proposalRef !== null).map((r) => r.proposalRef)).toEqual(['Forslag 5']);
      const list = (await cfoe.get(`/api/rounds/${roundId}/proposals`)).json<{ id: number; ref: string }[]>();
      const draft = list.find((p) => p.ref === 'Forslag 1')!;
      const adopted = list.find((p) => p.ref === 'Forslag 5')!;
      expect((await anon.get(`/api/public/proposals/${draft.id}`)).statusCode).toBe(404);
      expect((await anon.get(`/api/public/proposals/${adopted.id}`)).statusCode).toBe(200);

      // Downloads: the public catalog as files holds the public's proposals only; a draft's file
      // is not found; the Kvantum CSV and the open-data CSV have their own names.
      const file = (url: string) => t.app.inject({ method: 'GET', url });
      const json = await file(`/api/public/rounds/${roundId}/export?format=json`);
      expect(json.statusCode).toBe(200);
      const exported = JSON.parse(json.body) as { proposals: { ref: string }[] };
      expect(exported.proposals.map((p) => p.ref)).toEqual(['Forslag 5']);
      const csv = await file(`/api/public/rounds/${roundId}/export?format=csv`);
      const kvantum = await file(`/api/public/rounds/${roundId}/export?format=kvantum-csv`);
      expect(csv.headers['content-disposition']).toMatch(/\.csv"?$/);
      expect(kvantum.headers['content-disposition']).toMatch(/\.kvantum\.csv"?$/);
      expect(csv.headers['content-disposition']).not.toBe(kvantum.headers['content-disposition']);
      expect((await file(`/api/public/proposals/${draft.id}/export?format=pdf`)).statusCode).toBe(404);
      const pdf = await file(`/api/public/proposals/${adopted.id}/export?format=pdf`);
      expect(pdf.statusCode).toBe(200);
      expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect((await file(`/api/public/rounds/${roundId}/export?format=doc`)).statusCode).toBe(400);
      expect((await cfoe.put(`/api/rounds/${roundId}/published`, { published: false })).statusCode).toBe(200);
      expect((await file(`/api/public/rounds/${roundId}/export?format=pdf`)).statusCode).toBe(404);
      expect((await file(`/api/public/proposals/${adopted.id}/export?format=pdf`)).statusCode).toBe(404);
      expect((await cfoe.put(`/api/rounds/${roundId}/published`, { published: true })).statusCode).toBe(200);
    });

    it('openapi.json describes the API', async () => {
      const spec = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
        openapi: string;
        paths: Record<string, unknown>;
      }>();
      expect(spec.openapi).toMatch(/^3\./);
      expect(Object.keys(spec.paths)).toEqual(
        expect.arrayContaining(['/api/health', '/api/proposals/{id}', '/api/rounds/{id}/catalog']),
      );
    });
  });
}
