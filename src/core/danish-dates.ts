// Danish month names and dates ("29. januar 2025"), in one place for every reader and writer.

export const DANISH_MONTHS = [
  'januar',
  'februar',
  'marts',
  'april',
  'maj',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'december',
] as const;

/** Abbreviations the catalogs print ("Dec. 2026", "Primo aug. 2025"). */
const ABBREVIATIONS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  okt: 10,
  nov: 11,
  dec: 12,
};

/** Every spelling of a month a catalog uses, full names and abbreviations, longest first. */
export const DANISH_MONTH_WORDS: readonly string[] = [...DANISH_MONTHS, ...Object.keys(ABBREVIATIONS)].sort(
  (a, b) => b.length - a.length,
);

/** "januar", "Jan.", "sept" → 1–12; null for any other word. */
export function danishMonth(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  const full = (DANISH_MONTHS as readonly string[]).indexOf(w);
  if (full >= 0) return full + 1;
  return ABBREVIATIONS[w] ?? null;
}

/** "2025-01-29" → "29. januar 2025"; null when the text is no ISO date. */
export function formatDanishDate(iso: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? DANISH_MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? `${Number(m[3])}. ${month} ${m[1]}` : null;
}

const COPENHAGEN_DAY = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' });

/**
 * The municipality's calendar day of a moment (a Date or an ISO timestamp) as yyyy-mm-dd, in
 * Copenhagen whatever the server's or the browser's time zone: a figure confirmed at 00.30 on
 * 7 December was confirmed on the 7th, though UTC still says the 6th.
 */
export function danishDay(at: Date | string): string {
  const d = typeof at === 'string' ? new Date(at) : at;
  // sv-SE writes ISO dates.
  return COPENHAGEN_DAY.format(d);
}

/** A moment's calendar day in Copenhagen as "3. december 2026". */
export function formatDanishDay(d: Date): string {
  return formatDanishDate(danishDay(d)) ?? '';
}

/** y-m-d as ISO, or null when it is no day of the calendar ("31.02.2025" is a misprint, not a date). */
function isoDay(y: number, m: number, d: number): string | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const NUMERIC_DATE = /(\d{1,2})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{4})/g;
/** "22/1 2024": day and month with a slash, the year after a blank. */
const SLASH_DATE = /(\d{1,2})\/(\d{1,2})\s+(\d{4})/g;
const NAMED_DATE = new RegExp(`(\\d{1,2})\\.?\\s*(${DANISH_MONTH_WORDS.join('|')})\\.?\\s+(\\d{4})`, 'g');

/**
 * The first readable date in a Danish text, as ISO ("2025-01-29"): "29. januar 2025",
 * "28-05-2020", "29.01.2025", "22/1-2024", "22/1 2024", also letter-spaced ("2 9 .  januar 2 0 2 5").
 * Only days of the calendar count; null when there is none. Every reader uses this one parser.
 */
export function parseDanishDate(text: string): string | null {
  const s = text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    // Letter-spaced digits ("2 0 2 5") are one number; "22/1 2024" stays apart.
    .replace(/\b\d(?: \d\b)+/g, (m) => m.replace(/ /g, ''))
    .replace(/(\d) \./g, '$1.');
  let best: { at: number; date: string } | null = null;
  const consider = (at: number, date: string | null) => {
    if (date !== null && (best === null || at < best.at)) best = { at, date };
  };
  for (const m of s.matchAll(NUMERIC_DATE))
    consider(m.index, isoDay(Number(m[3]), Number(m[2]), Number(m[1])));
  for (const m of s.matchAll(SLASH_DATE)) consider(m.index, isoDay(Number(m[3]), Number(m[2]), Number(m[1])));
  for (const m of s.matchAll(NAMED_DATE)) {
    const month = danishMonth(m[2] ?? '');
    if (month !== null) consider(m.index, isoDay(Number(m[3]), month, Number(m[1])));
  }
  return (best as { at: number; date: string } | null)?.date ?? null;
}
