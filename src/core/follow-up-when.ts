// The "Hvornår gennemføres opfølgningen?" column of a follow-up table is free Danish text:
// "Q2 2026", "2Q 2025", "Tredje kvartal 2025", "1. halvår 2021", "Medio 2025", "Ultimo 2024",
// "Primo 2025 (løbende)", "Kvartalsvis", "Årligt fra 2022", "Dec. 2026". Following a proposal up
// needs it as a date (when the follow-up is due) and a recurrence. This module reads the forms
// the published catalogs use; text it cannot read gives null, never a guessed date.
//
// Conventions (docs/engine.md): a period is due on its last day ("Q2 2026" → 2026-06-30); primo is
// the first quarter of the year, medio June–July, ultimo December, "sommeren" June–August.

import { DANISH_MONTH_WORDS, danishMonth } from './danish-dates.ts';

export type FollowUpRecurrence = 'løbende' | 'månedlig' | 'kvartalsvis' | 'halvårlig' | 'årlig';

export interface FollowUpWhen {
  /** First day of the named period (ISO date), or null when only a recurrence is named. */
  from: string | null;
  /** Last day of the named period: when the (first) follow-up is due. */
  due: string | null;
  recurrence: FollowUpRecurrence | null;
}

const ORDINALS: Record<string, number> = { første: 1, andet: 2, anden: 2, tredje: 3, fjerde: 4 };

const MONTH = `(?:${DANISH_MONTH_WORDS.join('|')})\\.?`;
const YEAR = '(?:19|20)\\d\\d';
const ORDINAL = '(?:første|andet|anden|tredje|fjerde)';

/**
 * One "when" phrase. Alternatives, in order: quarter, half year, month (with a part-of-year word
 * before it), part of year, season, a bare year; then the recurrences. The phrase may be led by
 * "fra", "udgangen af", "ca." and may end with a full stop or "(løbende)".
 */
const PERIOD =
  `(?:(?:primo|medio|ultimo)\\s+)?(?:q\\s?[1-4]|[1-4]\\s?q|[1-4]\\.\\s*kvartal|${ORDINAL}\\s+kvartal)\\s+${YEAR}` +
  `|[12]\\.\\s*halvår\\s+${YEAR}` +
  `|(?:(?:primo|medio|ultimo)\\s+)?${MONTH}(?:\\s+${YEAR})?` +
  `|(?:primo|medio|ultimo)\\s+${YEAR}` +
  `|sommeren\\s+${YEAR}` +
  `|${YEAR}`;
const RECURRENCE =
  '(?:løbende|månedlig[t]?|kvartalsvis[t]?|halvårlig[t]?|årlig[t]?|hvert\\s+kvartal|hvert\\s+halve\\s+år|hvert\\s+år)';
const LEAD = '(?:(?:fra|senest|udgangen\\s+af|ca\\.|opgøres|påbegyndes)\\s+)?';
const PHRASE = `${LEAD}(?:(?:${PERIOD})(?:\\s*\\(løbende\\))?(?:\\s+(?:og\\s+)?(?:herefter\\s+)?${RECURRENCE})?|${RECURRENCE}(?:\\s+(?:fra\\s+)?(?:${PERIOD}))?)\\.?`;

const WHOLE = new RegExp(`^${PHRASE}$`, 'iu');
const TRAILING = new RegExp(`^(.*?\\S)\\s+(${PHRASE})$`, 'iu');
const BARE_YEAR = new RegExp(`^${LEAD}${YEAR}\\.?$`, 'iu');
const PERIOD_WORD = /\d|primo|medio|ultimo/i;

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** True when the whole text is one "when" phrase ("Q2 2026", "Kvartalsvis", "Primo 2025 (løbende)"). */
export function isFollowUpWhen(text: string): boolean {
  return WHOLE.test(collapse(text));
}

/**
 * Splits a trailing "when" phrase off a text in which the converter printed two cells as one line
 * ("Koncernservice December 2026" → "Koncernservice" + "December 2026"); null when the text does
 * not end in one. A bare year ends a text too often to be cut off on its own ("Budget 2026"), so it
 * splits only after a month or part-of-year word.
 */
export function splitTrailingWhen(text: string): { before: string; when: string } | null {
  const m = TRAILING.exec(collapse(text));
  if (!m) return null;
  const when = m[2] ?? '';
  if (BARE_YEAR.test(when)) return null;
  // A month name alone ends many a sentence ("… inden juni"): it is a phrase with a year or a
  // part-of-year word only.
  if (!PERIOD_WORD.test(when) && recurrenceOf(when.toLowerCase()) === null) return null;
  return { before: m[1] ?? '', when };
}

const iso = (y: number, m: number, d: number): string =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

function lastDay(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function span(y: number, m1: number, m2: number): { from: string; due: string } {
  return { from: iso(y, m1, 1), due: iso(y, m2, lastDay(y, m2)) };
}

function recurrenceOf(s: string): FollowUpRecurrence | null {
  if (/løbende/.test(s)) return 'løbende';
  if (/månedlig/.test(s)) return 'månedlig';
  if (/kvartalsvis|hvert kvartal/.test(s)) return 'kvartalsvis';
  if (/halvårlig|hvert halve år/.test(s)) return 'halvårlig';
  if (/årlig|hvert år/.test(s)) return 'årlig';
  return null;
}

/**
 * Reads a "when" text into its period and recurrence. The first period the text names is the one
 * read ("Q4 2021 og herefter kvartalsvis opfølgning" → Q4 2021, quarterly). Null when the text
 * names neither a period nor a recurrence.
 */
export function parseFollowUpWhen(text: string): FollowUpWhen | null {
  const s = collapse(text).toLowerCase();
  const recurrence = recurrenceOf(s);
  const period = readPeriod(s);
  if (!period && !recurrence) return null;
  return { from: period?.from ?? null, due: period?.due ?? null, recurrence };
}

// Built once: a RegExp made inside the function would be compiled on every call.
const QUARTER = new RegExp(
  `(?:q\\s?([1-4])|([1-4])\\s?q|([1-4])\\.\\s*kvartal|(${ORDINAL})\\s+kvartal)\\s+(${YEAR})`,
  'u',
);
const HALF_YEAR = new RegExp(`([12])\\.\\s*halvår\\s+(${YEAR})`, 'u');
const MONTH_YEAR = new RegExp(`(?:^|[^\\p{L}])(${MONTH})\\s+(${YEAR})`, 'u');
const PART_OF_YEAR = new RegExp(`(primo|medio|ultimo)\\s+(${YEAR})`, 'u');
const SUMMER = new RegExp(`sommeren\\s+(${YEAR})`, 'u');
const A_YEAR = new RegExp(`(?:^|\\D)(${YEAR})(?:\\D|$)`, 'u');

function readPeriod(s: string): { from: string; due: string } | null {
  let m = QUARTER.exec(s);
  if (m) {
    const q = Number(m[1] ?? m[2] ?? m[3] ?? ORDINALS[m[4] ?? ''] ?? 0);
    return span(Number(m[5]), 3 * q - 2, 3 * q);
  }
  m = HALF_YEAR.exec(s);
  if (m) return m[1] === '1' ? span(Number(m[2]), 1, 6) : span(Number(m[2]), 7, 12);
  m = MONTH_YEAR.exec(s);
  if (m) {
    const month = danishMonth(m[1] ?? '');
    if (month) return span(Number(m[2]), month, month);
  }
  m = PART_OF_YEAR.exec(s);
  if (m) {
    const y = Number(m[2]);
    if (m[1] === 'primo') return span(y, 1, 3);
    if (m[1] === 'medio') return span(y, 6, 7);
    return span(y, 12, 12);
  }
  m = SUMMER.exec(s);
  if (m) return span(Number(m[1]), 6, 8);
  m = A_YEAR.exec(s);
  if (m) return span(Number(m[1]), 1, 12);
  return null;
}
