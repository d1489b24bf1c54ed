// Security headers on every answer (pages, static files, API), through @fastify/helmet. The CSP
// fits the built React app: its script and styles are files from this origin (Vite emits no inline
// script), React sets style properties through the DOM (which style-src does not govern), charts
// are inline SVG. Nothing may frame the app. HSTS only on TLS (directly or through a trusted
// proxy): over plain http browsers ignore it, and a laptop demo must stay reachable over http.
import helmet from '@fastify/helmet';
import type { FastifyInstance, FastifyRequest } from 'fastify';

export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  // http:// stays http:// on a demo laptop; behind TLS the browser already asks for https.
  upgradeInsecureRequests: null,
};

export const HSTS = 'max-age=31536000; includeSubDomains';

export async function registerSecurityHeaders(
  app: FastifyInstance,
  isSecure: (request: FastifyRequest) => boolean,
): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onRequest', (request, reply, done) => {
    if (isSecure(request)) void reply.header('strict-transport-security', HSTS);
    done();
  });
}
