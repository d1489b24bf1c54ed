// Årsværk (ÅV, full-time equivalents) priced with a rate: ÅV × rate = whole kroner.
// The rate carries its p/l year ("660 t. kr. (2025 p/l)"), so an amount can be asked for in
// another price level: the rate is converted first (price-level.ts), then multiplied.
// ÅV are decimal text as people write them ("1,3") or a number; the product is exact and rounded
// once, half away from zero, to whole kroner.

import { assertKroner, detectUnit, tryParseAmount } from './amount.ts';
import { mulRound, parseDecimal } from './decimal.ts';
import { InvalidInput } from './errors.ts';
import type { Kroner } from './model.ts';
import { DEFAULT_PRICE_INDEX, convertAmount, type PriceIndex } from './price-level.ts';

/** A yearly cost of one årsværk in a given price level. */
export interface FteRate {
  kroner: Kroner;
  priceLevelYear: number;
  /** Where the rate comes from ("CFØ-sats 2025"), shown next to amounts computed with it. */
  label?: string;
}

/** Reads "1,3" / "0,5" / 2 as ÅV; throws InvalidInput (Danish) for anything else. */
export function parseFte(fte: string | number): { digits: bigint; scale: number } {
  const d = parseDecimal(fte);
  if (d === null) {
    throw new InvalidInput(`Antal årsværk skal være et tal som "1,3", men er "${String(fte)}".`, {
      field: 'fte',
    });
  }
  return d;
}

/**
 * ÅV × rate in whole kroner, in the rate's own p/l or converted to `priceLevelYear`.
 * fteAmount("1,3", { kroner: 660_000, priceLevelYear: 2025 }) === 858_000.
 */
export function fteAmount(
  fte: string | number,
  rate: FteRate,
  priceLevelYear: number = rate.priceLevelYear,
  index: PriceIndex = DEFAULT_PRICE_INDEX,
): Kroner {
  assertKroner(rate.kroner, 'Årsværkssatsen');
  const perFte =
    priceLevelYear === rate.priceLevelYear
      ? rate.kroner
      : convertAmount(rate.kroner, rate.priceLevelYear, priceLevelYear, index);
  return mulRound(perFte, parseFte(fte));
}

/**
 * Reads a rate as prose states it: "660 t. kr. (2025 p/l)", "608 t.kr. (2026 p/l)",
 * "0,65 mio. kr. i 2025 p/l". Returns null when the text does not state an amount, a unit and a
 * p/l year (nothing is assumed).
 */
export function parseFteRate(text: string): FteRate | null {
  const m =
    /(\d[\d.,]*)\s*((?:t\.?\s?kr|tkr|mio\.?\s?kr|kr)\.?)\s*(?:\(|i\s+)?\s*(\d{4})\s*-?\s*p\s*\/\s*l/i.exec(
      text,
    );
  if (!m) return null;
  const unit = detectUnit(m[2] as string);
  if (unit === null) return null;
  const kroner = tryParseAmount(m[1] as string, unit);
  if (typeof kroner !== 'number') return null;
  return { kroner, priceLevelYear: Number(m[3]) };
}
