// Structured logs (pino, which Fastify ships) on stdout as JSON, on by default at level info. Every
// request gets a short id, sent back as X-Request-Id and shown in the Danish 500 message, so
// support can find the log entry from what the user reads. One line per answer (not Fastify's two),
// without the query string: an OIDC callback's code and state are not for the log.
import { randomBytes } from 'node:crypto';
import { type FastifyInstance, type FastifyServerOptions, LogController } from 'fastify';
import type { LogLevel } from './settings.ts';

export function newRequestId(): string {
  return randomBytes(5).toString('hex');
}

export function loggerOptions(
  level: LogLevel | false,
): Pick<FastifyServerOptions, 'logger' | 'genReqId' | 'requestIdHeader' | 'logController'> {
  return {
    logger: level === false || level === 'silent' ? false : { level },
    genReqId: newRequestId,
    // Never taken from the client: an id in the log must be ours.
    requestIdHeader: false,
    // Fastify's own two lines per request are replaced by the one written in onResponse below.
    logController: new LogController({ disableRequestLogging: true, requestIdLogLabel: 'reqId' }),
  };
}

export function registerRequestLog(app: FastifyInstance, options: { proxyTrusted: boolean }): void {
  let warned = options.proxyTrusted;
  app.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    // Behind a proxy without GEVINST_TRUST_PROXY every user seems to come from the proxy (login
    // throttling per address then counts them as one): say so once.
    if (!warned && request.headers['x-forwarded-for'] !== undefined) {
      warned = true;
      request.log.warn(
        { ip: request.ip },
        'Forespørgsler har X-Forwarded-For, men GEVINST_TRUST_PROXY er ikke sat: klientens adresse er proxyens (se docs/server.md).',
      );
    }
    done();
  });
  app.addHook('onResponse', (request, reply, done) => {
    const path = request.url.split('?')[0] ?? request.url;
    const entry = {
      method: request.method,
      path,
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime),
      ip: request.ip,
      user: request.auth?.user.id ?? null,
    };
    // Health is polled by monitors every few seconds: only at debug.
    if (path === '/api/health') request.log.debug(entry, 'svar');
    else if (reply.statusCode >= 500) request.log.error(entry, 'svar');
    else request.log.info(entry, 'svar');
    done();
  });
}
