// The HTTP application: Fastify with cookies, OpenAPI, sessions, CSRF and one error handler.
// Routes are thin: they read the request, call a service with the acting user, send the answer.
import { timingSafeEqual } from 'node:crypto';
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { jsonSchemaTransform, serializerCompiler } from 'fastify-type-provider-zod';
import type * as z from 'zod';
import { schemaError } from '../core/schema/errors.ts';
import type { User } from '../store/types.ts';
import { HttpError, errorHandler } from './http-errors.ts';
import { registerInputGuard } from './input-guard.ts';
import { loggerOptions, registerRequestLog } from './request-log.ts';
import { accountRoutes } from './routes/accounts.routes.ts';
import { adminRoutes } from './routes/admin.routes.ts';
import { authRoutes } from './routes/auth.routes.ts';
import { followUpRoutes } from './routes/follow-up.routes.ts';
import { healthRoutes } from './routes/health.routes.ts';
import { poolRoutes } from './routes/pool.routes.ts';
import { proposalRoutes } from './routes/proposals.routes.ts';
import { publicRoutes } from './routes/public.routes.ts';
import { roundRoutes } from './routes/rounds.routes.ts';
import { registerSecurityHeaders } from './security-headers.ts';
import type { Services } from './services/index.ts';
import { DEFAULT_SETTINGS, type LogLevel, type ServerSettings } from './settings.ts';

export const SESSION_COOKIE = 'gevinst_session';
export const CSRF_COOKIE = 'gevinst_csrf';
export const CSRF_HEADER = 'x-csrf-token';

export interface RequestAuth {
  user: User;
  csrfToken: string;
  sessionIdHash: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    auth: RequestAuth | null;
  }
}

export interface AppOptions {
  /** Log level of the JSON log (pino); false or 'silent' for none (the default in tests). */
  logger?: LogLevel | false;
  /** Largest JSON body; imports have their own limit. */
  bodyLimit?: number;
  /** Trust proxy and request timeout (settings.ts); the defaults elsewhere. */
  settings?: Pick<ServerSettings, 'trustProxy' | 'requestTimeoutSeconds'>;
}

/**
 * Timeouts that close a connection trickling its request (headers or body) and idle keep-alive
 * connections, so slow clients cannot hold the server's sockets. Node checks the request timeout
 * every `connectionsCheckingInterval`, so a slow body is closed within requestTimeout + 1 s.
 */
export function timeoutOptions(requestTimeoutSeconds: number) {
  const requestTimeout = requestTimeoutSeconds * 1000;
  return {
    requestTimeout,
    keepAliveTimeout: 5_000,
    // Socket inactivity while an answer is being made (a large export runs in a worker meanwhile).
    connectionTimeout: 120_000,
    http: {
      headersTimeout: Math.min(10_000, requestTimeout),
      connectionsCheckingInterval: 1_000,
    },
  };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Secure cookies when the request came over TLS, directly or through a proxy that says so. */
export function isSecure(request: FastifyRequest): boolean {
  const forwarded = request.headers['x-forwarded-proto'];
  const proto = Array.isArray(forwarded) ? forwarded[0] : forwarded;
  return request.protocol === 'https' || proto?.split(',')[0]?.trim() === 'https';
}

export function setSessionCookies(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  csrfToken: string,
  maxAgeSeconds: number,
): void {
  const secure = isSecure(request);
  void reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    maxAge: maxAgeSeconds,
  });
  void reply.setCookie(CSRF_COOKIE, csrfToken, {
    path: '/',
    httpOnly: false,
    sameSite: 'lax',
    secure,
    maxAge: maxAgeSeconds,
  });
}

export function clearSessionCookies(reply: FastifyReply): void {
  void reply.clearCookie(SESSION_COOKIE, { path: '/' });
  void reply.clearCookie(CSRF_COOKIE, { path: '/' });
}

export async function buildApp(services: Services, options: AppOptions = {}): Promise<FastifyInstance> {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const app = Fastify({
    ...loggerOptions(options.logger ?? false),
    ...timeoutOptions(settings.requestTimeoutSeconds),
    // A number of proxies in front: trust that many hops (Fastify's types lack the number form).
    trustProxy:
      typeof settings.trustProxy === 'number'
        ? (_address: string, hop: number) => hop < (settings.trustProxy as number)
        : settings.trustProxy,
    bodyLimit: options.bodyLimit ?? 2 * 1024 * 1024,
  });
  app.setErrorHandler(errorHandler);
  // Requests are checked by core's schemas (src/core/schema/api.ts): a refused body is a 400 with
  // a Danish message naming the field, before any service runs. Responses are checked and
  // serialised by the same schemas, so an answer can never drift from its documented shape.
  app.setValidatorCompiler(({ schema, httpPart }) => (data) => {
    const r = (schema as z.ZodType).safeParse(data);
    if (r.success) return { value: r.data };
    const root = httpPart === 'body' ? 'Forespørgslen' : 'Adressen';
    return { error: schemaError(r.error, root) };
  });
  app.setSerializerCompiler(serializerCompiler);
  registerRequestLog(app, { proxyTrusted: settings.trustProxy !== false });
  registerInputGuard(app);
  app.setNotFoundHandler((_request, reply) => {
    void reply.status(404).send({
      error: { code: 'not_found', message: 'Adressen findes ikke.', field: null, sourceLine: null },
    });
  });
  await registerSecurityHeaders(app, isSecure);
  await app.register(cookie);
  await app.register(swagger, {
    transform: jsonSchemaTransform,
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Gevinst API',
        version: '1',
        description:
          'Investerings- og effektiviseringsforslag: budgetrunder, forslag, versioner, arbejdsgang, kataloger. Se docs/api.md.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
          csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
        },
      },
    },
  });

  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    if (
      !token ||
      !request.url.startsWith('/api/') ||
      request.url.startsWith('/api/health') ||
      request.url.startsWith('/api/public/')
    )
      return;
    const session = await services.auth.sessionFor(token);
    if (session)
      request.auth = { user: session.user, csrfToken: session.csrfToken, sessionIdHash: session.idHash };
  });
  // CSRF: a state-changing request made with a session must echo the session's token in a
  // header, which a cross-site form or image cannot do.
  app.addHook('preHandler', (request, _reply, done) => {
    if (SAFE_METHODS.has(request.method) || !request.auth) return done();
    const sent = request.headers[CSRF_HEADER];
    if (typeof sent !== 'string' || !sameToken(sent, request.auth.csrfToken)) {
      return done(
        new HttpError(
          'csrf',
          'Forespørgslen mangler et gyldigt CSRF-token (X-CSRF-Token). Genindlæs siden, og prøv igen.',
        ),
      );
    }
    done();
  });

  await app.register((api, _opts, done) => {
    healthRoutes(api, services);
    authRoutes(api, services);
    roundRoutes(api, services);
    proposalRoutes(api, services);
    followUpRoutes(api, services);
    adminRoutes(api, services);
    accountRoutes(api, services);
    publicRoutes(api, services);
    poolRoutes(api, services);
    api.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());
    done();
  });
  return app;
}
