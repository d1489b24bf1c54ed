// Highlighted search hits as structured parts ({text, hit}), never HTML: the web renders a hit in
// <mark> through React, so a proposal's text can never become markup.
//
// Two sources of hits meet here: ts_headline marks the words the stemmed full text matched
// ("skolerne" for the query "skole"), between the two private-use characters below; and the
// query's own words are marked wherever they occur, also inside a longer word ("ventilation" in
// "ventilationsanlæg"), which PostgreSQL's headline cannot do.
import { MIN_PART_LENGTH } from './query.ts';

/** ts_headline's StartSel and StopSel. The text is cleared of them before the headline is made. */
export const HIT_START = '\uE000';
export const HIT_STOP = '\uE001';

export interface TextPart {
  text: string;
  hit: boolean;
}

type Range = [start: number, end: number];

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where `word` occurs in `text`, ignoring case; a short word only as a whole word. */
function occurrences(text: string, word: string): Range[] {
  const body = escapeRegExp(word);
  const pattern = word.length < MIN_PART_LENGTH ? `(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])` : body;
  return [...text.matchAll(new RegExp(pattern, 'giu'))].map((m) => [m.index, m.index + m[0].length]);
}

/**
 * `marked` (text, possibly with ts_headline's markers) as parts, with every occurrence of `words`
 * marked too. Runs of white space become one space, so a snippet reads as one line.
 */
export function highlight(marked: string, words: readonly string[]): TextPart[] {
  const squashed = marked.replace(/\s+/g, ' ').trim();
  let text = '';
  const ranges: Range[] = [];
  let open = -1;
  for (const ch of squashed) {
    if (ch === HIT_START) open = text.length;
    else if (ch === HIT_STOP) {
      if (open >= 0 && open < text.length) ranges.push([open, text.length]);
      open = -1;
    } else text += ch;
  }
  for (const w of words) ranges.push(...occurrences(text, w));
  ranges.sort((a, b) => a[0] - b[0]);
  const parts: TextPart[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    if (from > at) parts.push({ text: text.slice(at, from), hit: false });
    const last = parts[parts.length - 1];
    // Overlapping or touching hits ("skole" stemmed and "skolebygning" in part) read as one.
    if (last?.hit && from === at) last.text += text.slice(from, end);
    else parts.push({ text: text.slice(from, end), hit: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), hit: false });
  return parts;
}

/** Whether any part is a hit. */
export const anyHit = (parts: readonly TextPart[]) => parts.some((p) => p.hit);

/** How far from a cut end a partial word is dropped (further, the word is kept as cut). */
const PARTIAL_WORD = 30;

/**
 * A window of the whole text around a part-of-word hit, with "…" where it was cut (`cutStart`,
 * `cutEnd`: the text goes on before, after it) and the partial word there dropped.
 */
export function excerpt(window: string, cutStart: boolean, cutEnd: boolean): string {
  let s = window;
  if (cutEnd) {
    const space = s.search(/\s\S*$/);
    if (space >= 0 && s.length - space <= PARTIAL_WORD) s = s.slice(0, space);
    s = `${s} …`;
  }
  if (cutStart) {
    const space = s.search(/\s/);
    if (space >= 0 && space <= PARTIAL_WORD) s = s.slice(space + 1);
    s = `… ${s}`;
  }
  return s;
}
