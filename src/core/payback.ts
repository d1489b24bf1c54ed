// Tilbagebetalingstid (payback time), exactly as domain.md §4 states the rule that reproduces
// most printed values:
// - year 1 is the first year with an implementation cost (a positive amount), not the first
//   column of the table;
// - Samlet økonomisk påvirkning is accumulated year by year from year 1; beyond the last column
//   the last column's permanent change repeats (steady state);
// - payback = the number of years from year 1 up to and including the first year from which the
//   running total stays ≤ 0. That year is named ("4 år (2028)").
// When the running total never stays ≤ 0 the result is null with a Danish reason.
//
// The function works on dense per-year arrays (index 0 = firstYear) so the engine's hot path
// allocates nothing here.

export interface Payback {
  /** Years from year 1 to the payback year, both included; null when it never pays back. */
  years: number | null;
  /** The calendar year from which the running total stays ≤ 0. */
  year: number | null;
  /** Year 1: the first year with an implementation cost; null when there is none. */
  startYear: number | null;
  /** Danish explanation when `years` is null. */
  reason: string | null;
}

export const REASON_NO_IMPLEMENTATION =
  'Ingen implementeringsomkostninger, så der er ingen tilbagebetalingstid at beregne.';
export const REASON_NO_STEADY_SAVING =
  'Forslaget tjener sig aldrig hjem: den varige ændring i sidste år er ikke en besparelse, så den akkumulerede økonomiske påvirkning bliver ikke varigt ≤ 0.';
export const REASON_NO_COLUMNS = 'Tabellen har ingen år med beløb.';

/**
 * Payback over dense yearly series, read from `permanent[pOff + i]` and `implementation[iOff + i]`
 * (offsets so one shared buffer can hold every series without views being allocated).
 * @param permanent permanent change per year (negative = saving), index pOff = firstYear
 * @param implementation implementation cost per year, index iOff = firstYear
 * @param length number of years (the last column is length − 1)
 * @param firstYear the calendar year of index 0
 */
export function paybackFromSeries(
  permanent: ArrayLike<number>,
  implementation: ArrayLike<number>,
  length: number,
  firstYear: number,
  pOff = 0,
  iOff = 0,
): Payback {
  if (length <= 0) return { years: null, year: null, startYear: null, reason: REASON_NO_COLUMNS };
  let start = -1;
  for (let i = 0; i < length; i++) {
    if ((implementation[iOff + i] ?? 0) > 0) {
      start = i;
      break;
    }
  }
  if (start < 0) return { years: null, year: null, startYear: null, reason: REASON_NO_IMPLEMENTATION };
  let running = 0;
  let lastPositive = -1;
  for (let i = start; i < length; i++) {
    running += (permanent[pOff + i] ?? 0) + (implementation[iOff + i] ?? 0);
    if (running > 0) lastPositive = i;
  }
  const steady = permanent[pOff + length - 1] ?? 0;
  const startYear = firstYear + start;
  let paidAt: number;
  if (running > 0) {
    // Still owing after the last column: steady-state savings must bring it down.
    if (steady >= 0) return { years: null, year: null, startYear, reason: REASON_NO_STEADY_SAVING };
    // Smallest k ≥ 1 with running + k·steady ≤ 0, in integers: ceil(running / −steady).
    const k = Math.ceil(running / -steady);
    paidAt = length - 1 + k;
  } else {
    // A steady-state extra cost would push the total above 0 again some day.
    if (steady > 0) return { years: null, year: null, startYear, reason: REASON_NO_STEADY_SAVING };
    paidAt = lastPositive < 0 ? start : lastPositive + 1;
  }
  return { years: paidAt - start + 1, year: firstYear + paidAt, startYear, reason: null };
}
