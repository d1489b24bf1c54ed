// The reader's line model: every input (text, Markdown, HTML, PDF, Word) reaches the reader as
// numbered lines, table cells separated by tabs where the input kept the table's grid (input/).
import type { Catalog, Proposal, Warning } from '../../core/model.ts';
import { normaliseText } from '../input/text.ts';

/** One line of the source text; `n` is 1-based, as editors and the contract count lines. */
export interface SourceLine {
  n: number;
  text: string;
  /** Cache for `squashLine` (letter-spacing.ts); splitLines sets it to undefined so every line has one shape. */
  squashed?: string | undefined;
  /** Cache for `collapsedLine` (letter-spacing.ts), likewise. */
  collapsed?: string | undefined;
}

/** What the reader found in a document, before it becomes a GevinstDocument. */
export interface ReaderResult {
  priceLevelYear: number | null;
  catalog: Catalog | null;
  proposals: Proposal[];
  warnings: Warning[];
}

/** The reader's lines of a text as a user has it: converter marks undone (input/text.ts), numbered from 1. */
export function splitLines(text: string): SourceLine[] {
  return linesOf(normaliseText(text));
}

/** Lines of a text whose marks are already undone. */
export function linesOf(text: string): SourceLine[] {
  // Splitting on a string is much faster than on a regex; without "\r" the two are the same.
  const texts = text.includes('\r') ? text.split(/\r\n|\r|\n/) : text.split('\n');
  return texts.map((t, i) => ({ n: i + 1, text: t, squashed: undefined, collapsed: undefined }));
}

/** A line that carries table cells (the input kept the grid: tabs, pipes, Word or HTML cells). */
export function hasCells(line: SourceLine): boolean {
  return line.text.includes('\t');
}

/** Odd blanks a converter leaves in cells: no-break spaces and the symbol font's bullet. */
const ODD_BLANKS = /[\u00a0\u202f\uf0b7]/g;

/** A cell's text: odd blanks made plain, runs of whitespace one blank, trimmed. */
export function cleanCell(text: string): string {
  if (!/[\u00a0\u202f\uf0b7\t\n\r]|\s\s/.test(text)) return text.trim();
  return text.replace(ODD_BLANKS, ' ').replace(/\s+/g, ' ').trim();
}

const cellCache = new WeakMap<SourceLine, string[]>();

/** The cells of a line (its text split at tabs, each cleaned); one cell for a line without tabs. */
export function cellsOf(line: SourceLine): string[] {
  let cells = cellCache.get(line);
  if (!cells) {
    cells = line.text.split('\t').map(cleanCell);
    cellCache.set(line, cells);
  }
  return cells;
}

/** A line's text cleaned as a whole (cells joined by one blank). */
export function cleanLine(line: SourceLine): string {
  return cellsOf(line)
    .filter((c) => c !== '')
    .join(' ');
}

/** Lowercase letters only: how labels and names are compared ("Om- sorgs" = "Omsorgs"). */
export function letterKey(text: string): string {
  return text.toLowerCase().replace(/[^a-zæøåé]/g, '');
}
