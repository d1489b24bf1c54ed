// Login, logout, who am I, password change, user administration.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { NotFound, Unauthenticated } from '../../core/errors.ts';
import type { PendingLogin } from '../auth/oidc.ts';
import { SESSION_COOKIE, clearSessionCookies, isSecure, setSessionCookies } from '../app.ts';
import { SESSION_DAYS } from '../services/auth.service.ts';
import type { Services } from '../services/index.ts';
import { actor, bodyObject, doc } from './params.ts';

/**
 * The device cookie: marks a browser in which an account has logged in, so its logins are
 * throttled apart from an attacker's (login-throttle.ts). Sent only to the login route.
 */
export const DEVICE_COOKIE = 'gevinst_device';

function setDeviceCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  void reply.setCookie(DEVICE_COOKIE, token, {
    path: '/api/auth/login',
    httpOnly: true,
    sameSite: 'strict',
    secure: isSecure(request),
    maxAge: 365 * 86400,
  });
}

const LOGIN_BODY = {
  body: {
    type: 'object',
    required: ['email', 'password'],
    properties: { email: { type: 'string', maxLength: 320 }, password: { type: 'string', maxLength: 1000 } },
  },
};

export function authRoutes(app: FastifyInstance, s: Services): void {
  app.post(
    '/api/auth/login',
    doc('konti', 'Log ind med e-mail og adgangskode', LOGIN_BODY),
    async (request, reply) => {
      const body = request.body as { email: string; password: string };
      const session = await s.auth.login(
        body.email,
        body.password,
        request.ip,
        request.cookies[DEVICE_COOKIE] ?? null,
      );
      // A new login replaces the session this browser had (no session fixation).
      if (request.auth) await s.auth.logout(request.cookies[SESSION_COOKIE]);
      setSessionCookies(request, reply, session.token, session.csrfToken, SESSION_DAYS * 86400);
      setDeviceCookie(request, reply, session.deviceToken);
      return { user: session.user, csrfToken: session.csrfToken };
    },
  );

  app.post('/api/auth/logout', doc('konti', 'Log ud'), async (request, reply) => {
    await s.auth.logout(request.cookies[SESSION_COOKIE]);
    clearSessionCookies(reply);
    return { ok: true };
  });

  app.get('/api/auth/me', doc('konti', 'Den indloggede bruger'), (request) => {
    if (!request.auth) throw new Unauthenticated();
    return { user: request.auth.user, csrfToken: request.auth.csrfToken };
  });

  app.post(
    '/api/auth/password',
    doc('konti', 'Skift adgangskode (andre sessioner afsluttes)'),
    async (request) => {
      const body = bodyObject(request);
      await s.auth.changePassword(
        actor(request),
        request.auth?.sessionIdHash ?? null,
        typeof body.currentPassword === 'string' ? body.currentPassword : '',
        typeof body.newPassword === 'string' ? body.newPassword : '',
      );
      return { ok: true };
    },
  );

  // OpenID Connect: only when configured (OIDC_ISSUER …); otherwise these answer 404.
  const OIDC_COOKIE = 'gevinst_oidc';
  const OIDC_PATH = '/api/auth/oidc';
  app.get(
    '/api/auth/oidc/login',
    doc('konti', 'Log ind via kommunens identitetsudbyder (OIDC)'),
    async (request, reply) => {
      if (!s.oidc) throw new NotFound('Login via identitetsudbyder er ikke slået til.');
      const { url, pending } = await s.oidc.start();
      const secure = isSecure(request);
      void reply.setCookie(OIDC_COOKIE, Buffer.from(JSON.stringify(pending)).toString('base64url'), {
        path: OIDC_PATH,
        httpOnly: true,
        sameSite: 'lax',
        secure,
        maxAge: 600,
      });
      return reply.redirect(url, 302);
    },
  );

  app.get(
    '/api/auth/oidc/callback',
    doc('konti', 'Tilbagekald fra identitetsudbyderen'),
    async (request, reply) => {
      if (!s.oidc) throw new NotFound('Login via identitetsudbyder er ikke slået til.');
      let pending: PendingLogin | null;
      try {
        const raw = request.cookies[OIDC_COOKIE];
        pending = raw ? (JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as PendingLogin) : null;
      } catch {
        pending = null;
      }
      void reply.clearCookie(OIDC_COOKIE, { path: OIDC_PATH });
      // The callback URL is rebuilt from the configured redirect URI, never from the Host header.
      const current = new URL(s.oidc.redirectUri);
      current.search = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
      const identity = await s.oidc.finish(current, pending);
      const session = await s.auth.loginWithOidc(identity);
      setSessionCookies(request, reply, session.token, session.csrfToken, SESSION_DAYS * 86400);
      return reply.redirect('/', 302);
    },
  );

  app.get('/api/users', doc('konti', 'Alle brugere (admin)'), (request) => s.auth.listUsers(actor(request)));

  app.post('/api/users', doc('konti', 'Opret bruger (admin)'), async (request, reply) => {
    const body = bodyObject(request);
    const str = (v: unknown) => (typeof v === 'string' ? v : '');
    const user = await s.auth.addUser(actor(request), {
      email: str(body.email),
      name: typeof body.name === 'string' ? body.name : null,
      role: str(body.role),
      administration: typeof body.administration === 'string' ? body.administration : null,
      password: str(body.password),
    });
    return reply.status(201).send(user);
  });
}
