// Server side of the web app (Node only; never imported by the browser bundle): builds the app
// with Vite when the build is missing or older than the sources, and registers it on the
// server's Fastify instance as static files at "/". The app uses hash routes (#/runder/1), so
// "/" → index.html is the only page address the server must answer; /api/* stays the API's.
//
// Wiring (src/server/start.ts, between buildApp and listen):
//   await ensureWebBuild(log);  await registerWeb(app);
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

const WEB_DIR = fileURLToPath(new URL('.', import.meta.url));
export const WEB_DIST = join(WEB_DIR, 'dist');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** True when src/web/dist/index.html is missing or older than any file of the app (or of core). */
export function webBuildIsStale(): boolean {
  const index = join(WEB_DIST, 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return newestSource(WEB_DIR) > built || newestSource(join(WEB_DIR, '..', 'core')) > built;
}

/** Builds the web app into src/web/dist when needed (about a second). Returns whether it built. */
export async function ensureWebBuild(log: (line: string) => void = () => undefined): Promise<boolean> {
  if (!webBuildIsStale()) return false;
  log('Bygger webappen (src/web → src/web/dist) …');
  // Vite is a build tool: loaded only when a build is due.
  const { build } = await import('vite');
  await build({ configFile: join(WEB_DIR, 'vite.config.ts'), logLevel: 'warn' });
  return true;
}

/** Serves src/web/dist at "/" (index.html for "/"). Does nothing when there is no build. */
export async function registerWeb(app: FastifyInstance, dir: string = WEB_DIST): Promise<boolean> {
  if (!existsSync(join(dir, 'index.html'))) return false;
  await app.register(fastifyStatic, { root: dir, prefix: '/', index: ['index.html'], wildcard: true });
  return true;
}
