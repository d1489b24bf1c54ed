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
  return out
    .join(' ')
    .replace(/ +([,.;:)?!])/g, '$1')
    .replace(/\( +/g, '(')
    .trim();
}

/** Words after which a line-end hyphen is a real hyphen ("Kultur- og Fritid…"), not a break. */
const KEEP_HYPHEN_BEFORE = new Set(['og', 'eller', 'samt', 'til', 'i', 'på']);

/**
 * Joins the lines of a wrapped label or title: a trailing "-" before a lower-case continuation is
 * a hyphenation break and disappears ("beskæftigelsesind-" + "satsen"); otherwise one blank.
 */
export function joinWrapped(parts: readonly string[]): string {
  let acc = '';
  for (const raw of parts) {
    const part = collapseLetterSpacing(raw);
    if (part === '') continue;
    if (acc === '') {
      acc = part;
      continue;
    }
    const firstWord = part.split(' ')[0] ?? '';
    if (/\p{L} ?-$/u.test(acc) && STARTS_LOWER.test(part) && !KEEP_HYPHEN_BEFORE.has(firstWord)) {
      acc = acc.replace(/ ?-$/, '') + part;
    } else {
      acc = `${acc} ${part}`;
    }
  }
  return acc;
}

const squashed = new WeakMap<object, string>();

/** `squash` of a source line, computed once per line: readers look at each line many times. */
export function squashLine(line: { text: string }): string {
  let s = squashed.get(line);
  if (s === undefined) {
    s = squash(line.text);
    squashed.set(line, s);
  }
  return s;
}
