// Amounts: Danish number text ⇄ integer kroner, never through floating point.
//
// The documents print amounts in a table unit (kr., 1.000 kr., mio. kr.) with "." for thousands and
// "," for decimals. PDF conversion adds letter spacing ("- 6 3 9"), double minus ("--43.142"),
// "-0", a lone "-" for zero and missing separators ("1680"). parseAmount reads all of those
// straight into whole kroner by shifting the decimal point in the digit string.

import { InvalidNumber } from './errors.ts';
import type { AmountUnit, Kroner } from './model.ts';

/** Decimal places between the printed number and whole kroner. */
const UNIT_EXPONENT: Record<AmountUnit, number> = { kr: 0, 't.kr': 3, 'mio.kr': 6 };

const UNIT_LABEL: Record<AmountUnit, string> = { kr: 'kr.', 't.kr': '1.000 kr.', 'mio.kr': 'mio. kr.' };

export function unitExponent(unit: AmountUnit): number {
  return UNIT_EXPONENT[unit];
}

export function unitLabel(unit: AmountUnit): string {
  return UNIT_LABEL[unit];
}

/** Reads a unit from a table header such as "1.000 kr. 2026 p/l" or "Mio. kr. 2021 p/l". */
export function detectUnit(header: string): AmountUnit | null {
  const h = header.toLowerCase().replace(/\s+/g, ' ');
  if (/mio\.? ?kr/.test(h)) return 'mio.kr';
  if (/1\.?000 ?kr|t\. ?kr|tkr|tusinde kr/.test(h)) return 't.kr';
  if (/(^|[^a-zæøå])kr\.?/.test(h)) return 'kr';
  return null;
}

/** Throws unless the value is a safe integer: the range guard every amount passes. */
export function assertKroner(value: number, what = 'Beløbet'): Kroner {
  if (!Number.isSafeInteger(value)) {
    throw new InvalidNumber(`${what} skal være et helt antal kroner, men er ${String(value)}.`);
  }
  return value;
}

const MINUS = /^[-\u2212\u2013\u2010]+/;

/**
 * Parses a printed amount into whole kroner.
 * Accepts "-1.895", "1680", "22,1", "--43.142", "-0", "-", "- 6 3 9", "1.234,5", "−639".
 * Throws InvalidNumber (Danish message) for anything else, or for a value that is not a whole
 * number of kroner in the given unit (e.g. "0,5" in kr.).
 */
export function parseAmount(text: string, unit: AmountUnit = 'kr'): Kroner {
  const result = tryParseAmount(text, unit);
  if (typeof result === 'number') return result;
  throw new InvalidNumber(result.error);
}

/** Like parseAmount, but returns `{ error }` (a Danish reason) instead of throwing. */
export function tryParseAmount(text: string, unit: AmountUnit = 'kr'): Kroner | { error: string } {
  const shown = text.trim();
  // Letter spacing and stray blanks inside a number carry no meaning. (Tested first: importers call
  // this for every value cell, and most have no blank to remove.)
  let s = /[\s\u00a0\u202f]/.test(shown) ? shown.replace(/[\s\u00a0\u202f]+/g, '') : shown;
  if (s === '') return { error: 'Tomt felt er ikke et tal.' };
  let negative = false;
  const minus = MINUS.exec(s);
  if (minus) {
    s = s.slice(minus[0].length);
    // A lone "-" (or "--") prints zero.
    if (s === '') return 0;
    negative = true;
  } else if (s.startsWith('+')) {
    s = s.slice(1);
  }
  const m = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/.exec(s);
  if (!m) return { error: `"${shown}" er ikke et tal.` };
  const intDigits = (m[1] ?? '').replace(/\./g, '');
  let frac = m[2] ?? '';
  const exp = UNIT_EXPONENT[unit];
  if (frac.length > exp) {
    const extra = frac.slice(exp);
    if (/[^0]/.test(extra)) {
      return { error: `"${shown}" er ikke et helt antal kroner i enheden ${UNIT_LABEL[unit]}` };
    }
    frac = frac.slice(0, exp);
  }
  const digits = (intDigits + frac.padEnd(exp, '0')).replace(/^0+(?=\d)/, '');
  const value = Number(digits);
  if (!Number.isSafeInteger(value)) return { error: `"${shown}" er for stort et beløb.` };
  return negative && value !== 0 ? -value : 0 + value;
}

/**
 * An amount a person typed in a cell: as tryParseAmount, except that a blank inside the number is
 * an error, never ignored. ("1 500" may be one thousand five hundred or a paste of two cells; the
 * importers' tolerance for letter-spaced PDF text must not guess for a person.)
 */
export function parseTypedAmount(text: string, unit: AmountUnit = 'kr'): Kroner | { error: string } {
  const shown = text.trim();
  if (/[\s\u00a0\u202f]/.test(shown)) {
    return {
      error: `"${shown}" har mellemrum inde i tallet. Skriv ét tal pr. felt, fx 1.500 eller 1500.`,
    };
  }
  return tryParseAmount(shown, unit);
}

/** True when the text reads as an amount (the cheap test readers use to find value cells). */
export function looksLikeAmount(text: string): boolean {
  return typeof tryParseAmount(text, 'mio.kr') === 'number';
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/**
 * Formats kroner in a table unit the Danish way, exactly (no rounding): -1895000 in t.kr is
 * "-1.895", -1895500 is "-1.895,5". parseAmount(formatAmount(x, u), u) === x for every integer x.
 */
export function formatAmount(kroner: Kroner, unit: AmountUnit = 'kr'): string {
  assertKroner(kroner);
  const exp = UNIT_EXPONENT[unit];
  const negative = kroner < 0;
  const digits = String(Math.abs(kroner)).padStart(exp + 1, '0');
  const intPart = digits.slice(0, digits.length - exp);
  const frac = digits.slice(digits.length - exp).replace(/0+$/, '');
  const body = groupThousands(intPart) + (frac ? ',' + frac : '');
  return negative ? '-' + body : body;
}

/**
 * Formats kroner rounded to a number of decimals in a unit, half away from zero, using integer
 * arithmetic: formatRounded(22_149_999, 'mio.kr', 1) === "22,1".
 */
export function formatRounded(kroner: Kroner, unit: AmountUnit, decimals: number): string {
  assertKroner(kroner);
  const exp = UNIT_EXPONENT[unit];
  const drop = Math.max(0, exp - decimals);
  const step = 10 ** drop;
  const abs = Math.abs(kroner);
  const rounded = Math.floor(abs / step) * step + (abs % step >= step / 2 ? step : 0);
  const shown = formatAmount(rounded, unit);
  const [i, f = ''] = shown.split(',');
  const fixed = decimals > 0 ? `${i},${f.padEnd(decimals, '0').slice(0, decimals)}` : (i ?? '');
  return kroner < 0 && rounded !== 0 ? '-' + fixed : fixed;
}

/** "22,1 mio. kr." — the way prose and headlines state large amounts. */
export function formatMio(kroner: Kroner, decimals = 1): string {
  return `${formatRounded(kroner, 'mio.kr', decimals)} mio. kr.`;
}

/** "1.895.000 kr." */
export function formatKroner(kroner: Kroner): string {
  return `${formatAmount(kroner, 'kr')} kr.`;
}
