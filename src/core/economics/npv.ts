// Nettonutidsværdi (net present value), exactly as ../shared/docs/cli-contract.md defines it:
// year 1 (`firstYear`) is the first year with an implementation cost (without one, the table's
// first column); the flow of year t (t = 0 … N−1) is Samlet økonomisk påvirkning of year
// firstYear + t, beyond the table the last column's permanent change, before it 0;
// value = round(−Σ flow_t / (1 + R)^t) in whole kroner, so a positive value is a net gain.
import type { DerivedEconomy } from '../derive.ts';
import type { Economy } from '../model.ts';
import { type DenseEconomy, denseEconomy, impactIn } from './series.ts';

export interface Npv {
  rate: number;
  horizonYears: number;
  firstYear: number;
  /** Whole kroner; positive = net gain over the horizon. */
  value: number;
}

/** The discount factors 1/(1+R)^t for t = 0 … N−1 (computed once, used by every draw). */
export function discountFactors(rate: number, horizonYears: number): Float64Array {
  const f = new Float64Array(horizonYears);
  let d = 1;
  for (let t = 0; t < horizonYears; t++) {
    f[t] = d;
    d /= 1 + rate;
  }
  return f;
}

/** Year 1 of the NPV: the first year with an implementation cost, else the table's first column. */
export function npvFirstYear(d: DenseEconomy): number {
  return d.startYear ?? d.firstYear;
}

/** −Σ flow_t·f_t, unrounded (the Monte Carlo simulation rounds its statistics at the end). */
export function presentValue(d: DenseEconomy, factors: Float64Array): number {
  const first = npvFirstYear(d);
  let sum = 0;
  for (let t = 0; t < factors.length; t++) sum += impactIn(d, first + t) * (factors[t] as number);
  return -sum;
}

/** Rounds to whole kroner (never −0). */
export function wholeKroner(x: number): number {
  const r = Math.round(x);
  return r === 0 ? 0 : r;
}

export function netPresentValue(d: DenseEconomy, rate: number, horizonYears: number): Npv {
  return {
    rate,
    horizonYears,
    firstYear: npvFirstYear(d),
    value: wholeKroner(presentValue(d, discountFactors(rate, horizonYears))),
  };
}

/** The NPV of an economy whose derived figures are at hand; null when the table has no column. */
export function npvOf(
  economy: Economy,
  derived: DerivedEconomy,
  rate: number,
  horizonYears: number,
): Npv | null {
  const d = denseEconomy(economy, derived);
  return d === null ? null : netPresentValue(d, rate, horizonYears);
}
