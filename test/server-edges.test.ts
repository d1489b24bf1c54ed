// The server's edges: security headers on API answers and on the web app's pages, input that
// PostgreSQL cannot store or a walk cannot take (400, never 500), races on a unique e-mail (409),
// the request id in the Danish 500 message, and a slow request body closed by the timeout.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/server/app.ts';
import { createServices } from '../src/server/services/index.ts';
import { DEFAULT_SETTINGS } from '../src/server/settings.ts';
import { openDatabase } from '../src/store/open.ts';
import { registerWeb } from '../src/web/serve.ts';
import { PASSWORD, type TestApp, startTestApp } from './server-helpers.ts';
import { testDatabases } from './store-helpers.ts';

interface ErrorAnswer {
  error: { code: string; message: string; requestId?: string };
}

describe('security headers', () => {
  const webDir = mkdtempSync(join(tmpdir(), 'gevinst-web-headers-'));
  afterAll(() => rmSync(webDir, { recursive: true, force: true }));

  it('API answers and pages carry CSP, frame and sniffing protection; HSTS only on TLS', async () => {
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Gevinst</title>');
    const db = await openDatabase({ inMemory: true });
    const app = await buildApp(createServices(db));
    await registerWeb(app, webDir);
    try {
      for (const url of ['/', '/api/health', '/api/rounds']) {
        const res = await app.inject({ method: 'GET', url });
        const csp = String(res.headers['content-security-policy']);
        expect(csp, url).toContain("frame-ancestors 'none'");
        expect(csp).toContain("script-src 'self'");
        expect(csp).not.toContain('unsafe-inline');
        expect(csp).toContain("default-src 'self'");
        expect(res.headers['x-content-type-options']).toBe('nosniff');
        expect(res.headers['x-frame-options']).toBe('DENY');
        expect(res.headers['referrer-policy']).toBe('no-referrer');
        expect(res.headers['strict-transport-security']).toBeUndefined();
        expect(res.headers['x-request-id']).toMatch(/^[0-9a-f]{10}$/);
      }
      const tls = await app.inject({
        method: 'GET',
        url: '/',
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(tls.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    } finally {
      await app.close();
      await db.close();
    }
  });
});

describe('an internal error', () => {
  it('is a Danish 500 that names the request id, which is also the X-Request-Id', async () => {
    const db = await openDatabase({ inMemory: true });
    const app = await buildApp(createServices(db));
    app.get('/api/test-boom', () => {
      throw new Error('boom');
    });
    try {
      const res = await app.inject({ method: 'GET', url: '/api/test-boom' });
      expect(res.statusCode).toBe(500);
      const id = res.headers['x-request-id'] as string;
      const body = res.json<ErrorAnswer>();
      expect(body.error.requestId).toBe(id);
      expect(body.error.message).toContain(`fejl-id ${id}`);
      expect(body.error.message).not.toContain('boom');
    } finally {
      await app.close();
      await db.close();
    }
  });
});

for (const target of testDatabases) {
  describe(`hostile input on ${target.name}`, () => {
    let t: TestApp;
    let roundId: number;
    beforeAll(async () => {
      t = await startTestApp(target);
      const cfoe = await t.client('cfoe');
      roundId = (await cfoe.post('/api/rounds', { name: 'Kant', kind: 'budget', year: 2027 })).json<{
        id: number;
      }>().id;
    });
    afterAll(async () => t?.close());

    it('a NUL character or a lone surrogate in JSON is 400', async () => {
      const c = await t.client('cfoe');
      for (const raw of [
        '{"name":"Runde\\u0000","kind":"budget","year":2027}',
        '{"name":"Runde \\ud800","kind":"budget","year":2027}',
        '{"name":"Runde \\udc00 x","kind":"budget","year":2027}',
        '{"name\\u0000":"x","kind":"budget","year":2027}',
      ]) {
        const res = await c.request('POST', '/api/rounds', undefined, {
          raw,
          contentType: 'application/json',
        });
        expect(res.statusCode, raw).toBe(400);
        expect(res.json<ErrorAnswer>().error.message).toMatch(/tegn, som ikke kan gemmes/);
      }
      // A surrogate pair (an emoji) is fine.
      const ok = await c.request('POST', '/api/rounds', undefined, {
        raw: '{"name":"Runde \\ud83d\\ude00","kind":"budget","year":2027}',
        contentType: 'application/json',
      });
      expect(ok.statusCode).toBe(201);
    });

    it('deeply nested JSON is 400', async () => {
      const c = await t.client('cfoe');
      const deep = '{"proposal":' + '['.repeat(100_000) + ']'.repeat(100_000) + '}';
      const res = await c.request('POST', `/api/rounds/${roundId}/proposals`, undefined, {
        raw: deep,
        contentType: 'application/json',
      });
      expect(res.statusCode).toBe(400);
      expect(res.json<ErrorAnswer>().error.message).toMatch(/for dybt indlejret/);
    });

    it('a NUL character in a query string or an imported text is 400', async () => {
      const c = await t.client('cfoe');
      const q = await c.get(`/api/rounds/${roundId}/proposals?status=kladde%00`);
      expect(q.statusCode).toBe(400);
      const text = await c.request('POST', `/api/rounds/${roundId}/import/preview`, undefined, {
        raw: 'Forslag 1\u0000 Ny skole',
      });
      expect(text.statusCode).toBe(400);
      expect(text.json<ErrorAnswer>().error.message).toMatch(/NUL-tegn/);
    });

    it('50 concurrent creations of one e-mail: one 201, the rest 409', async () => {
      const admin = await t.client('admin');
      const answers = await Promise.all(
        Array.from({ length: 50 }, () =>
          admin.post('/api/users', {
            email: 'samtidig@test.dk',
            role: 'laeser',
            password: PASSWORD,
          }),
        ),
      );
      const codes = answers.map((a) => a.statusCode).sort();
      expect(codes.filter((c) => c === 201)).toHaveLength(1);
      expect(codes.filter((c) => c === 409)).toHaveLength(49);
      const conflict = answers.find((a) => a.statusCode === 409)!;
      expect(conflict.json<ErrorAnswer>().error.message).toContain('samtidig@test.dk');
    });

    it('50 concurrent creations of one round name: one 201, the rest 409', async () => {
      const c = await t.client('cfoe');
      const answers = await Promise.all(
        Array.from({ length: 50 }, () =>
          c.post('/api/rounds', { name: 'Samme navn', kind: 'budget', year: 2028 }),
        ),
      );
      const codes = answers.map((a) => a.statusCode);
      expect(codes.filter((s) => s === 201)).toHaveLength(1);
      expect(codes.filter((s) => s === 409)).toHaveLength(49);
    });
  });
}

describe('timeouts', () => {
  it('the defaults close a slow request within 30 s and idle keep-alive sockets in 5 s', async () => {
    const db = await openDatabase({ inMemory: true });
    const app = await buildApp(createServices(db), { settings: DEFAULT_SETTINGS });
    try {
      await app.ready();
      const server = app.server;
      // Node checks every connectionsCheckingInterval (1 s): closed by requestTimeout + 1 s.
      expect(server.requestTimeout + 1000).toBeLessThanOrEqual(30_000);
      expect(server.headersTimeout).toBeLessThanOrEqual(server.requestTimeout);
      expect(server.keepAliveTimeout).toBe(5_000);
    } finally {
      await app.close();
      await db.close();
    }
  });

  it('a body trickled slower than the request timeout is answered 408 and the socket closed', async () => {
    const db = await openDatabase({ inMemory: true });
    const app = await buildApp(createServices(db), {
      settings: { ...DEFAULT_SETTINGS, requestTimeoutSeconds: 2 },
    });
    try {
      await app.listen({ port: 0, host: '127.0.0.1' });
      const port = (app.server.address() as { port: number }).port;
      const started = performance.now();
      const { closedAfterMs, answer } = await new Promise<{ closedAfterMs: number; answer: string }>(
        (resolve, reject) => {
          const socket = connect(port, '127.0.0.1');
          let answer = '';
          let timer: NodeJS.Timeout | undefined;
          socket.on('connect', () => {
            socket.write(
              'POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{',
            );
            // One byte a second: the body would take 1000 s.
            timer = setInterval(() => socket.write(' '), 1000);
          });
          socket.on('data', (d) => (answer += d.toString()));
          socket.on('close', () => {
            clearInterval(timer);
            resolve({ closedAfterMs: performance.now() - started, answer });
          });
          socket.on('error', () => undefined);
          setTimeout(() => reject(new Error('socket still open after 15 s')), 15_000);
        },
      );
      expect(answer).toMatch(/^HTTP\/1\.1 408/);
      expect(closedAfterMs).toBeLessThan(2000 + 1000 + 1500);
    } finally {
      await app.close();
      await db.close();
    }
  }, 30_000);
});
