// Runs inside a browser Web Worker (bundled by risk-browser.bench.ts): the same 10,000-draw
// simulation of the same 200-proposal round as risk.bench.ts, and the same plain-loop floor.
import { DEFAULT_SETTINGS } from '../src/core/process/organisation.ts';
import { prepareRisk, simulate, simulationOptions } from '../src/core/risk/monte-carlo.ts';
import { sfc32 } from '../src/core/risk/rng.ts';
import { benchProposals } from './portfolio-data.ts';

const DRAWS = 10_000;

function floor(models: { length: number; permSaving: Float64Array; implCost: Float64Array }[]): number {
  const rng = sfc32(1);
  const work = new Float64Array(64);
  let checksum = 0;
  for (let d = 0; d < DRAWS; d++)
    for (const m of models) {
      const a = rng.next();
      const b = rng.next();
      for (let i = 0; i < m.length; i++)
        work[i] = (m.permSaving[i] as number) * a + (m.implCost[i] as number) * b;
      checksum += work[m.length - 1] as number;
    }
  return checksum;
}

function best(f: () => unknown): number {
  f();
  let min = Infinity;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    f();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

const scope = self as unknown as { onmessage: (() => void) | null; postMessage: (m: unknown) => void };
scope.onmessage = () => {
  const prepared = benchProposals().map((p) => prepareRisk(p, DEFAULT_SETTINGS));
  const models = prepared.flatMap((p) => (p.model ? [p.model] : []));
  const options = simulationOptions(DEFAULT_SETTINGS, DRAWS);
  const sim = best(() => simulate(prepared, options));
  const base = best(() => floor(models));
  const r = simulate(prepared, options);
  scope.postMessage({ sim, base, p50: r.total?.npv.p50 ?? null, proposals: prepared.length });
};
