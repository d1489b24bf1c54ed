// Tab-separated tables in PDF-converted text: finding a table's extent, its year columns and unit,
// and placing each row's printed numbers onto those years. Shared by the 2021 pool reader and the
// 2025 cross-cutting reader, whose tables keep the PDF's cell boundaries as tabs.
import { detectUnit, tryParseAmount } from '../../core/amount.ts';
import type { AmountUnit, Kroner, Warning, YearAmounts } from '../../core/model.ts';
import { collapseLetterSpacing } from './letter-spacing.ts';
import type { SourceLine } from './reader.ts';

const NEEDS_CLEANING = /[<*\u00a0\u202f\uf0b7\t\n\r]|\s\s/;

/** Removes conversion remnants from a cell or line: HTML tags, markdown emphasis, odd blanks. */
export function cleanText(text: string): string {
  // Most lines carry no remnant: skip the regex chain for them (it dominates import time).
  if (!NEEDS_CLEANING.test(text)) return text.trim();
  return text
    .replace(/<input[^>]*>/gi, ' ')
    .replace(/<\/?[a-z][a-z0-9]*\b[^>]*>/gi, ' ')
    .replace(/\*\*/g, '')
    .replace(/[\u00a0\u202f\uf0b7]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const cleaned = new WeakMap<SourceLine, string>();

/** cleanText of a source line, computed once: the readers look at each line several times. */
export function cleanLine(line: SourceLine): string {
  let t = cleaned.get(line);
  if (t === undefined) {
    t = cleanText(line.text);
    cleaned.set(line, t);
  }
  return t;
}

/** A table row: cleaned cells, with the raw cells kept for checkbox detection. */
export interface Row {
  n: number;
  cells: string[];
  raw: string[];
}

export function toRow(line: SourceLine): Row {
  const raw = line.text.split('\t');
  const cells = raw.map(cleanText);
  // Labels may be letter-spaced ("S a m l e t  varig ændring"); numbers parse with blanks anyway.
  if (cells[0]) cells[0] = collapseLetterSpacing(cells[0]);
  return { n: line.n, raw, cells };
}

/** A cell that is only a year ("2025", letter-spaced "2 0 2 5"). */
export function yearOf(cell: string): number | null {
  if (cell.length < 4 || cell.length > 12) return null;
  const s = cell.replace(/\s+/g, '');
  return /^(19|20)\d\d$/.test(s) ? Number(s) : null;
}

/** Horizontal rule rows the conversion draws with dashes ("-----→--→--"): not data. */
export function isRuleRow(row: Row): boolean {
  const filled = row.cells.filter((c) => c !== '');
  return filled.length > 0 && filled.every((c) => /^-{2,}$/.test(c)) && filled.some((c) => c.length >= 4);
}

/**
 * The lines of the table that starts at or after index `from` (the first line with a tab).
 * A table runs over tab lines; a blank line stays inside it when the next non-blank line is again
 * a tab line (page breaks and the conversion leave blank lines inside tables). It stops at `stop`.
 */
export function tableAt(
  lines: SourceLine[],
  from: number,
  stop: number,
): { rows: Row[]; start: number; end: number } | null {
  let i = from;
  while (i < stop && !(lines[i]?.text.includes('\t') ?? false)) i++;
  if (i >= stop) return null;
  const start = i;
  const rows: Row[] = [];
  while (i < stop) {
    const line = lines[i];
    if (!line) break;
    if (line.text.includes('\t')) {
      const row = toRow(line);
      if (!isRuleRow(row)) rows.push(row);
      i++;
      continue;
    }
    if (line.text.trim() === '') {
      let j = i + 1;
      while (j < stop && lines[j]?.text.trim() === '') j++;
      if (j < stop && lines[j]?.text.includes('\t')) {
        i = j;
        continue;
      }
    }
    break;
  }
  return { rows, start, end: i };
}

/** Year columns of a table: the first row holding at least two year cells. */
export interface YearHeader {
  /** Index into the rows of the year row. */
  rowIndex: number;
  years: number[];
  /** Cell index of each year. */
  cols: number[];
  /** Number of cells of the year row. */
  width: number;
}

export function findYearHeader(rows: Row[], warnings: Warning[], maxRows = 4): YearHeader | null {
  for (let r = 0; r < Math.min(rows.length, maxRows); r++) {
    const row = rows[r];
    if (!row) continue;
    const years: number[] = [];
    const cols: number[] = [];
    row.cells.forEach((c, i) => {
      const y = yearOf(c);
      if (y === null) return;
      if (years.includes(y)) {
        warnings.push({
          message: `Årstallet ${y} står to gange i tabellens overskrift; den gentagne kolonne er ikke læst.`,
          sourceLine: row.n,
        });
        return;
      }
      years.push(y);
      cols.push(i);
    });
    if (years.length >= 2) return { rowIndex: r, years, cols, width: row.cells.length };
  }
  return null;
}

/** Unit and price-level year from the header rows ("1.000 kr. 2025 p/l", the "p/1" misprint too). */
export function readUnitAndLevel(texts: string[]): {
  unit: AmountUnit | null;
  priceLevelYear: number | null;
} {
  let unit: AmountUnit | null = null;
  let priceLevelYear: number | null = null;
  for (const t of texts) {
    unit ??= /kr/i.test(t) ? detectUnit(t) : null;
    const m = /((?:19|20)\d\d)\s*p\s*\/\s*[l1]/i.exec(t);
    if (m && priceLevelYear === null) priceLevelYear = Number(m[1]);
  }
  return { unit, priceLevelYear };
}

/** Parses one printed amount cell, or records a warning and returns null. */
export function amountCell(
  cell: string,
  unit: AmountUnit,
  sourceLine: number,
  warnings: Warning[],
  what: string,
): Kroner | null {
  if (cell === '') return null;
  const v = tryParseAmount(cell, unit);
  if (typeof v === 'number') return v;
  warnings.push({ message: `${what}: "${cell}" kan ikke læses som et beløb og er udeladt.`, sourceLine });
  return null;
}

export function isAmountText(cell: string): boolean {
  return cell !== '' && typeof tryParseAmount(cell, 'mio.kr') === 'number';
}

/**
 * Places a row's numbers onto the header's years. Normally by cell position (the conversion keeps
 * empty cells). When the row is shorter than the year row and holds exactly one number per year,
 * the conversion has dropped a cell in front: the numbers are placed in order, with a warning.
 */
export function placeRow(
  row: Row,
  header: YearHeader,
  unit: AmountUnit,
  warnings: Warning[],
  what: string,
  /** Columns after the years that hold other fields ("Samlet investering", "Godkendt med"). */
  otherCols: number[] = [],
): YearAmounts {
  const amounts: YearAmounts = {};
  const firstCol = header.cols[0] ?? 1;
  const numericAfterLabel = row.cells
    .map((c, i) => ({ c, i }))
    .filter(({ c, i }) => i > 0 && isAmountText(c));
  const inYearCols = numericAfterLabel.filter(({ i }) => header.cols.includes(i));
  const short = row.cells.length < header.width;
  if (
    short &&
    numericAfterLabel.length === header.years.length &&
    inYearCols.length < numericAfterLabel.length
  ) {
    numericAfterLabel.forEach(({ c }, k) => {
      const year = header.years[k];
      if (year === undefined) return;
      const v = amountCell(c, unit, row.n, warnings, what);
      if (v !== null) amounts[String(year)] = v;
    });
    warnings.push({
      message: `${what}: rækken mangler en celle; dens ${numericAfterLabel.length} tal er placeret i årsrækkefølge ${header.years[0]}-${header.years[header.years.length - 1]} (gæt ud fra antallet).`,
      sourceLine: row.n,
    });
    return amounts;
  }
  header.cols.forEach((col, k) => {
    const year = header.years[k];
    const cell = row.cells[col] ?? '';
    if (year === undefined || cell === '') return;
    const v = amountCell(cell, unit, row.n, warnings, what);
    if (v !== null) amounts[String(year)] = v;
  });
  const lastYearCol = header.cols[header.cols.length - 1]!;
  const stray = row.cells.filter((c, i) => i > lastYearCol && c !== '' && !otherCols.includes(i));
  if (stray.length > 0) {
    warnings.push({
      message: `${what}: rækken har flere felter end tabellens årskolonner; "${stray.join(' ')}" er ikke læst.`,
      sourceLine: row.n,
    });
  }
  const full = header.cols.every((col) => (row.cells[col] ?? '') !== '');
  const numericBefore = row.cells.slice(1, firstCol).filter((c) => /^-?\d[\d.,]*$/.test(c));
  if (full && numericBefore.length > 0 && header.cols.length > 0) {
    warnings.push({
      message: `${what}: rækken har et tal mere ("${numericBefore.join(' ')}") end der er årskolonner; det er læst som tekst, og årenes placering bør kontrolleres.`,
      sourceLine: row.n,
    });
  }
  return amounts;
}

/** The first line index at or after `from` whose cleaned text satisfies `test`, before `stop`. */
export function findLine(
  lines: SourceLine[],
  from: number,
  stop: number,
  test: (text: string) => boolean,
): number {
  for (let i = from; i < stop; i++) {
    const l = lines[i];
    if (l && test(cleanLine(l))) return i;
  }
  return -1;
}

/** Lowercase letters only: how labels and names are compared ("Om- sorgs" = "Omsorgs"). */
export function letterKey(text: string): string {
  return text.toLowerCase().replace(/[^a-zæøåé]/g, '');
}
