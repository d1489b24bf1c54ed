// Pris- og lønniveau (p/l): converting amounts between the price levels of two budget years.
//
// The index is DATA (data/price-index.json is the shipped default; the store keeps an edited copy
// and passes it in). Conversion from year A to year B multiplies by points[B] / points[A] exactly
// (BigInt over the decimal index points) and rounds each amount ONCE, half away from zero, to whole
// kroner, or to the table's unit when `roundTo` is given (a "1.000 kr." table stays in whole
// 1.000 kr.). Totals are never converted: derive them again from the converted lines, so they
// always add up.

import { unitExponent } from './amount.ts';
import { type Decimal, divRound, toDecimal } from './decimal.ts';
import { UnknownPriceLevel } from './errors.ts';
import type { AmountTable, AmountUnit, Economy, Kroner, YearAmounts } from './model.ts';
import shipped from './data/price-index.json' with { type: 'json' };

export interface PriceIndex {
  description?: string;
  /** The year whose level is 100 (informative only; any points work). */
  base?: number;
  /** Year ("2025") → index point (> 0). */
  points: Record<string, number>;
  /** Year → where the point comes from. */
  sources?: Record<string, string>;
}

/** The index shipped with Gevinst. */
export const DEFAULT_PRICE_INDEX: PriceIndex = shipped;

function point(index: PriceIndex, year: number): Decimal {
  const p = index.points[String(year)];
  if (p === undefined || !(p > 0)) {
    const known = Object.keys(index.points).sort().join(', ');
    throw new UnknownPriceLevel(
      `Pris- og lønniveauet for ${String(year)} kendes ikke. Indekset har ${known || 'ingen år'}; tilføj ${String(year)} i p/l-indekset.`,
    );
  }
  return toDecimal(p);
}

/** The exact factor from one p/l year to another, as numerator/denominator. */
function ratio(from: number, to: number, index: PriceIndex): { num: bigint; den: bigint } {
  const a = point(index, from);
  const b = point(index, to);
  // b/a = (b.digits / 10^b.scale) / (a.digits / 10^a.scale)
  return { num: b.digits * 10n ** BigInt(a.scale), den: a.digits * 10n ** BigInt(b.scale) };
}

/** The factor as a number, for display ("1,048"). Never used for money. */
export function priceFactor(from: number, to: number, index: PriceIndex = DEFAULT_PRICE_INDEX): number {
  const { num, den } = ratio(from, to, index);
  return Number(num) / Number(den);
}

function converter(from: number, to: number, index: PriceIndex, roundTo: AmountUnit): (k: Kroner) => Kroner {
  const { num, den } = ratio(from, to, index);
  const step = 10n ** BigInt(unitExponent(roundTo));
  return (k) => 0 + Number(divRound(BigInt(k) * num, den * step) * step);
}

/**
 * Converts an amount from the p/l of one year to another, rounded half away from zero to whole
 * kroner (or to `roundTo`). convertAmount(40_000_000, 2024, 2025) === 41_920_000.
 */
export function convertAmount(
  kroner: Kroner,
  from: number,
  to: number,
  index: PriceIndex = DEFAULT_PRICE_INDEX,
  roundTo: AmountUnit = 'kr',
): Kroner {
  return converter(from, to, index, roundTo)(kroner);
}

/** Converts every year of a series; blank years stay blank. */
export function convertSeries(
  series: YearAmounts,
  from: number,
  to: number,
  index: PriceIndex = DEFAULT_PRICE_INDEX,
  roundTo: AmountUnit = 'kr',
): YearAmounts {
  const conv = converter(from, to, index, roundTo);
  const out: YearAmounts = {};
  for (const y of Object.keys(series)) out[y] = conv(series[y] as number);
  return out;
}

function requireLevel(priceLevelYear: number | null, what: string): number {
  if (priceLevelYear === null) {
    throw new UnknownPriceLevel(`${what} har intet pris- og lønniveau (p/l), så det kan ikke omregnes.`);
  }
  return priceLevelYear;
}

/**
 * Converts an economic table to another p/l year: every line is converted and rounded to the
 * table's unit; the stated rows are converted the same way (they remain "as printed, converted").
 * Payback and other derived figures must be computed again from the result.
 */
export function convertEconomy(
  economy: Economy,
  to: number,
  index: PriceIndex = DEFAULT_PRICE_INDEX,
): Economy {
  const from = requireLevel(economy.priceLevelYear, 'Økonomitabellen');
  const conv = (s: YearAmounts): YearAmounts => convertSeries(s, from, to, index, economy.unit);
  const stated = economy.stated;
  const byArea = (m: typeof stated.permanentByArea) => {
    if (!m) return m;
    const out: typeof m = {};
    for (const [k, v] of Object.entries(m)) if (v) out[k as keyof typeof m] = conv(v);
    return out;
  };
  return {
    ...economy,
    priceLevelYear: to,
    lines: economy.lines.map((l) => ({ ...l, amounts: conv(l.amounts) })),
    stated: {
      ...stated,
      permanentChange: conv(stated.permanentChange),
      permanentByArea: byArea(stated.permanentByArea),
      implementationCost: conv(stated.implementationCost),
      implementationByArea: byArea(stated.implementationByArea),
      economicImpact: conv(stated.economicImpact),
    },
  };
}

/** Converts a generic amount table (Kvantum tables, administration effect) to another p/l year. */
export function convertAmountTable(
  table: AmountTable,
  to: number,
  index: PriceIndex = DEFAULT_PRICE_INDEX,
): AmountTable {
  const from = requireLevel(table.priceLevelYear, `Tabellen "${table.title}"`);
  return {
    ...table,
    priceLevelYear: to,
    rows: table.rows.map((r) => ({ ...r, amounts: convertSeries(r.amounts, from, to, index, table.unit) })),
  };
}
