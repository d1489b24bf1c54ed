// Letter-spacing and wrapping artefacts of PDF-to-text conversion, undone as far as text allows.
//
// The converter spreads some words and numbers letter by letter ("S a m l e t  varig ændr ing",
// "- 6 3 9") and breaks others at random places ("Ti lbagebetal ingstid"). Words are separated
// by two or more blanks in such lines, letters by one. Random breaks cannot be undone without a
// dictionary, so matching is done on `squash` (all blanks removed, lower case) and display text
// only joins runs of single letters.

/** All whitespace removed, lower case: the form headings and labels are compared in. */
export function squash(text: string): string {
  // Every line is squashed, and `text.replace(/\s+/g, '')` costs per blank: copying the other
  // characters' codes by hand is markedly faster. Very long texts take the replace (an argument
  // list has a limit).
  if (text.length > SQUASH_BY_HAND_MAX) return text.replace(/\s+/g, '').toLowerCase();
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isWhitespace(c)) kept[n++] = c;
  }
  if (n === text.length) return text.toLowerCase();
  kept.length = n;
  return String.fromCharCode.apply(null, kept).toLowerCase();
}

const SQUASH_BY_HAND_MAX = 10_000;
/** The codes `squash` keeps, reused from call to call. */
const kept: number[] = [];

/** Whether a UTF-16 code is whitespace as `\s` counts it (white space and line terminators). */
export function isWhitespace(c: number): boolean {
  if (c === 32) return true;
  if (c < 160) return c >= 9 && c <= 13;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

// Regular expressions with \p{…} are module constants, never literals inside a function: tsx (esbuild,
// target node20) compiles such a literal to `new RegExp(…)`, built again on every evaluation.

/** Starts with a lower-case letter. */
export const STARTS_LOWER = /^\p{Ll}/u;

/**
 * Joins runs of single letters separated by one blank ("S a m l e t" → "Samlet", "t i lpasning"
 * → "tilpasning"), removes blanks before punctuation and collapses whitespace. Words of one
 * letter standing alone ("i", "å") are kept.
 */
export function collapseLetterSpacing(text: string): string {
  // Most prose lines need no more than trimming; one scan finds out.
  const clean = trimmedIfClean(text);
  if (clean !== null) return clean;
  // Most others have no two single letters one blank apart: only whitespace and punctuation to tidy.
  if (!hasLetterPair(text)) return collapseBlanks(text);
  // Pieces between single blanks (" ", tab, no-break space); an empty piece means one more blank,
  // so a word gap is a run of them. Found by index: `split` was half the cost of such a line.
  const out: string[] = [];
  // The word being built from a run of single letters (no closure to flush it: this loop is hot).
  let word = '';
  let run = 0; // single letters in the current run
  let prevEmpty = true;
  for (let from = 0; from <= text.length;) {
    let to = from;
    while (to < text.length && !isBlank(text.charCodeAt(to))) to++;
    if (to === from) {
      prevEmpty = true;
      from = to + 1;
      continue;
    }
    const piece = text.slice(from, to);
    from = to + 1;
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
      out.push(word + piece);
      word = '';
      run = 0;
      continue;
    }
    // A single letter that found no partner stays a word of its own.
    if (word !== '') out.push(word);
    if (single) {
      word = piece;
      run = 1;
    } else {
      word = '';
      run = 0;
      out.push(piece);
    }
  }
  if (word !== '') out.push(word);
  return tidy(out.join(' '));
}

/**
 * A letter is a character with distinct lower and upper case. ASCII is decided by its code (the
 * case mapping allocates two strings per character); other characters take the general test.
 */
function isLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return ch.toLowerCase() !== ch.toUpperCase();
}

/** `isLetter` of the character at `i` (a UTF-16 unit, as `charAt` gives it). */
function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return isLetter(text.charAt(i));
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 160;
}

/** Two single letters one blank apart ("S a"), scanned by hand: the hottest test of the importer. */
function hasLetterPair(text: string): boolean {
  for (let i = text.indexOf(' ', 1); i > 0 && i < text.length - 1; i = text.indexOf(' ', i + 1)) {
    if (!isLetterAt(text, i - 1) || !isLetterAt(text, i + 1)) continue;
    if (i >= 2 && !isBlank(text.charCodeAt(i - 2))) continue;
    if (i + 2 < text.length && !isBlank(text.charCodeAt(i + 2))) continue;
    return true;
  }
  return false;
}

/**
 * What `collapseLetterSpacing` returns when the text needs no more than trimming, else null: the
 * blanks inside are single " ", none stands before closing punctuation or after "(", and no two
 * single letters stand one blank apart (what `hasLetterPair` and `collapseBlanks` look for, in one
 * pass over the characters). Most prose lines are like that.
 */
function trimmedIfClean(text: string): string | null {
  let start = 0;
  let end = text.length;
  while (start < end && isWhitespace(text.charCodeAt(start))) start++;
  while (end > start && isWhitespace(text.charCodeAt(end - 1))) end--;
  for (let i = start + 1; i < end - 1; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32) {
      if (isWhitespace(c)) return null;
      continue;
    }
    const next = text.charCodeAt(i + 1);
    if (isWhitespace(next) || isClosingPunctuation(next) || text.charCodeAt(i - 1) === 40) return null;
    // A letter pair exactly as `hasLetterPair` sees it.
    if (
      isLetterAt(text, i - 1) &&
      isLetterAt(text, i + 1) &&
      (i < 2 || isBlank(text.charCodeAt(i - 2))) &&
      (i + 2 >= text.length || isBlank(text.charCodeAt(i + 2)))
    )
      return null;
  }
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/**
 * `tidy(text.replace(/\s+/g, ' '))` in one pass (a global replace costs per blank, and most lines
 * have many): every run of whitespace becomes one " ", except at either end, before closing
 * punctuation and after "(", where it goes.
 */
function collapseBlanks(text: string): string {
  const n = text.length;
  let i = 0;
  while (i < n && isWhitespace(text.charCodeAt(i))) i++;
  let from = i; // start of the text not yet copied to `out`
  let out = '';
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isWhitespace(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isWhitespace(text.charCodeAt(j))) j++;
    const keep = j < n && !isClosingPunctuation(text.charCodeAt(j)) && text.charCodeAt(i - 1) !== 40;
    if (keep && c === 32 && j === i + 1) {
      i = j; // a single " " that stays
      continue;
    }
    out += keep ? text.slice(from, i) + ' ' : text.slice(from, i);
    from = j;
    i = j;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** `,` `.` `;` `:` `)` `?` `!`: the characters `tidy` removes blanks before. */
function isClosingPunctuation(c: number): boolean {
  return c === 44 || c === 46 || c === 59 || c === 58 || c === 41 || c === 63 || c === 33;
}

/** A blank before closing punctuation, which `tidy` removes. */
const BLANK_BEFORE_PUNCTUATION = / [,.;:)?!]/;

/** Removes blanks before punctuation and after "(", and trims; each replace only when it applies. */
function tidy(text: string): string {
  let out = text;
  if (BLANK_BEFORE_PUNCTUATION.test(out)) out = out.replace(/ +([,.;:)?!])/g, '$1');
  if (out.includes('( ')) out = out.replace(/\( +/g, '(');
  return out.trim();
}

/** Words after which a line-end hyphen is a real hyphen ("Kultur- og Fritid…"), not a break. */
const KEEP_HYPHEN_BEFORE = new Set(['og', 'eller', 'samt', 'til', 'i', 'på']);

/**
 * Joins the lines of a wrapped label or title: a trailing "-" before a lower-case continuation is
 * a hyphenation break and disappears ("beskæftigelsesind-" + "satsen"); otherwise one blank.
 */
export function joinWrapped(parts: readonly string[]): string {
  return joinCollapsed(parts.map(collapseLetterSpacing));
}

/** A hyphen ending a word, possibly one blank after it ("ind-", "ind -"): a possible break. */
export const HYPHEN_AT_END = /\p{L} ?-$/u;

/**
 * `joinWrapped` of parts whose letter spacing is already collapsed (each part exactly as
 * `collapseLetterSpacing` returns it), so that a caller with cached lines (`collapsedLine`) need
 * not collapse them again.
 */
export function joinCollapsed(parts: readonly string[]): string {
  // Pieces are kept in an array and joined once: testing the end of a growing string would
  // flatten it on every line and make long paragraphs quadratic.
  const out: string[] = [];
  // The end of the text so far is the end of the last part added; testing that short string keeps
  // a paragraph of many hyphen-joined lines linear.
  let lastPart = '';
  for (const part of parts) {
    if (part === '') continue;
    const last = out[out.length - 1];
    if (last === undefined) {
      out.push(part);
      lastPart = part;
      continue;
    }
    // `endsWith` first: the end-anchored regex would otherwise be tried at every position.
    if (lastPart.endsWith('-') && HYPHEN_AT_END.test(lastPart) && STARTS_LOWER.test(part)) {
      const space = part.indexOf(' ');
      const firstWord = space < 0 ? part : part.slice(0, space);
      if (!KEEP_HYPHEN_BEFORE.has(firstWord)) {
        out[out.length - 1] = last.slice(0, last.length - (lastPart.endsWith(' -') ? 2 : 1)) + part;
        lastPart = part;
        continue;
      }
    }
    out.push(part);
    lastPart = part;
  }
  return out.join(' ');
}

/** The first character that is not whitespace (`text.trimStart().charAt(0)` without the copy). */
export function firstNonBlank(text: string): string {
  for (let i = 0; i < text.length; i++) if (!isWhitespace(text.charCodeAt(i))) return text.charAt(i);
  return '';
}

/** `text.trim() === ''` without making the trimmed copy (asked of every line, many end in blanks). */
export function isBlankText(text: string): boolean {
  return firstNonBlank(text) === '';
}

/** `squash` of a source line, computed once per line: readers look at each line many times. */
export function squashLine(line: { text: string; squashed?: string | undefined }): string {
  return (line.squashed ??= squash(line.text));
}

/** `collapseLetterSpacing` of a source line, computed once per line (paragraphs overlap: a
 * section's text, its follow-up table and its partner list are read from the same lines). */
export function collapsedLine(line: { text: string; collapsed?: string | undefined }): string {
  return (line.collapsed ??= collapseLetterSpacing(line.text));
}
