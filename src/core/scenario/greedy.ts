// The selection a spreadsheet would make: proposals in order of effect per krone of investment,
// each taken while it fits. Not optimal (it is the benchmark's peer, and shows by how much a
// greedy choice falls short); it ignores committee targets except to report them unmet.
import type { Candidate } from './candidates.ts';
import type { ScenarioConstraints } from './solve.ts';

export function greedySelection(
  candidates: readonly Candidate[],
  c: ScenarioConstraints,
): { feasible: boolean; fullEffect: number; investment: number; selected: string[] } {
  const usable = candidates.filter(
    (x) => x.kind !== 'foranalyse' && x.unreadable === null && !c.exclude.includes(x.ref),
  );
  const fixed = usable.filter((x) => !x.needsPool || c.require.includes(x.ref));
  const open = usable
    .filter((x) => x.needsPool && !c.require.includes(x.ref))
    .filter((x) => c.maxPayback === null || (x.paybackTotal !== null && x.paybackTotal <= c.maxPayback))
    .sort((a, b) => b.fullEffect / Math.max(1, b.investment) - a.fullEffect / Math.max(1, a.investment));
  const chosen = [...fixed];
  let investment = fixed.reduce((s, x) => s + x.investment, 0);
  const byYear: Record<string, number> = {};
  for (const x of fixed)
    for (const [y, v] of Object.entries(x.implementation)) byYear[y] = (byYear[y] ?? 0) + v;
  for (const x of open) {
    if (x.fullEffect <= 0) continue;
    if (c.pool !== null && investment + x.investment > c.pool) continue;
    if (
      Object.entries(c.poolByYear).some(([y, limit]) => (byYear[y] ?? 0) + (x.implementation[y] ?? 0) > limit)
    )
      continue;
    chosen.push(x);
    investment += x.investment;
    for (const [y, v] of Object.entries(x.implementation)) byYear[y] = (byYear[y] ?? 0) + v;
  }
  const feasible = c.targets.every(
    (t) =>
      chosen
        .filter((x) => x.committee === t.committee)
        .reduce((s, x) => s + (x.effect[String(t.year)] ?? 0), 0) >= t.amount,
  );
  return {
    feasible,
    fullEffect: chosen.reduce((s, x) => s + x.fullEffect, 0),
    investment,
    selected: chosen.map((x) => x.ref),
  };
}
