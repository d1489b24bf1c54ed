// Login, logout, who am I, password change, user administration.
import type { FastifyInstance } from 'fastify';
import { Unauthenticated } from '../../core/errors.ts';
import { SESSION_COOKIE, clearSessionCookies, setSessionCookies } from '../app.ts';
import { SESSION_DAYS } from '../services/auth.service.ts';
import type { Services } from '../services/index.ts';
import { actor, bodyObject, doc } from './params.ts';

const LOGIN_BODY = {
  body: {
    type: 'object',
    required: ['email', 'password'],
    properties: { email: { type: 'string', maxLength: 320 }, password: { type: 'string', maxLength: 1000 } },
  },
};

export function authRoutes(app: FastifyInstance, s: Services): void {
  app.post('/api/auth/login', doc('konti', 'Log ind med e-mail og adgangskode', LOGIN_BODY), async (request, reply) => {
    const body = request.body as { email: string; password: string };
    const session = await s.auth.login(body.email, body.password, request.ip);
    // A new login replaces the session this browser had (no session fixation).
    if (request.auth) await s.auth.logout(request.cookies[SESSION_COOKIE]);
    setSessionCookies(request, reply, session.token, session.csrfToken, SESSION_DAYS * 86400);
    return { user: session.user, csrfToken: session.csrfToken };
  });

  app.post('/api/auth/logout', doc('konti', 'Log ud'), async (request, reply) => {
    await s.auth.logout(request.cookies[SESSION_COOKIE]);
    clearSessionCookies(reply);
    return { ok: true };
  });

  app.get('/api/auth/me', doc('konti', 'Den indloggede bruger'), (request) => {
    if (!request.auth) throw new Unauthenticated();
    return { user: request.auth.user, csrfToken: request.auth.csrfToken };
  });

  app.post('/api/auth/password', doc('konti', 'Skift adgangskode (andre sessioner afsluttes)'), async (request) => {
    const body = bodyObject(request);
    await s.auth.changePassword(
      actor(request),
      request.auth?.sessionIdHash ?? null,
      typeof body.currentPassword === 'string' ? body.currentPassword : '',
      typeof body.newPassword === 'string' ? body.newPassword : '',
    );
    return { ok: true };
  });

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
