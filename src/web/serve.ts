// Server side of the web app (Node only; never imported by the browser bundle): registers the
// built app (dist/web, made by `npm run build`, which `npm ci` runs) on the server's Fastify
// instance as static files at "/". The running server never builds it and never writes anything
// next to its code: a missing build is the install's mistake, reported once at start.
// The app uses hash routes (#/runder/1), so "/" → index.html is the only page address the server
// must answer; /api/* stays the API's.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

// From src/web (tsx) and from dist/node (the build) alike, two levels up is the project root.
export const WEB_DIST = fileURLToPath(new URL('../../dist/web/', import.meta.url));

/** Whether `dir` holds a built app. */
export function hasWebBuild(dir: string = WEB_DIST): boolean {
  return existsSync(join(dir, 'index.html'));
}

/** Serves the built app at "/" (index.html for "/"). Does nothing when there is no build. */
export async function registerWeb(app: FastifyInstance, dir: string = WEB_DIST): Promise<boolean> {
  if (!hasWebBuild(dir)) return false;
  await app.register(fastifyStatic, {
    root: dir,
    prefix: '/',
    index: ['index.html'],
    wildcard: true,
    // Vite names every asset by its content hash: it never changes, so browsers may keep it.
    setHeaders: (reply, path) => {
      if (path.includes('/assets/'))
        void reply.header('cache-control', 'public, max-age=31536000, immutable');
    },
  });
  return true;
}
