// Validation throughput (issue 4). Two figures, printed, never asserted:
//  1. the 2026 corpus catalog (36 proposals, 11.961 lines) read and validated, import included
//     (goal < 200 ms), with the import and the rule engine also timed apart;
//  2. the rule engine alone on 10.000 synthetic proposals in one document with a catalog row per
//     proposal and printed totals to check (goal ≥ 10.000 proposals/s).
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { formatRounded } from '../src/core/amount.ts';
import { computeEconomy } from '../src/core/derive.ts';
import { DOCUMENT_FORMAT, type CatalogRow, type GevinstDocument } from '../src/core/model.ts';
import { syntheticProposals } from '../src/core/testing/synthetic.ts';
import { countBySeverity, validate } from '../src/core/validation/index.ts';
import { readTextCatalog } from '../src/formats/text-catalog/index.ts';
import { CORPUS_FILES, corpusFile } from '../test/corpus.ts';

const SYNTHETIC = 10_000;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

function corpusRun(): void {
  const path = corpusFile(CORPUS_FILES.y2026);
  if (!path) {
    console.log('2026 corpus file not found: corpus figure skipped');
    return;
  }
  const text = readFileSync(path, 'utf8');
  const importMs: number[] = [];
  const ruleMs: number[] = [];
  const totalMs: number[] = [];
  const cpuMs: number[] = [];
  let findings = 0;
  for (let i = 0; i < 6; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const lines = text.split(/\r\n|\r|\n/);
    const doc = readTextCatalog(text, null);
    const t1 = performance.now();
    const f = validate(doc, { sourceLines: lines });
    const t2 = performance.now();
    const c = process.cpuUsage(c0);
    findings = f.length;
    if (i === 0) continue; // warm-up
    cpuMs.push((c.user + c.system) / 1000);
    importMs.push(t1 - t0);
    ruleMs.push(t2 - t1);
    totalMs.push(t2 - t0);
  }
  console.log(
    `2026 catalog, import + validate: median ${median(totalMs).toFixed(0)} ms (import ${median(importMs).toFixed(0)} ms, rules ${median(
      ruleMs,
    ).toFixed(1)} ms; CPU ${median(cpuMs).toFixed(0)} ms), ${findings} findings; goal < 200 ms`,
  );
}

/**
 * 10.000 proposals with printed totals (every 50th off by 5.000 kr.: 200 errors), the parts the
 * template requires, a prose claim that agrees with the table and a catalog row each: mostly clean,
 * as real documents are, so every rule runs its full check; the warnings left are the rules' real
 * verdicts on the synthetic numbers.
 */
export function syntheticDocument(): GevinstDocument {
  const proposals = syntheticProposals(SYNTHETIC);
  const rows: CatalogRow[] = [];
  proposals.forEach((p, i) => {
    const e = p.economy;
    if (!e) return;
    const d = computeEconomy(e);
    e.stated.permanentChange = { ...d.permanentChange };
    e.stated.implementationCost = { ...d.implementationCost };
    e.stated.economicImpact = { ...d.economicImpact };
    e.stated.paybackService = d.paybackService;
    e.stated.paybackTotal = d.paybackTotal;
    const first = Object.keys(e.stated.economicImpact)[0];
    if (i % 50 === 0 && first)
      e.stated.economicImpact[first] = (e.stated.economicImpact[first] ?? 0) + 5_000_000;
    // A prose claim the prose rule must read and compare (it agrees with the table).
    const y = Object.keys(d.permanentChange)[1] ?? '2027';
    const saving = -(d.permanentChange[y] ?? 0);
    p.summary = `Forslaget giver en effektivisering på ${formatRounded(saving, 'mio.kr', 1)} mio. kr. i ${y}.`;
    p.consultations = [
      { body: 'Center for Økonomi', answer: 'ja', date: '2025-02-01', text: null, sourceLine: 130 },
      { body: 'Velfærdsanalytisk vurdering', answer: 'ja', date: '2025-01-15', text: null, sourceLine: 131 },
    ];
    p.followUp = [
      {
        group: null,
        target: 'Gevinsten er realiseret',
        measure: 'Budgetopfølgning',
        responsible: 'Økonomi',
        when: 'Q4 2027',
        sourceLine: 125,
      },
    ];
    p.risk = { level: 'Lav', text: 'Lav risiko.', sourceLine: 128 };
    const amounts: Record<string, number> = {};
    for (const [y, v] of Object.entries(d.permanentChange)) amounts[y] = -v;
    rows.push({
      rowType: 'proposal',
      proposalRef: p.ref,
      title: p.title,
      committee: 'ØU',
      amounts,
      investment: d.investmentTotal,
      approvedWith: 'Budget 2026',
      sourceLine: 10 + i,
    });
  });
  const table = {
    name: 'Tabel 2',
    title: 'Tabel 2',
    unit: 't.kr' as const,
    priceLevelYear: 2026,
    years: [2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032],
    rows,
    sourceLine: 1,
  };
  return {
    format: DOCUMENT_FORMAT,
    source: null,
    priceLevelYear: 2026,
    catalog: { tables: [table], rows },
    proposals,
    warnings: [],
  };
}

function syntheticRun(): void {
  const doc = syntheticDocument();
  const times: number[] = [];
  const cpu: number[] = [];
  let counts = { error: 0, warning: 0, info: 0 };
  for (let i = 0; i < 4; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const f = validate(doc);
    const wall = performance.now() - t0;
    const c = process.cpuUsage(c0);
    counts = countBySeverity(f);
    if (i === 0) continue; // warm-up
    times.push(wall);
    cpu.push((c.user + c.system) / 1000);
  }
  const rate = (ms: number): string => Math.round((SYNTHETIC / ms) * 1000).toLocaleString('da-DK');
  const m = median(times);
  console.log(
    `rule engine alone, ${SYNTHETIC.toLocaleString('da-DK')} synthetic proposals (20 lines × 6 years, catalog row each): median ${m.toFixed(0)} ms = ${rate(
      m,
    )} proposals/s (CPU ${median(cpu).toFixed(0)} ms = ${rate(median(cpu))}/s); ${counts.error} errors, ${counts.warning} warnings, ${counts.info} info; goal ≥ 10.000 proposals/s`,
  );
  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} on ${String(availableParallelism())} cores`,
  );
}

export default async function validateBench(): Promise<void> {
  corpusRun();
  syntheticRun();
  await Promise.resolve();
}
