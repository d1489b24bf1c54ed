// The synthetic benchmark corpus (issue 3, "throughput on a 50 MB synthetic corpus"): one large
// 2026-style catalog written by the text-catalog writer, with the PDF conversion's artefacts,
// deterministic for a seed. Random proposals come from the writer's arbitraries (full template:
// economy, follow-up, consultations, annex); stated rows from the engine; catalog tables from
// core's aggregation. Build it in memory with `buildSyntheticCorpus`, or write it to a file:
//
//   node --import tsx bench/synthetic-corpus.ts data/synthetic-50mb.txt [megabytes] [seed]
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { buildCatalog } from '../src/core/catalog.ts';
import { DOCUMENT_FORMAT, type GevinstDocument, type Proposal } from '../src/core/model.ts';
import { proposalArbitrary } from '../src/formats/text-catalog/writer/arbitraries.ts';
import { CLEAN, renderTextCatalog, withArtefacts } from '../src/formats/text-catalog/writer/index.ts';

export interface SyntheticCorpusOptions {
  /** Size to reach, in bytes of UTF-8 (default 50 MB). The result is at least this large. */
  targetBytes?: number;
  seed?: number;
  /** Conversion artefacts on (default) or a clean text. */
  artefacts?: boolean;
}

export interface SyntheticCorpus {
  text: string;
  bytes: number;
  proposals: number;
  /** The document the text was written from (the expected import result). */
  document: GevinstDocument;
}

// Every table over 2025–2030 as in the 2026 file, so that every catalog cell is filled.
const GEN = { blanks: true, numbersInTitles: true, years: [2025, 2026, 2027, 2028, 2029, 2030] };

/** `count` random proposals numbered from `from`, drawn in one fast-check run per batch. */
function proposalsFor(count: number, from: number, seed: number): Proposal[] {
  if (count <= 0) return [];
  return fc
    .sample(proposalArbitrary(0, GEN), { seed: seed * 7919 + from, numRuns: count })
    .map((p, i) => ({ ...p, ref: `Forslag ${from + i}` }));
}

function documentOf(proposals: Proposal[]): GevinstDocument {
  const { committeeTable, proposalTable, warnings } = buildCatalog(proposals, {
    priceLevelYear: 2026,
    years: [2026, 2027, 2028, 2029, 2030],
    approvedWith: Object.fromEntries(
      proposals.filter((p) => p.kind === 'investering').map((p) => [p.ref, 'OFS 24-25']),
    ),
  });
  // The 2026 template's table titles; Tabel 1 has no investment column.
  const t1 = {
    ...committeeTable,
    title: 'Effektiviseringer i budget 2026 fordelt på forvaltninger',
    rows: committeeTable.rows.map((r) => ({ ...r, investment: null })),
  };
  const t2 = { ...proposalTable, title: 'Effektiviseringer i budget 2026 fordelt på forslag' };
  return {
    format: DOCUMENT_FORMAT,
    source: null,
    priceLevelYear: 2026,
    catalog: { tables: [t1, t2], rows: [...t1.rows, ...t2.rows] },
    proposals,
    warnings,
  };
}

/** Builds one catalog text of at least `targetBytes` bytes. Same options → same text. */
export function buildSyntheticCorpus(options: SyntheticCorpusOptions = {}): SyntheticCorpus {
  const target = options.targetBytes ?? 50 * 1024 * 1024;
  const seed = options.seed ?? 1;
  const writer = options.artefacts === false ? CLEAN : withArtefacts(seed);
  // Measure the size of a proposal on a first batch, then draw the rest in one go.
  const proposals = proposalsFor(100, 1, seed);
  const sample = Buffer.byteLength(renderTextCatalog(documentOf(proposals), writer), 'utf8');
  let want = Math.ceil((target / sample) * proposals.length * 1.01);
  for (;;) {
    proposals.push(...proposalsFor(want - proposals.length, proposals.length + 1, seed));
    const document = documentOf(proposals);
    const text = renderTextCatalog(document, writer);
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes >= target) return { text, bytes, proposals: proposals.length, document };
    want = Math.ceil(proposals.length * 1.02) + 1;
  }
}
/**
 * The corpus as a file under `dir` (default data/bench, which git ignores), built on first use:
 * building 50 MB takes about 25 s, reading it back well under one.
 */
export function syntheticCorpusFile(options: SyntheticCorpusOptions & { dir?: string } = {}): string {
  const mb = Math.round((options.targetBytes ?? 50 * 1024 * 1024) / 1024 / 1024);
  const dir = options.dir ?? resolve(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'bench');
  const path = join(
    dir,
    `synthetic-${mb}mb-seed${options.seed ?? 1}${options.artefacts === false ? '-clean' : ''}.txt`,
  );
  if (!existsSync(path)) {
    mkdirSync(dir, { recursive: true });
    // Write beside and rename, so that an interrupted build never leaves half a corpus.
    const partial = `${path}.${process.pid}.tmp`;
    writeFileSync(partial, buildSyntheticCorpus(options).text);
    renameSync(partial, path);
  }
  return path;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = process.argv[2];
  if (!out) {
    console.error('Brug: node --import tsx bench/synthetic-corpus.ts FIL [megabytes] [seed]');
    process.exit(2);
  }
  const mb = Number(process.argv[3] ?? 50);
  const seed = Number(process.argv[4] ?? 1);
  const started = performance.now();
  const corpus = buildSyntheticCorpus({ targetBytes: mb * 1024 * 1024, seed });
  writeFileSync(out, corpus.text);
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `${out}: ${(corpus.bytes / 1024 / 1024).toFixed(1)} MB, ${corpus.proposals} forslag, seed ${seed}, bygget på ${seconds.toFixed(1)} s`,
  );
}
