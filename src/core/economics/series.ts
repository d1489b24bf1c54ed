// A proposal's economy as dense yearly series over its table's columns, read the way the payback
// rule reads a table (domain.md §4): index 0 is the table's first column; a blank cell is 0;
// beyond the last column the last column's permanent change repeats (steady state). NPV, the
// Monte Carlo simulation and the scenarios all read a table through this one shape.
import type { DerivedEconomy } from '../derive.ts';
import type { Economy, Kroner, YearAmounts } from '../model.ts';

export interface DenseEconomy {
  /** The table's first column (the smallest year of the header or of any line). */
  firstYear: number;
  /** Number of columns, first to last. */
  length: number;
  /** Samlet varig ændring per column (proposal sign: negative = saving). */
  permanent: Float64Array;
  /** Samlede implementeringsomkostninger per column. */
  implementation: Float64Array;
  /** Year 1 of payback and NPV: the first year with an implementation cost > 0; null without one. */
  startYear: number | null;
}

/** The first and last column of a table: its header's years widened by any year a line fills. */
export function tableSpan(economy: Economy): { first: number; last: number } | null {
  let first = Infinity;
  let last = -Infinity;
  for (const y of economy.years) {
    if (y < first) first = y;
    if (y > last) last = y;
  }
  for (const line of economy.lines) {
    for (const key of Object.keys(line.amounts)) {
      const y = Number(key);
      if (y < first) first = y;
      if (y > last) last = y;
    }
  }
  return Number.isFinite(first) && Number.isFinite(last) ? { first, last } : null;
}

function dense(series: YearAmounts, first: number, length: number): Float64Array {
  const out = new Float64Array(length);
  for (const [key, v] of Object.entries(series)) {
    const i = Number(key) - first;
    if (i >= 0 && i < length) out[i] = v;
  }
  return out;
}

/** The derived economy of `economy` as dense series; null when the table has no column. */
export function denseEconomy(economy: Economy, derived: DerivedEconomy): DenseEconomy | null {
  const span = tableSpan(economy);
  if (span === null) return null;
  const length = span.last - span.first + 1;
  const implementation = dense(derived.implementationCost, span.first, length);
  let startYear: number | null = null;
  for (let i = 0; i < length; i++) {
    if ((implementation[i] as number) > 0) {
      startYear = span.first + i;
      break;
    }
  }
  return {
    firstYear: span.first,
    length,
    permanent: dense(derived.permanentChange, span.first, length),
    implementation,
    startYear,
  };
}

/** Permanent change in calendar year `y`: 0 before the table, the last column after it. */
export function permanentIn(d: DenseEconomy, y: number): Kroner {
  const i = y - d.firstYear;
  if (i < 0 || d.length === 0) return 0;
  return (i < d.length ? d.permanent[i] : d.permanent[d.length - 1]) as number;
}

/** Samlet økonomisk påvirkning in calendar year `y`, read the same way. */
export function impactIn(d: DenseEconomy, y: number): Kroner {
  const i = y - d.firstYear;
  if (i < 0 || d.length === 0) return 0;
  if (i >= d.length) return d.permanent[d.length - 1] as number;
  return (d.permanent[i] as number) + (d.implementation[i] as number);
}
