// The Excel workbook: a sheet "Katalog" built from the proposals with live formulas, the catalog
// tables as the document prints them, and one sheet per proposal with the economic table whose
// subtotals, "Samlet varig ændring", "Samlede implementeringsomkostninger", "Samlet økonomisk
// påvirkning" and "Samlet investering" are formulas, so a finance officer can audit and play.
//
// Every formula cell also carries the engine's value as its cached result (Excel shows it before
// recalculating; the workbook asks for a full recalculation on load). The formulas are built from
// the rows a total stands for (EconomyRowView.sumOf); the test re-evaluates them and compares with
// the engine. Amounts are written in the table's unit (1.000 kr.), as the documents print them.

import ExcelJS from 'exceljs';
import { unitExponent } from '../../core/amount.ts';
import { reproducibleZip } from '../reproducible.ts';
import type {
  AmountTable,
  AmountUnit,
  CatalogTable,
  GevinstDocument,
  Kroner,
  Proposal,
} from '../../core/model.ts';
import {
  catalogForExport,
  economyTable,
  KIND_LABEL,
  proposalHeading,
  unitHeading,
  type EconomyTableView,
} from '../export-view/index.ts';

/** Danish Excel shows these as "1.234" and "-1.234" (the file always stores the en-US codes). */
export const FMT_WHOLE = '#,##0;-#,##0;0';
export const FMT_DECIMAL = '#,##0.0##;-#,##0.0##;0';

export function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** Kroner → a number in the table's unit (the nearest double; whole thousands are exact). */
export function inUnit(kroner: Kroner, unit: AmountUnit): number {
  return kroner / 10 ** unitExponent(unit);
}

function fmtFor(kroner: Kroner, unit: AmountUnit): string {
  return kroner % 10 ** unitExponent(unit) === 0 ? FMT_WHOLE : FMT_DECIMAL;
}

/** A sheet name Excel accepts (≤ 31 chars, none of []:*?/\), unique in the workbook. */
function sheetName(wanted: string, used: Set<string>): string {
  const base =
    wanted
      .replace(/[[\]:*?/\\]/g, '-')
      .slice(0, 31)
      .trim() || 'Ark';
  let name = base;
  for (let i = 2; used.has(name.toLowerCase()); i++) name = `${base.slice(0, 27)} (${i})`;
  used.add(name.toLowerCase());
  return name;
}

/** 'Forslag 1'!C12 */
function ref(sheet: string, col: number, row: number): string {
  return `'${sheet.replace(/'/g, "''")}'!${columnLetter(col)}${row}`;
}

/** SUM over cells of one column: ranges where the rows are consecutive, a list otherwise. */
function sumFormula(col: string, rows: number[]): string {
  if (rows.length === 0) return '0';
  const sorted = [...rows].sort((a, b) => a - b);
  const parts: string[] = [];
  let start = sorted[0] as number;
  let prev = start;
  for (const r of [...sorted.slice(1), Infinity]) {
    if (r === prev + 1) {
      prev = r;
      continue;
    }
    parts.push(start === prev ? `${col}${start}` : `${col}${start}:${col}${prev}`);
    start = r;
    prev = r;
  }
  return `SUM(${parts.join(',')})`;
}

const BOLD = { bold: true } as const;
const FIRST_YEAR_COL = 3;

interface ProposalSheet {
  name: string;
  view: EconomyTableView | null;
  /** Row of "Samlet varig ændring" and of "Samlet investering"; year → column. */
  permanentRow: number | null;
  investmentRow: number | null;
  yearCol: Map<number, number>;
}

function writeAmountTable(ws: ExcelJS.Worksheet, start: number, table: AmountTable, heading: string): number {
  let r = start;
  ws.getCell(r, 1).value = heading;
  ws.getCell(r, 1).font = BOLD;
  r++;
  ws.getCell(r, 1).value = unitHeading(table.unit, table.priceLevelYear);
  r++;
  ws.getCell(r, 1).value = 'Række';
  ws.getCell(r, 2).value = 'Udvalg';
  table.years.forEach((y, i) => (ws.getCell(r, FIRST_YEAR_COL + i).value = String(y)));
  ws.getRow(r).font = BOLD;
  r++;
  for (const row of table.rows) {
    ws.getCell(r, 1).value = row.label;
    ws.getCell(r, 2).value = row.committee ?? '';
    table.years.forEach((y, i) => {
      const v = row.amounts[String(y)];
      if (v === undefined) return;
      const c = ws.getCell(r, FIRST_YEAR_COL + i);
      c.value = inUnit(v, table.unit);
      c.numFmt = fmtFor(v, table.unit);
    });
    if (row.isTotal) ws.getRow(r).font = BOLD;
    r++;
  }
  return r + 1;
}

function writeProposalSheet(wb: ExcelJS.Workbook, p: Proposal, name: string): ProposalSheet {
  const ws = wb.addWorksheet(name);
  ws.getColumn(1).width = 58;
  ws.getColumn(2).width = 16;
  const view = economyTable(p);
  const yearCol = new Map<number, number>();
  let permanentRow: number | null = null;
  let investmentRow: number | null = null;

  ws.getCell(1, 1).value = proposalHeading(p);
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getCell(2, 1).value = KIND_LABEL[p.kind];
  ws.getCell(3, 1).value = 'Fremstillende forvaltning:';
  ws.getCell(3, 2).value = p.presentingAdministrations.join(', ');
  let r = 5;
  if (view) {
    ws.getCell(r, 1).value = 'Tabel 1. Forslagets samlede økonomiske konsekvenser';
    ws.getCell(r, 1).font = BOLD;
    r++;
    ws.getCell(r, 1).value = view.unitLabel;
    r++;
    ws.getCell(r, 2).value = 'Styringsområde';
    view.years.forEach((y, i) => {
      yearCol.set(y, FIRST_YEAR_COL + i);
      ws.getCell(r, FIRST_YEAR_COL + i).value = y;
      ws.getColumn(FIRST_YEAR_COL + i).width = 11;
    });
    ws.getRow(r).font = BOLD;
    r++;
    const rowOf = new Map<string, number>();
    for (const row of view.rows) {
      rowOf.set(row.id, r);
      ws.getCell(r, 1).value = row.label + (row.outsideTotals ? ' (indgår ikke i totalerne)' : '');
      ws.getCell(r, 2).value = row.area;
      if (row.kind === 'group' || row.kind === 'total' || row.kind === 'impact') ws.getRow(r).font = BOLD;
      if (row.kind === 'payback') ws.getCell(r, FIRST_YEAR_COL).value = row.text ?? '';
      for (const [y, col] of yearCol) {
        const v = row.amounts[String(y)];
        if (v === undefined) continue;
        const c = ws.getCell(r, col);
        c.numFmt = fmtFor(v, view.unit);
        if (row.kind === 'line') {
          c.value = inUnit(v, view.unit);
        } else {
          const letter = columnLetter(col);
          const rows = (row.sumOf ?? [])
            .map((id) => rowOf.get(id))
            .filter((x): x is number => x !== undefined);
          const formula =
            row.kind === 'impact' ? rows.map((x) => `${letter}${x}`).join('+') : sumFormula(letter, rows);
          c.value = { formula, result: inUnit(v, view.unit) };
        }
      }
      if (row.id === 'P') permanentRow = r;
      r++;
    }
    const implRow = rowOf.get('I');
    // Blank is not zero: no "Samlet investering" when no implementation cost is filled in.
    if (
      implRow !== undefined &&
      view.years.length > 0 &&
      Object.keys(view.derived.implementationCost).length > 0
    ) {
      r++;
      ws.getCell(r, 1).value = 'Samlet investering (sum af implementeringsomkostninger)';
      ws.getCell(r, 1).font = BOLD;
      const first = columnLetter(FIRST_YEAR_COL);
      const last = columnLetter(FIRST_YEAR_COL + view.years.length - 1);
      const c = ws.getCell(r, FIRST_YEAR_COL);
      c.value = {
        formula: `SUM(${first}${implRow}:${last}${implRow})`,
        result: inUnit(view.derived.investmentTotal, view.unit),
      };
      c.numFmt = fmtFor(view.derived.investmentTotal, view.unit);
      investmentRow = r;
      r++;
    }
    r++;
  } else if (p.requestedAmount !== null) {
    ws.getCell(r, 1).value = 'Ansøgt beløb (kr.)';
    ws.getCell(r, 3).value = p.requestedAmount;
    ws.getCell(r, 3).numFmt = FMT_WHOLE;
    r += 2;
  }

  if (p.followUp.length > 0) {
    ws.getCell(r, 1).value = 'Tabel 2. Opfølgningsmål';
    ws.getCell(r, 1).font = BOLD;
    r++;
    [
      'Opfølgningsmål',
      'Hvordan måles opfølgningsmålet?',
      'Hvem er ansvarlig for opfølgning?',
      'Hvornår gennemføres opfølgningen?',
    ].forEach((h, i) => (ws.getCell(r, 1 + i).value = h));
    ws.getRow(r).font = BOLD;
    r++;
    let group: string | null = null;
    for (const t of p.followUp) {
      if (t.group && t.group !== group) {
        ws.getCell(r, 1).value = t.group;
        ws.getCell(r, 1).font = { italic: true };
        r++;
      }
      group = t.group;
      [t.target, t.measure, t.responsible, t.when].forEach((v, i) => (ws.getCell(r, 1 + i).value = v));
      r++;
    }
    r++;
  }
  if (p.administrationEffect)
    r = writeAmountTable(ws, r, p.administrationEffect, 'Tabel 3. Varige ændringer, administration');
  for (const t of p.kvantumTables) r = writeAmountTable(ws, r, t, `Tabel ${t.id}. ${t.title}`);
  ws.views = [{ state: 'frozen', ySplit: 0, xSplit: 1 }];
  return { name, view, permanentRow, investmentRow, yearCol };
}

/**
 * "Katalog": the engine's Tabel 2 (buildCatalog) with live formulas: every proposal's effect per
 * year in the catalog sign (positive = saving) refers to its sheet's "Samlet varig ændring",
 * "Samlet investering" to its sheet's sum; committee rows and "I alt" are SUMs. Cached results are
 * the engine's figures, so Excel and the engine can be compared cell by cell.
 */
function writeLiveCatalog(
  wb: ExcelJS.Workbook,
  table: CatalogTable | undefined,
  sheets: Map<string, ProposalSheet>,
): void {
  const ws = wb.getWorksheet('Katalog');
  if (!ws || !table) return;
  const years = table.years;
  const unit = table.unit;
  ws.getColumn(1).width = 12;
  ws.getColumn(2).width = 60;
  ws.getCell(1, 1).value =
    'Effektiviseringer fordelt på udvalg og forslag (levende formler mod forslagenes ark)';
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  ws.getCell(2, 1).value = `${unitHeading(unit, table.priceLevelYear)}. Positivt fortegn = effektivisering.`;
  const header = ['Forslag', 'Udvalg / titel', ...years.map(String), 'Samlet investering', 'Godkendt med'];
  header.forEach((h, i) => (ws.getCell(4, 1 + i).value = h));
  ws.getRow(4).font = BOLD;
  const invCol = FIRST_YEAR_COL + years.length;
  const cached = (c: ExcelJS.Cell, formula: string, kroner: Kroner | undefined | null) => {
    c.value =
      kroner === undefined || kroner === null ? { formula } : { formula, result: inUnit(kroner, unit) };
    c.numFmt = kroner === undefined || kroner === null ? FMT_WHOLE : fmtFor(kroner, unit);
  };
  const committeeRows: number[] = [];
  table.rows.forEach((row, i) => {
    const r = 5 + i;
    ws.getCell(r, 1).value = row.proposalRef ?? '';
    ws.getCell(r, 2).value = row.title;
    ws.getCell(r, invCol + 1).value = row.approvedWith ?? '';
    if (row.rowType === 'proposal') {
      const s = row.proposalRef ? sheets.get(row.proposalRef) : undefined;
      years.forEach((y, k) => {
        const col = s?.yearCol.get(y);
        if (!s || col === undefined || s.permanentRow === null || row.amounts[String(y)] === undefined)
          return;
        cached(
          ws.getCell(r, FIRST_YEAR_COL + k),
          `-${ref(s.name, col, s.permanentRow)}`,
          row.amounts[String(y)],
        );
      });
      if (s && s.investmentRow !== null && row.investment !== null)
        cached(ws.getCell(r, invCol), ref(s.name, FIRST_YEAR_COL, s.investmentRow), row.investment);
      return;
    }
    ws.getRow(r).font = BOLD;
    let parts: number[];
    if (row.rowType === 'committee') {
      committeeRows.push(r);
      parts = [];
      for (let j = i + 1; j < table.rows.length && table.rows[j]?.rowType === 'proposal'; j++)
        parts.push(5 + j);
    } else parts = committeeRows;
    for (let col = FIRST_YEAR_COL; col <= invCol; col++) {
      const letter = columnLetter(col);
      const amount = col === invCol ? row.investment : row.amounts[String(years[col - FIRST_YEAR_COL])];
      // Blank stays blank: no formula where the engine has no figure ("-" for investment).
      if (amount === undefined || amount === null) continue;
      cached(ws.getCell(r, col), sumFormula(letter, parts), amount);
    }
  });
}

/** A catalog table exactly as the document prints it (static values: it is the evidence). */
function writePrintedCatalog(wb: ExcelJS.Workbook, table: CatalogTable, name: string): void {
  const ws = wb.addWorksheet(name);
  ws.getColumn(1).width = 12;
  ws.getColumn(2).width = 60;
  ws.getCell(1, 1).value = `${table.name}. ${table.title} (værdier beregnet af Gevinst)`;
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  ws.getCell(2, 1).value = unitHeading(table.unit, table.priceLevelYear);
  const header = [
    'Forslag',
    'Udvalg / titel',
    ...table.years.map(String),
    'Samlet investering',
    'Godkendt med',
  ];
  header.forEach((h, i) => (ws.getCell(4, 1 + i).value = h));
  ws.getRow(4).font = BOLD;
  let r = 5;
  for (const row of table.rows) {
    ws.getCell(r, 1).value = row.proposalRef ?? '';
    ws.getCell(r, 2).value = row.rowType === 'proposal' ? row.title : row.title || row.committee;
    table.years.forEach((y, i) => {
      const v = row.amounts[String(y)];
      if (v === undefined) return;
      ws.getCell(r, FIRST_YEAR_COL + i).value = inUnit(v, table.unit);
      ws.getCell(r, FIRST_YEAR_COL + i).numFmt = fmtFor(v, table.unit);
    });
    if (row.investment !== null) {
      ws.getCell(r, FIRST_YEAR_COL + table.years.length).value = inUnit(row.investment, table.unit);
      ws.getCell(r, FIRST_YEAR_COL + table.years.length).numFmt = fmtFor(row.investment, table.unit);
    }
    ws.getCell(r, FIRST_YEAR_COL + table.years.length + 1).value = row.approvedWith ?? '';
    if (row.rowType !== 'proposal') ws.getRow(r).font = BOLD;
    r++;
  }
}

export interface XlsxOptions {
  title?: string;
  /** Fixed creation time, for reproducible files. */
  created?: Date;
}

export async function exportXlsx(doc: GevinstDocument, options: XlsxOptions = {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Gevinst';
  wb.title = options.title ?? 'Katalog over investerings- og effektiviseringsforslag';
  const created = options.created ?? new Date();
  wb.created = created;
  wb.modified = created;
  wb.calcProperties.fullCalcOnLoad = true;
  const used = new Set<string>(['katalog']);
  wb.addWorksheet('Katalog');
  const { tables: catalog, note } = catalogForExport(doc);
  for (const t of catalog) writePrintedCatalog(wb, t, sheetName(t.name, used));
  const sheets = new Map<string, ProposalSheet>();
  for (const p of doc.proposals)
    sheets.set(p.ref, writeProposalSheet(wb, p, sheetName(p.ref || p.title, used)));
  if (note === null) {
    writeLiveCatalog(
      wb,
      catalog.find((t) => t.rows.some((r) => r.rowType === 'proposal')),
      sheets,
    );
  } else {
    // The live sheet needs the engine's catalog; without it, say why rather than guess.
    const ws = wb.getWorksheet('Katalog');
    if (ws) ws.getCell(1, 1).value = note;
  }
  const buffer = await wb.xlsx.writeBuffer();
  // Reproducible: every archive entry carries the workbook's creation time, not the clock's.
  return reproducibleZip(new Uint8Array(buffer), created);
}
