// The building blocks of every schema in Gevinst: texts, kroner, years and lists with the bounds a
// finance officer never hits, so a hostile or broken body is refused before any engine code runs
// (and the engine's memory never grows with a number in the input: a year is 1900–2200, a table
// has at most 30 year columns).
import * as z from 'zod';
// Installs the Danish error map before any schema is built.
import './errors.ts';

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;
/** The most year columns a table may have (the corpus has 6; a long plan perhaps 20). */
export const MAX_YEAR_COLUMNS = 30;
/** |amount| ≤ 10¹² kr.: a thousand billion kroner, far beyond any municipal budget. */
export const MAX_KRONER = 1_000_000_000_000;

/** No NUL, and no lone UTF-16 surrogate (it cannot be stored in PostgreSQL nor printed). */
// eslint-disable-next-line no-control-regex -- the NUL character is exactly what is refused
const BAD_CHARACTERS = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function hasBadCharacters(text: string): boolean {
  return BAD_CHARACTERS.test(text);
}

/** A text of at most `max` characters without NUL or lone surrogates. */
export function text(max: number) {
  return z
    .string({ error: (i) => (i.input === undefined ? 'mangler' : 'skal være en tekst') })
    .max(max, { error: `må højst have ${max.toLocaleString('da-DK')} tegn` })
    .refine((s) => !hasBadCharacters(s), { error: 'indeholder et ugyldigt tegn (NUL eller et halvt tegn)' });
}

/** Lengths, chosen far above what the corpus holds (its longest section is about 12.000 characters). */
export const LIMITS = {
  ref: 100,
  title: 1_000,
  label: 2_000,
  name: 2_000,
  shortText: 10_000,
  longText: 200_000,
  lines: 500,
  sections: 200,
  rows: 2_000,
  tables: 100,
  listItems: 1_000,
  proposals: 50_000,
} as const;

export const kroner = z
  .number({ error: (i) => (i.input === undefined ? 'mangler' : 'skal være et helt antal kroner') })
  .int({ error: 'skal være et helt antal kroner' })
  .min(-MAX_KRONER, { error: 'er for stort (højst 1.000 mia. kr.)' })
  .max(MAX_KRONER, { error: 'er for stort (højst 1.000 mia. kr.)' });

export const year = z
  .number({ error: (i) => (i.input === undefined ? 'mangler' : 'skal være et årstal') })
  .int({ error: 'skal være et årstal' })
  .min(MIN_YEAR, { error: `skal være et årstal fra ${MIN_YEAR} til ${MAX_YEAR}` })
  .max(MAX_YEAR, { error: `skal være et årstal fra ${MIN_YEAR} til ${MAX_YEAR}` });

export const yearKey = z
  .string()
  .regex(/^\d{4}$/, { error: 'er ikke et firecifret årstal' })
  .refine((k) => Number(k) >= MIN_YEAR && Number(k) <= MAX_YEAR, {
    error: `skal være et årstal fra ${MIN_YEAR} til ${MAX_YEAR}`,
  });

/** Year ("2026") → kroner. An absent key is a blank cell, never 0. */
export const yearAmounts = z
  .record(yearKey, kroner, {
    error: (i) => (i.input === undefined ? 'mangler' : 'skal være et objekt med årstal og beløb i kroner'),
  })
  .refine((r) => Object.keys(r).length <= MAX_YEAR_COLUMNS, {
    error: `må højst have ${MAX_YEAR_COLUMNS} år`,
  });

export const sourceLine = z
  .number({ error: 'skal være et linjenummer eller null' })
  .int({ error: 'skal være et linjenummer' })
  .min(0, { error: 'skal være et linjenummer' })
  .max(100_000_000, { error: 'skal være et linjenummer' });

/** A list of at most `max` elements, each checked by `element`. */
export function list<T extends z.ZodType>(element: T, max: number) {
  return z
    .array(element, { error: (i) => (i.input === undefined ? 'mangler' : 'skal være en liste') })
    .max(max, { error: `må højst have ${max.toLocaleString('da-DK')} elementer` });
}

export const BUDGET_AREAS = [
  'service',
  'anlaeg',
  'overfoersler',
  'efterspoergselsstyret',
  'finansposter',
] as const;
export const budgetArea = z.enum(BUDGET_AREAS, {
  error: `skal være en af ${BUDGET_AREAS.join(', ')}`,
});

export const AMOUNT_UNITS = ['kr', 't.kr', 'mio.kr'] as const;
export const amountUnit = z.enum(AMOUNT_UNITS, { error: 'skal være "kr", "t.kr" eller "mio.kr"' });

export const PROPOSAL_KINDS = ['investering', 'effektivisering', 'foranalyse'] as const;
export const proposalKind = z.enum(PROPOSAL_KINDS, {
  error: 'skal være "investering", "effektivisering" eller "foranalyse"',
});

export const SECTIONS = ['varig', 'implementering'] as const;
export const section = z.enum(SECTIONS, { error: 'skal være "varig" eller "implementering"' });

/** An ISO date (yyyy-mm-dd) that exists in the calendar. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'skal være en dato som åååå-mm-dd' })
  .refine(
    (s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
    },
    { error: 'er ikke en dato, der findes' },
  );
