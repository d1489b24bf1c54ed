// Words the PDF conversion broke at random places ("Automat isk udsende l se af vej ledning"),
// joined again from the document's own vocabulary: the same words almost always also stand
// unbroken somewhere else in the same text ("vejledning", "udsendelse"). No outside dictionary.
//
// A run of adjacent pieces is joined only when (1) the pieces written together occur as a whole
// word in the document and (2) the evidence says they are a broken word rather than real words
// side by side: at least one piece hardly ever stands alone except inside this very run, or the
// whole word is clearly more frequent than the pieces side by side. Numbers are never touched.
// See docs/text-format.md ("Broken words").
import type { AmountTable } from '../../core/model.ts';
import { warning } from '../../core/messages/index.ts';
import type { ReaderResult } from './reader.ts';

/** Word counts of a document, case-insensitive, and the token stream to count runs in. */
export interface Vocabulary {
  /** Lower-case word → how often it stands as a whole word (a maximal run of letters). */
  readonly counts: Map<string, number>;
  /**
   * The document as word ids (index into `words`), in order; a negative id `-1 - w` marks a word
   * that does not stand side by side with the one before it (something other than blanks between).
   */
  readonly stream: Int32Array;
  readonly words: readonly string[];
  readonly idOf: Map<string, number>;
}

/** The most pieces one broken word is made of ("Ti lbagebetal ingstid" has three). */
const MAX_PIECES = 6;

/**
 * A piece that stands alone at most this often outside the run being judged is a fragment, not a
 * word of its own.
 */
const MAX_ALONE = 1;

/** …or at most this share of the times it stands in the run (a fragment of a word broken often). */
const FRAGMENT_SHARE = 0.1;

/** The whole word must be at least this many times as frequent as the pieces side by side. */
const DOMINANCE = 3;

/**
 * The whole word must occur this often: a word seen once may itself be a fragment of a word broken
 * twice ("rehabil i tering" has "rehabili" once, from "rehabili tering" elsewhere).
 */
const MIN_WHOLE = 2;

/** Words of one letter: a single letter that is not one of them is always a fragment. */
const ONE_LETTER_WORDS = new Set(['i', 'å', 'ø']);

/** A text longer than this is prose (a section, a summary), scanned more narrowly (`opens`). */
const PROSE_LENGTH = 200;

/** A word standing alone at most this often may be a piece of a broken word ("iance"). */
const MAX_RARE = 3;

/** A word that makes up this share of the document's words is "common" (i, og, for, til …). */
const COMMON_SHARE = 0.004;

function isLetterCode(c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  // Latin-1 letters (æøåéü …) and the rest of the BMP's letters, tested by case.
  if (c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  const ch = String.fromCharCode(c);
  return ch.toLowerCase() !== ch.toUpperCase();
}

/**
 * Raw word forms by a hash of their characters, computed while scanning: a word seen before is
 * found without cutting it out of the text (most of a document's words are repeats).
 */
class RawWordTable {
  readonly words: string[] = [];
  private slots = new Int32Array(1 << 12).fill(-1);
  private hashes: number[] = [];

  /** The id of text[i, j), whose hash is `h`; a new id when the form is new. */
  idOf(text: string, i: number, j: number, h: number): number {
    const mask = this.slots.length - 1;
    const len = j - i;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const id = this.slots[s]!;
      if (id < 0) {
        const fresh = this.words.length;
        this.words.push(text.slice(i, j));
        this.hashes.push(h);
        this.slots[s] = fresh;
        if (this.words.length * 2 > this.slots.length) this.grow();
        return fresh;
      }
      const w = this.words[id]!;
      if (this.hashes[id] === h && w.length === len && text.startsWith(w, i)) return id;
    }
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    this.hashes.forEach((h, id) => {
      let s = h & mask;
      while (slots[s]! >= 0) s = (s + 1) & mask;
      slots[s] = id;
    });
    this.slots = slots;
  }
}

/** One pass over the text: every maximal run of letters is a word. */
export function buildVocabulary(text: string): Vocabulary {
  // Count raw forms first and lower-case only the distinct ones: far fewer calls.
  const table = new RawWordTable();
  let stream = new Int32Array(Math.max(1024, text.length >> 3));
  let size = 0;
  let adjacent = false; // only blanks since the previous word
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isLetterCode(c)) {
      if (c !== 32 && c !== 9 && c !== 160) adjacent = false;
      i++;
      continue;
    }
    // FNV-1a over the word's UTF-16 codes, as the scan goes.
    let h = Math.imul(0x811c9dc5 ^ c, 0x01000193);
    let j = i + 1;
    for (let d = j < n ? text.charCodeAt(j) : 0; j < n && isLetterCode(d); d = text.charCodeAt(++j))
      h = Math.imul(h ^ d, 0x01000193);
    const id = table.idOf(text, i, j, h >>> 0);
    if (size === stream.length) {
      const grown = new Int32Array(stream.length * 2);
      grown.set(stream);
      stream = grown;
    }
    stream[size++] = adjacent ? id : -1 - id;
    adjacent = true;
    i = j;
  }
  const rawWords = table.words;
  // Merge raw forms that differ only in case.
  const idOf = new Map<string, number>();
  const words: string[] = [];
  const rawToWord = new Int32Array(rawWords.length);
  rawWords.forEach((raw, r) => {
    const lower = raw.toLowerCase();
    let id = idOf.get(lower);
    if (id === undefined) {
      id = words.length;
      idOf.set(lower, id);
      words.push(lower);
    }
    rawToWord[r] = id;
  });
  const countArr = new Int32Array(words.length);
  for (let k = 0; k < size; k++) {
    const v = stream[k]!;
    const w = rawToWord[v >= 0 ? v : -1 - v]!;
    countArr[w]!++;
    stream[k] = v >= 0 ? w : -1 - w;
  }
  const counts = new Map<string, number>();
  words.forEach((w, k) => counts.set(w, countArr[k]!));
  return { counts, stream: stream.subarray(0, size), words, idOf };
}

/** How often each candidate run of pieces stands side by side in the text: one pass over the stream. */
export function countRuns(vocab: Vocabulary, runs: readonly (readonly string[])[]): Map<string, number> {
  const result = new Map<string, number>();
  // First word id → the runs (as id arrays) starting with it.
  const byFirst = new Map<number, { key: string; ids: number[] }[]>();
  for (const run of runs) {
    const key = run.join(' ');
    if (result.has(key)) continue;
    result.set(key, 0);
    const ids = run.map((p) => vocab.idOf.get(p) ?? -1);
    if (ids.includes(-1)) continue;
    const list = byFirst.get(ids[0]!);
    if (list) list.push({ key, ids });
    else byFirst.set(ids[0]!, [{ key, ids }]);
  }
  if (byFirst.size === 0) return result;
  const s = vocab.stream;
  for (let k = 0; k < s.length; k++) {
    const v = s[k]!;
    const list = byFirst.get(v >= 0 ? v : -1 - v);
    if (!list) continue;
    for (const { key, ids } of list) {
      if (k + ids.length > s.length) continue;
      let ok = true;
      for (let m = 1; m < ids.length && ok; m++) ok = s[k + m] === ids[m];
      if (ok) result.set(key, result.get(key)! + 1);
    }
  }
  return result;
}

/** A word broken at a hyphen: letters, "-", lower-case letters, and what follows the word. */
const HYPHENATED = /^(\p{L}*\p{Ll})-(\p{Ll}+)([^\p{L}\d-]*)$/u;

/** Letters only (a word piece that may be joined). */
const LETTERS = /^\p{L}+$/u;
/** A token's letter run at its end (after a hyphen or opening punctuation), and what precedes it. */
const TAIL = /^(.*?)(\p{L}+)$/su;
/** A token's letter run at its start, and what follows it (punctuation, a hyphen and more). */
const HEAD = /^(\p{L}+)(.*)$/su;

/** A decision the repair made, for tests and the warning. */
export interface Repair {
  from: string;
  to: string;
}

/** The judgement for one run: joined or not, and why (for tests and tuning). */
export interface Judgement {
  join: boolean;
  /** Which evidence decided: a piece that is a fragment, the whole word's dominance, or none. */
  reason: 'fragment' | 'dominant' | 'boundary' | 'unknown' | 'none';
  joinedCount: number;
  sideBySide: number;
  /** Per piece: how often it stands alone outside this run. */
  alone: number[];
}

/** Counts a judgement needs: words, and runs of words side by side. */
export interface Evidence {
  count(word: string): number;
  sideBySide(pieces: readonly string[]): number;
}

/** Is this piece a fragment in this run: it hardly ever stands alone anywhere else? */
function isFragment(ev: Evidence, piece: string, sideBySide: number): boolean {
  return ev.count(piece) - sideBySide <= Math.max(MAX_ALONE, FRAGMENT_SHARE * sideBySide);
}

/**
 * Could this piece be a word of its own next to a whole word seen `joined` times: it stands alone
 * at least as often as the whole word. A single letter is a fragment unless it is one of the
 * language's one-letter words (the letter-spaced lines make every letter frequent).
 */
function isWordLike(ev: Evidence, piece: string, sideBySide: number, joined: number): boolean {
  if (piece.length === 1 && !ONE_LETTER_WORDS.has(piece)) return false;
  return ev.count(piece) - sideBySide >= joined;
}

/** A piece at either end of a run that is this common is checked as a word of its own. */
function isCommon(ev: Evidence & { tokens: number }, piece: string): boolean {
  return (piece.length > 1 || ONE_LETTER_WORDS.has(piece)) && ev.count(piece) >= COMMON_SHARE * ev.tokens;
}

/**
 * Whether the lower-case pieces of one run are one broken word. See the module comment. A common
 * word at either end of a longer run must be part of the word by the counts, so "i nden for"
 * becomes "inden for", not "indenfor", where the document writes "inden for" about as often.
 */
export function judge(ev: Evidence & { tokens: number }, pieces: readonly string[]): Judgement {
  const joined = pieces.join('');
  const joinedCount = ev.count(joined);
  // The text being repaired is itself one occurrence of the run, even where the reader joined it
  // from wrapped lines and the source has it on no one line.
  const sbs = Math.max(1, ev.sideBySide(pieces));
  const alone = pieces.map((p) => ev.count(p) - sbs);
  const base = { joinedCount, sideBySide: sbs, alone };
  if (joinedCount < MIN_WHOLE) return { join: false, reason: 'unknown', ...base };
  const k = pieces.length;
  if (k > 2) {
    for (const [left, right, end] of [
      [pieces[0]!, pieces.slice(1).join(''), pieces[0]!],
      [pieces.slice(0, -1).join(''), pieces[k - 1]!, pieces[k - 1]!],
    ] as const) {
      if (!isCommon(ev, end) || ev.count(left) === 0 || ev.count(right) === 0) continue;
      if (joinedCount < DOMINANCE * Math.max(1, ev.sideBySide([left, right])))
        return { join: false, reason: 'boundary', ...base };
    }
  }
  // Next to a common word ("gevinst er", "sag er"), a rare word looks like a fragment: there only
  // the whole word's dominance counts.
  const common = pieces.some((p) => isCommon(ev, p));
  if (!common && pieces.some((p) => isFragment(ev, p, sbs)))
    return { join: true, reason: 'fragment', ...base };
  const dominant = joinedCount >= DOMINANCE * sbs;
  // With a common word among the pieces every other piece must be a fragment too ("i ngen"), else
  // "gevinst er" would become "gevinster" wherever the plural is frequent.
  if (common) {
    const rest = pieces.filter((p) => !isCommon(ev, p));
    // …and strictly so: standing alone even once elsewhere makes it a word ("En gevinst er …").
    const strict = (p: string) => ev.count(p) - sbs <= FRAGMENT_SHARE * sbs;
    if (dominant && rest.length > 0 && rest.every(strict)) return { join: true, reason: 'dominant', ...base };
    return { join: false, reason: 'none', ...base };
  }
  if (dominant && pieces.some((p) => !isWordLike(ev, p, sbs, joinedCount)))
    return { join: true, reason: 'dominant', ...base };
  return { join: false, reason: 'none', ...base };
}

/**
 * The runs of a text that could be one broken word, as lists of tokens' letter pieces: for each
 * start, runs of 2…MAX_PIECES tokens. Inner tokens must be letters only; the first may carry
 * anything before its last letter run ("(p lan lægn ing" → "(planlægning"), the last anything after
 * its first letter run ("udgif ter." → "udgifter."). A piece after the first starts in lower case
 * ("Amager Bio" are two words), and no piece touches a digit (numbers are never joined).
 */
function forEachRun(
  toks: Tokens,
  i: number,
  words: ReadonlyMap<string, number>,
  visit: (pieces: string[], last: number) => void,
  prefixes: Prefixes | null = null,
): void {
  // Scanned by hand, not with TAIL/HEAD: this runs for every word of every section.
  const t0 = toks.token(i);
  let a = t0.length;
  while (a > 0 && isLetterCode(t0.charCodeAt(a - 1))) a--;
  if (a === t0.length || (a > 0 && isDigitCode(t0.charCodeAt(a - 1)))) return;
  let joined = toks.lower(i).slice(a);
  const pieces = [joined];
  for (let j = i + 1; j < toks.length && j - i < MAX_PIECES; j++) {
    const t = toks.token(j);
    let b = 0;
    while (b < t.length && isLetterCode(t.charCodeAt(b))) b++;
    if (b === 0 || !isLowerCase(t.charAt(0)) || (b < t.length && isDigitCode(t.charCodeAt(b)))) return;
    const piece = b === t.length ? toks.lower(j) : toks.lower(j).slice(0, b);
    pieces.push(piece);
    joined += piece;
    // Only a run whose pieces make a word of the document can be joined; one that begins no word
    // need not grow.
    if (words.has(joined)) visit(pieces, j);
    else if (prefixes && !prefixes.begins(joined)) return;
    if (b < t.length) return;
  }
}

/**
 * The blank-separated tokens of a text (words broken at a hyphen joined), each cut out only when
 * asked for: in prose most tokens are only looked at for their first three characters.
 */
class Tokens {
  /** Where each token starts in the text. */
  private readonly starts: number[] = [0];
  private readonly cut: (string | undefined)[];
  private readonly lowered: (string | undefined)[];

  constructor(
    private readonly text: string,
    private readonly dehyphenated: (token: string) => string,
  ) {
    for (let k = text.indexOf(' '); k >= 0; k = text.indexOf(' ', k + 1)) this.starts.push(k + 1);
    this.cut = new Array<string | undefined>(this.starts.length);
    this.lowered = new Array<string | undefined>(this.starts.length);
  }

  get length(): number {
    return this.starts.length;
  }

  /** Whether token j begins with three letters (so it is no one- or two-letter piece). */
  beginsWithThreeLetters(j: number): boolean {
    const a = this.starts[j]!;
    const end = j + 1 < this.starts.length ? this.starts[j + 1]! - 1 : this.text.length;
    return (
      end - a >= 3 &&
      isLetterCode(this.text.charCodeAt(a)) &&
      isLetterCode(this.text.charCodeAt(a + 1)) &&
      isLetterCode(this.text.charCodeAt(a + 2))
    );
  }

  token(j: number): string {
    let t = this.cut[j];
    if (t === undefined) {
      const end = j + 1 < this.starts.length ? this.starts[j + 1]! - 1 : this.text.length;
      t = this.dehyphenated(this.text.slice(this.starts[j], end));
      this.cut[j] = t;
    }
    return t;
  }

  lower(j: number): string {
    let t = this.lowered[j];
    if (t === undefined) {
      t = this.token(j).toLowerCase();
      this.lowered[j] = t;
    }
    return t;
  }
}

/** A run of tokens that makes a word of the document: its lower-case pieces and its last token. */
interface Run {
  readonly pieces: readonly string[];
  readonly last: number;
}

/** A token where runs start, and those runs, shortest first. */
interface RunStart {
  readonly at: number;
  readonly runs: readonly Run[];
}

/** The document's words in order, to ask whether any of them begins with a text (binary search). */
class Prefixes {
  private readonly sorted: string[];
  constructor(words: readonly string[]) {
    this.sorted = [...words].sort();
  }
  begins(prefix: string): boolean {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.sorted[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.sorted.length && this.sorted[lo]!.startsWith(prefix);
  }
}

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/** A lower-case letter (what \p{Ll} matches, for letters). */
function isLowerCase(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return c >= 97 && c <= 122;
  return ch.toLowerCase() === ch && ch.toUpperCase() !== ch;
}

const STARTS_LOWER = /^\p{Ll}/u;

/** Word repair for many texts of one document, sharing one vocabulary and one pass for run counts. */
export class WordRepairer implements Evidence {
  private readonly vocab: Vocabulary;
  readonly tokens: number;
  private runCounts = new Map<string, number>();
  private readonly judged = new Map<string, boolean>();
  readonly repairs: Repair[] = [];

  private readonly prefixes: Prefixes;

  constructor(vocab: Vocabulary) {
    this.vocab = vocab;
    this.tokens = vocab.stream.length;
    this.prefixes = new Prefixes(vocab.words);
  }

  count(word: string): number {
    return this.vocab.counts.get(word) ?? 0;
  }

  private readonly suspects = new Map<string, boolean>();

  /**
   * Whether a lower-case token may be a piece of a broken word: short and no common word ("l",
   * "tn", "id"), or rare as a word of its own ("iance"). A run without such a piece is real words
   * side by side and is not even looked at: the prose is most of a document, and looking at every
   * run of it cost more than the rest of the import.
   */
  private suspect(token: string): boolean {
    let s = this.suspects.get(token);
    if (s === undefined) {
      let letters = 0;
      while (letters < token.length && isLetterCode(token.charCodeAt(letters))) letters++;
      const word = letters === token.length ? token : token.slice(0, letters);
      const n = this.count(word);
      s =
        letters > 0 &&
        ((word.length === 1 && !ONE_LETTER_WORDS.has(word)) ||
          (word.length <= 3 && n < COMMON_SHARE * this.tokens) ||
          n <= MAX_RARE);
      this.suspects.set(token, s);
    }
    return s;
  }

  private readonly shortSuspects = new Map<string, boolean>();

  /** A suspect of at most two letters ("l", "tn", "id"): what prose is scanned for. */
  private shortSuspect(token: string): boolean {
    // Most words of prose have three letters or more: decided without hashing the token.
    if (
      token.length >= 3 &&
      isLetterCode(token.charCodeAt(0)) &&
      isLetterCode(token.charCodeAt(1)) &&
      isLetterCode(token.charCodeAt(2))
    )
      return false;
    let s = this.shortSuspects.get(token);
    if (s === undefined) {
      let letters = 0;
      while (letters < token.length && isLetterCode(token.charCodeAt(letters))) letters++;
      s = letters > 0 && letters <= 2 && this.suspect(token);
      this.shortSuspects.set(token, s);
    }
    return s;
  }

  /**
   * Whether token j may be a piece of a broken word, so that a run may start at it or at the token
   * before it (see `suspect`). In prose (`strict`) only a suspect of one or two letters counts: the
   * prose is most of a document, and looking at every suspect of it cost as much as the rest of
   * the import.
   */
  private opens(toks: Tokens, j: number, strict: boolean): boolean {
    if (strict) return !toks.beginsWithThreeLetters(j) && this.shortSuspect(toks.lower(j));
    return this.suspect(toks.lower(j));
  }

  /**
   * Per text seen by `prepare`, the tokens where a run that makes a word of the document starts, and
   * those runs: `repair` then neither looks for runs again nor tokenises a text with none.
   */
  private readonly startsOf = new Map<string, RunStart[]>();

  /** Collects the candidate runs of every text, then counts them all in one pass. */
  prepare(texts: Iterable<string>): void {
    const runs: string[][] = [];
    const found: Run[] = []; // the runs from the current start (one visitor for every start)
    const visit = (pieces: string[], last: number) => {
      const run = [...pieces];
      runs.push(run);
      found.push({ pieces: run, last });
      for (let m = 1; m < pieces.length; m++) {
        const left = pieces.slice(0, m).join('');
        const right = pieces.slice(m).join('');
        if (this.vocab.counts.has(left) && this.vocab.counts.has(right)) runs.push([left, right]);
      }
    };
    for (const t of texts) {
      if (!t.includes(' ')) continue;
      const toks = new Tokens(t, this.dehyphenate);
      const strict = t.length > PROSE_LENGTH;
      const starts: RunStart[] = [];
      let nextOpens = toks.length > 1 && this.opens(toks, 0, strict);
      for (let i = 0; i + 1 < toks.length; i++) {
        // A run may start at token i when it or the next token is a suspect.
        const opens = nextOpens;
        nextOpens = this.opens(toks, i + 1, strict);
        if (!opens && !nextOpens) continue;
        found.length = 0;
        forEachRun(toks, i, this.vocab.counts, visit, this.prefixes);
        if (found.length > 0) starts.push({ at: i, runs: found.slice() });
      }
      this.startsOf.set(t, starts);
    }
    this.runCounts = countRuns(this.vocab, runs);
  }

  sideBySide(pieces: readonly string[]): number {
    return this.runCounts.get(pieces.join(' ')) ?? 0;
  }

  /** The judgement for a run of lower-case pieces (cached: titles repeat across tables). */
  private joins(pieces: readonly string[]): boolean {
    const key = pieces.join(' ');
    let j = this.judged.get(key);
    if (j === undefined) {
      j = this.vocab.counts.has(pieces.join('')) && judge(this, pieces).join;
      this.judged.set(key, j);
    }
    return j;
  }

  /**
   * Would the joined run, with the token before or after it, be a longer word of the document
   * ("udsende l se": "l se" is "lse", but "udsende"+"lse" is "udsendelse")? Then the run is a
   * piece of a word the counts did not settle, and joining only part of it would move the break.
   */
  private partOfLonger(toks: readonly string[], i: number, last: number, pieces: readonly string[]): boolean {
    const joined = pieces.join('');
    const next = toks[last + 1];
    const lastTok = toks[last]!;
    if (next !== undefined && LETTERS.test(lastTok.slice(-1))) {
      const head = HEAD.exec(next);
      const h = head && STARTS_LOWER.test(head[1]!) ? head[1]!.toLowerCase() : null;
      // "i t imer": the "t" belongs to "timer", not to "it".
      if (h && (this.vocab.counts.has(joined + h) || this.vocab.counts.has(pieces[pieces.length - 1]! + h)))
        return true;
    }
    const prev = toks[i - 1];
    if (prev !== undefined && LETTERS.test(toks[i]!.charAt(0)) && STARTS_LOWER.test(toks[i]!)) {
      const tail = TAIL.exec(prev);
      const t = tail ? tail[2]!.toLowerCase() : null;
      // "De r med": the "r" belongs to "Der" (and the whole to "Dermed"), not to "rmed".
      if (t && (this.vocab.counts.has(t + joined) || this.vocab.counts.has(t + pieces[0]!))) return true;
    }
    return false;
  }

  /**
   * A word the conversion broke with a hyphen ("personaleområ-det", "understøt-telse"): letters, a
   * hyphen, lower-case letters, and the word without the hyphen stands in the document at least
   * twice. A real compound ("it-projektmodel", "Kultur- og") has no such whole word and stays.
   */
  private readonly dehyphenate = (tok: string): string => this.dehyphenated(tok);

  private dehyphenated(tok: string): string {
    if (!tok.includes('-')) return tok;
    const m = HYPHENATED.exec(tok);
    if (!m) return tok;
    const whole = `${m[1]}${m[2]}`;
    if ((this.vocab.counts.get(whole.toLowerCase()) ?? 0) < MIN_WHOLE) return tok;
    return whole + (m[3] ?? '');
  }

  /** The tokens of a text, words broken at a hyphen joined (and recorded when `record`). */
  private tokensOf(text: string, record: boolean): string[] {
    const toks = text.split(' ');
    if (!text.includes('-')) return toks;
    return toks.map((t) => {
      const d = this.dehyphenated(t);
      if (record && d !== t) this.repairs.push({ from: t, to: d });
      return d;
    });
  }

  /** The text with broken words joined; `prepare` must have seen it. */
  repair(text: string): string {
    if (!text.includes(' ')) return text.includes('-') ? this.tokensOf(text, true)[0]! : text;
    const starts = this.startsOf.get(text);
    if (starts === undefined) throw new Error('WordRepairer.repair: text not prepared');
    if (starts.length === 0 && !text.includes('-')) return text;
    const toks = this.tokensOf(text, true);
    if (toks.length === 1) return toks[0]!;
    if (starts.length === 0) return toks.join(' ');
    const out: string[] = [];
    let i = 0;
    let next = 0; // index into starts of the first start at or after i
    while (i < toks.length) {
      while (next < starts.length && starts[next]!.at < i) next++;
      let best = i;
      let bestPieces: readonly string[] = [];
      // The longest run that joins (runs are listed shortest first).
      if (starts[next]?.at === i)
        for (const run of starts[next]!.runs)
          if (this.joins(run.pieces)) {
            best = run.last;
            bestPieces = run.pieces;
          }
      if (best !== i && this.partOfLonger(toks, i, best, bestPieces)) best = i;
      if (best === i) {
        out.push(toks[i]!);
        i++;
        continue;
      }
      const from = toks.slice(i, best + 1).join(' ');
      let to = toks.slice(i, best + 1).join('');
      // "Ku l tu r - og": the hyphen of a compound before "og"/"eller" belongs to the word.
      if (toks[best + 1] === '-' && (toks[best + 2] === 'og' || toks[best + 2] === 'eller')) {
        to += '-';
        i = best + 2;
      } else i = best + 1;
      out.push(to);
      this.repairs.push({ from, to });
    }
    return out.join(' ');
  }
}

/**
 * Below this many repairs a document shows no broken words to speak of, and what the counts would
 * join are the authors' own spellings ("nær support" beside "nærsupport" in the 2025 file): left as
 * printed.
 */
const MIN_REPAIRS = 20;

/** A display text of the document: where it is and how to write it back. */
interface Slot {
  obj: Record<string, unknown>;
  key: string;
  sourceLine: number | null;
}

function slotsOf(result: ReaderResult): Slot[] {
  const slots: Slot[] = [];
  const seen = new Set<object>();
  // A field and its holder, not closures: a large corpus has tens of thousands of these.
  const add = (obj: object, key: string, sourceLine: number | null) => {
    const v = (obj as Record<string, unknown>)[key];
    if (typeof v === 'string' && (v.includes(' ') || v.includes('-')))
      slots.push({ obj: obj as Record<string, unknown>, key, sourceLine });
  };
  const rows = (t: AmountTable | null | undefined) => {
    for (const r of t?.rows ?? []) add(r, 'label', r.sourceLine);
  };
  for (const r of [
    ...(result.catalog?.rows ?? []),
    ...(result.catalog?.tables.flatMap((t) => t.rows) ?? []),
  ]) {
    if (seen.has(r)) continue;
    seen.add(r);
    add(r, 'title', r.sourceLine);
  }
  for (const p of result.proposals) {
    add(p, 'title', p.sourceLines[0] ?? null);
    // The prose too: search and exports should see whole words.
    add(p, 'summary', p.sourceLines[0] ?? null);
    for (const s of p.sections) add(s, 'text', s.sourceLine);
    if (p.risk) add(p.risk, 'text', p.risk.sourceLine);
    for (const c of p.consultations) add(c, 'text', c.sourceLine);
    p.partners.forEach((_, k) => add(p.partners, String(k), p.sourceLines[0] ?? null));
    for (const l of p.economy?.lines ?? []) add(l, 'label', l.sourceLine);
    rows(p.administrationEffect);
    for (const t of p.kvantumTables) rows(t);
    for (const t of p.detailTables ?? []) rows(t);
    for (const f of p.followUp) {
      add(f, 'target', f.sourceLine);
      add(f, 'measure', f.sourceLine);
      add(f, 'responsible', f.sourceLine);
      add(f, 'when', f.sourceLine);
    }
  }
  return slots;
}

/**
 * Joins broken words in the document's display texts (titles, catalog rows, economy and table row
 * labels, follow-up cells, and the prose: summary, sections, risk, consultations, partners) from
 * the vocabulary of `text`, and adds one warning that says so. Changes `result` in place. Nothing
 * is changed in a document with fewer than MIN_REPAIRS repairs (docs/text-format.md, "Broken
 * words").
 */
export function repairDocumentWords(result: ReaderResult, text: string): Repair[] {
  const slots = slotsOf(result);
  if (slots.length === 0) return [];
  const repairer = new WordRepairer(buildVocabulary(text));
  const texts = slots.map((s) => s.obj[s.key] as string);
  // Titles repeat (catalog tables, the proposal heading): each distinct text is judged once, and
  // its repairs count again wherever it stands.
  repairer.prepare(new Set(texts));
  const done = new Map<string, { fixed: string; repairs: Repair[] }>();
  const firstRepair: number[] = []; // index into repairer.repairs of each text's first repair
  const fixed = texts.map((t) => {
    firstRepair.push(repairer.repairs.length);
    const known = done.get(t);
    if (known) {
      repairer.repairs.push(...known.repairs);
      return known.fixed;
    }
    const before = repairer.repairs.length;
    const result = repairer.repair(t);
    done.set(t, { fixed: result, repairs: repairer.repairs.slice(before) });
    return result;
  });
  // Too few repairs: the document shows no broken words to speak of (see MIN_REPAIRS).
  if (repairer.repairs.length < MIN_REPAIRS) return [];
  let first: { repair: Repair; line: number | null } | null = null;
  slots.forEach((slot, k) => {
    if (fixed[k] === texts[k]) return;
    slot.obj[slot.key] = fixed[k]!;
    const line = slot.sourceLine;
    if (!first || (line !== null && (first.line === null || line < first.line)))
      first = { repair: repairer.repairs[firstRepair[k]!]!, line };
  });
  if (!first) return [];
  const f: { repair: Repair; line: number | null } = first;
  result.warnings.push(
    warning(
      'words.repaired',
      { count: repairer.repairs.length, from: f.repair.from, to: f.repair.to, line: f.line },
      { sourceLine: f.line },
    ),
  );
  return repairer.repairs;
}
