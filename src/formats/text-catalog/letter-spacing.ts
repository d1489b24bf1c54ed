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

const STARTS_LOWER = /^\p{Ll}/u;

/**
 * Joins runs of single letters separated by one blank ("S a m l e t" → "Samlet", "t i lpasning"
 * → "tilpasning"), removes blanks before punctuation and collapses whitespace. Words of one
 * letter standing alone ("i", "å") are kept.
 */
export function collapseLetterSpacing(text: string): string {
  // Most lines have no two single letters one blank apart: only whitespace and punctuation to tidy.
  if (!hasLetterPair(text)) return tidy(text.replace(/\s+/g, ' '));
  // Split on single blanks: an empty piece means one more blank, so a word gap is a run of them.
  const pieces = text.replace(/[\t\u00a0]/g, ' ').split(' ');
  const out: string[] = [];
  let word = '';
  let run = 0; // single letters in the current run
  let prevEmpty = true;
  const flush = () => {
    if (word !== '') out.push(word);
    word = '';
    run = 0;
  };
  for (const piece of pieces) {
    if (piece === '') {
      prevEmpty = true;
      continue;
    }
    // One blank after the previous token (letter spacing), not a word gap.
    const gapOne = !prevEmpty;
    prevEmpty = false;
    const single = piece.length === 1 && isLetter(piece);
    if (gapOne && run > 0 && single) {
      word += piece;
      run++;
      continue;
    }
    // The run often continues into the rest of its word ("t i lpasning").
    if (gapOne && run >= 2 && STARTS_LOWER.test(piece)) {
      word += piece;
      flush();
      continue;
    }
    // A single letter that found no partner stays a word of its own.
    flush();
    if (single) {
      word = piece;
      run = 1;
    } else out.push(piece);
  }
  flush();
  return tidy(out.join(' '));
}

function isLetter(ch: string): boolean {
  return ch.toLowerCase() !== ch.toUpperCase();
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 160;
}

/** Two single letters one blank apart ("S a"), scanned by hand: the hottest test of the importer. */
function hasLetterPair(text: string): boolean {
  for (let i = text.indexOf(' ', 1); i > 0 && i < text.length - 1; i = text.indexOf(' ', i + 1)) {
    if (!isLetter(text.charAt(i - 1)) || !isLetter(text.charAt(i + 1))) continue;
    if (i >= 2 && !isBlank(text.charCodeAt(i - 2))) continue;
    if (i + 2 < text.length && !isBlank(text.charCodeAt(i + 2))) continue;
    return true;
  }
  return false;
}

function tidy(text: string): string {
  return text
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
  // Pieces are kept in an array and joined once: testing the end of a growing string would
  // flatten it on every line and make long paragraphs quadratic.
  const out: string[] = [];
  // The end of the text so far is the end of the last part added; testing that short string keeps
  // a paragraph of many hyphen-joined lines linear.
  let lastPart = '';
  for (const raw of parts) {
    const part = collapseLetterSpacing(raw);
    if (part === '') continue;
    const last = out[out.length - 1];
    if (last === undefined) {
      out.push(part);
      lastPart = part;
      continue;
    }
    const space = part.indexOf(' ');
    const firstWord = space < 0 ? part : part.slice(0, space);
    if (/\p{L} ?-$/u.test(lastPart) && STARTS_LOWER.test(part) && !KEEP_HYPHEN_BEFORE.has(firstWord)) {
      out[out.length - 1] = last.slice(0, last.length - (lastPart.endsWith(' -') ? 2 : 1)) + part;
    } else {
      out.push(part);
    }
    lastPart = part;
  }
  return out.join(' ');
}

/** `squash` of a source line, computed once per line: readers look at each line many times. */
export function squashLine(line: { text: string; squashed?: string | undefined }): string {
  return (line.squashed ??= squash(line.text));
}
