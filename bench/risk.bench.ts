// The Monte Carlo risk picture: 10,000 draws of a 200-proposal round (20 lines × 6 years each),
// every proposal's payback probability and P10/P50/P90 of NPV and full effect, and the round's
// sum. Beside it, measured in the same run, a floor: a plain loop that draws the same random
// numbers and does one multiply-add per amount per draw (no payback, NPV or percentiles).
// Prints; never asserts. The browser figure is measured by risk-browser.bench.ts.
import { DEFAULT_SETTINGS } from '../src/core/process/organisation.ts';
import { prepareRisk, simulate, simulationOptions } from '../src/core/risk/monte-carlo.ts';
import { sfc32 } from '../src/core/risk/rng.ts';
import { benchProposals } from './portfolio-data.ts';

export const DRAWS = 10_000;

function floor(models: { length: number; permSaving: Float64Array; implCost: Float64Array }[]): number {
  const rng = sfc32(1);
  const work = new Float64Array(64);
  let checksum = 0;
  for (let d = 0; d < DRAWS; d++) {
    for (const m of models) {
      const a = rng.next();
      const b = rng.next();
      for (let i = 0; i < m.length; i++)
        work[i] = (m.permSaving[i] as number) * a + (m.implCost[i] as number) * b;
      checksum += work[m.length - 1] as number;
    }
  }
  return checksum;
}

export default function riskBench(): Promise<void> {
  const proposals = benchProposals();
  const prepared = proposals.map((p) => prepareRisk(p, DEFAULT_SETTINGS));
  const models = prepared.flatMap((p) => (p.model ? [p.model] : []));
  const options = simulationOptions(DEFAULT_SETTINGS, DRAWS);
  const run = (f: () => unknown) => {
    f();
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      f();
      times.push(performance.now() - t);
    }
    return times.sort((a, b) => a - b);
  };
  const sim = run(() => simulate(prepared, options));
  const base = run(() => floor(models));
  const r = simulate(prepared, options);
  console.log(
    `${DRAWS.toLocaleString('da-DK')} draws × ${proposals.length} proposals (Node): best ${(sim[0] as number).toFixed(0)} ms, median ${(sim[1] as number).toFixed(0)} ms`,
  );
  console.log(
    `floor – plain draw-and-sum loop over the same amounts: best ${(base[0] as number).toFixed(0)} ms; simulation = ${((sim[0] as number) / (base[0] as number)).toFixed(1)} × floor`,
  );
  console.log(
    `round: payback within ${String(options.guidelineYears)} years in ${(100 * (r.total?.paybackWithinGuideline ?? 0)).toFixed(1)} % of draws; NPV P10/P50/P90 ${[r.total?.npv.p10, r.total?.npv.p50, r.total?.npv.p90].map((v) => ((v ?? 0) / 1e6).toFixed(1)).join(' / ')} mio. kr.`,
  );
  console.log(`goal < 2 s in Node: ${(sim[0] as number) < 2000 ? 'met' : 'NOT met'}`);
  return Promise.resolve();
}
