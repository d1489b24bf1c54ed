// `gevinst scenario` as ../shared/docs/cli-contract.md defines it, on the 2026 catalog: a pool of
// 30 mio. kr. gives the optimal selection (checked here by dynamic programming over the pool,
// straight from the imported document), never over the pool; flags, exit codes and JSON shape.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../src/cli/commands/import.ts';
import { main } from '../src/cli/main.ts';
import { knapsackOptimum } from '../src/core/scenario/exact.ts';
import { CORPUS_FILES, corpusFile } from './corpus.ts';

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(['scenario', ...args], {
    out: (t) => (out += t + '\n'),
    err: (t) => (err += t + '\n'),
  });
  return { code, out, err };
}

interface Answer {
  format: string;
  constraints: { pool: number; poolByYear: Record<string, number>; maxPayback: number | null };
  selected: string[];
  rejected: { ref: string; reason: string }[];
  investment: number;
  investmentByYear: Record<string, number>;
  fullEffect: number;
  effectByYear: Record<string, number>;
  optimal: boolean;
  check: { method: string; fullEffect: number; agrees: boolean };
}

const file2026 = corpusFile(CORPUS_FILES.y2026);

describe.runIf(file2026 !== null)('gevinst scenario on the 2026 catalog', () => {
  const path = file2026 as string;

  it('a pool of 30 mio. kr.: the optimal selection, never over the pool, and an exact check agrees', async () => {
    const { code, out } = await run(path, '--pool', '30000000', '--json', '--check');
    expect(code).toBe(0);
    const r = JSON.parse(out) as Answer;
    expect(r.format).toBe('gevinst.scenario/1');
    expect(r.constraints).toMatchObject({ pool: 30_000_000, poolByYear: {}, maxPayback: null });
    expect(r.optimal).toBe(true);
    expect(r.investment).toBeLessThanOrEqual(30_000_000);
    expect(r.check).toMatchObject({ method: 'dynamic-programming', agrees: true });

    // Independently of the scenario code: from the imported document, the investment proposals
    // are a 0/1 knapsack over the pool; the others are always in.
    const doc = await importFile(path);
    const invest = doc.proposals.filter((p) =>
      Object.values(p.computed?.implementationCost ?? {}).some((v) => v > 0),
    );
    const others = doc.proposals.filter((p) => p.kind !== 'foranalyse' && !invest.includes(p));
    const full = (p: (typeof doc.proposals)[number]) =>
      -((p.computed as { fullEffect?: { total: number } | null }).fullEffect?.total ?? 0);
    const best = knapsackOptimum(
      invest.map((p) => p.computed?.investmentTotal ?? 0),
      invest.map(full),
      30_000_000,
    );
    const always = others.reduce((s, p) => s + full(p), 0);
    expect(r.fullEffect).toBe(best.value + always);
    // The selection itself adds up to what it reports.
    const chosen = doc.proposals.filter((p) => r.selected.includes(p.ref));
    expect(chosen.reduce((s, p) => s + full(p), 0)).toBe(r.fullEffect);
    expect(chosen.reduce((s, p) => s + (p.computed?.investmentTotal ?? 0), 0)).toBe(r.investment);
    for (const p of others) expect(r.selected).toContain(p.ref);
    expect(r.selected.length + r.rejected.length).toBe(doc.proposals.length);
  });

  it('yearly limits, max payback, pins: every constraint holds; a required misfit exits 1', async () => {
    const { code, out } = await run(
      path,
      '--pool',
      '30.000.000',
      '--pool-year',
      '2025=10000000',
      '--max-payback',
      '5',
      '--require',
      'Forslag 7',
      '--exclude',
      'Forslag 5',
      '--json',
    );
    expect(code).toBe(0);
    const r = JSON.parse(out) as Answer;
    expect(r.investmentByYear['2025'] ?? 0).toBeLessThanOrEqual(10_000_000);
    expect(r.selected).toContain('Forslag 7');
    expect(r.selected).not.toContain('Forslag 5');
    expect(r.rejected.find((x) => x.ref === 'Forslag 8')?.reason).toContain('10 år');

    const misfit = await run(path, '--pool', '1000000', '--require', 'Forslag 7', '--json');
    expect(misfit.code).toBe(1);
    expect(misfit.err).toContain(
      'De krævede forslag bruger 15.062.000 kr., mere end puljen på 1.000.000 kr.',
    );
  });

  it('bad flags exit 2 with one Danish line', async () => {
    for (const [args, message] of [
      [[path], 'Angiv puljens størrelse med --pool'],
      [[path, '--pool', 'mange'], '--pool skal være et beløb i hele kroner'],
      [[path, '--pool', '1', '--require', 'Forslag 99'], '--require nævner "Forslag 99"'],
      [[path, '--pool', '1', '--pool-year', '2025'], '--pool-year skal skrives ÅR=BELØB'],
      [[path, '--pool', '1', '--max-payback', 'x'], '--max-payback skal være et helt antal år'],
      [[path, '--pool', '1', '--frobnicate'], 'Ukendt tilvalg --frobnicate'],
    ] as const) {
      const r = await run(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toContain(message);
    }
  });
});

describe('gevinst scenario on a JSON document', () => {
  it('reads a gevinst.document/1 and refuses an unreadable file with exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gevinst-scenario-'));
    const doc = join(dir, 'doc.json');
    const line = (section: string, amounts: Record<string, number>) => ({ label: 'x', section, amounts });
    writeFileSync(
      doc,
      JSON.stringify({
        format: 'gevinst.document/1',
        proposals: [
          {
            ref: 'A',
            kind: 'investering',
            economy: {
              years: [2026, 2027],
              lines: [line('implementering', { 2026: 500 }), line('varig', { 2027: -300 })],
            },
          },
          {
            ref: 'B',
            kind: 'investering',
            economy: {
              years: [2026, 2027],
              lines: [line('implementering', { 2026: 600 }), line('varig', { 2027: -350 })],
            },
          },
          { ref: 'C', kind: 'foranalyse', requestedAmount: 100 },
        ],
      }),
    );
    const r = await run(doc, '--pool', '1000', '--json');
    expect(r.code).toBe(0);
    const a = JSON.parse(r.out) as Answer & { notInScenario: string[] };
    expect(a.selected).toEqual(['B']);
    expect(a.notInScenario).toEqual(['C']);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{ "format": ');
    const b = await run(bad, '--pool', '1000');
    expect(b.code).toBe(2);
    expect(b.err).toContain('er ikke gyldig JSON');
  });
});
