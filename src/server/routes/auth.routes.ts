// Login, logout, who am I, password change, user administration.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import * as z from 'zod';
import { NotFound, Unauthenticated } from '../../core/errors.ts';
import * as api from '../../core/schema/api.ts';
import type { PendingLogin } from '../auth/oidc.ts';
import { SESSION_COOKIE, clearSessionCookies, isSecure, setSessionCookies } from '../app.ts';
import { SESSION_DAYS } from '../services/auth.service.ts';
import type { Services } from '../services/index.ts';
import { actor, doc } from './params.ts';

export function authRoutes(fastify: FastifyInstance, s: Services): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.post(
    '/api/auth/login',
    doc('konti', 'Log ind med e-mail og adgangskode', {
      body: api.loginBody,
      response: { 200: api.sessionSchema },
    }),
    async (request, reply) => {
      const body = request.body;
      const session = await s.auth.login(body.email, body.password, request.ip);
      // A new login replaces the session this browser had (no session fixation).
      if (request.auth) await s.auth.logout(request.cookies[SESSION_COOKIE]);
      setSessionCookies(request, reply, session.token, session.csrfToken, SESSION_DAYS * 86400);
      return { user: session.user, csrfToken: session.csrfToken };
    },
  );

  app.post(
    '/api/auth/logout',
    doc('konti', 'Log ud', { response: { 200: api.okSchema } }),
    async (request, reply) => {
      await s.auth.logout(request.cookies[SESSION_COOKIE]);
      clearSessionCookies(reply);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/auth/me',
    doc('konti', 'Den indloggede bruger', { response: { 200: api.sessionSchema } }),
    (request) => {
      if (!request.auth) throw new Unauthenticated();
      return { user: request.auth.user, csrfToken: request.auth.csrfToken };
    },
  );

  app.post(
    '/api/auth/password',
    doc('konti', 'Skift adgangskode (andre sessioner afsluttes)', {
      body: api.passwordBody,
      response: { 200: api.okSchema },
    }),
    async (request) => {
      await s.auth.changePassword(
        actor(request),
        request.auth?.sessionIdHash ?? null,
        request.body.currentPassword,
        request.body.newPassword,
      );
      return { ok: true as const };
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

  app.get(
    '/api/users',
    doc('konti', 'Organisationens brugere (admin)', { response: { 200: z.array(api.userSchema) } }),
    (request) => s.auth.listUsers(actor(request)),
  );

  app.post(
    '/api/users',
    doc('konti', 'Opret bruger i organisationen (admin)', {
      body: api.userCreateBody,
      response: { 201: api.userSchema },
    }),
    async (request, reply) => reply.status(201).send(await s.auth.addUser(actor(request), request.body)),
  );
}
