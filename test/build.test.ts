// The production build (scripts/build.ts) as production runs it: the bundle in its own folder,
// started with plain node (no tsx). `--help` loads no package at all, `import` none of the server's
// or the writers' packages, and `serve` finds its migrations beside the bundle and answers health.
import { type ChildProcess, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildNode } from '../scripts/build.ts';
import { startServerProcess } from './gevinst-process.ts';

const ROOT = join(import.meta.dirname, '..');
// Inside the project, so the bundle's bare imports resolve from node_modules as in dist/node.
const OUT = join(ROOT, 'test-artifacts', `build-${process.pid}`, 'node');
const RUN = join(OUT, 'run.js');
const FIXTURE = join(ROOT, 'test', 'fixtures', 'foranalyse', 'to-foranalyser.txt');
const dataDir = mkdtempSync(join(tmpdir(), 'gevinst-build-'));
let server: ChildProcess | null = null;

// A module hook that prints every package (bare specifier) the process imports, one per line on
// stderr; written beside the bundle in beforeAll and preloaded with --import.
const TRACE_PACKAGES = join(OUT, '..', 'trace-packages.mjs');
const TRACE_HOOKS = `export async function resolve(specifier, context, next) {
  if (!/^(\\.|\\/|node:|file:|data:)/.test(specifier)) process.stderr.write('package:' + specifier + '\\n');
  return next(specifier, context);
}`;

function packagesLoaded(stderr: string): string[] {
  return [...new Set([...stderr.matchAll(/^package:(.+)$/gm)].map((m) => m[1]!))];
}

beforeAll(async () => {
  await buildNode(OUT);
  writeFileSync(join(OUT, '..', 'trace-hooks.mjs'), TRACE_HOOKS);
  writeFileSync(
    TRACE_PACKAGES,
    "import { register } from 'node:module';\nregister('./trace-hooks.mjs', import.meta.url);\n",
  );
}, 120_000);

afterAll(() => {
  if (server && server.exitCode === null) server.kill('SIGKILL');
  rmSync(join(OUT, '..'), { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the built CLI', () => {
  it('prints --help without loading any package', () => {
    const r = spawnSync(process.execPath, ['--import', TRACE_PACKAGES, RUN, '--help'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Kommandoer:');
    expect(r.stdout).toContain('  import ');
    expect(packagesLoaded(r.stderr)).toEqual([]);
  });

  it('imports a document without loading the server, the database or the writers', () => {
    const r = spawnSync(process.execPath, ['--import', TRACE_PACKAGES, RUN, 'import', FIXTURE], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Importeret:');
    const loaded = packagesLoaded(r.stderr);
    for (const heavy of ['fastify', '@electric-sql/pglite', 'pg', 'exceljs', 'pdfkit', 'docx', 'piscina']) {
      expect(loaded).not.toContain(heavy);
    }
  });

  it('loads a writer only for its format, and the database only for a round', () => {
    const out = join(dataDir, 'katalog.xlsx');
    const r = spawnSync(
      process.execPath,
      ['--import', TRACE_PACKAGES, RUN, 'export', FIXTURE, '--format', 'xlsx', '--out', out],
      { encoding: 'utf8' },
    );
    expect(r.status).toBe(0);
    const loaded = packagesLoaded(r.stderr);
    expect(loaded).toContain('exceljs');
    for (const other of ['pdfkit', 'docx', '@electric-sql/pglite', 'pg', 'fastify']) {
      expect(loaded).not.toContain(other);
    }
  });

  it('serves from the bundle: migrations found beside it, health answers, exports run in its worker', async () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      GEVINST_DATA_DIR: dataDir,
      PORT: '0',
      GEVINST_WEB: '0',
      GEVINST_LOG: 'silent',
    };
    delete env.DATABASE_URL;
    const add = spawnSync(
      process.execPath,
      [RUN, 'user', 'add', '--email', 'chef@kk.dk', '--role', 'oekonomi'],
      {
        env,
        input: 'en-lang-og-god-frase\n',
        encoding: 'utf8',
      },
    );
    expect(add.stdout + add.stderr).toContain('Bruger oprettet');
    const running = await startServerProcess([RUN, 'serve', '--host', '127.0.0.1'], env);
    server = running.child;
    const url = running.url;
    const health = await fetch(`${url}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const login = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'chef@kk.dk', password: 'en-lang-og-god-frase' }),
    });
    expect(login.status).toBe(200);
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const round = await fetch(`${url}/api/rounds`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Budget 2027', kind: 'budget', year: 2027 }),
    });
    const { id } = (await round.json()) as { id: number };
    const xlsx = await fetch(`${url}/api/rounds/${id}/export?format=xlsx`, { headers: { cookie } });
    expect(xlsx.status).toBe(200);
    expect(
      Buffer.from(await xlsx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    expect(await running.stop()).toBe(0);
  }, 90_000);
});
