// Catalog tables whose grid the input kept (the 2025 conversion, a Word catalog): a unit and
// header row with the year columns, "Samlet investering" and "Godkendt med"; committee rows
// (alone on their row, or with the committee's sums), sub-group rows ("Investeringsforslag"),
// proposal rows (number | title | years | investment | Godkendt med) and "I alt".
import { warning } from '../../core/messages/index.ts';
import type { CatalogRow, CatalogTable, Warning } from '../../core/model.ts';
import { splitMark } from './footnotes.ts';
import { findYearHeader, isAmountText, placeRow, readUnitAndLevel, type Row } from './grid.ts';
import { squash } from './letter-spacing.ts';
import { committeeId, isCommitteeName } from './names.ts';
import { cleanCell } from './reader.ts';
import { cellValue, yearOf } from './table-rows.ts';

const GROUP: Record<string, string> = {
  investeringsforslag: 'Investeringsforslag',
  effektiviseringsforslag: 'Effektiviseringsforslag',
  tværgåendeforslag: 'Tværgående forslag',
};

/** A cell that numbers a proposal: "1", "Forslag 1", "BC01". */
const REF = /^(forslag\s*)?\d{1,3}$|^bc\s*\d{1,3}$/i;

function refOf(cell: string): string | null {
  const c = cell.replace(/\s+/g, ' ').trim();
  if (!REF.test(c)) return null;
  if (/^bc/i.test(c)) return c.replace(/\s+/g, '').toUpperCase();
  return c;
}

/**
 * Whether the first rows of a grid are a catalog table's header: "Samlet investering" or "Godkendt
 * med", or "Udvalg" over year columns.
 */
export function isCatalogGrid(rows: readonly Row[]): boolean {
  return rows
    .slice(0, 3)
    .some(
      (r) =>
        r.cells.some((c) => /godkendt med|samlet investering/i.test(c)) ||
        (r.cells.some((c) => /^udvalg$/i.test(c)) && r.cells.filter((c) => yearOf(c) !== null).length >= 2),
    );
}

/**
 * One grid catalog table; `caption` is its title line ("Tabel 1. …") and `above` the lines between
 * caption and grid (the unit line of a Word catalog). Null when the grid has no year columns.
 */
export function readGridCatalogTable(
  rows: readonly Row[],
  caption: { text: string; n: number },
  above: readonly string[],
  warnings: Warning[],
): CatalogTable | null {
  const header = findYearHeader(rows);
  if (!header) {
    warnings.push(warning('catalog-table.no-years', {}, { sourceLine: caption.n }));
    return null;
  }
  for (const r of header.repeated)
    warnings.push(warning('catalog-table.year-twice', { year: r.year }, { sourceLine: r.n }));
  const headRows = rows.slice(0, header.rowIndex + 1);
  const { unit: found, priceLevelYear } = readUnitAndLevel([...above, ...headRows.flatMap((r) => r.cells)]);
  const unit = found ?? 't.kr';
  const colOf = (re: RegExp): number => {
    for (const r of headRows) {
      const i = r.cells.findIndex((c) => re.test(c));
      if (i >= 0) return i;
    }
    return -1;
  };
  const investCol = colOf(/samlet investering/i);
  const approvedCol = colOf(/godkendt med/i);
  const firstYear = header.cols[0] ?? 1;
  const name = /^(tabel\s*\d+)/i.exec(caption.text)?.[1] ?? caption.text;
  const out: CatalogRow[] = [];
  let committee = '';
  let group: string | null = null;
  for (const row of rows.slice(header.rowIndex + 1)) {
    const c = row.cells;
    // The text cells before the years: number and title, or a committee / group name.
    const texts = c.slice(0, firstYear).map(cleanCell);
    const ref = texts.length > 1 ? refOf(texts[0] ?? '') : null;
    const label = (ref ? texts.slice(1) : texts).filter((t) => t !== '').join(' ');
    const numbers = c.filter((x, i) => i >= firstYear && x !== '' && i !== approvedCol);
    if (label === '' && numbers.length === 0) continue;
    const groupName = GROUP[squash(label)];
    if (!ref && groupName) {
      group = groupName;
      continue;
    }
    const isTotal = !ref && /^i ?alt$/i.test(label);
    if (!ref && !isTotal && (numbers.length === 0 || isCommitteeName(label))) {
      // A committee row: the name alone (2025), or with the committee's sums (a Word catalog).
      committee = committeeId(label) ?? label;
      group = null;
      if (numbers.length === 0) {
        out.push(committeeRow(label, committee, row.n));
        continue;
      }
    }
    const { title, mark } = isTotal ? { title: label, mark: null } : splitMark(label);
    const rowType = isTotal ? 'total' : !ref && isCommitteeName(label) ? 'committee' : 'proposal';
    const investCell = investCol >= 0 ? (c[investCol] ?? '') : '';
    let investment: number | null = null;
    if (!/^[-–]?$/.test(investCell.trim())) {
      const v = cellValue(investCell, unit);
      if (v.value !== null) investment = v.value;
      else
        warnings.push(
          warning('catalog-table.cell-unreadable', { cell: investCell, year: null }, { sourceLine: row.n }),
        );
    }
    const placed = placeRow(row, header, unit, [investCol, approvedCol]);
    for (const cell of placed.unreadable)
      warnings.push(warning('catalog-table.cell-unreadable', { cell, year: null }, { sourceLine: row.n }));
    if (placed.inOrder)
      warnings.push(
        warning('catalog-table.row-in-order', { title, ...placed.inOrder }, { sourceLine: row.n }),
      );
    if (placed.stray.length > 0)
      warnings.push(warning('catalog-table.row-too-many-values', { title }, { sourceLine: row.n }));
    const approved = approvedCol >= 0 ? cleanCell(c[approvedCol] ?? '') : '';
    out.push({
      rowType,
      proposalRef: ref,
      title,
      committee: isTotal ? '' : rowType === 'committee' ? committee : committee,
      amounts: placed.amounts,
      investment,
      approvedWith: approved === '' || isAmountText(approved) ? null : approved,
      group: rowType === 'proposal' ? group : null,
      ...(mark ? { note: mark } : {}),
      ...(rowType === 'proposal' && !ref ? { crossCutting: true } : {}),
      sourceLine: row.n,
    });
  }
  return {
    name,
    title: caption.text,
    unit,
    priceLevelYear,
    years: header.years,
    rows: out,
    sourceLine: caption.n,
  };
}

function committeeRow(title: string, committee: string, n: number): CatalogRow {
  return {
    rowType: 'committee',
    proposalRef: null,
    title,
    committee,
    amounts: {},
    investment: null,
    approvedWith: null,
    group: null,
    sourceLine: n,
  };
}
