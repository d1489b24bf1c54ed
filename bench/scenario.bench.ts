// The scenario solver on a round of 200 proposals with a total pool, three yearly limits and seven
// committee targets: HiGHS (WebAssembly) with core's exact verification, beside two peers measured
// in the same run: a greedy selection by effect per krone (fast, not optimal: its shortfall is
// printed) and, on the pool-only variant, dynamic programming over the pool (exact, one constraint
// only). Prints; never asserts.
import { greedySelection } from '../src/core/scenario/greedy.ts';
import { exactOptimum } from '../src/core/scenario/exact.ts';
import { runScenario, scenarioProgram } from '../src/core/scenario/solve.ts';
import { loadHighsSolver } from '../src/solver/highs.ts';
import { benchCandidates, benchConstraints, benchProposals, ROUND_SIZE } from './portfolio-data.ts';

function best(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  return `best ${(sorted[0] as number).toFixed(1)} ms, median ${(sorted[Math.floor(sorted.length / 2)] as number).toFixed(1)} ms`;
}

function timed<T>(runs: number, f: () => T): { times: number[]; value: T } {
  let value = f(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    value = f();
    times.push(performance.now() - t);
  }
  return { times, value };
}

const mio = (kr: number) => `${(kr / 1e6).toFixed(1)} mio. kr.`;

export default async function scenarioBench(): Promise<void> {
  const t0 = performance.now();
  const solver = await loadHighsSolver();
  console.log(`HiGHS loaded in ${(performance.now() - t0).toFixed(0)} ms (once per process)`);
  const candidates = benchCandidates(benchProposals());
  const constraints = benchConstraints(candidates);
  console.log(
    `round: ${ROUND_SIZE} proposals, pool ${mio(constraints.pool ?? 0)}, ${Object.keys(constraints.poolByYear).length} yearly limits, ${constraints.targets.length} committee targets`,
  );

  const full = timed(5, () => runScenario(candidates, constraints, solver));
  const r = full.value;
  console.log(
    `HiGHS, all constraints: ${best(full.times)}; optimal ${String(r.optimal)}, ${r.selected.length} chosen, effect ${mio(r.fullEffect)}, investment ${mio(r.investment)}`,
  );
  const greedy = timed(5, () => greedySelection(candidates, constraints));
  const g = greedy.value;
  console.log(
    `peer – greedy by effect per krone: ${best(greedy.times)}; ${g.feasible ? `effect ${mio(g.fullEffect)} (${(((r.fullEffect - g.fullEffect) / r.fullEffect) * 100).toFixed(2)} % below the optimum)` : 'finds no selection that meets every target'}`,
  );

  const poolOnly = { ...constraints, poolByYear: {}, targets: [] };
  const solved = timed(5, () => runScenario(candidates, poolOnly, solver));
  const program = scenarioProgram(candidates, poolOnly);
  const dp = timed(3, () => (program ? exactOptimum(program.program, program.fixedEffect) : null));
  console.log(
    `pool only: HiGHS ${best(solved.times)} (effect ${mio(solved.value.fullEffect)}); peer – dynamic programming over the pool ${best(dp.times)} (effect ${dp.value ? mio(dp.value.fullEffect) : '–'}, ${dp.value?.fullEffect === solved.value.fullEffect ? 'agrees' : 'DISAGREES'})`,
  );
  const ms = [...full.times].sort((a, b) => a - b)[0] as number;
  console.log(`goal < 1 s for the full round: ${ms < 1000 ? 'met' : 'NOT met'} (${ms.toFixed(0)} ms)`);
}
