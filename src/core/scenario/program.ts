// The optimisation problem a scenario hands to a solver: choose x ∈ {0,1}ⁿ to maximise or
// minimise c·x under linear rows lower ≤ a·x ≤ upper. Core builds and checks it; a solver (HiGHS
// compiled to WebAssembly, src/solver/highs.ts) only answers it. Coefficients are integers.

export interface ProgramRow {
  /** (variable index, coefficient) pairs; indices ascending, no duplicates. */
  terms: Array<[number, number]>;
  lower: number | null;
  upper: number | null;
}

export interface BinaryProgram {
  sense: 'max' | 'min';
  objective: number[];
  rows: ProgramRow[];
  /** A feasible selection to start from (a solver may use it to prune), when one is known. */
  start?: Uint8Array;
}

export interface BinarySolution {
  /** optimal: proven; feasible: a solution, optimality not proven (time limit); infeasible: none exists. */
  status: 'optimal' | 'feasible' | 'infeasible';
  /** 0/1 per variable (rounded by the solver adapter); null when infeasible. */
  x: Uint8Array | null;
}

/** A solver: synchronous once loaded (the adapter loads its WebAssembly beforehand). */
export type BinarySolver = (program: BinaryProgram) => BinarySolution;

function gcd(a: number, b: number): number {
  a = Math.abs(a);
  b = Math.abs(b);
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/**
 * Divides every row (and the objective) by the greatest common divisor of its coefficients,
 * rounding bounds inward (≤ floor, ≥ ceil): an equivalent program over integers whose numbers are
 * smaller (the 2026 catalog is in whole thousands), so the solver's tolerances matter less.
 */
export function scaled(program: BinaryProgram): BinaryProgram {
  const rows = program.rows.map((r): ProgramRow => {
    let g = 0;
    for (const [, c] of r.terms) g = gcd(g, c);
    if (g <= 1) return r;
    return {
      terms: r.terms.map(([i, c]) => [i, c / g]),
      lower: r.lower === null ? null : Math.ceil(r.lower / g),
      upper: r.upper === null ? null : Math.floor(r.upper / g),
    };
  });
  let g = 0;
  for (const c of program.objective) g = gcd(g, c);
  return { ...program, objective: g > 1 ? program.objective.map((c) => c / g) : program.objective, rows };
}

/** Row activity a·x in exact integers (kroner stay far below 2^53). */
export function activity(row: ProgramRow, x: ArrayLike<number>): number {
  let s = 0;
  for (const [i, c] of row.terms) if (x[i] === 1) s += c;
  return s;
}

/** Does x satisfy every row exactly? */
export function satisfies(program: BinaryProgram, x: ArrayLike<number>): boolean {
  for (const r of program.rows) {
    const a = activity(r, x);
    if ((r.lower !== null && a < r.lower) || (r.upper !== null && a > r.upper)) return false;
  }
  return true;
}

export function objectiveValue(program: BinaryProgram, x: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < program.objective.length; i++) if (x[i] === 1) s += program.objective[i] as number;
  return s;
}

/**
 * A quick feasible selection to start a maximisation from: variables by objective per unit of
 * their largest row use, each taken while every upper bound still holds; null when the result
 * misses a lower bound (a committee target). Only a hint: the solver still proves the optimum.
 */
export function greedyStart(p: BinaryProgram): Uint8Array | null {
  const n = p.objective.length;
  const use = new Float64Array(n);
  const rowsOf: Array<Array<[number, number]>> = Array.from({ length: n }, () => []);
  p.rows.forEach((r, k) => {
    for (const [i, c] of r.terms) {
      (rowsOf[i] as Array<[number, number]>).push([k, c]);
      if (r.upper !== null && r.upper > 0) use[i] = Math.max(use[i] as number, c / r.upper);
    }
  });
  const order = [...Array(n).keys()]
    .filter((i) => (p.objective[i] as number) > 0)
    .sort(
      (a, b) =>
        (p.objective[b] as number) / Math.max(use[b] as number, 1e-12) -
        (p.objective[a] as number) / Math.max(use[a] as number, 1e-12),
    );
  const x = new Uint8Array(n);
  const act = p.rows.map(() => 0);
  for (const i of order) {
    const terms = rowsOf[i] as Array<[number, number]>;
    if (terms.some(([k, c]) => p.rows[k]?.upper != null && (act[k] as number) + c > p.rows[k]?.upper))
      continue;
    x[i] = 1;
    for (const [k, c] of terms) act[k] = (act[k] as number) + c;
  }
  return satisfies(p, x) ? x : null;
}
