// The one implementation of the economic table's arithmetic (domain.md §4). Every room calls
// computeEconomy/deriveProposal; nothing else sums "Samlet varig ændring".
//
// Signs are the proposal's own: savings negative, costs positive. A year that no included line
// fills is absent from every series (blank ≠ 0). Lines marked outsideTotals are left out of every
// total and payback (they are reported separately as `outsideTotals`); grundinvestering lines are
// left out of the service-based payback only.

import { InvalidInput } from './errors.ts';
import type {
  BudgetArea,
  ComputedEconomy,
  Economy,
  EconomyLine,
  Kroner,
  Proposal,
  YearAmounts,
} from './model.ts';
import { BUDGET_AREAS } from './model.ts';
import { paybackFromSeries } from './payback.ts';

/** Steady-state ("ved fuld indfasning") net permanent change: the last column, split by area. */
export interface FullEffect {
  /** The last year column of the table. */
  year: number;
  /** Samlet varig ændring in that year (negative = saving). */
  total: Kroner;
  /** The Service part of it. */
  service: Kroner;
  /** Every other budget area (and lines without an area): total − service. */
  other: Kroner;
}

/** Everything the engine derives from an economic table. All amounts in kroner, proposal signs. */
export interface DerivedEconomy extends ComputedEconomy {
  /** Sorted years that hold at least one value in an included line. */
  years: number[];
  /** Samlet varig ændring = Σ permanent lines (outsideTotals excluded). */
  permanentChange: YearAmounts;
  /** Samlede implementeringsomkostninger = Σ implementation lines (outsideTotals excluded). */
  implementationCost: YearAmounts;
  /** Samlet økonomisk påvirkning = permanentChange + implementationCost, per year. */
  economicImpact: YearAmounts;
  /** Σ over years of implementationCost: the catalog's "Samlet investering". */
  investmentTotal: Kroner;
  /** Subtotal of permanent lines per budget area (areas without values are absent). */
  permanentByArea: Partial<Record<BudgetArea, YearAmounts>>;
  /** Subtotal of implementation lines per budget area. */
  implementationByArea: Partial<Record<BudgetArea, YearAmounts>>;
  /** Σ implementation per area over all years (e.g. the 2021 overview's investment split). */
  investmentByArea: Partial<Record<BudgetArea, Kroner>>;
  /** Gross savings: Σ of the negative permanent amounts per year (stays negative). */
  grossSavings: YearAmounts;
  /** New running costs: Σ of the positive permanent amounts per year. */
  newRunningCosts: YearAmounts;
  /** Net effect = grossSavings + newRunningCosts: the same object as permanentChange. */
  netEffect: YearAmounts;
  /** Steady-state effect; null when the table has no permanent values in its last column. */
  fullEffect: FullEffect | null;
  /** Σ per year of the lines marked outside the totals (shown, never counted). */
  outsideTotals: YearAmounts;
  /** Tilbagebetalingstid baseret på serviceeffektivisering, in years; null with a reason. */
  paybackService: number | null;
  paybackServiceYear: number | null;
  paybackServiceReason: string | null;
  /** Tilbagebetalingstid baseret på totaløkonomi, in years; null with a reason. */
  paybackTotal: number | null;
  paybackTotalYear: number | null;
  paybackTotalReason: string | null;
  /** Year 1 of the payback count: the first year with an implementation cost. */
  paybackStartYear: number | null;
}

export const REASON_NO_SERVICE_LINES = 'Forslaget har ingen varige ændringer på styringsområdet Service.';
export const REASON_SERVICE_AREA_MISSING =
  'Ingen varig linje er angivet med styringsområdet Service (nogle mangler styringsområde), så tilbagebetalingstiden baseret på serviceeffektivisering kan ikke beregnes.';

// Slots of the per-year work array (each slot = one series of n years). Lines are summed into the
// few slots that depend on the line alone; the totals are derived from those afterwards, so the
// inner loop does at most three additions per value. Presence is tracked per slot so a blank year
// stays absent.
const S_PERM_AREA = 0; // + area index; index 5 = lines without an area
const S_IMPL_AREA = 6; // + area index; index 5 = lines without an area
const NO_AREA = 5;
const S_PERM_SVC_GRUND = 12; // service permanent lines marked grundinvestering (left out of the service payback)
const S_IMPL_GRUND = 13; // implementation lines marked grundinvestering
const S_GROSS = 14;
const S_NEWCOST = 15;
const S_OUTSIDE = 16;
// Derived after accumulation:
const S_PERM = 17;
const S_IMPL = 18;
const S_SVC_PERM = 19;
const S_SVC_IMPL = 20;
const S_IMPACT = 21;
const SLOTS = 22;

const AREA_INDEX: Record<BudgetArea, number> = {
  service: 0,
  anlaeg: 1,
  overfoersler: 2,
  efterspoergselsstyret: 3,
  finansposter: 4,
};

// Work buffers reused between calls: the engine derives 100,000 proposals a second, and fresh
// arrays per call would dominate. Grown on demand; core is single-threaded per realm.
let values = new Float64Array(SLOTS * 8);
let present = new Uint8Array(SLOTS * 8);

function yearOf(key: string, line: string): number {
  const y = Number(key);
  if (!/^[1-9]\d{3}$/.test(key)) {
    throw new InvalidInput(`Linjen "${line}" har årstallet "${key}", som ikke er et firecifret år.`, {
      field: key,
    });
  }
  return y;
}

type SeriesFactory = (v: Float64Array, base: number) => YearAmounts;

// Building a YearAmounts key by key is the engine's largest cost: year keys ("2026") are array
// indices, so each object grows a number dictionary. An object literal with the keys written out
// is several times faster (V8 copies a prepared boilerplate). So for each first year and pattern
// of filled years we compile, once, a factory such as (v, b) => ({ "2025": v[b], "2027": v[b + 2] }).
// The keys are generated from integers only. Where code generation is forbidden (a browser
// Content-Security-Policy without 'unsafe-eval') the plain loop is used instead.
const factories = new Map<number, Array<SeriesFactory | undefined>>();
let canCompile = true;
const MAX_COMPILED_YEARS = 12;

function compileFactory(min: number, mask: number, n: number): SeriesFactory | undefined {
  const fields: string[] = [];
  for (let i = 0; i < n; i++) if (mask & (1 << i)) fields.push(`"${String(min + i)}": v[b + ${String(i)}]`);
  try {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- generated from integers only; see above
    return new Function('v', 'b', `return { ${fields.join(', ')} };`) as SeriesFactory;
  } catch {
    canCompile = false;
    return undefined;
  }
}

function series(slot: number, n: number, min: number): YearAmounts {
  const base = slot * n;
  if (canCompile && n <= MAX_COMPILED_YEARS) {
    let mask = 0;
    for (let i = 0; i < n; i++) if (present[base + i] === 1) mask |= 1 << i;
    if (mask === 0) return {};
    let byMask = factories.get(min);
    if (byMask === undefined) {
      byMask = [];
      factories.set(min, byMask);
    }
    let make = byMask[mask];
    if (make === undefined) {
      make = compileFactory(min, mask, n);
      byMask[mask] = make;
    }
    if (make !== undefined) return make(values, base);
  }
  const out: YearAmounts = {};
  for (let i = 0; i < n; i++) {
    if (present[base + i] === 1) out[String(min + i)] = values[base + i] as number;
  }
  return out;
}

function total(slot: number, n: number): Kroner {
  let sum = 0;
  const base = slot * n;
  for (let i = 0; i < n; i++) sum += values[base + i] as number;
  return sum;
}

function hasAny(slot: number, n: number): boolean {
  const base = slot * n;
  for (let i = 0; i < n; i++) if (present[base + i] === 1) return true;
  return false;
}

/**
 * Sums every line into the work buffers over the years min..max. Returns false, with the buffers
 * in an undefined state, when a line fills a year outside that range (or the key is no year).
 */
function accumulate(lines: readonly EconomyLine[], min: number, max: number): boolean {
  const n = min <= max ? max - min + 1 : 0;
  if (values.length < SLOTS * n) {
    values = new Float64Array(SLOTS * n * 2);
    present = new Uint8Array(SLOTS * n * 2);
  }
  values.fill(0, 0, SLOTS * n);
  present.fill(0, 0, SLOTS * n);
  const v8 = values;
  const p8 = present;
  for (const line of lines) {
    const amounts = line.amounts;
    const permanent = line.section === 'varig';
    const area = line.budgetArea === null ? NO_AREA : AREA_INDEX[line.budgetArea];
    const grund = line.grundinvestering === true;
    // Where this line's values go: its own area slot, and the grundinvestering slot if flagged.
    let first: number;
    let second = -1;
    if (line.outsideTotals === true) first = S_OUTSIDE * n;
    else if (permanent) {
      first = (S_PERM_AREA + area) * n;
      if (grund && area === 0) second = S_PERM_SVC_GRUND * n;
    } else {
      first = (S_IMPL_AREA + area) * n;
      if (grund) second = S_IMPL_GRUND * n;
    }
    const gross = permanent && line.outsideTotals !== true;
    // Object.keys is markedly faster than for-in on objects keyed by year numbers.
    const keys = Object.keys(amounts);
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k] as string;
      const v = amounts[key] as number;
      const i = Number(key) - min;
      if (!(i >= 0 && i < n && (i | 0) === i && key.length === 4)) return false;
      if (!Number.isSafeInteger(v)) {
        throw new InvalidInput(
          `Linjen "${line.label}" har i ${key} beløbet ${String(v)}, som ikke er et helt antal kroner.`,
          {
            field: key,
            sourceLine: line.sourceLine,
          },
        );
      }
      v8[first + i] = (v8[first + i] as number) + v;
      p8[first + i] = 1;
      if (second >= 0) {
        v8[second + i] = (v8[second + i] as number) + v;
        p8[second + i] = 1;
      }
      if (gross) {
        const at = (v < 0 ? S_GROSS * n : S_NEWCOST * n) + i;
        if (v !== 0) {
          v8[at] = (v8[at] as number) + v;
          p8[at] = 1;
        }
      }
    }
  }
  // Totals from the area slots.
  for (let i = 0; i < n; i++) {
    let perm = 0;
    let permSeen = 0;
    let impl = 0;
    let implSeen = 0;
    for (let a = 0; a <= NO_AREA; a++) {
      perm += v8[(S_PERM_AREA + a) * n + i] as number;
      permSeen |= p8[(S_PERM_AREA + a) * n + i] as number;
      impl += v8[(S_IMPL_AREA + a) * n + i] as number;
      implSeen |= p8[(S_IMPL_AREA + a) * n + i] as number;
    }
    if (!(Math.abs(perm) <= Number.MAX_SAFE_INTEGER && Math.abs(impl) <= Number.MAX_SAFE_INTEGER)) {
      throw new InvalidInput(
        `Summen for ${String(min + i)} er for stor til at regne præcist med (over 9 billiarder kroner).`,
      );
    }
    v8[S_PERM * n + i] = perm;
    p8[S_PERM * n + i] = permSeen;
    v8[S_IMPL * n + i] = impl;
    p8[S_IMPL * n + i] = implSeen;
    v8[S_SVC_PERM * n + i] = (v8[S_PERM_AREA * n + i] as number) - (v8[S_PERM_SVC_GRUND * n + i] as number);
    v8[S_SVC_IMPL * n + i] = impl - (v8[S_IMPL_GRUND * n + i] as number);
    if (permSeen | implSeen) {
      v8[S_IMPACT * n + i] = perm + impl;
      p8[S_IMPACT * n + i] = 1;
    }
  }
  return true;
}

/** Derives every figure of an economic table from its lines. Pure; never reads `stated`. */
export function computeEconomy(economy: Economy): DerivedEconomy {
  const lines = economy.lines;
  // Year range: the header's columns. A line that fills a year outside them widens the range
  // (a number is never dropped); that rare case costs one extra pass.
  let min = Infinity;
  let max = -Infinity;
  for (const y of economy.years) {
    if (y < min) min = y;
    if (y > max) max = y;
  }
  if (!accumulate(lines, min, max)) {
    for (const line of lines) {
      for (const key in line.amounts) {
        const y = yearOf(key, line.label);
        if (y < min) min = y;
        if (y > max) max = y;
      }
    }
    accumulate(lines, min, max);
  }
  const n = min <= max ? max - min + 1 : 0;

  const years: number[] = [];
  for (let i = 0; i < n; i++) if (present[S_IMPACT * n + i] === 1) years.push(min + i);

  const permanentByArea: Partial<Record<BudgetArea, YearAmounts>> = {};
  const implementationByArea: Partial<Record<BudgetArea, YearAmounts>> = {};
  const investmentByArea: Partial<Record<BudgetArea, Kroner>> = {};
  for (const a of BUDGET_AREAS) {
    const ai = AREA_INDEX[a];
    if (hasAny(S_PERM_AREA + ai, n)) permanentByArea[a] = series(S_PERM_AREA + ai, n, min);
    if (hasAny(S_IMPL_AREA + ai, n)) {
      implementationByArea[a] = series(S_IMPL_AREA + ai, n, min);
      investmentByArea[a] = total(S_IMPL_AREA + ai, n);
    }
  }

  const permanentChange = series(S_PERM, n, min);
  const last = n - 1;
  let fullEffect: FullEffect | null = null;
  if (n > 0 && present[S_PERM * n + last] === 1) {
    const t = values[S_PERM * n + last] as number;
    const s = values[(S_PERM_AREA + AREA_INDEX.service) * n + last] as number;
    fullEffect = { year: max, total: t, service: s, other: t - s };
  }

  const totalPb = paybackFromSeries(values, values, n, min, S_PERM * n, S_IMPL * n);
  let servicePb = paybackFromSeries(values, values, n, min, S_SVC_PERM * n, S_SVC_IMPL * n);
  if (servicePb.years === null && servicePb.startYear !== null && !hasAny(S_PERM_AREA, n)) {
    // Say why precisely: no line is marked Service (often a reader could not see the area).
    servicePb = {
      ...servicePb,
      reason: hasAny(S_PERM_AREA + NO_AREA, n) ? REASON_SERVICE_AREA_MISSING : REASON_NO_SERVICE_LINES,
    };
  }

  return {
    years,
    permanentChange,
    implementationCost: series(S_IMPL, n, min),
    economicImpact: series(S_IMPACT, n, min),
    investmentTotal: total(S_IMPL, n),
    permanentByArea,
    implementationByArea,
    investmentByArea,
    grossSavings: series(S_GROSS, n, min),
    newRunningCosts: series(S_NEWCOST, n, min),
    netEffect: permanentChange,
    fullEffect,
    outsideTotals: series(S_OUTSIDE, n, min),
    paybackService: servicePb.years,
    paybackServiceYear: servicePb.year,
    paybackServiceReason: servicePb.reason,
    paybackTotal: totalPb.years,
    paybackTotalYear: totalPb.year,
    paybackTotalReason: totalPb.reason,
    paybackStartYear: totalPb.startYear,
  };
}

/** The derived economy of a proposal, or null when it has no economic table. */
export function deriveProposal(p: Proposal): DerivedEconomy | null {
  return p.economy === null ? null : computeEconomy(p.economy);
}
