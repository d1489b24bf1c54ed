// Two saved scenarios side by side: which proposals differ, effect and pool use per year, and
// target attainment, from the results as they were saved.
import type { SavedScenario, ScenarioComparison } from '../schema/pool.ts';

export function compareScenarios(a: SavedScenario, b: SavedScenario): ScenarioComparison {
  const inA = new Set(a.result.selected);
  const inB = new Set(b.result.selected);
  const years = [
    ...new Set(
      [a, b].flatMap((s) => [
        ...Object.keys(s.result.effectByYear),
        ...Object.keys(s.result.investmentByYear),
      ]),
    ),
  ]
    .map(Number)
    .sort((x, y) => x - y);
  const row = (f: (s: SavedScenario) => Record<string, number>) =>
    years.map((year) => ({ year, a: f(a)[String(year)] ?? 0, b: f(b)[String(year)] ?? 0 }));
  const keys = new Map<string, { committee: string; year: number; amount: number }>();
  for (const t of [...a.result.targets, ...b.result.targets])
    keys.set(`${t.committee}|${String(t.year)}`, { committee: t.committee, year: t.year, amount: t.amount });
  const targets = [...keys.values()].map((k) => {
    const ta = a.result.targets.find((t) => t.committee === k.committee && t.year === k.year);
    const tb = b.result.targets.find((t) => t.committee === k.committee && t.year === k.year);
    return {
      ...k,
      a: ta?.effect ?? 0,
      b: tb?.effect ?? 0,
      metA: ta?.met ?? false,
      metB: tb?.met ?? false,
    };
  });
  return {
    a,
    b,
    onlyInA: a.result.selected.filter((r) => !inB.has(r)),
    onlyInB: b.result.selected.filter((r) => !inA.has(r)),
    inBoth: a.result.selected.filter((r) => inB.has(r)),
    years,
    effectByYear: row((s) => s.result.effectByYear),
    investmentByYear: row((s) => s.result.investmentByYear),
    targets,
  };
}
