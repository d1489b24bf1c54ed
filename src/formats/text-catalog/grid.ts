// Tables whose grid the input kept (cells separated by tabs: a Word table, a conversion that kept
// cell boundaries, a Markdown or HTML table): finding a table's extent, its year columns and unit,
// and placing each row's printed numbers onto those years.
import { detectUnit, tryParseAmount } from '../../core/amount.ts';
import type { AmountUnit, Kroner, YearAmounts } from '../../core/model.ts';
import { collapseLetterSpacing, isBlankText } from './letter-spacing.ts';
import { cellsOf, hasCells, type SourceLine } from './reader.ts';
import { yearOf } from './table-rows.ts';

/** A table row: cleaned cells (the label's letter spacing collapsed), with its source line. */
export interface Row {
  n: number;
  cells: string[];
}

export function toRow(line: SourceLine): Row {
  const cells = [...cellsOf(line)];
  // Labels may be letter-spaced ("S a m l e t  varig ændring"); numbers parse with blanks anyway.
  if (cells[0]) cells[0] = collapseLetterSpacing(cells[0]);
  return { n: line.n, cells };
}

/** Horizontal rule rows the conversion draws with dashes ("-----→--→--"): not data. */
export function isRuleRow(row: Row): boolean {
  const filled = row.cells.filter((c) => c !== '');
  return filled.length > 0 && filled.every((c) => /^-{2,}$/.test(c)) && filled.some((c) => c.length >= 4);
}

/**
 * The grid table that starts at or after index `from` (its first line with cells), before `stop`.
 * A table runs over lines with cells; a blank line stays inside it when the next non-blank line has
 * cells again (page breaks and the conversion leave blank lines inside tables).
 */
export function tableAt(
  lines: readonly SourceLine[],
  from: number,
  stop: number,
): { rows: Row[]; start: number; end: number } | null {
  let i = from;
  while (i < stop && !hasCells(lines[i]!)) i++;
  if (i >= stop) return null;
  const start = i;
  const rows: Row[] = [];
  while (i < stop) {
    const line = lines[i]!;
    if (hasCells(line)) {
      const row = toRow(line);
      if (!isRuleRow(row)) rows.push(row);
      i++;
      continue;
    }
    if (isBlankText(line.text)) {
      let j = i + 1;
      while (j < stop && isBlankText(lines[j]!.text)) j++;
      if (j < stop && hasCells(lines[j]!)) {
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
  /** Years printed twice in the header (the repeated column is not read). */
  repeated: { year: number; n: number }[];
}

export function findYearHeader(rows: readonly Row[], maxRows = 4): YearHeader | null {
  for (let r = 0; r < Math.min(rows.length, maxRows); r++) {
    const row = rows[r]!;
    const years: number[] = [];
    const cols: number[] = [];
    const repeated: { year: number; n: number }[] = [];
    row.cells.forEach((c, i) => {
      const y = yearOf(c);
      if (y === null) return;
      if (years.includes(y)) {
        repeated.push({ year: y, n: row.n });
        return;
      }
      years.push(y);
      cols.push(i);
    });
    if (years.length >= 2) return { rowIndex: r, years, cols, width: row.cells.length, repeated };
  }
  return null;
}

/** Unit and price-level year from header texts ("1.000 kr. 2025 p/l", the "p/1" misprint too). */
export function readUnitAndLevel(texts: readonly string[]): {
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

export function isAmountText(cell: string): boolean {
  return cell !== '' && typeof tryParseAmount(cell, 'mio.kr') === 'number';
}

/** What placing a grid row found to report (the caller turns these into warnings). */
export interface PlacedRow {
  amounts: YearAmounts;
  /** Cells that are no readable amount. */
  unreadable: string[];
  /** The row lost a cell; its numbers were placed in year order (a guess by their count). */
  inOrder: { count: number; from: number; to: number } | null;
  /** Cells after the last year that are not one of `otherCols`. */
  stray: string[];
  /** A number in the text columns of a full row (read as text). */
  extraNumber: string[];
}

/**
 * Places a row's numbers onto the header's years. Normally by cell position (the conversion keeps
 * empty cells). When the row is shorter than the year row and holds exactly one number per year,
 * the conversion has dropped a cell in front: the numbers are placed in order (reported).
 */
export function placeRow(
  row: Row,
  header: YearHeader,
  unit: AmountUnit,
  /** Columns after the years that hold other fields ("Samlet investering", "Godkendt med"). */
  otherCols: number[] = [],
): PlacedRow {
  const out: PlacedRow = { amounts: {}, unreadable: [], inOrder: null, stray: [], extraNumber: [] };
  const amount = (cell: string): Kroner | null => {
    const v = tryParseAmount(cell, unit);
    if (typeof v === 'number') return v;
    out.unreadable.push(cell);
    return null;
  };
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
      const v = amount(c);
      if (v !== null) out.amounts[String(year)] = v;
    });
    out.inOrder = {
      count: numericAfterLabel.length,
      from: header.years[0]!,
      to: header.years[header.years.length - 1]!,
    };
    return out;
  }
  header.cols.forEach((col, k) => {
    const year = header.years[k];
    const cell = row.cells[col] ?? '';
    if (year === undefined || cell === '') return;
    const v = amount(cell);
    if (v !== null) out.amounts[String(year)] = v;
  });
  const lastYearCol = header.cols[header.cols.length - 1]!;
  out.stray = row.cells.filter((c, i) => i > lastYearCol && c !== '' && !otherCols.includes(i));
  const full = header.cols.every((col) => (row.cells[col] ?? '') !== '');
  const numericBefore = row.cells.slice(1, firstCol).filter((c) => /^-?\d[\d.,]*$/.test(c));
  if (full && numericBefore.length > 0 && header.cols.length > 0) out.extraNumber = numericBefore;
  return out;
}
