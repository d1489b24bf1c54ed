// A scenario: which proposals should the investment pool fund? The objective is the largest total
// saving at full phase-in over the chosen proposals, under the pool's total and yearly amounts, a
// maximum payback, committee targets (a minimum effect per committee and year) and proposals
// pinned in or out (../shared/docs/cli-contract.md, `gevinst scenario`). Proposals without an
// investment need no pool money and are always chosen unless excluded; foranalyser are not part
// of a scenario.
//
// Core builds the 0/1 program, a solver answers it, and core checks the answer in exact integer
// arithmetic before it is reported. Ties are broken by a second solve: among the selections with
// the optimal effect, the one that uses the least pool money.
import { InvalidInput } from '../errors.ts';
import { type MessageCode, type ParamsOf, messageText } from '../messages/index.ts';
import type { Kroner, YearAmounts } from '../model.ts';
import type { Candidate } from './candidates.ts';
import {
  type BinaryProgram,
  type BinarySolver,
  type ProgramRow,
  greedyStart,
  objectiveValue,
  satisfies,
  scaled,
} from './program.ts';

export const SCENARIO_FORMAT = 'gevinst.scenario/1';

/** A minimum effect (positive = saving) the chosen proposals of a committee must give in a year. */
export interface ScenarioTarget {
  committee: string;
  year: number;
  amount: Kroner;
}

export interface ScenarioConstraints {
  /** Σ investment of the chosen ≤ pool (kroner); null = no total limit. */
  pool: Kroner | null;
  /** Year → the most the chosen may cost in implementation that year. */
  poolByYear: YearAmounts;
  maxPayback: number | null;
  require: string[];
  exclude: string[];
  targets: ScenarioTarget[];
}

export interface Rejection {
  ref: string;
  code: MessageCode;
  reason: string;
}

export interface TargetOutcome extends ScenarioTarget {
  effect: Kroner;
  met: boolean;
}

export interface ScenarioResult {
  format: typeof SCENARIO_FORMAT;
  constraints: ScenarioConstraints;
  /** False when no selection satisfies the constraints; `reason` says why. */
  feasible: boolean;
  reasonCode: MessageCode | null;
  reason: string | null;
  selected: string[];
  rejected: Rejection[];
  /** Foranalyser: not part of a scenario. */
  notInScenario: string[];
  investment: Kroner;
  investmentByYear: YearAmounts;
  /** Σ saving at full phase-in (positive = saving). */
  fullEffect: Kroner;
  effectByYear: YearAmounts;
  targets: TargetOutcome[];
  /** The solver proved the selection optimal and core verified it exactly. */
  optimal: boolean;
}

class Infeasible extends Error {
  constructor(
    readonly code: MessageCode,
    readonly params: Record<string, string | number | null>,
  ) {
    super(code);
  }
}

function fail<C extends MessageCode>(code: C, params: ParamsOf<C>): never {
  throw new Infeasible(code, params as Record<string, string | number | null>);
}

const text = <C extends MessageCode>(code: C, params: ParamsOf<C>) => messageText(code, params);

function add(into: YearAmounts, from: YearAmounts): void {
  for (const [y, v] of Object.entries(from)) into[y] = (into[y] ?? 0) + v;
}

/** Checks that every pinned ref names a proposal; throws InvalidInput (a bad flag) otherwise. */
export function checkPins(candidates: readonly Candidate[], c: ScenarioConstraints): void {
  const refs = new Set(candidates.map((x) => x.ref));
  for (const [flag, list] of [
    ['--require', c.require],
    ['--exclude', c.exclude],
  ] as const) {
    for (const ref of list)
      if (!refs.has(ref))
        throw new InvalidInput(messageText('scenario.unknown-ref', { flag, ref }), { field: flag });
  }
  for (const ref of c.require) {
    if (candidates.some((x) => x.ref === ref && x.kind === 'foranalyse'))
      throw new InvalidInput(messageText('scenario.require-foranalyse', { ref }), { field: '--require' });
  }
  for (const ref of c.require)
    if (c.exclude.includes(ref))
      throw new InvalidInput(messageText('scenario.require-and-exclude', { ref }), { field: '--exclude' });
}

type Fate = { kind: 'in' } | { kind: 'out'; code: MessageCode; reason: string } | { kind: 'free' };

function fateOf(x: Candidate, c: ScenarioConstraints): Fate {
  const required = c.require.includes(x.ref);
  if (c.exclude.includes(x.ref))
    return {
      kind: 'out',
      code: 'scenario.rejected.excluded',
      reason: text('scenario.rejected.excluded', {}),
    };
  if (x.unreadable !== null) {
    if (required) fail('scenario.infeasible.required-unreadable', { ref: x.ref });
    return {
      kind: 'out',
      code: 'scenario.rejected.unreadable',
      reason: text('scenario.rejected.unreadable', { reason: x.unreadable }),
    };
  }
  if (!x.needsPool) return { kind: 'in' };
  if (c.maxPayback !== null && (x.paybackTotal === null || x.paybackTotal > c.maxPayback)) {
    if (required)
      fail('scenario.infeasible.required-payback', {
        ref: x.ref,
        payback: x.paybackTotal,
        max: c.maxPayback,
      });
    return {
      kind: 'out',
      code: 'scenario.rejected.payback',
      reason: text('scenario.rejected.payback', { payback: x.paybackTotal, max: c.maxPayback }),
    };
  }
  return required ? { kind: 'in' } : { kind: 'free' };
}

interface Built {
  program: BinaryProgram;
  free: Candidate[];
  fixedIn: Candidate[];
}

/** The 0/1 program over the free candidates; the fixed ones are moved into the bounds. */
function build(free: Candidate[], fixedIn: Candidate[], c: ScenarioConstraints): Built {
  const rows: ProgramRow[] = [];
  const fixedSum = (f: (x: Candidate) => number) => fixedIn.reduce((s, x) => s + f(x), 0);
  const row = (coef: (x: Candidate) => number, lower: number | null, upper: number | null) => {
    const terms: Array<[number, number]> = [];
    free.forEach((x, i) => {
      const v = coef(x);
      if (v !== 0) terms.push([i, v]);
    });
    rows.push({ terms, lower, upper });
  };
  if (c.pool !== null) {
    const used = fixedSum((x) => x.investment);
    if (used > c.pool) fail('scenario.infeasible.required-pool', { used, pool: c.pool });
    row((x) => x.investment, null, c.pool - used);
  }
  for (const [y, amount] of Object.entries(c.poolByYear)) {
    const used = fixedSum((x) => x.implementation[y] ?? 0);
    if (used > amount)
      fail('scenario.infeasible.required-pool-year', { year: Number(y), used, pool: amount });
    row((x) => x.implementation[y] ?? 0, null, amount - used);
  }
  for (const t of c.targets) {
    const key = String(t.year);
    const eff = (x: Candidate) => (x.committee === t.committee ? (x.effect[key] ?? 0) : 0);
    const fixed = fixedSum(eff);
    const best = fixed + free.reduce((s, x) => s + Math.max(0, eff(x)), 0);
    if (best < t.amount)
      fail('scenario.infeasible.target', { committee: t.committee, year: t.year, best, target: t.amount });
    row(eff, t.amount - fixed, null);
  }
  return { program: { sense: 'max', objective: free.map((x) => x.fullEffect), rows }, free, fixedIn };
}

/**
 * Solves: maximise the full effect; then, among those optimal, minimise the investment. Returns
 * the chosen free indices and whether optimality was proven; null when infeasible.
 */
function optimise(
  p: BinaryProgram,
  free: Candidate[],
  solver: BinarySolver,
): { x: Uint8Array; optimal: boolean } | null {
  if (free.length === 0) return satisfies(p, []) ? { x: new Uint8Array(0), optimal: true } : null;
  const start = greedyStart(p);
  const first = solver(scaled(start ? { ...p, start } : p));
  if (first.status === 'infeasible' || first.x === null) return null;
  // The solver works in floating point: the rounded answer must hold exactly.
  if (!satisfies(p, first.x)) return verifiedRetry(p, solver);
  const best = objectiveValue(p, first.x);
  const tie: BinaryProgram = {
    sense: 'min',
    objective: free.map((x) => x.investment),
    rows: [
      ...p.rows,
      {
        terms: p.objective.flatMap((c, i): Array<[number, number]> => (c === 0 ? [] : [[i, c]])),
        lower: best,
        upper: null,
      },
    ],
    // The first answer is feasible here: the search has its bound from the start.
    start: first.x,
  };
  const second = solver(scaled(tie));
  if (second.x !== null && satisfies(tie, second.x))
    return { x: second.x, optimal: first.status === 'optimal' && second.status === 'optimal' };
  return { x: first.x, optimal: false };
}

/** The rare answer that misses a row by the solver's tolerance: tighten that row and solve again. */
function verifiedRetry(p: BinaryProgram, solver: BinarySolver): { x: Uint8Array; optimal: boolean } | null {
  let current = p;
  for (let attempt = 0; attempt < 5; attempt++) {
    const s = solver(scaled(current));
    if (s.x === null) return null;
    if (satisfies(p, s.x)) return { x: s.x, optimal: false };
    current = {
      ...current,
      rows: current.rows.map((r) => {
        const a = r.terms.reduce((sum, [i, c]) => sum + (s.x?.[i] === 1 ? c : 0), 0);
        if (r.upper !== null && a > r.upper) return { ...r, upper: r.upper - (a - r.upper) };
        if (r.lower !== null && a < r.lower) return { ...r, lower: r.lower + (r.lower - a) };
        return r;
      }),
    };
  }
  return null;
}

function emptyResult(c: ScenarioConstraints, notInScenario: string[]): ScenarioResult {
  return {
    format: SCENARIO_FORMAT,
    constraints: c,
    feasible: false,
    reasonCode: null,
    reason: null,
    selected: [],
    rejected: [],
    notInScenario,
    investment: 0,
    investmentByYear: {},
    fullEffect: 0,
    effectByYear: {},
    targets: [],
    optimal: false,
  };
}

interface Prepared {
  inScenario: Candidate[];
  notInScenario: string[];
  fates: Map<Candidate, Fate>;
  built: Built | null;
  infeasible: { code: MessageCode; reason: string } | null;
}

function prepare(candidates: readonly Candidate[], constraints: ScenarioConstraints): Prepared {
  checkPins(candidates, constraints);
  const inScenario = candidates.filter((x) => x.kind !== 'foranalyse');
  const notInScenario = candidates.filter((x) => x.kind === 'foranalyse').map((x) => x.ref);
  const fates = new Map<Candidate, Fate>();
  try {
    for (const x of inScenario) fates.set(x, fateOf(x, constraints));
    const free = inScenario.filter((x) => fates.get(x)?.kind === 'free');
    const fixedIn = inScenario.filter((x) => fates.get(x)?.kind === 'in');
    return { inScenario, notInScenario, fates, built: build(free, fixedIn, constraints), infeasible: null };
  } catch (e) {
    if (!(e instanceof Infeasible)) throw e;
    const code = e.code;
    const reason = messageText(code, e.params as ParamsOf<typeof code>);
    return { inScenario, notInScenario, fates, built: null, infeasible: { code, reason } };
  }
}

/**
 * The 0/1 program a scenario solves (the proposals whose fate is open), with the full effect the
 * fixed proposals give anyway; null when the constraints are contradictory before any choice.
 * For exact checks of a solver's answer (./exact.ts).
 */
export function scenarioProgram(
  candidates: readonly Candidate[],
  constraints: ScenarioConstraints,
): { program: BinaryProgram; fixedEffect: Kroner } | null {
  const { built } = prepare(candidates, constraints);
  if (built === null) return null;
  return { program: built.program, fixedEffect: built.fixedIn.reduce((s, x) => s + x.fullEffect, 0) };
}

/** Runs a scenario over `candidates` (every proposal of a round or a file) with `solver`. */
export function runScenario(
  candidates: readonly Candidate[],
  constraints: ScenarioConstraints,
  solver: BinarySolver,
): ScenarioResult {
  const { inScenario, notInScenario, fates, built, infeasible } = prepare(candidates, constraints);
  if (built === null) {
    return {
      ...emptyResult(constraints, notInScenario),
      reasonCode: infeasible?.code ?? 'scenario.infeasible.combined',
      reason: infeasible?.reason ?? text('scenario.infeasible.combined', {}),
    };
  }
  const solved = optimise(built.program, built.free, solver);
  if (solved === null) {
    return {
      ...emptyResult(constraints, notInScenario),
      reasonCode: 'scenario.infeasible.combined',
      reason: text('scenario.infeasible.combined', {}),
    };
  }
  const chosen = new Set<Candidate>(built.fixedIn);
  built.free.forEach((x, i) => {
    if (solved.x[i] === 1) chosen.add(x);
  });
  const selected = inScenario.filter((x) => chosen.has(x));
  const rejected: Rejection[] = [];
  for (const x of inScenario) {
    if (chosen.has(x)) continue;
    const f = fates.get(x);
    if (f?.kind === 'out') rejected.push({ ref: x.ref, code: f.code, reason: f.reason });
    else {
      const code = x.fullEffect <= 0 ? 'scenario.rejected.no-effect' : 'scenario.rejected.not-chosen';
      rejected.push({ ref: x.ref, code, reason: text(code, {}) });
    }
  }
  const investmentByYear: YearAmounts = {};
  const effectByYear: YearAmounts = {};
  for (const x of selected) {
    add(investmentByYear, x.implementation);
    add(effectByYear, x.effect);
  }
  const targets = constraints.targets.map((t): TargetOutcome => {
    const effect = selected
      .filter((x) => x.committee === t.committee)
      .reduce((s, x) => s + (x.effect[String(t.year)] ?? 0), 0);
    return { ...t, effect, met: effect >= t.amount };
  });
  return {
    format: SCENARIO_FORMAT,
    constraints,
    feasible: true,
    reasonCode: solved.optimal ? null : 'scenario.not-proven',
    reason: solved.optimal ? null : text('scenario.not-proven', {}),
    selected: selected.map((x) => x.ref),
    rejected,
    notInScenario,
    investment: selected.reduce((s, x) => s + x.investment, 0),
    investmentByYear,
    fullEffect: selected.reduce((s, x) => s + x.fullEffect, 0),
    effectByYear,
    targets,
    optimal: solved.optimal,
  };
}
