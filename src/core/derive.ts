// The one implementation of the economic table's arithmetic (domain.md §4). Every room calls
// computeEconomy/deriveProposal; nothing else sums "Samlet varig ændring".
//
// Signs are the proposal's own: savings negative, costs positive. A year that no included line
// fills is absent from every series (blank ≠ 0). Lines marked outsideTotals are left out of every
// total and payback (they are reported separately as `outsideTotals`); grundinvestering lines are
// left out of the service-based payback only.

import { InvalidInput, isGevinstError } from './errors.ts';
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
import { MAX_YEAR, MIN_YEAR } from './schema/primitives.ts';

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

/**
 * The widest year range a table may span: the schema's years 1900–2200. Work arrays are sized by
 * the table's own span, so the engine's memory depends on the table, never on a number typed in a
 * year field; a span beyond this is refused before anything is allocated.
 */
const MAX_SPAN = MAX_YEAR - MIN_YEAR + 1;

/**
 * The dense work array of one derivation: SLOTS series of n years each (index 0 = the first year),
 * followed by as many presence flags (1 where a line filled the year: blank is not zero). One plain
 * array per derivation: small, young and cheap to collect.
 */
interface Work {
  n: number;
  min: number;
  values: number[];
  /** Offset of the presence flags in `values`. */
  p: number;
}

function yearOf(key: string, line: string): number {
  const y = Number(key);
  if (!/^[1-9]\d{3}$/.test(key)) {
    throw new InvalidInput(`Linjen "${line}" har årstallet "${key}", som ikke er et firecifret år.`, {
      field: key,
    });
  }
  return y;
}

function series(w: Work, slot: number): YearAmounts {
  const out: YearAmounts = {};
  const base = slot * w.n;
  const { values, p } = w;
  for (let i = 0; i < w.n; i++) {
    // A year is an array-index key: V8 stores it as an element either way, so no string is made.
    if (values[p + base + i] === 1) out[w.min + i] = values[base + i] as number;
  }
  return out;
}

function total(w: Work, slot: number): Kroner {
  let sum = 0;
  const base = slot * w.n;
  for (let i = 0; i < w.n; i++) sum += w.values[base + i] as number;
  return sum;
}

function hasAny(w: Work, slot: number): boolean {
  const base = w.p + slot * w.n;
  for (let i = 0; i < w.n; i++) if (w.values[base + i] === 1) return true;
  return false;
}

/**
 * Sums every line into fresh work arrays over the years min..max. Returns null when a line fills a
 * year outside that range (or a key is no year): the caller widens the range and tries again.
 */
function accumulate(lines: readonly EconomyLine[], min: number, max: number): Work | null {
  const n = min <= max ? max - min + 1 : 0;
  if (n > MAX_SPAN) {
    throw new InvalidInput(
      `Tabellen spænder over ${String(n)} år (${String(min)}–${String(max)}); højst ${String(MAX_SPAN)} år kan regnes med.`,
    );
  }
  const v8 = new Array<number>(2 * SLOTS * n).fill(0);
  const P = SLOTS * n;
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
      if (!(i >= 0 && i < n && (i | 0) === i && key.length === 4)) return null;
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
      v8[P + first + i] = 1;
      if (second >= 0) {
        v8[second + i] = (v8[second + i] as number) + v;
        v8[P + second + i] = 1;
      }
      if (gross && v !== 0) {
        const at = (v < 0 ? S_GROSS * n : S_NEWCOST * n) + i;
        v8[at] = (v8[at] as number) + v;
        v8[P + at] = 1;
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
      permSeen |= v8[P + (S_PERM_AREA + a) * n + i] as number;
      impl += v8[(S_IMPL_AREA + a) * n + i] as number;
      implSeen |= v8[P + (S_IMPL_AREA + a) * n + i] as number;
    }
    if (!(Math.abs(perm) <= Number.MAX_SAFE_INTEGER && Math.abs(impl) <= Number.MAX_SAFE_INTEGER)) {
      throw new InvalidInput(
        `Summen for ${String(min + i)} er for stor til at regne præcist med (over 9 billiarder kroner).`,
      );
    }
    v8[S_PERM * n + i] = perm;
    v8[P + S_PERM * n + i] = permSeen;
    v8[S_IMPL * n + i] = impl;
    v8[P + S_IMPL * n + i] = implSeen;
    v8[S_SVC_PERM * n + i] = (v8[S_PERM_AREA * n + i] as number) - (v8[S_PERM_SVC_GRUND * n + i] as number);
    v8[S_SVC_IMPL * n + i] = impl - (v8[S_IMPL_GRUND * n + i] as number);
    if (permSeen | implSeen) {
      v8[S_IMPACT * n + i] = perm + impl;
      v8[P + S_IMPACT * n + i] = 1;
    }
  }
  return { n, min, values: v8, p: P };
}

/** The rare case of a line filling a year outside the header: the range widened to every year filled. */
function widened(lines: readonly EconomyLine[], min: number, max: number): Work {
  for (const line of lines) {
    for (const key in line.amounts) {
      const y = yearOf(key, line.label);
      if (y < min) min = y;
      if (y > max) max = y;
    }
  }
  const w = accumulate(lines, min, max);
  if (w === null) throw new InvalidInput('Tabellens år kan ikke læses.');
  return w;
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
  const w = accumulate(lines, min, max) ?? widened(lines, min, max);
  const { n, values, p } = w;
  min = w.min;
  max = w.min + n - 1;

  const years: number[] = [];
  for (let i = 0; i < n; i++) if (values[p + S_IMPACT * n + i] === 1) years.push(min + i);

  const permanentByArea: Partial<Record<BudgetArea, YearAmounts>> = {};
  const implementationByArea: Partial<Record<BudgetArea, YearAmounts>> = {};
  const investmentByArea: Partial<Record<BudgetArea, Kroner>> = {};
  for (const a of BUDGET_AREAS) {
    const ai = AREA_INDEX[a];
    if (hasAny(w, S_PERM_AREA + ai)) permanentByArea[a] = series(w, S_PERM_AREA + ai);
    if (hasAny(w, S_IMPL_AREA + ai)) {
      implementationByArea[a] = series(w, S_IMPL_AREA + ai);
      investmentByArea[a] = total(w, S_IMPL_AREA + ai);
    }
  }

  const permanentChange = series(w, S_PERM);
  const last = n - 1;
  let fullEffect: FullEffect | null = null;
  if (n > 0 && values[p + S_PERM * n + last] === 1) {
    const t = values[S_PERM * n + last] as number;
    const s = values[(S_PERM_AREA + AREA_INDEX.service) * n + last] as number;
    fullEffect = { year: max, total: t, service: s, other: t - s };
  }

  const totalPb = paybackFromSeries(values, values, n, min, S_PERM * n, S_IMPL * n);
  let servicePb = paybackFromSeries(values, values, n, min, S_SVC_PERM * n, S_SVC_IMPL * n);
  if (servicePb.years === null && servicePb.startYear !== null && !hasAny(w, S_PERM_AREA)) {
    // Say why precisely: no line is marked Service (often a reader could not see the area).
    servicePb = {
      ...servicePb,
      reason: hasAny(w, S_PERM_AREA + NO_AREA) ? REASON_SERVICE_AREA_MISSING : REASON_NO_SERVICE_LINES,
    };
  }

  return {
    years,
    permanentChange,
    implementationCost: series(w, S_IMPL),
    economicImpact: series(w, S_IMPACT),
    investmentTotal: total(w, S_IMPL),
    permanentByArea,
    implementationByArea,
    investmentByArea,
    grossSavings: series(w, S_GROSS),
    newRunningCosts: series(w, S_NEWCOST),
    netEffect: permanentChange,
    fullEffect,
    outsideTotals: series(w, S_OUTSIDE),
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

/**
 * The proposal with `computed` filled in by the engine; null when its table cannot be computed
 * (validation names the problem). A `computed` that came with the input is never trusted.
 */
export function withComputed(p: Proposal): Proposal {
  try {
    return { ...p, computed: deriveProposal(p) };
  } catch (e) {
    if (!isGevinstError(e)) throw e;
    return { ...p, computed: null };
  }
}
