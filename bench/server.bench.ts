// `npm run bench server`: the catalog endpoint and a proposal page's API calls at 50 concurrent
// connections on a round of 10,000 proposals, on PGlite and (when DATABASE_URL or
// TEST_DATABASE_URL answers) PostgreSQL. Prints p50/p95 latency and requests per second.
// The catalog is cached per round revision: the cold (first) computation is timed separately.
// Requests say `Accept-Encoding: gzip`, as browsers do.
// The server runs as its own process (`gevinst serve`), so the load generator does not share its
// event loop; the machine's load average is printed next to the figures.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoProposals } from '../src/demo/budget-2027.ts';
import { AuthService } from '../src/server/services/auth.service.ts';
import type { Db } from '../src/store/db.ts';
import { openDatabase } from '../src/store/open.ts';
import { createSchema, dropSchema } from '../test/store-helpers.ts';
import { insertProposal } from '../src/store/repositories/proposals.repository.ts';
import { bumpRevision, insertRound } from '../src/store/repositories/rounds.repository.ts';
import { cannon, loginCookie, reachable, serveGevinst } from './support/http.ts';

const PROPOSALS = Number(process.env.BENCH_PROPOSALS ?? 10_000);
const CONNECTIONS = 50;
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
const ADMINS = ['BUF', 'SOF', 'SUF', 'TMF', 'KFF', 'BIF', 'ØKF'];
const COMMITTEE: Record<string, string> = {
  BUF: 'BUU',
  SOF: 'SU',
  SUF: 'SUU',
  TMF: 'TMU',
  KFF: 'KFU',
  BIF: 'BIU',
  ØKF: 'ØU',
};

async function load(db: Db): Promise<{ roundId: number; ids: number[] }> {
  const templates = demoProposals().map((d) => d.proposal);
  const started = performance.now();
  const roundId = await insertRound(db, 1, {
    name: 'Bench 2027',
    kind: 'budget',
    year: 2027,
    priceLevelYear: 2027,
  });
  const ids: number[] = [];
  for (let start = 0; start < PROPOSALS; start += 1000) {
    await db.transaction(async (tx) => {
      for (let i = start; i < Math.min(PROPOSALS, start + 1000); i++) {
        const base = templates[i % templates.length]!;
        const administration = ADMINS[i % ADMINS.length]!;
        const body = {
          ...base,
          ref: `Forslag ${i + 1}`,
          title: `${base.title} (${i + 1})`,
          presentingAdministrations: [administration],
        };
        ids.push(
          await insertProposal(tx, {
            roundId,
            body,
            columns: { administration, committee: COMMITTEE[administration]! },
            authorId: null,
            origin: 'authored',
          }),
        );
      }
      await bumpRevision(tx, roundId);
    });
  }
  console.log(`  loaded ${PROPOSALS} proposals in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { roundId, ids };
}

async function prepare(db: Db): Promise<{ roundId: number; ids: number[] }> {
  const loaded = await load(db);
  await new AuthService(db).addUser('cli', {
    email: 'bench@test.dk',
    role: 'laeser',
    password: 'lange-benchmarks-over-kataloget-2027',
  });
  return loaded;
}

async function benchOne(
  name: string,
  loaded: { roundId: number; ids: number[] },
  env: Record<string, string>,
): Promise<void> {
  const { roundId, ids } = loaded;
  const server = await serveGevinst(env);
  const url = server.url;
  try {
    const cookie = await loginCookie(url, 'bench@test.dk', 'lange-benchmarks-over-kataloget-2027');
    console.log(
      `  ${name}, load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    const cold = performance.now();
    const first = await fetch(`${url}/api/rounds/${roundId}/catalog`, { headers: { cookie } });
    // fetch decompresses; the figure is the JSON size.
    const bytes = (await first.arrayBuffer()).byteLength;
    console.log(
      `  catalog cold (computed, ${(bytes / 1e6).toFixed(1)} MB)   ${(performance.now() - cold).toFixed(0)} ms`,
    );
    const run = { connections: CONNECTIONS, seconds: DURATION_S, headers: { cookie } };
    await cannon(
      url,
      'GET catalog (cached per revision)',
      () => ({ path: `/api/rounds/${roundId}/catalog` }),
      run,
    );
    const page = ['', '/versions', '/findings', '/comments', '/transitions'];
    let n = 0;
    await cannon(
      url,
      'proposal page (5 calls, random id)',
      () => {
        const id = ids[Math.floor(Math.random() * ids.length)]!;
        return { path: `/api/proposals/${id}${page[n++ % page.length]!}` };
      },
      run,
    );
  } finally {
    await server.stop();
  }
}

export default async function serverBench(): Promise<void> {
  console.log(
    `${PROPOSALS} proposals, ${CONNECTIONS} connections, ${DURATION_S} s per run, server in its own process`,
  );
  const dataDir = mkdtempSync(join(tmpdir(), 'gevinst-bench-'));
  try {
    console.log('\nPGlite:');
    const lite = await openDatabase({ dataDir });
    let loaded: { roundId: number; ids: number[] };
    try {
      loaded = await prepare(lite);
    } finally {
      await lite.close();
    }
    await benchOne('PGlite', loaded, { GEVINST_DATA_DIR: dataDir });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  const url = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL;
  if (!url || !(await reachable(url))) {
    console.log('\nPostgreSQL: skipped (set DATABASE_URL or TEST_DATABASE_URL to a reachable server)');
    return;
  }
  console.log('\nPostgreSQL:');
  // The shared helper: pg_trgm (search) is installed in public first, so dropping this schema
  // never takes the extension, and another schema's index, with it.
  const schema = await createSchema(url);
  try {
    const db = await openDatabase({ databaseUrl: url, schema });
    let loaded: { roundId: number; ids: number[] };
    try {
      loaded = await prepare(db);
      await db.query('ANALYZE');
    } finally {
      await db.close();
    }
    const withSchema = new URL(url);
    withSchema.searchParams.set('options', `-c search_path=${schema}`);
    await benchOne('PostgreSQL', loaded, { DATABASE_URL: withSchema.toString() });
  } finally {
    await dropSchema(url, schema);
  }
}
