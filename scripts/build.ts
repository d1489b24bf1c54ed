// `npm run build` (and so `npm ci`, through `prepare`): the compiled server and CLI in dist/node,
// the web app in dist/web. Production runs these (bin/gevinst.js → dist/node/run.js); tsx and Vite's
// dev server stay for development and tests. See docs/decisions/0008-build-and-production.md.
//
// The server and CLI are bundled by esbuild with code splitting: each entry point is one file, and
// what a command imports dynamically (the command itself, an export writer, the server) becomes a
// chunk loaded only when needed. Packages stay external (node_modules at run time). Every output
// file lies flat in dist/node, so `new URL('./migrations/', import.meta.url)` finds the migrations
// copied beside them, from any chunk.
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The programs of the build: the CLI and the worker threads (each a file of its own). */
export const ENTRY_POINTS: Record<string, string> = {
  run: 'src/cli/run.ts',
  worker: 'src/server/workers/worker.ts',
};

/** Bundles the server and CLI into `outDir` (default dist/node) and copies the migrations beside them. */
export async function buildNode(outDir: string = join(ROOT, 'dist', 'node')): Promise<void> {
  rmSync(outDir, { recursive: true, force: true });
  await build({
    absWorkingDir: ROOT,
    entryPoints: ENTRY_POINTS,
    outdir: outDir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    packages: 'external',
    entryNames: '[name]',
    chunkNames: 'chunk-[hash]',
    sourcemap: 'linked',
    legalComments: 'none',
    logLevel: 'warning',
  });
  mkdirSync(join(outDir, 'migrations'), { recursive: true });
  cpSync(join(ROOT, 'src', 'store', 'migrations'), join(outDir, 'migrations'), { recursive: true });
}

/** Builds the web app with Vite into dist/web. */
export async function buildWeb(): Promise<void> {
  // Vite is a build tool: loaded only here, never by the server.
  const { build: viteBuild } = await import('vite');
  await viteBuild({ configFile: join(ROOT, 'src', 'web', 'vite.config.ts'), logLevel: 'warn' });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const only = process.argv.slice(2);
  const started = performance.now();
  try {
    if (only.length === 0 || only.includes('node')) await buildNode();
    if (only.length === 0 || only.includes('web')) await buildWeb();
  } catch {
    // esbuild and Vite have printed what failed.
    process.exit(1);
  }
  console.log(`Bygget i ${((performance.now() - started) / 1000).toFixed(1)} s: dist/node og dist/web.`);
}
