// Fordeling på udvalg: splitting an amount (or a yearly series) over committees, administrations
// or areas so that the parts add up EXACTLY to the whole (domain.md §4 rule 7).
//
// Method: largest remainder (Hamilton). The whole is counted in units of the table (1 kr., 1.000
// kr. or 1 mio. kr.); every part gets the floor of its exact quota, and the units left over go
// one each to the parts with the largest remainders (ties: the earlier key). Quotas are computed
// exactly: integer weights with integer arithmetic, decimal weights (shares 0,25, percentages
// 33,3) as exact decimal fractions in BigInt. A negative whole is split as its absolute value and
// the sign put back, so rounding is symmetric.

import { unitExponent } from './amount.ts';
import { toDecimal } from './decimal.ts';
import { InvalidInput } from './errors.ts';
import type { AmountUnit, Kroner, YearAmounts } from './model.ts';

/** Key → weight (share, count or percentage). Order of entries breaks ties. */
export type Weights = Record<string, number> | ReadonlyArray<readonly [string, number]>;

function entries(weights: Weights): Array<readonly [string, number]> {
  return Array.isArray(weights)
    ? [...(weights as ReadonlyArray<readonly [string, number]>)]
    : Object.entries(weights);
}

function checkWeights(list: ReadonlyArray<readonly [string, number]>, what: string): void {
  if (list.length === 0) throw new InvalidInput(`Der er ingen ${what} at fordele på.`);
  let any = false;
  const seen = new Set<string>();
  for (const [key, w] of list) {
    if (seen.has(key)) throw new InvalidInput(`"${key}" står to gange i fordelingsnøglen.`, { field: key });
    seen.add(key);
    if (!Number.isFinite(w) || w < 0) {
      throw new InvalidInput(
        `Fordelingsnøglen for "${key}" skal være et tal på 0 eller derover, men er ${String(w)}.`,
        { field: key },
      );
    }
    if (w > 0) any = true;
  }
  if (!any) throw new InvalidInput(`Fordelingsnøglen er 0 for alle ${what}, så beløbet kan ikke fordeles.`);
}

/**
 * Splits `units` (a non-negative whole number of table units) by weights with largest remainders.
 * Returns the parts in the order of `weights`.
 */
function splitUnits(units: number, weights: readonly number[]): number[] {
  const n = weights.length;
  const parts = new Array<number>(n);
  let allIntegers = true;
  let sumW = 0;
  for (const w of weights) {
    if (!Number.isInteger(w)) allIntegers = false;
    sumW += w;
  }
  if (allIntegers && Number.isSafeInteger(sumW) && Number.isSafeInteger(units * sumW)) {
    // Exact in doubles: every product and quotient stays a safe integer.
    const rem = new Array<number>(n);
    let given = 0;
    for (let i = 0; i < n; i++) {
      const p = units * (weights[i] as number);
      const q = Math.floor(p / sumW);
      parts[i] = q;
      rem[i] = p - q * sumW;
      given += q;
    }
    assignLeftover(parts, rem, units - given);
    return parts;
  }
  // Exact decimal fractions in BigInt.
  const decs = weights.map(toDecimal);
  const scale = Math.max(...decs.map((d) => d.scale));
  const ws = decs.map((d) => d.digits * 10n ** BigInt(scale - d.scale));
  const total = ws.reduce((a, b) => a + b, 0n);
  const u = BigInt(units);
  const rem = new Array<bigint>(n);
  let given = 0n;
  for (let i = 0; i < n; i++) {
    const p = u * (ws[i] as bigint);
    const q = p / total;
    parts[i] = Number(q);
    rem[i] = p - q * total;
    given += q;
  }
  assignLeftover(parts, rem, Number(u - given));
  return parts;
}

/** Gives one unit each to the `left` parts with the largest remainders; ties go to the earlier. */
function assignLeftover<R extends number | bigint>(parts: number[], rem: R[], left: number): void {
  if (left <= 0) return;
  const order = rem.map((_, i) => i);
  order.sort((a, b) => {
    const ra = rem[a] as R;
    const rb = rem[b] as R;
    return ra === rb ? a - b : ra > rb ? -1 : 1;
  });
  for (let k = 0; k < left; k++) {
    const i = order[k] as number;
    parts[i] = (parts[i] as number) + 1;
  }
}

function unitStep(unit: AmountUnit): number {
  return 10 ** unitExponent(unit);
}

function wholeUnits(whole: Kroner, unit: AmountUnit): number {
  if (!Number.isSafeInteger(whole))
    throw new InvalidInput(`Beløbet ${String(whole)} er ikke et helt antal kroner.`);
  const step = unitStep(unit);
  if (whole % step !== 0) {
    throw new InvalidInput(
      `Beløbet ${String(whole)} kr. er ikke et helt antal ${unit === 'mio.kr' ? 'mio. kr.' : '1.000 kr.'} og kan derfor ikke fordeles afrundet til den enhed.`,
    );
  }
  return whole / step;
}

/**
 * Splits an amount by weights (shares or counts): the parts are whole multiples of the table unit
 * and add up exactly to `whole`. Returns key → kroner in the order of the weights.
 * distribute(1_000_000, { BUU: 2, SUU: 1 }, 't.kr') → { BUU: 667000, SUU: 333000 }.
 */
export function distribute(whole: Kroner, weights: Weights, unit: AmountUnit = 'kr'): Record<string, Kroner> {
  const list = entries(weights);
  checkWeights(list, 'nøgler');
  const units = wholeUnits(whole, unit);
  const step = unitStep(unit);
  const parts = splitUnits(
    Math.abs(units),
    list.map(([, w]) => w),
  );
  const sign = units < 0 ? -1 : 1;
  const out: Record<string, Kroner> = {};
  list.forEach(([key], i) => {
    out[key] = 0 + sign * (parts[i] as number) * step;
  });
  return out;
}

/** Splits by counts (devices, employees per administration): the counts must be whole numbers. */
export function distributeByCount(
  whole: Kroner,
  counts: Weights,
  unit: AmountUnit = 'kr',
): Record<string, Kroner> {
  for (const [key, c] of entries(counts)) {
    if (!Number.isInteger(c))
      throw new InvalidInput(`Antallet for "${key}" skal være et helt tal, men er ${String(c)}.`, {
        field: key,
      });
  }
  return distribute(whole, counts, unit);
}

/** Splits by percentages, which must add up to exactly 100. */
export function distributeByPercent(
  whole: Kroner,
  percents: Weights,
  unit: AmountUnit = 'kr',
): Record<string, Kroner> {
  const list = entries(percents);
  checkWeights(list, 'nøgler');
  const decs = list.map(([, p]) => toDecimal(p));
  const scale = Math.max(...decs.map((d) => d.scale));
  const sum = decs.reduce((a, d) => a + d.digits * 10n ** BigInt(scale - d.scale), 0n);
  if (sum !== 100n * 10n ** BigInt(scale)) {
    const shown = (Number(sum) / 10 ** scale).toString().replace('.', ',');
    throw new InvalidInput(`Procenterne skal give 100 i alt, men giver ${shown}.`);
  }
  return distribute(whole, list, unit);
}

/**
 * Splits every year of a series by the same weights. Returns key → YearAmounts; a blank year
 * stays blank in every part.
 */
export function distributeSeries(
  series: YearAmounts,
  weights: Weights,
  unit: AmountUnit = 'kr',
): Record<string, YearAmounts> {
  const list = entries(weights);
  checkWeights(list, 'nøgler');
  const out: Record<string, YearAmounts> = {};
  for (const [key] of list) out[key] = {};
  for (const year of Object.keys(series)) {
    const parts = distribute(series[year] as number, list, unit);
    for (const [key] of list) (out[key] as YearAmounts)[year] = parts[key] as number;
  }
  return out;
}
