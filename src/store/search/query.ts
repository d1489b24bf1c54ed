// What the part-of-word search looks for in a query, and the tsquery it becomes. The stemmed full
// text reads the query itself (websearch_to_tsquery: quotes, "or", "-word"); the part-of-word side
// only needs the words, so anything else the user typed (%, _, quotes, backslashes, brackets) is
// never part of a pattern.

/** Words shorter than this have no trigram to look up: they count as whole words only. */
export const MIN_PART_LENGTH = 3;

/** At most this many words become conditions (the longest ones, which narrow the most). */
export const MAX_WORDS = 10;

/** At most this many lexemes stand for one word (the shortest: closest to the word itself). */
export const MAX_LEXEMES = 2000;

export interface QueryWords {
  /** Lower-case words every part-of-word hit must contain, longest first. */
  include: string[];
  /** Words after a minus ("-skole") a part-of-word hit must not contain. */
  exclude: string[];
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Splits a query into the words the part-of-word search looks for. */
export function queryWords(query: string): QueryWords {
  const include = new Set<string>();
  const exclude = new Set<string>();
  for (const chunk of query.split(/\s+/)) {
    // "or" between words is websearch syntax for the full text, not a word to look for.
    if (chunk.toLowerCase() === 'or') continue;
    const target = chunk.startsWith('-') ? exclude : include;
    for (const w of chunk.toLowerCase().match(WORD) ?? []) target.add(w);
  }
  const byLength = (a: string, b: string) => b.length - a.length || a.localeCompare(b);
  return {
    include: [...include].sort(byLength).slice(0, MAX_WORDS),
    exclude: [...exclude]
      .filter((w) => !include.has(w))
      .sort(byLength)
      .slice(0, MAX_WORDS),
  };
}

/** A query word as the lexicon knows it: its stem, and the lexemes that contain it. */
export interface ExpandedWord {
  word: string;
  /** The text marked in hits: the stem (a stop word has none and is left out). */
  part: string | null;
  lexemes: string[];
}

/** A lexeme as a tsquery operand: quoted, with quotes and backslashes doubled. */
export function quoteLexeme(lexeme: string): string {
  return `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/**
 * The tsquery of a part-of-word match: each word by any lexeme that contains it, every word
 * required, the excluded ones refused. Null when it can match nothing (a word no lexeme contains)
 * or has no word to look for (only stop words).
 */
export function partQuery(include: ExpandedWord[], exclude: ExpandedWord[]): string | null {
  const words = include.filter((w) => w.part !== null);
  if (words.length === 0 || words.some((w) => w.lexemes.length === 0)) return null;
  const any = (w: ExpandedWord) => `(${w.lexemes.map(quoteLexeme).join(' | ')})`;
  return [...words.map(any), ...exclude.filter((w) => w.lexemes.length > 0).map((w) => `!${any(w)}`)].join(
    ' & ',
  );
}
