// `npm run bench heavy`: health latency while the server works hard, the server in its own process
// (the build, `gevinst serve`): an import of 20,000 proposals, then a DOCX export of a 5,000-proposal
// round (and the same export again, from the cache), a scenario of the pool over a 1,000-proposal
// round (the solve and the risk simulation), on PGlite and, when TEST_DATABASE_URL answers,
// PostgreSQL. Health and "/" are polled every 100 ms meanwhile. Goal (issue 15): health < 1 s.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ServerProcess, startServerProcess } from '../test/gevinst-process.ts';
import { manyProposalsDocument } from '../test/heavy-fixture.ts';
import { createSchema, dropSchema } from '../test/store-helpers.ts';

const BIN = join(import.meta.dirname, '..', 'bin', 'gevinst.js');
const IMPORT = Number(process.env.BENCH_IMPORT ?? 20_000);
const EXPORT = Number(process.env.BENCH_EXPORT ?? 5_000);
const SCENARIO = Number(process.env.BENCH_SCENARIO ?? 1_000);
const PASSWORD = 'en-lang-og-god-frase';

function serve(env: NodeJS.ProcessEnv): Promise<ServerProcess> {
  return startServerProcess([BIN, 'serve', '--host', '127.0.0.1'], {
    ...env,
    PORT: '0',
    GEVINST_LOG: 'warn',
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** Polls health and "/" every 100 ms while `work` runs; prints the latencies. */
async function whileWorking<T>(label: string, url: string, work: () => Promise<T>): Promise<T> {
  let done = false;
  const health: number[] = [];
  const page: number[] = [];
  let failures = 0;
  const poll = (async () => {
    while (!done) {
      const t0 = performance.now();
      const h = await fetch(`${url}/api/health`).catch(() => null);
      health.push(performance.now() - t0);
      if (h?.status !== 200) failures++;
      const t1 = performance.now();
      await fetch(`${url}/`)
        .then((r) => r.arrayBuffer())
        .catch(() => null);
      page.push(performance.now() - t1);
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  const t0 = performance.now();
  const result = await work();
  const ms = performance.now() - t0;
  done = true;
  await poll;
  health.sort((a, b) => a - b);
  page.sort((a, b) => a - b);
  const max = health[health.length - 1] ?? NaN;
  console.log(
    `  ${label.padEnd(36)} ${(ms / 1000).toFixed(1).padStart(6)} s   health ×${health.length}: p50 ${percentile(health, 50).toFixed(0)} ms, max ${max.toFixed(0)} ms${failures ? `, ${failures} not ok` : ''}   "/" max ${(page[page.length - 1] ?? NaN).toFixed(0)} ms   goal < 1000 ms ${max < 1000 && failures === 0 ? 'met' : 'NOT met'}`,
  );
  return result;
}

async function session(url: string): Promise<{ headers: Record<string, string> }> {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'bench@kk.dk', password: PASSWORD }),
  });
  if (login.status !== 200) throw new Error(`login: ${login.status} ${await login.text()}`);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { headers: { cookie, 'x-csrf-token': csrfToken } };
}

async function benchOne(name: string, env: NodeJS.ProcessEnv): Promise<void> {
  const add = spawnSync(
    process.execPath,
    [BIN, 'user', 'add', '--email', 'bench@kk.dk', '--role', 'oekonomi'],
    {
      env,
      input: `${PASSWORD}\n`,
      encoding: 'utf8',
    },
  );
  if (add.status !== 0) throw new Error(add.stderr);
  const server = await serve(env);
  try {
    const { headers } = await session(server.url);
    const round = async (roundName: string) =>
      (
        (await (
          await fetch(`${server.url}/api/rounds`, {
            method: 'POST',
            headers: { ...headers, 'content-type': 'application/json' },
            body: JSON.stringify({ name: roundName, kind: 'budget', year: 2027 }),
          })
        ).json()) as { id: number }
      ).id;
    const importInto = async (roundId: number, count: number) => {
      const res = await fetch(`${server.url}/api/rounds/${roundId}/import?fileName=bench.json`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'text/plain; charset=utf-8' },
        body: manyProposalsDocument(count),
      });
      if (res.status !== 201) throw new Error(`import: ${res.status} ${await res.text()}`);
      await res.arrayBuffer();
    };
    console.log(
      `  ${name}, load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    const big = await round('Import');
    await whileWorking(`import of ${IMPORT} proposals`, server.url, () => importInto(big, IMPORT));
    const exported = await round('Eksport');
    await importInto(exported, EXPORT);
    const download = () =>
      fetch(`${server.url}/api/rounds/${exported}/export?format=docx`, { headers }).then(async (r) => {
        if (r.status !== 200) throw new Error(`export: ${r.status} ${await r.text()}`);
        return (await r.arrayBuffer()).byteLength;
      });
    const bytes = await whileWorking(`DOCX export, ${EXPORT} proposals`, server.url, download);
    await whileWorking(`same export again (cached)`, server.url, download);
    console.log(`  (DOCX ${(bytes / 1e6).toFixed(1)} MB)`);
    const scenarioRound = await round('Scenarie');
    await importInto(scenarioRound, SCENARIO);
    const selected = await whileWorking(`scenario, ${SCENARIO} proposals`, server.url, async () => {
      const r = await fetch(`${server.url}/api/rounds/${scenarioRound}/scenarios/run`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ constraints: { pool: 1_000_000 } }),
      });
      if (r.status !== 200) throw new Error(`scenario: ${r.status} ${await r.text()}`);
      return ((await r.json()) as { selected: string[] }).selected.length;
    });
    console.log(`  (scenario: ${selected} proposals chosen, with their risk picture)`);
  } finally {
    await server.stop();
  }
}

export default async function bench(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'gevinst-heavy-'));
  try {
    const env: NodeJS.ProcessEnv = { ...process.env, GEVINST_DATA_DIR: dataDir };
    delete env.DATABASE_URL;
    await benchOne('PGlite', env);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    console.log('  PostgreSQL: TEST_DATABASE_URL not set, skipped');
    return;
  }
  const schema = await createSchema(url);
  try {
    const withSchema = `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
    await benchOne('PostgreSQL', { ...process.env, DATABASE_URL: withSchema });
  } finally {
    await dropSchema(url, schema);
  }
}
