// The one implementation of the economic table's arithmetic (domain.md §4). Every room calls
// computeEconomy/deriveProposal; nothing else sums "Samlet varig ændring".
//
// Signs are the proposal's own: savings negative, costs positive. A year that no included line
// fills is absent from every series (blank ≠ 0). Lines marked outsideTotals are left out of every
// total and payback (they are reported separately as `outsideTotals`); grundinvestering lines are
// left out of the service-based payback only.

import { InvalidInput } from './errors.ts';
import type { BudgetArea, ComputedEconomy, Economy, Kroner, Proposal, YearAmounts } from './model.ts';
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
  /** Net effect = grossSavings + newRunningCosts = permanentChange (named for readers). */
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

// Slots of the per-year work array. Each slot is one series; presence is tracked per slot so a
// blank year stays absent.
const S_PERM = 0;
const S_IMPL = 1;
const S_PERM_AREA = 2; // + area index (5 areas)
const S_IMPL_AREA = 7; // + area index
const S_SVC_PERM = 12; // service permanent, no grundinvestering (service payback)
const S_SVC_IMPL = 13; // implementation, no grundinvestering (service payback)
const S_GROSS = 14;
const S_NEWCOST = 15;
const S_OUTSIDE = 16;
const SLOTS = 17;

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
  if (!Number.isInteger(y) || key.length !== 4) {
    throw new InvalidInput(`Linjen "${line}" har årstallet "${key}", som ikke er et firecifret år.`, { field: key });
  }
  return y;
}

function series(slot: number, n: number, keys: string[]): YearAmounts {
  const out: YearAmounts = {};
  const base = slot * n;
  for (let i = 0; i < n; i++) {
    if (present[base + i] === 1) out[keys[i] as string] = values[base + i] as number;
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

/** Derives every figure of an economic table from its lines. Pure; never reads `stated`. */
export function computeEconomy(economy: Economy): DerivedEconomy {
  const lines = economy.lines;
  // Year range: the header's columns plus any year a line fills (a number is never dropped).
  let min = Infinity;
  let max = -Infinity;
  for (const y of economy.years) {
    if (y < min) min = y;
    if (y > max) max = y;
  }
  for (const line of lines) {
    for (const key in line.amounts) {
      const y = yearOf(key, line.label);
      if (y < min) min = y;
      if (y > max) max = y;
    }
  }
  const n = min <= max ? max - min + 1 : 0;
  if (values.length < SLOTS * n) {
    values = new Float64Array(SLOTS * n * 2);
    present = new Uint8Array(SLOTS * n * 2);
  }
  values.fill(0, 0, SLOTS * n);
  present.fill(0, 0, SLOTS * n);

  for (const line of lines) {
    const amounts = line.amounts;
    const permanent = line.section === 'varig';
    const area = line.budgetArea === null ? -1 : AREA_INDEX[line.budgetArea];
    const grund = line.grundinvestering === true;
    const outside = line.outsideTotals === true;
    for (const key in amounts) {
      const v = amounts[key] as number;
      const i = Number(key) - min;
      if (outside) {
        add(S_OUTSIDE, n, i, v);
        continue;
      }
      if (permanent) {
        add(S_PERM, n, i, v);
        if (area >= 0) add(S_PERM_AREA + area, n, i, v);
        if (area === 0 && !grund) add(S_SVC_PERM, n, i, v);
        if (v < 0) add(S_GROSS, n, i, v);
        else if (v > 0) add(S_NEWCOST, n, i, v);
      } else {
        add(S_IMPL, n, i, v);
        if (area >= 0) add(S_IMPL_AREA + area, n, i, v);
        if (!grund) add(S_SVC_IMPL, n, i, v);
      }
    }
  }

  const keys = new Array<string>(n);
  for (let i = 0; i < n; i++) keys[i] = String(min + i);

  const years: number[] = [];
  const economicImpact: YearAmounts = {};
  for (let i = 0; i < n; i++) {
    const p = present[S_PERM * n + i] === 1;
    const m = present[S_IMPL * n + i] === 1;
    if (p || m) {
      years.push(min + i);
      economicImpact[keys[i] as string] = (values[S_PERM * n + i] as number) + (values[S_IMPL * n + i] as number);
    }
  }

  const permanentByArea: Partial<Record<BudgetArea, YearAmounts>> = {};
  const implementationByArea: Partial<Record<BudgetArea, YearAmounts>> = {};
  const investmentByArea: Partial<Record<BudgetArea, Kroner>> = {};
  for (const a of BUDGET_AREAS) {
    const ai = AREA_INDEX[a];
    if (hasAny(S_PERM_AREA + ai, n)) permanentByArea[a] = series(S_PERM_AREA + ai, n, keys);
    if (hasAny(S_IMPL_AREA + ai, n)) {
      implementationByArea[a] = series(S_IMPL_AREA + ai, n, keys);
      investmentByArea[a] = total(S_IMPL_AREA + ai, n);
    }
  }

  const permanentChange = series(S_PERM, n, keys);
  const last = n - 1;
  let fullEffect: FullEffect | null = null;
  if (n > 0 && present[S_PERM * n + last] === 1) {
    const t = values[S_PERM * n + last] as number;
    const s = values[(S_PERM_AREA + AREA_INDEX.service) * n + last] as number;
    fullEffect = { year: max, total: t, service: s, other: t - s };
  }

  const totalPb = paybackFromSeries(values.subarray(S_PERM * n, S_PERM * n + n), values.subarray(S_IMPL * n, S_IMPL * n + n), n, min);
  const servicePb = paybackFromSeries(
    values.subarray(S_SVC_PERM * n, S_SVC_PERM * n + n),
    values.subarray(S_SVC_IMPL * n, S_SVC_IMPL * n + n),
    n,
    min,
  );

  return {
    years,
    permanentChange,
    implementationCost: series(S_IMPL, n, keys),
    economicImpact,
    investmentTotal: total(S_IMPL, n),
    permanentByArea,
    implementationByArea,
    investmentByArea,
    grossSavings: series(S_GROSS, n, keys),
    newRunningCosts: series(S_NEWCOST, n, keys),
    netEffect: series(S_PERM, n, keys),
    fullEffect,
    outsideTotals: series(S_OUTSIDE, n, keys),
    paybackService: servicePb.years,
    paybackServiceYear: servicePb.year,
    paybackServiceReason: servicePb.reason,
    paybackTotal: totalPb.years,
    paybackTotalYear: totalPb.year,
    paybackTotalReason: totalPb.reason,
    paybackStartYear: totalPb.startYear,
  };
}

function add(slot: number, n: number, i: number, v: number): void {
  const at = slot * n + i;
  values[at] = (values[at] as number) + v;
  present[at] = 1;
}

/** The derived economy of a proposal, or null when it has no economic table. */
export function deriveProposal(p: Proposal): DerivedEconomy | null {
  return p.economy === null ? null : computeEconomy(p.economy);
}
