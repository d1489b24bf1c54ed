// Splitting a table line of PDF-converted text into its label and its value cells.
//
// Value cells come letter-spaced ("- 6 3 9  - 6 3 9"), with a blank inside the thousands
// separator ("-3 .080", "-3 .  599"), with "-" for zero, or plainly ("1.245 1.700"). Single
// digits one blank apart belong to one number; two blanks separate numbers. A run that starts
// with "0" is a row of zeros ("0 0 0 0 0 0"), never one number.
import { tryParseAmount } from '../../core/amount.ts';
import type { AmountUnit } from '../../core/model.ts';
import { collapseLetterSpacing, isWhitespace } from './letter-spacing.ts';

export interface Token {
  text: string;
  /** Offset of the token's first character in the line. */
  start: number;
  /** Blanks before the token (0 for the first). */
  gap: number;
  /** Built from single digits joined across single blanks. */
  spaced: boolean;
}

const DASH = /^[-\u2212\u2013]$/;
const DIGIT = /^\d$/;
/** Three single letters one blank apart ("V e d"), then a word gap: a letter-spaced label. */
const LETTER_SPACED_WORD = /(?:^|\s)\p{L} \p{L} \p{L}(?: \p{L})* {2}/u;
/** No amount in a table has more characters than this ("-999.999.999.999"). */
const MAX_DIGITS = 20;

/** The runs of non-whitespace (`/\S+/g`), found by hand: a regex match allocates per token. */
function rawTokens(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  let i = 0;
  while (i < text.length) {
    if (isWhitespace(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && !isWhitespace(text.charCodeAt(i))) i++;
    tokens.push({
      text: text.slice(start, i),
      start,
      gap: tokens.length === 0 ? 0 : start - last,
      spaced: false,
    });
    last = i;
  }
  return tokens;
}

/**
 * How single digits one blank apart are read: `true` glues them into one number where the line
 * looks letter-spaced, `false` keeps them separate values (a catalog row "0 8 8 8 8" is five
 * values, which only the expected column count can tell), `'always'` glues them in any line (the
 * other reading of an ambiguous "1 0", for a caller that can check it against a subtotal).
 */
export type DigitGlue = boolean | 'always';

/** Tokens of a line with letter-spaced numbers glued back together (see `DigitGlue`). */
export function numberTokens(text: string, glue: DigitGlue = true): Token[] {
  let glueDigits = glue !== false;
  // Letter-spaced lines separate their words and numbers by two or more blanks; in a line without
  // such a gap, single digits are separate values ("0 0 1 0"). The gap may stand only in the label
  // ("V e d l i g e h o l d  S e r v i c e  1 0 .000": one value, 10.000).
  if (glue === true && !/\d {2,}/.test(text) && !LETTER_SPACED_WORD.test(text)) glueDigits = false;
  const out: Token[] = [];
  for (const t of rawTokens(text)) {
    const prev = out[out.length - 1];
    // Only the ends of the previous token are looked at, and a glued number stops growing at
    // MAX_DIGITS: a line of a million spaced digits stays linear.
    if (prev && prev.text.length < MAX_DIGITS) {
      const last = prev.text.charAt(prev.text.length - 1);
      const first = t.text.charAt(0);
      const firstIsDigit = first >= '0' && first <= '9';
      // "-" followed by digits: a sign, whatever the gap ("- 6", "- 540").
      if (prev.text.length === 1 && DASH.test(prev.text) && firstIsDigit && t.gap <= 2) {
        prev.text += t.text;
        prev.spaced = DIGIT.test(t.text);
        continue;
      }
      // ".080" or "." continues the number before it ("-3 .080", "-3 .  599").
      if (first === '.' && /^\.\d*$/.test(t.text) && last >= '0' && last <= '9') {
        prev.text += t.text;
        prev.spaced = false;
        continue;
      }
      if (last === '.' && firstIsDigit && t.gap <= 2 && /^[-\u2212]?\d[\d.]*\.$/.test(prev.text)) {
        prev.text += t.text;
        prev.spaced = DIGIT.test(t.text);
        continue;
      }
      // Letter-spaced digits: one blank apart, the run not starting with a zero.
      if (glueDigits && prev.spaced && t.gap === 1 && DIGIT.test(t.text) && !/^[-\u2212]?0/.test(prev.text)) {
        prev.text += t.text;
        continue;
      }
    }
    out.push({
      text: t.text,
      start: t.start,
      gap: t.gap,
      spaced: isDigitOrSignedDigit(t.text),
    });
  }
  return out;
}

export interface ValueCell {
  /** The cell as printed after gluing ("-1.183", "-", "-2.30"). */
  raw: string;
  /** Whole kroner, or null when the cell is not a readable number (see `error`). */
  value: number | null;
  error: string | null;
}

export interface SplitRow {
  /** The text before the values, letter spacing collapsed. */
  label: string;
  values: ValueCell[];
}

/** `/^\d$/` or `/^[-\u2212]\d$/`, by character code (this runs for every token of every table line). */
function isDigitOrSignedDigit(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  if (last < 48 || last > 57) return false;
  if (text.length === 1) return true;
  const sign = text.charCodeAt(0);
  return text.length === 2 && (sign === 45 || sign === 0x2212);
}

/** A token that can stand in a value column: a number, a dash, or a broken number ("-2.30"). */
function isValueToken(text: string): boolean {
  return DASH.test(text) || /^[-\u2212]{0,2}\d[\d.,]*$/.test(text);
}

/**
 * Splits a line into label and trailing value cells. Values are read in `unit`; a cell that looks
 * numeric but is no valid amount (a truncated "-2.30") is kept with its error so the caller can
 * warn instead of guessing.
 */
export function splitRow(text: string, unit: AmountUnit, glueDigits: DigitGlue = true): SplitRow {
  const tokens = numberTokens(text, glueDigits);
  let k = tokens.length;
  while (k > 0 && isValueToken(tokens[k - 1]!.text)) k--;
  // A malformed number where the values begin is the end of the label ("hovedfunktion 6.45");
  // between values it is a broken value ("-2.30") that the caller reports.
  while (
    k < tokens.length &&
    !DASH.test(tokens[k]!.text) &&
    typeof tryParseAmount(tokens[k]!.text, unit) !== 'number'
  )
    k++;
  // Dashes alone are values only beside a number ("500 - - -"); otherwise they end a hyphenated
  // word ("implementer ingsomkostn in -").
  if (tokens.slice(k).every((t) => DASH.test(t.text))) k = tokens.length;
  const values: ValueCell[] = tokens.slice(k).map((t) => {
    const r = tryParseAmount(t.text, unit);
    return typeof r === 'number'
      ? { raw: t.text, value: r, error: null }
      : { raw: t.text, value: null, error: r.error };
  });
  // The label keeps the line's own blanks: they tell letter spacing from word spacing.
  const label = collapseLetterSpacing(k < tokens.length ? text.slice(0, tokens[k]!.start) : text);
  return { label, values };
}

/** The years of a header line ("2 0 2 5  2 0 2 6  2028"), or null when the line is not one. */
export function yearsOf(text: string): number[] | null {
  const tokens = numberTokens(text);
  if (tokens.length < 2) return null;
  const years: number[] = [];
  for (const t of tokens) {
    if (!/^(19|20)\d\d$/.test(t.text)) return null;
    years.push(Number(t.text));
  }
  for (let i = 1; i < years.length; i++) if (years[i] !== years[i - 1]! + 1) return null;
  return years;
}

/** A cell of a grid read as one value in `unit` (a cell holds one number; blanks inside it are letter spacing). */
export function cellValue(text: string, unit: AmountUnit): ValueCell {
  const r = tryParseAmount(text, unit);
  return typeof r === 'number'
    ? { raw: text, value: r, error: null }
    : { raw: text, value: null, error: r.error };
}

/** A cell that is only a year ("2025", letter-spaced "2 0 2 5"). */
export function yearOf(cell: string): number | null {
  if (cell.length < 4 || cell.length > 12) return null;
  const s = cell.replace(/\s+/g, '');
  return /^(19|20)\d\d$/.test(s) ? Number(s) : null;
}
