// Exact answers without a solver, to check one: enumeration of every selection (small programs)
// and dynamic programming over the pool total (one pool constraint, any size the pool allows).
// Tests and `gevinst scenario --check` hold the solver's answer against these.
import {
  type BinaryProgram,
  type BinarySolution,
  type BinarySolver,
  objectiveValue,
  satisfies,
} from './program.ts';

/** Every 0/1 vector, in Gray-code order; the best feasible one (first found on ties). */
export const bruteForceSolver: BinarySolver = (p: BinaryProgram): BinarySolution => {
  const n = p.objective.length;
  if (n > 24) throw new Error(`bruteForceSolver: ${String(n)} variables are too many to enumerate`);
  const x = new Uint8Array(n);
  let best: Uint8Array | null = null;
  let bestValue = 0;
  const better = (v: number) => best === null || (p.sense === 'max' ? v > bestValue : v < bestValue);
  for (let k = 0; k < 2 ** n; k++) {
    if (k > 0) {
      // Flip the bit that changes between Gray codes k−1 and k.
      let bit = 0;
      while (((k >> bit) & 1) === 0) bit++;
      x[bit] = x[bit] === 1 ? 0 : 1;
    }
    if (!satisfies(p, x)) continue;
    const v = objectiveValue(p, x);
    if (better(v)) {
      best = x.slice();
      bestValue = v;
    }
  }
  return best === null ? { status: 'infeasible', x: null } : { status: 'optimal', x: best };
};

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return Math.abs(a);
}

/**
 * The largest Σ value over subsets whose Σ weight ≤ capacity (weights ≥ 0 integers), by dynamic
 * programming over the capacity in units of the weights' greatest common divisor. Items with a
 * value ≤ 0 are never worth taking. Returns the value and one optimal subset.
 */
export function knapsackOptimum(
  weights: readonly number[],
  values: readonly number[],
  capacity: number,
): { value: number; take: boolean[] } {
  let g = 0;
  for (const w of weights) g = gcd(g, w);
  if (g === 0) g = 1;
  const cap = Math.floor(capacity / g);
  if (cap > 50_000_000) throw new Error('knapsackOptimum: the capacity is too large for the table');
  const n = weights.length;
  const best = new Float64Array(cap + 1);
  const took = new Uint8Array((cap + 1) * n);
  for (let i = 0; i < n; i++) {
    const w = (weights[i] as number) / g;
    const v = values[i] as number;
    if (v <= 0) continue;
    for (let c = cap; c >= w; c--) {
      const candidate = (best[c - w] as number) + v;
      if (candidate > (best[c] as number)) {
        best[c] = candidate;
        took[i * (cap + 1) + c] = 1;
      }
    }
  }
  const take = new Array<boolean>(n).fill(false);
  let c = cap;
  for (let i = n - 1; i >= 0; i--) {
    if (took[i * (cap + 1) + c] === 1) {
      take[i] = true;
      c -= (weights[i] as number) / g;
    }
  }
  return { value: best[cap] as number, take };
}

/**
 * The optimal full effect of a scenario computed without the solver: dynamic programming when
 * the open choice has one pool row (the total, a single year, or none), enumeration when at most
 * 24 proposals are open; null when neither applies (too large to check exactly this way).
 */
export function exactOptimum(
  program: BinaryProgram,
  fixedEffect: number,
): { method: 'dynamic-programming' | 'enumeration'; fullEffect: number } | null {
  const n = program.objective.length;
  const onlyUpper = program.rows.every((r) => r.lower === null && r.terms.every(([, c]) => c >= 0));
  if (program.rows.length <= 1 && onlyUpper) {
    const row = program.rows[0];
    const weights = new Array<number>(n).fill(0);
    for (const [i, c] of row?.terms ?? []) weights[i] = c;
    const capacity = row?.upper ?? weights.reduce((s, w) => s + w, 0);
    try {
      const best = knapsackOptimum(weights, program.objective, capacity);
      return { method: 'dynamic-programming', fullEffect: fixedEffect + best.value };
    } catch {
      // too large a table: fall through to enumeration
    }
  }
  if (n <= 24) {
    const s = bruteForceSolver(program);
    if (s.x === null) return null;
    return { method: 'enumeration', fullEffect: fixedEffect + objectiveValue(program, s.x) };
  }
  return null;
}
