// OpenID Connect login against a real local provider (oidc-provider) the test starts: the
// authorization code flow with PKCE, state and nonce through Gevinst's /api/auth/oidc routes.
// The provider's login screen is replaced by a handler that logs in a chosen test account, so the
// test drives the real redirects, token exchange and ID token checks end to end.
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/server/app.ts';
import { OidcLogin } from '../src/server/auth/oidc.ts';
import { createServices } from '../src/server/services/index.ts';
import type { Db } from '../src/store/db.ts';
import { openDatabase } from '../src/store/open.ts';
import { Client } from './server-helpers.ts';

const ACCOUNTS: Record<string, { email: string; email_verified: boolean }> = {
  'sub-anne': { email: 'anne@kk.dk', email_verified: true },
  'sub-ukendt': { email: 'ukendt@kk.dk', email_verified: true },
  // Someone who set Bo's e-mail at the provider without proving it.
  'sub-falsk-bo': { email: 'bo@kk.dk', email_verified: false },
};

describe('OIDC login', () => {
  let providerServer: Server;
  let issuer: string;
  let loginAs = 'sub-anne';
  let db: Db;
  let app: Awaited<ReturnType<typeof buildApp>>;
  const redirectUri = 'http://gevinst.test/api/auth/oidc/callback';

  beforeAll(async () => {
    providerServer = createServer();
    await new Promise<void>((resolve) => providerServer.listen(0, '127.0.0.1', resolve));
    issuer = `http://127.0.0.1:${(providerServer.address() as AddressInfo).port}`;
    const provider = new Provider(issuer, {
      clients: [
        {
          client_id: 'gevinst',
          client_secret: 'hemmelig-test-noegle-0123456789',
          redirect_uris: [redirectUri],
          grant_types: ['authorization_code'],
          response_types: ['code'],
        },
      ],
      claims: { openid: ['sub'], email: ['email', 'email_verified'] },
      cookies: { keys: ['test-cookie-key'] },
      findAccount: (_ctx, id) => ({ accountId: id, claims: () => ({ sub: id, ...ACCOUNTS[id] }) }),
    });
    const handle = provider.callback();
    providerServer.on('request', (req: IncomingMessage, res: ServerResponse) => {
      if (!req.url?.startsWith('/interaction/')) return void handle(req, res);
      // The provider asks for login/consent: answer it for the chosen test account.
      void (async () => {
        const details = await provider.interactionDetails(req, res);
        const grant = new provider.Grant({ accountId: loginAs, clientId: String(details.params.client_id) });
        grant.addOIDCScope('openid email');
        const grantId = await grant.save();
        await provider.interactionFinished(
          req,
          res,
          { login: { accountId: loginAs }, consent: { grantId } },
          { mergeWithLastSubmission: false },
        );
      })();
    });
    db = await openDatabase({ inMemory: true });
    const oidc = new OidcLogin({
      issuer,
      clientId: 'gevinst',
      clientSecret: 'hemmelig-test-noegle-0123456789',
      redirectUri,
      allowHttp: true,
    });
    const services = createServices(db, { oidc });
    await services.auth.addUser('cli', {
      email: 'anne@kk.dk',
      role: 'oekonomi',
      password: 'et-langt-kodeord',
    });
    await services.auth.addUser('cli', { email: 'bo@kk.dk', role: 'admin', password: 'et-langt-kodeord' });
    app = await buildApp(services);
  });

  afterAll(async () => {
    await app?.close();
    await db?.close();
    await new Promise((resolve) => providerServer?.close(resolve));
  });

  /** Follows the browser's redirects through the provider until it comes back to Gevinst. */
  async function runFlow(): Promise<{
    status: number;
    cookies: string;
    location: string | undefined;
    body: string;
  }> {
    const start = await app.inject({ method: 'GET', url: '/api/auth/oidc/login' });
    expect(start.statusCode).toBe(302);
    const pendingCookie = (start.cookies as { name: string; value: string }[])
      .map((c) => `${c.name}=${c.value}`)
      .join('; ');
    let url = String(start.headers.location);
    expect(url.startsWith(`${issuer}/auth?`)).toBe(true);
    const jar = new Map<string, string>();
    for (let hop = 0; hop < 10; hop++) {
      if (url.startsWith(redirectUri)) {
        const back = await app.inject({
          method: 'GET',
          url: url.slice('http://gevinst.test'.length),
          headers: { cookie: pendingCookie },
        });
        const cookies = (back.cookies as { name: string; value: string }[])
          .map((c) => `${c.name}=${c.value}`)
          .join('; ');
        return { status: back.statusCode, cookies, location: back.headers.location, body: back.body };
      }
      const res = await fetch(url, {
        redirect: 'manual',
        headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
      });
      for (const c of res.headers.getSetCookie()) {
        const [pair] = c.split(';');
        const [k, ...v] = pair!.split('=');
        jar.set(k!, v.join('='));
      }
      const next = res.headers.get('location');
      if (!next) throw new Error(`provider stopped at ${url}: ${res.status} ${await res.text()}`);
      url = new URL(next, url).href;
    }
    throw new Error('too many redirects');
  }

  it('logs in an existing Gevinst account and gives it a session', async () => {
    loginAs = 'sub-anne';
    const flow = await runFlow();
    expect(flow.status, flow.body).toBe(302);
    expect(flow.location).toBe('/');
    const c = new Client(app);
    c.cookie = flow.cookies;
    const me = await c.get('/api/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ user: { email: 'anne@kk.dk', role: 'oekonomi' } });
    // The provider's subject is now linked: the second login finds the account by it.
    const { rows } = await db.query<{ oidc_subject: string }>(
      `SELECT oidc_subject FROM users WHERE email = 'anne@kk.dk'`,
    );
    expect(rows[0]?.oidc_subject).toBe(`${issuer}|sub-anne`);
  });

  it('refuses a person the provider knows but Gevinst does not (403, Danish)', async () => {
    loginAs = 'sub-ukendt';
    const flow = await runFlow();
    expect(flow.status).toBe(403);
    expect(flow.body).toContain('ingen konto i Gevinst');
    expect(flow.cookies).not.toContain('gevinst_session=');
  });

  it('does not link an account by an e-mail the provider has not verified', async () => {
    loginAs = 'sub-falsk-bo';
    const flow = await runFlow();
    expect(flow.status).toBe(403);
    expect(flow.body).toContain('ikke bekræftet e-mailen bo@kk.dk');
    expect(flow.cookies).not.toContain('gevinst_session=');
    const { rows } = await db.query<{ oidc_subject: string | null }>(
      `SELECT oidc_subject FROM users WHERE email = 'bo@kk.dk'`,
    );
    expect(rows[0]?.oidc_subject).toBeNull();
  });

  it('refuses a callback with a forged state', async () => {
    const start = await app.inject({ method: 'GET', url: '/api/auth/oidc/login' });
    const pendingCookie = (start.cookies as { name: string; value: string }[])
      .map((c) => `${c.name}=${c.value}`)
      .join('; ');
    const res = await app.inject({
      method: 'GET',
      url: '/api/auth/oidc/callback?code=abc&state=forfalsket',
      headers: { cookie: pendingCookie },
    });
    expect(res.statusCode).toBe(403);
  });
});
