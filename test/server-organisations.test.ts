// Organisations over HTTP: a user of one organisation gets 404 for every round, proposal, catalog
// and export of another, sees its own master data and settings, and validation and the catalog use
// the organisation's own master data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EKSEMPELBY_MASTER_DATA } from '../src/demo/eksempelby.ts';
import { putMasterData } from '../src/store/repositories/master-data.repository.ts';
import { insertOrganisation } from '../src/store/repositories/organisations.repository.ts';
import { Client, PASSWORD, type TestApp, proposalBody, startTestApp } from './server-helpers.ts';
import { testDatabases } from './store-helpers.ts';

for (const target of testDatabases) {
  describe(`organisations on ${target.name}`, () => {
    let t: TestApp;
    let other: Client;
    let kkRound: number;
    let kkProposal: number;

    beforeAll(async () => {
      t = await startTestApp(target);
      const org = await insertOrganisation(t.db, { slug: 'eksempelby', name: 'Eksempelby Kommune' });
      await putMasterData(t.db, org, EKSEMPELBY_MASTER_DATA);
      await t.services.auth.addUser('cli', {
        email: 'admin@eksempelby.test',
        role: 'admin',
        password: PASSWORD,
        organisationId: org,
      });
      other = new Client(t.app);
      expect((await other.login('admin@eksempelby.test')).statusCode).toBe(200);
      const cfoe = await t.client('cfoe');
      kkRound = (await cfoe.post('/api/rounds', { name: 'Budget 2027', kind: 'budget', year: 2027 })).json<{
        id: number;
      }>().id;
      kkProposal = (
        await (
          await t.client('buf')
        ).post(`/api/rounds/${kkRound}/proposals`, { proposal: proposalBody('Forslag 1', 'BUF') })
      ).json<{ id: number }>().id;
    });
    afterAll(async () => t?.close());

    it('answers 404 for every round, proposal, catalog and export of another organisation', async () => {
      const paths = [
        `/api/rounds/${kkRound}`,
        `/api/rounds/${kkRound}/catalog`,
        `/api/rounds/${kkRound}/proposals`,
        `/api/rounds/${kkRound}/export?format=json`,
        `/api/proposals/${kkProposal}`,
        `/api/proposals/${kkProposal}/versions`,
        `/api/proposals/${kkProposal}/versions/1`,
        `/api/proposals/${kkProposal}/findings`,
        `/api/proposals/${kkProposal}/transitions`,
        `/api/proposals/${kkProposal}/comments`,
        `/api/proposals/${kkProposal}/export?format=json`,
      ];
      for (const path of paths) expect([path, (await other.get(path)).statusCode]).toEqual([path, 404]);
      const writes = [
        other.put(`/api/rounds/${kkRound}/published`, { published: true }),
        other.put(`/api/rounds/${kkRound}/targets`, { targets: [] }),
        other.post(`/api/rounds/${kkRound}/proposals`, { proposal: proposalBody('Forslag 2', 'BS') }),
        other.post(`/api/proposals/${kkProposal}/comments`, { text: 'hej' }),
        other.post(`/api/proposals/${kkProposal}/transitions`, {
          to: 'afvist',
          basedOnVersion: 1,
          note: 'x',
        }),
      ];
      for (const res of await Promise.all(writes)) expect(res.statusCode).toBe(404);
      expect((await other.get('/api/rounds')).json()).toEqual([]);
      expect((await other.get('/api/search?q=ventilationsanlæg')).json()).toEqual([]);
      // Nor as part of a word, nor among the search's filter choices.
      expect((await other.get('/api/search?q=ventilation')).json()).toEqual([]);
      expect((await other.get('/api/search/options')).json()).toEqual({
        rounds: [],
        committees: [],
        kinds: [],
        statuses: [],
      });
      // Nothing of Copenhagen changed.
      const cfoe = await t.client('cfoe');
      expect((await cfoe.get(`/api/proposals/${kkProposal}`)).json<{ status: string }>().status).toBe(
        'kladde',
      );
    });

    it('each organisation has its own master data, users and round names', async () => {
      const md = (await other.get('/api/master-data')).json<{ committees: { id: string }[] }>();
      expect(md.committees.map((c) => c.id)).toEqual(['ØK', 'BSU', 'SSU', 'PTU']);
      const kkMd = (await (await t.client('cfoe')).get('/api/master-data')).json<{
        committees: { id: string }[];
      }>();
      expect(kkMd.committees.map((c) => c.id)).toContain('BUU');
      const users = (await other.get('/api/users')).json<{ email: string }[]>();
      expect(users.map((u) => u.email)).toEqual(['admin@eksempelby.test']);
      const round = await other.post('/api/rounds', { name: 'Budget 2027', kind: 'budget', year: 2027 });
      expect(round.statusCode).toBe(201);
      const me = (await other.get('/api/auth/me')).json<{ user: { organisation: { slug: string } } }>();
      expect(me.user.organisation.slug).toBe('eksempelby');
    });

    it('the catalog places proposals by the organisation’s own administrations', async () => {
      const round = (await other.get('/api/rounds')).json<{ id: number }[]>()[0]!;
      const created = await other.post(`/api/rounds/${round.id}/proposals`, {
        proposal: proposalBody('Forslag 1', 'BS'),
      });
      expect(created.statusCode).toBe(201);
      expect(created.json<{ committee: string }>().committee).toBe('BSU');
      const view = (await other.get(`/api/rounds/${round.id}/catalog`)).json<{
        tables: { rows: { rowType: string; committee: string; title: string }[] }[];
      }>();
      const committees = view.tables[0]!.rows.filter((r) => r.rowType === 'committee');
      expect(committees.map((r) => [r.committee, r.title])).toEqual([['BSU', 'Børne- og Skoleudvalget']]);
    });

    it('settings belong to the organisation and are checked by the schema', async () => {
      const put = await other.put('/api/organisation/settings', {
        settings: { discountRate: 0.04, horizonYears: 12 },
      });
      expect(put.statusCode).toBe(200);
      expect(
        put.json<{ settings: { discountRate: number; paybackGuidelineYears: number } }>().settings,
      ).toMatchObject({
        discountRate: 0.04,
        paybackGuidelineYears: 6,
      });
      const kk = (await (await t.client('cfoe')).get('/api/organisation')).json<{
        settings: { discountRate: number };
      }>();
      expect(kk.settings.discountRate).toBe(0.035);
      expect(
        (await other.put('/api/organisation/settings', { settings: { discountRate: 3.5 } })).statusCode,
      ).toBe(400);
      // A field left blank in the form is sent as null: refused, naming the field, never a default.
      const blank = await other.put('/api/organisation/settings', {
        settings: { discountRate: 0.04, followUpToleranceKroner: null },
      });
      expect(blank.statusCode).toBe(400);
      expect(blank.json<{ error: { field: string } }>().error.field).toBe('settings.followUpToleranceKroner');
    });
  });
}
