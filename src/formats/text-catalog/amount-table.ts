// The year tables of a proposal other than its economic table: effect on administration (Tabel
// 2/3), the Kvantum tables A–E, the 2021 technical annex (Tabel 1.13–1.17) and the detail tables
// ("Fordeling på udvalg", "Varige ændringer, service" …), each read into an AmountTable: a label
// (and committee, where the rows are committees) and the amounts per year of every row.
// A grid table places each value by its cell; a table printed as text places short rows against
// the table's total row (placement.ts).
import type { AmountTable, AmountTableRow, AmountUnit } from '../../core/model.ts';
import { findYearHeader, isAmountText, placeRow, readUnitAndLevel, type Row } from './grid.ts';
import {
  collapseLetterSpacing,
  isBlankText,
  joinWrapped,
  squash,
  squashLine,
  STARTS_LOWER,
} from './letter-spacing.ts';
import { committeeId } from './names.ts';
import { placeRows } from './placement.ts';
import type { SourceLine } from './reader.ts';
import { splitRow, yearOf, yearsOf } from './table-rows.ts';
import type { Warn } from './warn.ts';

const isUnitRow = (r: Row): boolean =>
  r.cells.some((c) => /kr\.?.*p\s*\/\s*[l1]\b/i.test(c)) &&
  r.cells.every((c) => c === '' || !isAmountText(c));
const isYearRow = (r: Row): boolean => r.cells.filter((c) => yearOf(c) !== null).length >= 2;

/** A grid table printed in two blocks with their own unit and years: one block each. */
export function splitBlocks(rows: Row[]): Row[][] {
  const out: Row[][] = [];
  let current: Row[] = [];
  let seenYears = false;
  rows.forEach((r, i) => {
    const next = rows[i + 1];
    if (seenYears && isUnitRow(r) && next && isYearRow(next)) {
      out.push(current);
      current = [];
      seenYears = false;
    }
    if (isYearRow(r)) seenYears = true;
    current.push(r);
  });
  out.push(current);
  return out.filter((b) => b.length > 0);
}

/**
 * A grid year table: the year row within its first rows, unit and price level from the rows above
 * it (or `above`, the caption and unit lines printed over the table), one row per label. Null when
 * the table has no year row.
 */
export function readGridAmountTable(
  rows: Row[],
  id: string,
  title: string,
  warn: Warn,
  above: readonly string[] = [],
): AmountTable | null {
  const header = findYearHeader(rows);
  if (!header) return null;
  for (const r of header.repeated) warn('table.year-twice', { title, year: r.year }, r.n);
  const headTexts = [...above, ...rows.slice(0, header.rowIndex + 1).flatMap((r) => r.cells)];
  const { unit: found, priceLevelYear } = readUnitAndLevel(headTexts);
  const unit = found ?? 't.kr';
  if (!found) warn('table.unit-assumed', { title }, rows[0]?.n ?? null);
  const firstCol = header.cols[0] ?? 1;
  const out: AmountTableRow[] = [];
  let carried: string | null = null;
  for (const row of rows.slice(header.rowIndex + 1)) {
    // A header repeated after a page break, or the unit row of a second block.
    if (isYearRow(row) || isUnitRow(row)) continue;
    const c0 = row.cells[0] ?? '';
    if (c0 !== '') carried = c0;
    const owner = c0 !== '' ? c0 : carried;
    // A row that lost a cell has its first number in the text columns: not part of the label.
    const short = row.cells.length < header.width;
    const pre = row.cells.slice(1, firstCol).filter((c) => c !== '' && !(short && isAmountText(c)));
    const label = [owner ?? '', ...pre].filter((c) => c !== '').join(' – ');
    if (label === '') continue;
    const placed = placeRow(row, header, unit);
    for (const cell of placed.unreadable) warn('table.cell-unreadable', { title, label, cell }, row.n);
    if (placed.inOrder) warn('table.row-in-order', { title, label, ...placed.inOrder }, row.n);
    if (placed.stray.length > 0)
      warn('table.row-extra-cells', { title, label, cells: placed.stray.join(' ') }, row.n);
    if (placed.extraNumber.length > 0)
      warn('table.row-extra-number', { title, label, number: placed.extraNumber.join(' ') }, row.n);
    if (Object.keys(placed.amounts).length === 0) continue;
    const isTotal = /^(total|i alt)\b|totalt\b/i.test(owner ?? '') || /totalt/i.test(c0);
    out.push({
      label,
      committee: owner ? committeeId(owner) : null,
      amounts: placed.amounts,
      sourceLine: row.n,
      ...(isTotal ? { isTotal } : {}),
    });
  }
  return { id, title, unit, priceLevelYear, years: header.years, rows: out, sourceLine: rows[0]?.n ?? null };
}

/**
 * A year table printed as text (the 2026 administration effect, Tabel 3): from the line after its
 * title at `idx[at]` to the next note, section or table. Rows print only the values they have;
 * they are placed against the table's total row ("Varige ændringer totalt, administration").
 */
export function readTextAmountTable(
  lines: readonly SourceLine[],
  idx: readonly number[],
  at: number,
  id: string,
  title: string,
  warn: Warn,
): AmountTable | null {
  let years: number[] | null = null;
  let priceLevelYear: number | null = null;
  const unit: AmountUnit = 't.kr';
  const raw: { label: string; values: (number | null)[]; sourceLine: number; isTotal: boolean }[] = [];
  let parts: string[] = [];
  for (let r = at + 1; r < idx.length; r++) {
    const l = lines[idx[r]!]!;
    const s = squashLine(l);
    if (s === '') continue;
    const pl = /(\d{4})p\/l/.exec(s);
    if (pl) {
      priceLevelYear = Number(pl[1]);
      continue;
    }
    if (/^note|^\d\.\D|^tabel\d/.test(s)) break;
    const ys = yearsOf(l.text);
    if (ys) {
      years = ys;
      continue;
    }
    if (!years) continue;
    const split = splitRow(l.text, unit);
    // A number that ends a wrapped label ("… hovedkonto 6" / "og øvrige adm. …") is not a value:
    // the next line goes on in lower case.
    let next: number | undefined;
    for (let q = r + 1; q < idx.length && next === undefined; q++)
      if (!isBlankText(lines[idx[q]!]!.text)) next = idx[q];
    const wrapsOn =
      split.values.length === 1 &&
      split.values.length < years.length &&
      next !== undefined &&
      STARTS_LOWER.test(collapseLetterSpacing(lines[next]!.text));
    if (split.values.length === 0 || wrapsOn) {
      parts.push(l.text);
      continue;
    }
    const label = joinWrapped([...parts, split.label]);
    parts = [];
    raw.push({
      label,
      values: split.values.map((v) => v.value),
      sourceLine: l.n,
      isTotal: /totalt/.test(squash(label)),
    });
  }
  const titleLine = lines[idx[at]!]!.n;
  if (!years) {
    warn('table.no-years', { title }, titleLine);
    return null;
  }
  const n = years.length;
  const totalIdx = raw.findIndex((r) => r.isTotal);
  const placed = placeRows(
    raw.map((r) => ({ values: r.values.map((v) => v ?? 0), fallbackOffset: n })),
    n,
    totalIdx >= 0 ? [{ target: totalIdx, parts: raw.map((_, k) => k).filter((k) => k !== totalIdx) }] : [],
  );
  placed.residual.forEach((d) => {
    if (d > 0) warn('table.total-differs', { title }, raw[totalIdx]?.sourceLine ?? null);
  });
  for (const u of placed.undecided)
    warn('table.row-placed-by-default', { title, label: raw[u]!.label }, raw[u]!.sourceLine);
  return {
    id,
    title,
    unit,
    priceLevelYear,
    years,
    rows: raw.map((r, k) => {
      const amounts: Record<string, number> = {};
      r.values.forEach((v, c) => {
        const y = years[(placed.offsets[k] ?? 0) + c];
        if (v !== null && y !== undefined) amounts[String(y)] = v;
      });
      return { label: r.label, amounts, sourceLine: r.sourceLine, ...(r.isTotal ? { isTotal: true } : {}) };
    }),
    sourceLine: titleLine,
  };
}
