// Letter-spacing and wrapping artefacts of PDF-to-text conversion, undone as far as text allows.
//
// The converter spreads some words and numbers letter by letter ("S a m l e t  varig ændr ing",
// "- 6 3 9") and breaks others at random places ("Ti lbagebetal ingstid"). Words are separated
// by two or more blanks in such lines, letters by one. Random breaks cannot be undone without a
// dictionary, so matching is done on `squash` (all blanks removed, lower case) and display text
// only joins runs of single letters.

/** All whitespace removed, lower case: the form headings and labels are compared in. */
export function squash(text: string): string {
  return text.replace(/\s+/g, '').toLowerCase();
}

const SINGLE_LETTER = /^[\p{L}]$/u;
const STARTS_LOWER = /^\p{Ll}/u;

/**
 * Joins runs of single letters separated by one blank ("S a m l e t" → "Samlet", "t i lpasning"
 * → "tilpasning"), removes blanks before punctuation and collapses whitespace. Words of one
 * letter standing alone ("i", "å") are kept.
 */
export function collapseLetterSpacing(text: string): string {
  // Most lines have no two single letters one blank apart: only whitespace and punctuation to tidy.
  if (!LETTER_PAIR.test(text)) return tidy(text.replace(/\s+/g, ' '));
  // Tokens with the size of the gap before each: one blank joins letters, more separates words.
  const tokens: { t: string; gap: number }[] = [];
  const re = /\S+/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    tokens.push({ t: m[0], gap: tokens.length === 0 ? 0 : m.index - last });
    last = m.index + m[0].length;
  }
  const out: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    const tok = tokens[i]!;
    if (SINGLE_LETTER.test(tok.t)) {
      let j = i + 1;
      let word = tok.t;
      while (j < tokens.length && tokens[j]!.gap === 1 && SINGLE_LETTER.test(tokens[j]!.t)) {
        word += tokens[j]!.t;
        j++;
      }
      if (j - i >= 2) {
        // The run often continues into the rest of its word ("t i lpasning").
        const next = tokens[j];
        if (next && next.gap === 1 && STARTS_LOWER.test(next.t)) {
          word += next.t;
          j++;
        }
        out.push(word);
        i = j;
        continue;
      }
    }
    out.push(tok.t);
    i++;
  }
  return tidy(out.join(' '));
}

const LETTER_PAIR = /(?:^|\s)\p{L} \p{L}(?=\s|$)/u;

function tidy(text: string): string {
  return text.replace(/ +([,.;:)?!])/g, '$1').replace(/\( +/g, '(').trim();
}

/** Words after which a line-end hyphen is a real hyphen ("Kultur- og Fritid…"), not a break. */
const KEEP_HYPHEN_BEFORE = new Set(['og', 'eller', 'samt', 'til', 'i', 'på']);

/**
 * Joins the lines of a wrapped label or title: a trailing "-" before a lower-case continuation is
 * a hyphenation break and disappears ("beskæftigelsesind-" + "satsen"); otherwise one blank.
 */
export function joinWrapped(parts: readonly string[]): string {
  // Pieces are kept in an array and joined once: testing the end of a growing string would
  // flatten it on every line and make long paragraphs quadratic.
  const out: string[] = [];
  for (const raw of parts) {
    const part = collapseLetterSpacing(raw);
    if (part === '') continue;
    const last = out[out.length - 1];
    if (last === undefined) {
      out.push(part);
      continue;
    }
    const space = part.indexOf(' ');
    const firstWord = space < 0 ? part : part.slice(0, space);
    if (/\p{L} ?-$/u.test(last) && STARTS_LOWER.test(part) && !KEEP_HYPHEN_BEFORE.has(firstWord)) {
      out[out.length - 1] = last.replace(/ ?-$/, '') + part;
    } else {
      out.push(part);
    }
  }
  return out.join(' ');
}

const SQUASHED = Symbol('squashed');

/** `squash` of a source line, computed once per line: readers look at each line many times. */
export function squashLine(line: { text: string }): string {
  const cached = line as { text: string; [SQUASHED]?: string };
  return (cached[SQUASHED] ??= squash(line.text));
}
