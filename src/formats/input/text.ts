// Text as users get it from a converter, brought to the one form the reader reads: one line per
// source line (so every source line number still points into the user's file), the marks of the
// converter removed, and table cells separated by a tab wherever the converter kept them.
//
// What is undone, line by line:
// - form feeds (`pdftotext` starts every page with one): removed, the line stays;
// - Markdown: heading marks (`# BC01 …`, `## 1. Beskrivelse`), emphasis (`**…**`, `__…__`,
//   `*…*` around words), escapes (`\-`), links (`[text](url)`), pipe tables (`| a | b |` → cells,
//   the `|---|` rule → a blank line);
// - HTML remnants: tags (`<b>`, `<p>`, `<sub>`, `<br>` …), entities (`&amp;`, `&nbsp;`), table cells
//   (`<td>…</td>` → cells); a checkbox `<input … checked …>` becomes ☒, an unchecked one ☐.
// - leaders: a run of middle dots between table cells (Gevinst's PDF export writes them, invisible,
//   so that text extractors keep a row on one line) is a column gap of blanks.
// Lines without any of these marks are returned as they are (blanks included: letter spacing and
// layout columns are read from them).
import { ImportError } from '../../core/errors.ts';
import { messageText } from '../../core/messages/index.ts';

/** A file's text and, when it was not UTF-8, the encoding it was read in. */
export interface DecodedText {
  text: string;
  /** "UTF-16" or "Windows-1252" when the bytes were not UTF-8; null for UTF-8. */
  encoding: string | null;
}

/**
 * Decodes a text file: UTF-8 (with or without BOM), UTF-16 with its BOM, or, when the bytes are
 * not valid UTF-8, Windows-1252 (what older Windows programs save). Bytes with NUL characters and
 * no UTF-16 BOM are no text: an ImportError.
 */
export function decodeText(bytes: Uint8Array, fileName: string): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16' };
  if (bytes.includes(0)) throw new ImportError(messageText('import.binary-file', { file: fileName }));
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, ''),
      encoding: null,
    };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'Windows-1252' };
  }
}

/** Characters that start one of the marks undone here; a line without them needs no work. */
const MARKS = /[\f<&*_#|\\[\u00b7]/;

/**
 * The text with every converter's marks undone (see the module comment). Line for line: the
 * result has exactly as many lines as `text`, so source line numbers keep their meaning.
 */
export function normaliseText(text: string): string {
  if (!MARKS.test(text)) return text;
  const lines = text.includes('\r') ? text.split(/\r\n|\r|\n/) : text.split('\n');
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!MARKS.test(line)) continue;
    const out = normaliseLine(line);
    if (out !== line) {
      lines[i] = out;
      changed = true;
    }
  }
  return changed ? lines.join('\n') : text;
}

const HEADING_MARK = /^\s{0,3}#{1,6}[ \t]+/;
const LEADERS = /[ \t]*\u00b7{2,}[ \t]*/g;
const PIPE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;
const CHECKBOX = /<input\b[^>]*>/gi;
const TAG = /<\/?[a-z][a-z0-9]*\b[^>]*>/gi;
const CELL = /<t[dh]\b[^>]*>([\s\S]*?)(?:<\/t[dh]>|(?=<t[dh]\b)|$)/gi;
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!|<>~])/g;
const LINK = /\[([^\]\n]+)\]\((?:[^)\s]+)(?:\s+"[^"]*")?\)/g;
/** `**bold**` or `__bold__` anywhere. */
const STRONG = /(\*\*|__)(?=\S)([^\n]*?\S)\1/g;
/** `*word*` or `_word_` between blanks or punctuation (not a footnote star: "Budget 2026*"). */
const EMPHASIS = /(^|[\s(])([*_])(?=[^\s*_])([^*_\n]*?[^\s*_])\2(?=$|[\s.,;:!?)])/g;
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  aelig: 'æ',
  oslash: 'ø',
  aring: 'å',
  AElig: 'Æ',
  Oslash: 'Ø',
  Aring: 'Å',
  eacute: 'é',
};
const ENTITY = /&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/gi;

function decodeEntity(match: string, name: string): string {
  if (name.startsWith('#')) {
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
  }
  return ENTITIES[name] ?? match;
}

/** One line with its marks undone. */
export function normaliseLine(line: string): string {
  let t = line;
  if (t.includes('\f')) t = t.replace(/\f/g, '');
  if (t.includes('\u00b7\u00b7')) t = t.replace(LEADERS, '   ');
  if (t.includes('#')) t = t.replace(HEADING_MARK, '');
  if (t.includes('<')) t = undoHtml(t);
  if (t.includes('|')) t = undoPipeTable(t);
  if (t.includes('[')) t = t.replace(LINK, '$1');
  if (t.includes('*') || t.includes('_')) t = t.replace(STRONG, '$2').replace(EMPHASIS, '$1$3');
  if (t.includes('\\')) t = t.replace(ESCAPE, '$1');
  if (t.includes('&')) t = t.replace(ENTITY, decodeEntity);
  return t;
}

function undoHtml(line: string): string {
  let t = line;
  if (/<t[dh]\b/i.test(t)) {
    const cells = [...t.matchAll(CELL)].map((m) =>
      (m[1] ?? '').replace(TAG, ' ').replace(/\s+/g, ' ').trim(),
    );
    t = cells.join('\t');
  }
  if (/<input\b/i.test(t))
    t = t.replace(CHECKBOX, (tag) =>
      /\bchecked\b/i.test(tag) && !/\bchecked\s*=\s*["']?false/i.test(tag) ? '☒' : '☐',
    );
  // <br> inside a line is a line break the conversion flattened: a blank keeps the words apart.
  return t.replace(/<br\s*\/?>/gi, ' ').replace(TAG, '');
}

/** `| a | b |` → `a\tb`; the rule under a table's header → ''. Other lines with "|" stay. */
function undoPipeTable(line: string): string {
  const trimmed = line.trim();
  if (!trimmed.startsWith('|')) return line;
  if (PIPE_RULE.test(trimmed)) return '';
  const inner = trimmed.endsWith('|') && trimmed.length > 1 ? trimmed.slice(1, -1) : trimmed.slice(1);
  // An escaped pipe (`\|`) is text inside a cell.
  return inner
    .split(/(?<!\\)\|/)
    .map((c) => c.trim().replace(/\\\|/g, '|'))
    .join('\t');
}
