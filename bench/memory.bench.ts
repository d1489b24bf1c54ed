// `npm run bench memory`: resident memory (RSS) of the idle server (the build, `gevinst serve`)
// with the demo data on PGlite, next to a process holding only PGlite on the same directory and a
// bare `node -e 0`; then the same after a 10,000-proposal round was added and its catalog and a
// CSV export were asked for. Goal (issue 15): idle with the demo data ≤ 300 MB.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { demoProposals } from '../src/demo/budget-2027.ts';
import { openDatabase } from '../src/store/open.ts';
import { DEFAULT_SHARED_BUFFERS } from '../src/store/pglite-db.ts';
import { type ServerProcess, startServerProcess } from '../test/gevinst-process.ts';
import { insertProposal } from '../src/store/repositories/proposals.repository.ts';
import { bumpRevision, insertRound } from '../src/store/repositories/rounds.repository.ts';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'gevinst.js');
const PROPOSALS = Number(process.env.BENCH_PROPOSALS ?? 10_000);
const MB = 1024 * 1024;

function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? NaN) * 1024;
}

function start(env: NodeJS.ProcessEnv, args: string[]): Promise<ServerProcess> {
  return startServerProcess([BIN, ...args, '--host', '127.0.0.1'], {
    ...env,
    PORT: '0',
    GEVINST_LOG: 'warn',
  });
}

async function use(url: string, roundIds: number[]): Promise<void> {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@gevinst.demo', password: 'demo-admin-2027' }),
  });
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  await fetch(`${url}/`).then((r) => r.arrayBuffer());
  for (const id of roundIds) {
    for (const path of ['', '/catalog', '/proposals', '/export?format=csv'])
      await fetch(`${url}/api/rounds/${id}${path}`, { headers: { cookie, 'accept-encoding': 'gzip' } }).then(
        (r) => r.arrayBuffer(),
      );
  }
}

/** RSS after the server has served the rounds and then sat idle (worker threads gone). */
async function idleRss(env: NodeJS.ProcessEnv, roundIds: number[]): Promise<number> {
  const server = await start(env, ['serve']);
  const { child, url } = server;
  try {
    await use(url, roundIds);
    // Idle worker threads exit after 30 s; the figure is the server as it waits for work.
    await new Promise((r) => setTimeout(r, 35_000));
    return rssOf(child.pid!);
  } finally {
    await server.stop();
  }
}

/** RSS of a plain node process that opens PGlite on the directory as the server does, and reads. */
function pgliteOnlyRss(dataDir: string): number {
  const pglite = pathToFileURL(createRequire(import.meta.url).resolve('@electric-sql/pglite')).href;
  const code = `const { PGlite } = await import(${JSON.stringify(pglite)});
const pg = await PGlite.create(${JSON.stringify(join(dataDir, 'pglite'))}, {
  startParams: [...PGlite.defaultStartParams, '-c', 'shared_buffers=${DEFAULT_SHARED_BUFFERS}'],
});
await pg.query('SELECT body FROM proposal_versions');
console.log(process.memoryUsage().rss);
await pg.close();`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
  return Number(r.stdout.trim());
}

function floorRss(): number {
  const r = spawnSync(process.execPath, ['-e', 'console.log(process.memoryUsage().rss)'], {
    encoding: 'utf8',
  });
  return Number(r.stdout.trim());
}

export default async function bench(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'gevinst-memory-'));
  const env: NodeJS.ProcessEnv = { ...process.env, GEVINST_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  try {
    console.log(`Resident memory (load average ${loadavg()[0]!.toFixed(1)}):`);
    // First start: creates the database and loads the demo round.
    const first = await start(env, ['demo']);
    await use(first.url, [1]);
    const firstRss = rssOf(first.child.pid!);
    await new Promise((r) => setTimeout(r, 35_000));
    const firstIdleRss = rssOf(first.child.pid!);
    await first.stop();
    const floor = floorRss();
    const demo = await idleRss(env, [1]);
    const pglite = pgliteOnlyRss(dataDir);
    const line = (label: string, bytes: number) =>
      console.log(`  ${label.padEnd(58)} ${(bytes / MB).toFixed(0).padStart(5)} MB`);
    line('node -e 0 (floor)', floor);
    line('first start (database created, demo loaded), just after', firstRss);
    line('  the same process idle 35 s later', firstIdleRss);
    line('idle server, demo data, PGlite  (goal ≤ 300 MB)', demo);
    line('  a plain node process with only PGlite on that directory', pglite);
    line('  so PGlite holds about (that minus the floor)', pglite - floor);
    line('  and the rest of the server (Fastify, services, caches)', demo - pglite);

    const db = await openDatabase({ dataDir });
    const templates = demoProposals().map((d) => d.proposal);
    const roundId = await insertRound(db, 1, {
      name: 'Stor 2027',
      kind: 'budget',
      year: 2027,
      priceLevelYear: 2027,
    });
    for (let s = 0; s < PROPOSALS; s += 1000) {
      await db.transaction(async (tx) => {
        for (let i = s; i < Math.min(PROPOSALS, s + 1000); i++) {
          const base = templates[i % templates.length]!;
          await insertProposal(tx, {
            roundId,
            body: { ...base, ref: `Forslag ${i + 1}` },
            columns: { administration: 'BUF', committee: 'BUU' },
            authorId: null,
            origin: 'authored',
          });
        }
      });
    }
    await bumpRevision(db, roundId);
    await db.close();
    const big = await idleRss(env, [1, roundId]);
    line(`idle server after a ${PROPOSALS}-proposal round was used`, big);
    const pgliteBig = pgliteOnlyRss(dataDir);
    line('  PGlite alone on that directory (minus the floor)', pgliteBig - floor);
    line('  the rest of the server', big - pgliteBig);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
