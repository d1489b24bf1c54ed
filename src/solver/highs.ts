// The scenario solver: HiGHS, the MIP solver of the University of Edinburgh, compiled to
// WebAssembly (npm package `highs`, the .wasm ships inside the package). Core builds the 0/1
// program and checks the answer exactly (src/core/scenario); this adapter only hands the program
// to HiGHS and reads the answer back. It runs in Node (CLI, server) and in a browser worker.
import * as highsModule from 'highs';
import type { Highs, InitOptions } from 'highs';
import type { BinaryProgram, BinarySolution, BinarySolver } from '../core/scenario/program.ts';

/** Seconds one solve may take before the best solution found so far is reported (not proven). */
export const TIME_LIMIT_SECONDS = 20;

const MODEL_OPTIMAL = 7;
const MODEL_INFEASIBLE = 8;
const SOLUTION_FEASIBLE = 2;

function solveWith(
  highs: Highs,
  p: BinaryProgram,
  extra: Record<string, number | string | boolean>,
): BinarySolution {
  const n = p.objective.length;
  const starts: number[] = [0];
  const indices: number[] = [];
  const values: number[] = [];
  const rowLower: number[] = [];
  const rowUpper: number[] = [];
  for (const r of p.rows) {
    for (const [i, c] of r.terms) {
      indices.push(i);
      values.push(c);
    }
    starts.push(indices.length);
    rowLower.push(r.lower ?? -highs.infinity);
    rowUpper.push(r.upper ?? highs.infinity);
  }
  return highs.withModel(
    {
      numCols: n,
      numRows: p.rows.length,
      sense:
        p.sense === 'max' ? highs.constants.objectiveSense.maximize : highs.constants.objectiveSense.minimize,
      colCost: p.objective,
      colLower: new Float64Array(n),
      colUpper: new Float64Array(n).fill(1),
      rowLower,
      rowUpper,
      matrix: { format: 'csr', numRows: p.rows.length, numCols: n, starts, indices, values },
      integrality: new Int32Array(n).fill(highs.constants.variableType.integer),
    },
    (model): BinarySolution => {
      model.options.set({
        output_flag: false,
        // Exact optimality: the objective is integral (core scales it to integer coefficients),
        // so a gap below 1 proves it; no relative gap is accepted.
        mip_rel_gap: 0,
        mip_abs_gap: 0.5,
        mip_feasibility_tolerance: 1e-9,
        primal_feasibility_tolerance: 1e-9,
        time_limit: TIME_LIMIT_SECONDS,
        random_seed: 0,
        ...extra,
      });
      if (p.start) model.setSolution({ colValue: Float64Array.from(p.start) });
      model.run();
      const status = model.getModelStatus();
      if (status === MODEL_INFEASIBLE) return { status: 'infeasible', x: null };
      if (Number(model.info.get('primal_solution_status')) !== SOLUTION_FEASIBLE)
        return { status: 'infeasible', x: null };
      const col = model.getSolution().colValue;
      const x = new Uint8Array(n);
      for (let i = 0; i < n; i++) x[i] = (col[i] as number) > 0.5 ? 1 : 0;
      return { status: status === MODEL_OPTIMAL ? 'optimal' : 'feasible', x };
    },
  );
}

type Loader = (options?: InitOptions) => Promise<Highs>;

// The package is CommonJS with an ES build: its typings describe `export default` of the CommonJS
// side, while Node and bundlers load the ES build whose default export is the loader itself.
function loader(): Loader {
  const m = highsModule as unknown as { default: Loader | { default: Loader } };
  return typeof m.default === 'function' ? m.default : m.default.default;
}

let loaded: Promise<Highs> | null = null;

/**
 * Loads HiGHS once per process (or worker) and returns the synchronous solver core expects.
 * In a browser pass `locateFile` (the bundler's URL of highs.wasm).
 */
export async function loadHighsSolver(
  options: InitOptions = {},
  extra: Record<string, number | string | boolean> = {},
): Promise<BinarySolver> {
  loaded ??= loader()(options);
  const highs = await loaded;
  return (p) => solveWith(highs, p, extra);
}
