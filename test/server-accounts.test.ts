// Accounts: login throttling (per account across addresses, per address across accounts, known
// devices that an attacker cannot lock out, GEVINST_TRUST_PROXY), the password change's own
// throttle, the password policy, idle sessions, and the administrator's actions, each audited.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/server/app.ts';
import { createServices } from '../src/server/services/index.ts';
import { DEFAULT_SETTINGS } from '../src/server/settings.ts';
import type { Db } from '../src/store/db.ts';
import { openDatabase } from '../src/store/open.ts';
import { PASSWORD, type TestApp, startTestApp } from './server-helpers.ts';
import { testDatabases } from './store-helpers.ts';

interface ErrorAnswer {
  error: { code: string; message: string };
}

function login(
  app: FastifyInstance,
  email: string,
  password: string,
  from: { address?: string; forwardedFor?: string; cookie?: string } = {},
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password },
    remoteAddress: from.address ?? '10.1.1.1',
    headers: {
      ...(from.forwardedFor ? { 'x-forwarded-for': from.forwardedFor } : {}),
      ...(from.cookie ? { cookie: from.cookie } : {}),
    },
  });
}

function cookieOf(res: LightMyRequestResponse, name: string): string {
  const c = (res.cookies as { name: string; value: string }[]).find((x) => x.name === name);
  if (!c) throw new Error(`no cookie ${name}`);
  return `${name}=${c.value}`;
}

describe('login throttling', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openDatabase({ inMemory: true });
  });
  afterAll(async () => db?.close());

  async function appWith(trustProxy: string | false = false) {
    const services = createServices(db);
    const app = await buildApp(services, { settings: { ...DEFAULT_SETTINGS, trustProxy } });
    return { app, services };
  }

  it('100 guesses at one account from 20 addresses: all but the first five are refused (429)', async () => {
    const { app, services } = await appWith();
    await services.auth.addUser('cli', { email: 'maal@kk.dk', role: 'laeser', password: PASSWORD });
    const codes: number[] = [];
    for (let i = 0; i < 100; i++)
      codes.push(
        (await login(app, 'maal@kk.dk', `gaet-${i}-gaet`, { address: `10.2.0.${i % 20}` })).statusCode,
      );
    expect(codes.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(codes.slice(5).every((c) => c === 429)).toBe(true);
    const refused = await login(app, 'maal@kk.dk', 'endnu-et-gaet', { address: '10.2.0.99' });
    expect(refused.json<ErrorAnswer>().error.message).toMatch(/For mange mislykkede login-forsøg\. Vent \d+/);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    await app.close();
  });

  it('one address guessing many accounts is slowed down; another address is not', async () => {
    const { app } = await appWith();
    const codes: number[] = [];
    for (let i = 0; i < 22; i++)
      codes.push(
        (await login(app, `person${i}@kk.dk`, 'forkert-forkert', { address: '10.3.0.1' })).statusCode,
      );
    expect(codes.slice(0, 20).every((c) => c === 401)).toBe(true);
    expect(codes.slice(20)).toEqual([429, 429]);
    expect((await login(app, 'person0@kk.dk', 'forkert-forkert', { address: '10.3.0.2' })).statusCode).toBe(
      401,
    );
    await app.close();
  });

  it("an attacker's failures do not lock the real user out of a browser they logged in from before", async () => {
    const { app, services } = await appWith();
    await services.auth.addUser('cli', { email: 'rigtig@kk.dk', role: 'laeser', password: PASSWORD });
    const first = await login(app, 'rigtig@kk.dk', PASSWORD, { address: '10.4.0.1' });
    expect(first.statusCode).toBe(200);
    const device = cookieOf(first, 'gevinst_device');
    for (let i = 0; i < 30; i++)
      await login(app, 'rigtig@kk.dk', `angreb-${i}-angreb`, { address: `10.5.0.${i}` });
    // A new browser is throttled with the account …
    expect((await login(app, 'rigtig@kk.dk', PASSWORD, { address: '10.4.0.1' })).statusCode).toBe(429);
    // … the known browser is not, and the attacker cannot use its cookie for another account.
    expect(
      (await login(app, 'rigtig@kk.dk', PASSWORD, { address: '10.4.0.1', cookie: device })).statusCode,
    ).toBe(200);
    await app.close();
  });

  it('GEVINST_TRUST_PROXY: behind a trusted proxy each client counts alone; without it X-Forwarded-For is ignored', async () => {
    const proxied = await appWith('127.0.0.1');
    for (let i = 0; i < 20; i++)
      await login(proxied.app, `p${i}@kk.dk`, 'forkert-forkert', {
        address: '127.0.0.1',
        forwardedFor: '192.0.2.7',
      });
    const blocked = await login(proxied.app, 'q@kk.dk', 'forkert-forkert', {
      address: '127.0.0.1',
      forwardedFor: '192.0.2.7',
    });
    expect(blocked.statusCode).toBe(429);
    const other = await login(proxied.app, 'q@kk.dk', 'forkert-forkert', {
      address: '127.0.0.1',
      forwardedFor: '192.0.2.8',
    });
    expect(other.statusCode).toBe(401);
    await proxied.app.close();

    // Not trusted: a client cannot escape the per-address count by inventing X-Forwarded-For.
    const direct = await appWith(false);
    for (let i = 0; i < 20; i++)
      await login(direct.app, `d${i}@kk.dk`, 'forkert-forkert', {
        address: '10.6.0.1',
        forwardedFor: `192.0.2.${i}`,
      });
    const spoofed = await login(direct.app, 'e@kk.dk', 'forkert-forkert', {
      address: '10.6.0.1',
      forwardedFor: '192.0.2.200',
    });
    expect(spoofed.statusCode).toBe(429);
    await direct.app.close();
  });
});

for (const target of testDatabases) {
  describe(`accounts on ${target.name}`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp(target);
    });
    afterAll(async () => t?.close());

    const audit = async (userId: number) => {
      const admin = await t.client('admin');
      const res = await admin.get(`/api/audit?entity=user&entityId=${userId}`);
      return res.json<{ action: string; user: string | null }[]>().map((a) => a.action);
    };

    it('guessing the current password in the password change is throttled too', async () => {
      const c = await t.client('buf2');
      const codes: number[] = [];
      for (let i = 0; i < 6; i++)
        codes.push(
          (
            await c.post('/api/auth/password', {
              currentPassword: `gaet-${i}-gaet`,
              newPassword: 'et-helt-nyt-kodeord',
            })
          ).statusCode,
        );
      expect(codes).toEqual([400, 400, 400, 400, 400, 429]);
      const right = await c.post('/api/auth/password', {
        currentPassword: PASSWORD,
        newPassword: 'et-helt-nyt-kodeord',
      });
      expect(right.statusCode).toBe(429);
    });

    it('refuses trivial and common passwords in Danish', async () => {
      const admin = await t.client('admin');
      for (const password of ['aaaaaaaaaa', '1234567890', 'password1234', 'kort']) {
        const res = await admin.post('/api/users', { email: 'svag@kk.dk', role: 'laeser', password });
        expect(res.statusCode, password).toBe(400);
        expect(res.json<ErrorAnswer>().error.message).toMatch(/Adgangskoden/);
      }
      const own = await t.client('sof');
      const res = await own.post('/api/auth/password', {
        currentPassword: PASSWORD,
        newPassword: '1234567890',
      });
      expect(res.statusCode).toBe(400);
    });

    it('an admin disables a user (sessions end, login refused) and re-enables them; both audited', async () => {
      const admin = await t.client('admin');
      const reader = await t.client('laeser');
      const id = t.users.laeser.id;
      const off = await admin.post(`/api/users/${id}/disable`);
      expect(off.statusCode).toBe(200);
      expect(off.json()).toMatchObject({ disabled: true, sessions: 0 });
      expect((await reader.get('/api/auth/me')).statusCode).toBe(401);
      const refused = await (await t.client()).login('laeser@test.dk');
      expect(refused.statusCode).toBe(403);
      expect(refused.json<ErrorAnswer>().error.message).toBe('Kontoen er spærret. Kontakt en administrator.');
      expect((await admin.post(`/api/users/${id}/enable`)).json()).toMatchObject({ disabled: false });
      expect((await (await t.client()).login('laeser@test.dk')).statusCode).toBe(200);
      expect(await audit(id)).toEqual(expect.arrayContaining(['user.disable', 'user.enable']));
    });

    it('an admin changes a role; a forfatter needs an administration', async () => {
      const admin = await t.client('admin');
      const id = t.users.sof.id;
      const bad = await admin.put(`/api/users/${id}/role`, { role: 'forfatter', administration: '' });
      expect(bad.statusCode).toBe(400);
      const res = await admin.put(`/api/users/${id}/role`, { role: 'oekonomi' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ role: 'oekonomi', administration: null });
      const me = await (await t.client('sof')).get('/api/auth/me');
      expect(me.json()).toMatchObject({ user: { role: 'oekonomi' } });
      await admin.put(`/api/users/${id}/role`, { role: 'forfatter', administration: 'SOF' });
      expect(await audit(id)).toContain('user.role');
    });

    it('the last active admin can be neither disabled nor demoted', async () => {
      const admin = await t.client('admin');
      const id = t.users.admin.id;
      expect((await admin.post(`/api/users/${id}/disable`)).statusCode).toBe(409);
      const demote = await admin.put(`/api/users/${id}/role`, { role: 'laeser' });
      expect(demote.statusCode).toBe(409);
      expect(demote.json<ErrorAnswer>().error.message).toMatch(/sidste aktive administrator/);
    });

    it('an admin resets a password (a generated one is shown once) and all sessions end', async () => {
      const admin = await t.client('admin');
      const user = await t.client('buf');
      const id = t.users.buf.id;
      const res = await admin.post(`/api/users/${id}/password`, {});
      expect(res.statusCode).toBe(200);
      const temporary = res.json<{ temporaryPassword: string }>().temporaryPassword;
      expect(temporary).toMatch(/^[\w-]{20,}$/);
      expect((await user.get('/api/auth/me')).statusCode).toBe(401);
      expect((await (await t.client()).login('buf@test.dk')).statusCode).toBe(401);
      expect((await (await t.client()).login('buf@test.dk', temporary)).statusCode).toBe(200);
      const chosen = await admin.post(`/api/users/${id}/password`, { password: PASSWORD });
      expect(chosen.json()).toMatchObject({ temporaryPassword: null });
      const weak = await admin.post(`/api/users/${id}/password`, { password: 'aaaaaaaaaaaa' });
      expect(weak.statusCode).toBe(400);
      const actions = await audit(id);
      expect(actions.filter((a) => a === 'user.password.reset')).toHaveLength(2);
      const body = JSON.stringify((await admin.get(`/api/audit?entity=user&entityId=${id}`)).json());
      expect(body).not.toContain(temporary);
    });

    it("an admin ends a user's sessions", async () => {
      const admin = await t.client('admin');
      const a = await t.client('cfoe');
      const b = await t.client('cfoe');
      const res = await admin.request('DELETE', `/api/users/${t.users.cfoe.id}/sessions`);
      expect(res.statusCode).toBe(200);
      expect(res.json<{ ended: number }>().ended).toBeGreaterThanOrEqual(2);
      expect((await a.get('/api/auth/me')).statusCode).toBe(401);
      expect((await b.get('/api/auth/me')).statusCode).toBe(401);
      expect(await audit(t.users.cfoe.id)).toContain('user.sessions.end');
    });

    it('only an admin may administer accounts', async () => {
      const cfoe = await t.client('cfoe');
      const id = t.users.laeser.id;
      expect((await cfoe.post(`/api/users/${id}/disable`)).statusCode).toBe(403);
      expect((await cfoe.put(`/api/users/${id}/role`, { role: 'admin' })).statusCode).toBe(403);
      expect((await cfoe.post(`/api/users/${id}/password`, {})).statusCode).toBe(403);
      expect((await cfoe.request('DELETE', `/api/users/${id}/sessions`)).statusCode).toBe(403);
      expect((await cfoe.get('/api/users')).statusCode).toBe(403);
    });

    it('a session unused for longer than the idle timeout ends; use keeps it alive', async () => {
      await t.db.query('DELETE FROM sessions WHERE user_id = $1', [t.users.laeser.id]);
      const c = await t.client('laeser');
      const idle = t.services.auth.sessionIdleMinutes;
      // Used half the idle time ago: still alive, and the use moves last_seen_at to now.
      await t.db.query(
        `UPDATE sessions SET last_seen_at = now() - make_interval(mins => $1) WHERE user_id = $2`,
        [idle / 2, t.users.laeser.id],
      );
      expect((await c.get('/api/auth/me')).statusCode).toBe(200);
      const { rows } = await t.db.query<{ idle: number }>(
        `SELECT max(extract(epoch FROM now() - last_seen_at))::int AS idle FROM sessions WHERE user_id = $1`,
        [t.users.laeser.id],
      );
      expect(rows[0]!.idle).toBeLessThan(5);
      await t.db.query(
        `UPDATE sessions SET last_seen_at = now() - make_interval(mins => $1) WHERE user_id = $2`,
        [idle + 1, t.users.laeser.id],
      );
      expect((await c.get('/api/auth/me')).statusCode).toBe(401);
    });
  });
}
