// HiGHS against exhaustive enumeration on small random scenarios: the same optimal full effect and,
// among the optimal selections, the same least investment; never over the pool or a yearly limit;
// committee targets met. Then the electric-bus-free 2026-like edge cases by hand.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Candidate } from '../core/scenario/candidates.ts';
import { bruteForceSolver } from '../core/scenario/exact.ts';
import type { BinarySolver } from '../core/scenario/program.ts';
import { type ScenarioConstraints, runScenario } from '../core/scenario/solve.ts';
import { loadHighsSolver } from './highs.ts';

let highs: BinarySolver;
beforeAll(async () => {
  highs = await loadHighsSolver();
});

const YEARS = ['2026', '2027', '2028'];
const COMMITTEES = ['BUU', 'SUU', 'TMU'];

const candidate = (i: number) =>
  fc
    .record({
      round: fc.boolean(),
      impl: fc.tuple(fc.nat(900), fc.nat(900), fc.nat(300)),
      odd: fc.tuple(fc.nat(999), fc.nat(999), fc.nat(999)),
      effect: fc.tuple(fc.integer({ min: -50, max: 400 }), fc.integer({ min: -50, max: 600 })),
      payback: fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }),
      committee: fc.constantFrom(...COMMITTEES),
      kind: fc.constantFrom('investering', 'investering', 'investering', 'effektivisering', 'foranalyse'),
    })
    .map((r): Candidate => {
      // Amounts in whole thousands (as the catalogs print them) or in any kroner.
      const kr = (v: number, k: number) => v * 1000 + (r.round ? 0 : (r.odd[k] as number));
      const needsPool = r.kind === 'investering' && r.impl.some((v) => v > 0);
      const implementation: Record<string, number> = {};
      if (needsPool) r.impl.forEach((v, k) => (implementation[YEARS[k] as string] = kr(v, k)));
      const effect = { '2027': kr(r.effect[0], 0), '2028': kr(r.effect[1], 1) };
      return {
        ref: `F${String(i)}`,
        title: `Forslag ${String(i)}`,
        kind: r.kind,
        committee: r.committee,
        investment: Object.values(implementation).reduce((s, v) => s + v, 0),
        implementation,
        effect,
        fullEffect: effect['2028'],
        paybackTotal: r.payback,
        needsPool,
        unreadable: null,
      };
    });

const scenario = fc.integer({ min: 1, max: 14 }).chain((n) =>
  fc.tuple(
    fc.tuple(...Array.from({ length: n }, (_, i) => candidate(i))),
    fc.record({
      pool: fc.option(fc.integer({ min: 500_000, max: 8_000_000 }), { nil: null, freq: 8 }),
      year: fc.option(fc.integer({ min: 300_000, max: 4_000_000 }), { nil: null, freq: 2 }),
      maxPayback: fc.option(fc.integer({ min: 4, max: 12 }), { nil: null, freq: 2 }),
      target: fc.option(fc.tuple(fc.constantFrom(...COMMITTEES), fc.integer({ min: 0, max: 500_000 })), {
        nil: null,
        freq: 2,
      }),
      require: fc.option(fc.nat(n - 1), { nil: null, freq: 2 }),
      exclude: fc.option(fc.nat(n - 1), { nil: null, freq: 2 }),
    }),
  ),
);

function constraintsOf(r: {
  pool: number | null;
  year: number | null;
  maxPayback: number | null;
  target: [string, number] | null;
  require: number | null;
  exclude: number | null;
}): ScenarioConstraints {
  return {
    pool: r.pool,
    poolByYear: r.year === null ? {} : { '2027': r.year },
    maxPayback: r.maxPayback,
    require: r.require === null ? [] : [`F${String(r.require)}`],
    exclude: r.exclude === null || r.exclude === r.require ? [] : [`F${String(r.exclude)}`],
    targets: r.target === null ? [] : [{ committee: r.target[0], year: 2028, amount: r.target[1] }],
  };
}

describe('HiGHS answers scenarios exactly', () => {
  it('agrees with exhaustive enumeration on random small rounds', () => {
    fc.assert(
      fc.property(scenario, ([cands, r]) => {
        const c = constraintsOf(r);
        if (c.require.some((ref) => cands.find((x) => x.ref === ref)?.kind === 'foranalyse')) {
          expect(() => runScenario(cands, c, highs)).toThrow(/foranalyse/);
          return;
        }
        const a = runScenario(cands, c, highs);
        const b = runScenario(cands, c, bruteForceSolver);
        expect(a.feasible).toBe(b.feasible);
        expect(a.reasonCode).toBe(b.reasonCode);
        if (!a.feasible) return;
        expect(a.optimal).toBe(true);
        expect(a.fullEffect).toBe(b.fullEffect);
        expect(a.investment).toBe(b.investment);
        if (c.pool !== null) expect(a.investment).toBeLessThanOrEqual(c.pool);
        for (const [y, limit] of Object.entries(c.poolByYear))
          expect(a.investmentByYear[y] ?? 0).toBeLessThanOrEqual(limit);
        for (const t of a.targets) expect(t.met).toBe(true);
        for (const ref of c.require) expect(a.selected).toContain(ref);
        for (const ref of c.exclude) expect(a.selected).not.toContain(ref);
        // Efficiency proposals are always chosen unless excluded; foranalyser are never part.
        for (const x of cands) {
          if (x.kind === 'foranalyse') expect(a.notInScenario).toContain(x.ref);
          else if (!x.needsPool && !c.exclude.includes(x.ref)) expect(a.selected).toContain(x.ref);
        }
        expect(a.selected.length + a.rejected.length + a.notInScenario.length).toBe(cands.length);
      }),
      { numRuns: 400, seed: 20261207 },
    );
  });

  it('solves a program with no free proposal and reports an impossible one', () => {
    const one: Candidate = {
      ref: 'A',
      title: 'A',
      kind: 'investering',
      committee: 'BUU',
      investment: 5_000_000,
      implementation: { '2026': 5_000_000 },
      effect: { '2027': 2_000_000 },
      fullEffect: 2_000_000,
      paybackTotal: 4,
      needsPool: true,
      unreadable: null,
    };
    const base = { poolByYear: {}, maxPayback: null, exclude: [], targets: [] };
    const tooSmall = runScenario([one], { ...base, pool: 4_999_999, require: ['A'] }, highs);
    expect(tooSmall.feasible).toBe(false);
    expect(tooSmall.reasonCode).toBe('scenario.infeasible.required-pool');
    const fits = runScenario([one], { ...base, pool: 5_000_000, require: [] }, highs);
    expect(fits.selected).toEqual(['A']);
    expect(fits.optimal).toBe(true);
    const target = runScenario(
      [one],
      { ...base, pool: 1_000_000, require: [], targets: [{ committee: 'BUU', year: 2027, amount: 1 }] },
      highs,
    );
    expect(target.feasible).toBe(false);
    expect(target.reasonCode).toBe('scenario.infeasible.combined');
  });
});
