// Heavy work off the event loop: while a large import commits and while a large export renders,
// the health endpoint and the web app's static files keep answering (on PGlite, which runs on the
// server's own thread, and on PostgreSQL). A round's export is rendered once per revision.
// Sizes here are modest; bench/heavy.bench.ts measures 20,000 and 5,000 with latency figures.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/server/app.ts';
import { type Services, createServices } from '../src/server/services/index.ts';
import { closeWorkers } from '../src/server/workers/pool.ts';
import { registerWeb } from '../src/web/serve.ts';
import { manyProposalsDocument } from './heavy-fixture.ts';
import { Client, PASSWORD, proposalBody } from './server-helpers.ts';
import { testDatabases } from './store-helpers.ts';

const IMPORTED = 1500;

/** Polls health and "/" until `work` settles; returns how many answered before it did. */
async function answeredDuring<T>(
  app: FastifyInstance,
  work: Promise<T>,
): Promise<{ result: T; health: number[]; pages: number[] }> {
  let done = false;
  const health: number[] = [];
  const pages: number[] = [];
  const poll = (async () => {
    while (!done) {
      const [h, p] = await Promise.all([
        app.inject({ method: 'GET', url: '/api/health' }),
        app.inject({ method: 'GET', url: '/' }),
      ]);
      if (!done) {
        health.push(h.statusCode);
        pages.push(p.statusCode);
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  try {
    return { result: await work, health, pages };
  } finally {
    done = true;
    await poll;
  }
}

for (const target of testDatabases) {
  describe(`heavy work on ${target.name}`, () => {
    let app: FastifyInstance;
    let services: Services;
    let cleanup: () => Promise<void>;
    let cfoe: Client;
    let roundId: number;
    const webDir = mkdtempSync(join(tmpdir(), 'gevinst-heavy-web-'));

    beforeAll(async () => {
      const opened = await target.open();
      cleanup = opened.cleanup;
      services = createServices(opened.db);
      writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Gevinst</title>');
      app = await buildApp(services);
      await registerWeb(app, webDir);
      await services.auth.addUser('cli', { email: 'cfoe@test.dk', role: 'oekonomi', password: PASSWORD });
      cfoe = new Client(app);
      expect((await cfoe.login('cfoe@test.dk')).statusCode).toBe(200);
      const round = await cfoe.post('/api/rounds', { name: 'Stor runde', kind: 'budget', year: 2027 });
      roundId = round.json<{ id: number }>().id;
    }, 60_000);

    afterAll(async () => {
      await app?.close();
      await closeWorkers();
      await cleanup?.();
      rmSync(webDir, { recursive: true, force: true });
    });

    it(`health and static files answer while ${IMPORTED} proposals are imported`, async () => {
      const raw = manyProposalsDocument(IMPORTED);
      const { result, health, pages } = await answeredDuring(
        app,
        cfoe.request('POST', `/api/rounds/${roundId}/import?fileName=stor.json`, undefined, { raw }),
      );
      expect(result.statusCode, result.body).toBe(201);
      expect(result.json<{ proposals: unknown[] }>().proposals).toHaveLength(IMPORTED);
      expect(health.length).toBeGreaterThanOrEqual(3);
      expect(health.every((s) => s === 200)).toBe(true);
      expect(pages.length).toBeGreaterThanOrEqual(3);
      expect(pages.every((s) => s === 200)).toBe(true);
    }, 180_000);

    it('health and static files answer while the round is exported; the file is rendered once per revision', async () => {
      const before = services.exports.rendered;
      const { result, health, pages } = await answeredDuring(
        app,
        cfoe.get(`/api/rounds/${roundId}/export?format=docx`),
      );
      expect(result.statusCode).toBe(200);
      expect(result.headers['content-type']).toContain('wordprocessingml');
      expect(health.length).toBeGreaterThanOrEqual(3);
      expect(health.every((s) => s === 200)).toBe(true);
      expect(pages.every((s) => s === 200)).toBe(true);
      expect(services.exports.rendered).toBe(before + 1);

      const again = await cfoe.get(`/api/rounds/${roundId}/export?format=docx`);
      expect(again.rawPayload.equals(result.rawPayload)).toBe(true);
      expect(services.exports.rendered).toBe(before + 1);

      // A change to the round's proposals makes a new revision: the next download is rendered anew.
      const created = await cfoe.post(`/api/rounds/${roundId}/proposals`, {
        proposal: proposalBody('Nyt', 'BUF'),
      });
      expect(created.statusCode).toBe(201);
      expect((await cfoe.get(`/api/rounds/${roundId}/export?format=docx`)).statusCode).toBe(200);
      expect(services.exports.rendered).toBe(before + 2);
    }, 180_000);

    it('a document the worker cannot read is a Danish 422, and nothing is stored', async () => {
      const res = await cfoe.request('POST', `/api/rounds/${roundId}/import`, undefined, {
        raw: '{"format":"gevinst.document/1","proposals":[{"ref":""}]}',
      });
      expect(res.statusCode).toBe(422);
      expect(res.json<{ error: { message: string } }>().error.message).toMatch(/proposals\[0\]/);
    });
  });
}
