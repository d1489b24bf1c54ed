// `npm run bench search`: search latency (issue 16) over BENCH_SEARCH_PROPOSALS proposals (5,000)
// made from the published catalogs (the corpus; the demo proposals when it is absent), renumbered
// and repeated, on PGlite and (DATABASE_URL or TEST_DATABASE_URL) PostgreSQL, in-process at the
// repository. The peer measured in the same run is the search before issue 16: stemmed full text
// only, with its headline. The figures: that search and the new one for a whole word and for a
// part of compound words ("klima" in "klimatilpasning", which the full text never finds;
// "ventilation", "bygning", "energi"), a two-letter word, which no trigram can help with, and what
// the lexicon's trigger costs an import.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import type { Proposal } from '../src/core/model.ts';
import { demoProposals } from '../src/demo/budget-2027.ts';
import { readTextCatalog } from '../src/formats/text-catalog/index.ts';
import type { Db } from '../src/store/db.ts';
import { openDatabase } from '../src/store/open.ts';
import { createSchema, dropSchema } from '../test/store-helpers.ts';
import { insertImportedProposals } from '../src/store/repositories/import.repository.ts';
import { insertProposal, searchText } from '../src/store/repositories/proposals.repository.ts';
import { insertRound } from '../src/store/repositories/rounds.repository.ts';
import { searchProposals } from '../src/store/repositories/search.repository.ts';
import { CORPUS_DIR, CORPUS_FILES } from '../test/corpus.ts';

const PROPOSALS = Number(process.env.BENCH_SEARCH_PROPOSALS ?? 5_000);
const RUNS = 30;
/** Proposals of the write-cost figure, stored as an import stores them (200 per statement). */
const IMPORTED = 1_000;

function templates(): { proposals: Proposal[]; source: string } {
  const read = Object.values(CORPUS_FILES)
    .map((f) => join(CORPUS_DIR, f))
    .filter((path) => existsSync(path))
    .flatMap((path) => readTextCatalog(readFileSync(path, 'utf8'), null).proposals);
  return read.length > 0
    ? { proposals: read, source: `${read.length} proposals of the corpus` }
    : { proposals: demoProposals().map((d) => d.proposal), source: 'the 10 demo proposals (no corpus)' };
}

async function load(db: Db): Promise<void> {
  const { proposals, source } = templates();
  const started = performance.now();
  const roundId = await insertRound(db, 1, {
    name: 'Søgning',
    kind: 'budget',
    year: 2027,
    priceLevelYear: 2027,
  });
  for (let start = 0; start < PROPOSALS; start += 500) {
    await db.transaction(async (tx) => {
      for (let i = start; i < Math.min(PROPOSALS, start + 500); i++) {
        const base = proposals[i % proposals.length]!;
        await insertProposal(tx, {
          roundId,
          body: { ...base, ref: `Forslag ${i + 1}`, title: `${base.title} (${i + 1})` },
          columns: { administration: null, committee: null },
          authorId: null,
          origin: 'authored',
        });
      }
    });
  }
  const mb = (await db.query<{ mb: number }>(`SELECT sum(length(search_text)) / 1e6 AS mb FROM proposals`))
    .rows[0]!.mb;
  console.log(
    `  ${PROPOSALS} proposals from ${source}, ${Number(mb).toFixed(0)} MB of text, loaded in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

/** The search before issue 16 (full text only), as the peer of every figure. */
async function fullTextOnly(db: Db, query: string): Promise<number> {
  const { rows } = await db.query(
    `SELECT p.id, ts_rank(p.search, tsq) AS rank,
            ts_headline('danish', p.search_text, tsq, 'MaxFragments=1, MaxWords=20, MinWords=5, StartSel=«, StopSel=»') AS snippet
       FROM websearch_to_tsquery('danish', $1) tsq, proposals p
      WHERE p.search @@ tsq AND p.organisation_id = 1
      ORDER BY rank DESC, p.id LIMIT 50`,
    [query],
  );
  return rows.length;
}

async function time(label: string, fn: () => Promise<number>): Promise<void> {
  const hits = await fn(); // warm-up
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  const at = (q: number) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))]!.toFixed(1);
  console.log(
    `  ${label.padEnd(58)} ${String(hits).padStart(3)} hits   p50 ${at(0.5).padStart(7)} ms   p95 ${at(0.95).padStart(7)} ms`,
  );
}

/**
 * What the lexicon costs an import: IMPORTED proposals stored in bulk, as the import service does,
 * with the lexicon's trigger and without it (the lexemes are then mostly known already).
 */
let imports = 0;

async function importCost(db: Db, withLexicon: boolean): Promise<number> {
  const { proposals } = templates();
  const roundId = await insertRound(db, 1, {
    name: `Import ${++imports}`,
    kind: 'budget',
    year: 2027,
    priceLevelYear: 2027,
  });
  const started = performance.now();
  await db.transaction(async (tx) => {
    if (!withLexicon) await tx.exec('ALTER TABLE proposals DISABLE TRIGGER proposals_search_lexemes_insert');
    const { rows } = await tx.query<{ id: number }>(
      `INSERT INTO imports (round_id, file_name, sha256, user_id, proposals) VALUES ($1, 'bench', 'x', NULL, $2) RETURNING id`,
      [roundId, IMPORTED],
    );
    for (let start = 0; start < IMPORTED; start += 200) {
      const chunk = Array.from({ length: Math.min(200, IMPORTED - start) }, (_, k) => {
        const i = start + k;
        const base = proposals[i % proposals.length]!;
        const body = { ...base, ref: `Forslag ${i + 1}`, title: `${base.title} (${i + 1})` };
        return {
          ref: body.ref,
          title: body.title,
          kind: body.kind,
          administration: null,
          committee: null,
          searchText: searchText(body),
          body: JSON.stringify(body),
        };
      });
      await insertImportedProposals(tx, {
        roundId,
        importId: rows[0]!.id,
        authorId: null,
        note: 'bench',
        rows: chunk,
      });
    }
    if (!withLexicon) await tx.exec('ALTER TABLE proposals ENABLE TRIGGER proposals_search_lexemes_insert');
  });
  return performance.now() - started;
}

async function benchOne(db: Db): Promise<void> {
  await load(db);
  await db.query('ANALYZE proposals');
  console.log(
    `  load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}, ${RUNS} runs each`,
  );
  await time('peer: full text only (before), "skole"', () => fullTextOnly(db, 'skole'));
  await time('search, whole word "skole"', async () => (await searchProposals(db, 1, 'skole')).length);
  await time('peer: full text only (before), "klima"', () => fullTextOnly(db, 'klima'));
  await time(
    'search, part of a word "klima" (…tilpasning …)',
    async () => (await searchProposals(db, 1, 'klima')).length,
  );
  await time(
    'search, part of a word "ventilation" (…sanlæg)',
    async () => (await searchProposals(db, 1, 'ventilation')).length,
  );
  await time(
    'search, part of a word "bygning" (…sdrift, om…)',
    async () => (await searchProposals(db, 1, 'bygning')).length,
  );
  await time(
    'search, part of a word "energi" (…besparelser)',
    async () => (await searchProposals(db, 1, 'energi')).length,
  );
  await time(
    'search, two letters "it" (no trigram)',
    async () => (await searchProposals(db, 1, 'it')).length,
  );
  const explain = async (sql: string) =>
    (await db.query<Record<string, string>>(`EXPLAIN ${sql}`)).rows
      .map((r) => Object.values(r)[0])
      .join('\n');
  const lexicon = await explain(
    `SELECT lexeme FROM search_lexemes WHERE organisation_id = 1 AND lexeme LIKE '%ventilation%'`,
  );
  const lexemes = (await db.query<{ n: number }>('SELECT count(*) AS n FROM search_lexemes')).rows[0]!.n;
  // Alternated twice, the faster of each: the first import into a table warms what both use.
  const runs = [await importCost(db, false), await importCost(db, true)];
  runs.push(await importCost(db, false), await importCost(db, true));
  const without = Math.min(runs[0]!, runs[2]!);
  const withLexicon = Math.min(runs[1]!, runs[3]!);
  console.log(
    `  import of ${IMPORTED} proposals (200 per statement): ${(without / 1000).toFixed(2)} s without the lexicon's trigger, ${(withLexicon / 1000).toFixed(2)} s with it`,
  );
  console.log(
    `  lexicon: ${lexemes} lexemes; the lookup uses the trigram index: ${/search_lexemes_trgm/.test(lexicon) ? 'yes' : 'no (a scan is cheaper at this size)'}`,
  );
}

export default async function searchBench(): Promise<void> {
  console.log('PGlite (in memory):');
  const lite = await openDatabase({ inMemory: true });
  try {
    await benchOne(lite);
  } finally {
    await lite.close();
  }
  const url = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL;
  if (!url) {
    console.log('\nPostgreSQL: skipped (set DATABASE_URL or TEST_DATABASE_URL)');
    return;
  }
  console.log('\nPostgreSQL:');
  // The shared helper: pg_trgm (search) is installed in public first, so dropping this schema
  // never takes the extension, and another schema's index, with it.
  const schema = await createSchema(url);
  try {
    const db = await openDatabase({ databaseUrl: url, schema });
    try {
      await benchOne(db);
    } finally {
      await db.close();
    }
  } finally {
    await dropSchema(url, schema);
  }
}
