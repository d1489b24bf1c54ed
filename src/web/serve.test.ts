// The server-side helper that serves the built app: static files at "/", the API untouched.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { registerWeb } from './serve.ts';

const dir = mkdtempSync(join(tmpdir(), 'gevinst-web-dist-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('registerWeb', () => {
  it('serves index.html at / and assets, and leaves /api to the API', async () => {
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Gevinst</title>');
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
    const app = Fastify();
    app.setNotFoundHandler((_req, reply) => {
      void reply.status(404).send({ error: { code: 'not_found' } });
    });
    app.get('/api/health', () => ({ status: 'ok' }));
    expect(await registerWeb(app, dir)).toBe(true);
    const index = await app.inject({ method: 'GET', url: '/' });
    expect(index.statusCode).toBe(200);
    expect(index.body).toContain('<title>Gevinst</title>');
    const js = await app.inject({ method: 'GET', url: '/assets/app.js' });
    expect(js.statusCode).toBe(200);
    expect(js.headers['content-type']).toMatch(/javascript/);
    expect((await app.inject({ method: 'GET', url: '/api/health' })).json()).toEqual({ status: 'ok' });
    const missing = await app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual({ error: { code: 'not_found' } });
    await app.close();
  });

  it('does nothing when there is no build', async () => {
    const app = Fastify();
    expect(await registerWeb(app, join(dir, 'absent'))).toBe(false);
    expect((await app.inject({ method: 'GET', url: '/' })).statusCode).toBe(404);
    await app.close();
  });
});
