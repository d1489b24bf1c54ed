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

/** A moment's UTC calendar day as "3. december 2026". */
export function formatDanishDay(d: Date): string {
  return `${d.getUTCDate()}. ${DANISH_MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}
