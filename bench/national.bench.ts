// National scale (issue 11): 100 organisations × 10 rounds × 200 proposals = 200,000 proposals on
// PostgreSQL. A user of each organisation asks for random rounds of their own organisation: the
// round's view (catalog, Tabel 1 and 2, proposals, targets) and its proposal list, at 50
// concurrent connections, beside a bare Fastify JSON route measured in the same run. Goal: p95 <
// 50 ms. Needs DATABASE_URL or TEST_DATABASE_URL; skipped with a notice otherwise.
// BENCH_ORGS, BENCH_ROUNDS, BENCH_PER_ROUND and BENCH_SECONDS scale it down or up.
import { loadavg } from 'node:os';
import pg from 'pg';
import { demoProposals } from '../src/demo/budget-2027.ts';
import { hashPassword } from '../src/server/auth/password.ts';
import { openDatabase } from '../src/store/open.ts';
import { createSchema, dropSchema } from '../test/store-helpers.ts';
import { STATUSES } from '../src/core/process/statuses.ts';
import {
  cannon,
  loginCookie,
  percentile,
  reachable,
  serveBareFastify,
  serveGevinst,
} from './support/http.ts';

const ORGS = Number(process.env.BENCH_ORGS ?? 100);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);
const PER_ROUND = Number(process.env.BENCH_PER_ROUND ?? 200);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const CONNECTIONS = 50;
const PASSWORD = 'national-bench-2027';
const COMMITTEE: Record<string, string> = {
  BUF: 'BUU',
  SOF: 'SU',
  SUF: 'SUU',
  TMF: 'TMU',
  KFF: 'KFU',
  BIF: 'BIU',
  ØKF: 'ØU',
};

async function seed(
  db: Awaited<ReturnType<typeof openDatabase>>,
): Promise<{ org: number; rounds: number[] }[]> {
  const templates = demoProposals().map((d) => d.proposal);
  const started = performance.now();
  await db.query(
    `INSERT INTO organisations (slug, name) SELECT 'kommune-' || g, 'Kommune ' || g FROM generate_series(1, $1) g`,
    [ORGS],
  );
  await db.query(
    `INSERT INTO rounds (organisation_id, name, kind, year, price_level_year, published, revision)
     SELECT o.id, 'Budget ' || (2017 + r), 'budget', 2017 + r, 2017 + r, true, 1
       FROM organisations o, generate_series(1, $1) r WHERE o.slug LIKE 'kommune-%'`,
    [ROUNDS],
  );
  // Proposals cycle through the demo's ten templates and every status (a third adopted, so later
  // rounds derive rising profiles from earlier ones).
  await db.query(
    `INSERT INTO proposals (organisation_id, round_id, ref, title, kind, administration, committee, status,
                            current_version, search_text)
     SELECT r.organisation_id, r.id, 'Forslag ' || g, (t->>'title') || ' (' || g || ')', t->>'kind',
            t->'presentingAdministrations'->>0, ($2::jsonb)->>(t->'presentingAdministrations'->>0),
            ($3::text[])[1 + (g % array_length($3::text[], 1))], 1, t->>'title'
       FROM rounds r, generate_series(1, $4) g, LATERAL (SELECT ($1::jsonb)->((g - 1) % 10) AS t) x`,
    [JSON.stringify(templates), JSON.stringify(COMMITTEE), [...STATUSES], PER_ROUND],
  );
  await db.query(
    `INSERT INTO proposal_versions (proposal_id, version, body, author_id, is_current, origin)
     SELECT p.id, 1, jsonb_set(jsonb_set(($1::jsonb)->((substring(p.ref from 9)::integer - 1) % 10),
                     '{ref}', to_jsonb(p.ref)), '{title}', to_jsonb(p.title)), NULL, true, 'authored'
       FROM proposals p`,
    [JSON.stringify(templates)],
  );
  const hash = await hashPassword(PASSWORD);
  await db.query(
    `INSERT INTO users (email, name, role, password_hash, organisation_id)
     SELECT 'laeser@' || o.slug || '.test', 'Læser', 'laeser', $1, o.id FROM organisations o WHERE o.slug LIKE 'kommune-%'`,
    [hash],
  );
  await db.query('ANALYZE');
  const { rows } = await db.query<{ organisation_id: number; ids: number[] }>(
    `SELECT organisation_id, array_agg(id ORDER BY id) AS ids FROM rounds GROUP BY organisation_id ORDER BY organisation_id`,
  );
  const { rows: count } = await db.query<{ n: number }>('SELECT count(*)::integer AS n FROM proposals');
  console.log(
    `  seeded ${ORGS} organisations × ${ROUNDS} rounds × ${PER_ROUND} proposals = ${(count[0]?.n ?? 0).toLocaleString('da-DK')} proposals in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
  return rows.map((r) => ({ org: r.organisation_id, rounds: r.ids }));
}

export default async function nationalBench(): Promise<void> {
  const url = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL;
  if (!url || !(await reachable(url))) {
    console.log('national: skipped (set DATABASE_URL or TEST_DATABASE_URL to a reachable PostgreSQL server)');
    return;
  }
  // The shared helper: pg_trgm (search) is installed in public first, so dropping this schema
  // never takes the extension, and another schema's index, with it.
  const schema = await createSchema(url);
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    const db = await openDatabase({ databaseUrl: url, schema });
    let orgs: { org: number; rounds: number[] }[];
    try {
      orgs = await seed(db);
    } finally {
      await db.close();
    }
    const withSchema = new URL(url);
    withSchema.searchParams.set('options', `-c search_path=${schema}`);
    const cacheMb = process.env.GEVINST_CACHE_MB ?? '256';
    const server = await serveGevinst({ DATABASE_URL: withSchema.toString(), GEVINST_CACHE_MB: cacheMb });
    const peer = await serveBareFastify();
    try {
      const users: { cookie: string; rounds: number[] }[] = [];
      for (const o of orgs.filter((x) => x.org !== 1)) {
        const { rows } = await admin.query<{ slug: string }>(
          `SELECT slug FROM ${schema}.organisations WHERE id = $1`,
          [o.org],
        );
        users.push({
          cookie: await loginCookie(server.url, `laeser@${rows[0]!.slug}.test`, PASSWORD),
          rounds: o.rounds,
        });
      }
      // Cold: every round's view and proposal list computed once (sequentially), as the first
      // visitor of each meets them; the runs below then measure the answers as later visitors get
      // them (cached per round revision), so the two kinds of figure are not mixed.
      for (const [name, path] of [
        ['round view', 'catalog'],
        ['proposal list', 'proposals'],
      ] as const) {
        const cold: number[] = [];
        let bytes = 0;
        for (const u of users) {
          for (const id of u.rounds) {
            const t = performance.now();
            const res = await fetch(`${server.url}/api/rounds/${id}/${path}`, {
              headers: { cookie: u.cookie },
            });
            bytes = Math.max(bytes, (await res.arrayBuffer()).byteLength);
            cold.push(performance.now() - t);
          }
        }
        cold.sort((a, b) => a - b);
        console.log(
          `  cold ${name} (computed once per round, ${cold.length} rounds, up to ${(bytes / 1e3).toFixed(0)} kB JSON): p50 ${percentile(cold, 50).toFixed(1)} ms, p95 ${percentile(cold, 95).toFixed(1)} ms`,
        );
      }
      console.log(
        `  ${CONNECTIONS} connections, ${SECONDS} s per run, GEVINST_CACHE_MB=${cacheMb}, load average ${loadavg()
          .map((l) => l.toFixed(1))
          .join(' ')}`,
      );
      const run = { connections: CONNECTIONS, seconds: SECONDS };
      const pick = () => {
        const u = users[Math.floor(Math.random() * users.length)]!;
        return { u, round: u.rounds[Math.floor(Math.random() * u.rounds.length)]! };
      };
      const bare = await cannon(peer.url, 'bare Fastify JSON route (peer)', () => ({ path: '/json' }), run);
      const view = await cannon(
        server.url,
        'round view /catalog (random org, round)',
        () => {
          const { u, round } = pick();
          return { path: `/api/rounds/${round}/catalog`, headers: { cookie: u.cookie } };
        },
        run,
      );
      const list = await cannon(
        server.url,
        'proposal list /proposals (random)',
        () => {
          const { u, round } = pick();
          return { path: `/api/rounds/${round}/proposals`, headers: { cookie: u.cookie } };
        },
        run,
      );
      console.log(
        `  p95: view ${view.p95.toFixed(1)} ms, list ${list.p95.toFixed(1)} ms (goal < 50 ms); throughput ${(view.rps / bare.rps).toFixed(2)}× and ${(list.rps / bare.rps).toFixed(2)}× the bare route`,
      );
    } finally {
      await server.stop();
      await peer.stop();
    }
  } finally {
    await admin.end();
    await dropSchema(url, schema);
  }
}
