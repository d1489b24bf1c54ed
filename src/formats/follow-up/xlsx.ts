// The follow-up report as an Excel workbook with live formulas, in whole kroner (the report's own
// figures, so no rounding and no floats): "Opfølgning" has a row per proposal and year whose
// deviation and status are formulas over planned and realised (a finance officer may type a
// realised figure and see the deviation move); "Udvalg" sums it per committee and year with SUMIFS;
// "Mål" lists every target occurrence with its date and who met it. Every formula cell carries
// the report's value as its cached result, so the file opens with the same numbers.
import ExcelJS from 'exceljs';
import { danishDay } from '../../core/danish-dates.ts';
import { OCCURRENCE_STATE_NAMES, RECURRENCE_NAMES, YEAR_STATUS_NAMES } from '../../core/follow-up/names.ts';
import { STATUS_NAMES } from '../../core/process/statuses.ts';
import type { FollowUpReport } from '../../core/schema/follow-up.ts';
import { reproducibleZip } from '../reproducible.ts';
import { FMT_WHOLE } from '../xlsx/index.ts';
import { REPORT_TITLE, scopeName } from './blocks.ts';

const BOLD = { bold: true } as const;
const FIRST = 6;
/** Columns of "Opfølgning". */
const C = {
  round: 1,
  ref: 2,
  title: 3,
  committee: 4,
  administration: 5,
  status: 6,
  year: 7,
  planned: 8,
  realised: 9,
  deviation: 10,
  yearStatus: 11,
  spendingPlanned: 12,
  spendingRealised: 13,
  spendingDeviation: 14,
  confirmed: 15,
  note: 16,
} as const;

const L = (col: number): string => String.fromCharCode(64 + col);

function amount(cell: ExcelJS.Cell, v: number | null): void {
  if (v === null) return;
  cell.value = v;
  cell.numFmt = FMT_WHOLE;
}

function formula(cell: ExcelJS.Cell, f: string, result: number | string | null): void {
  cell.value = { formula: f, result: result ?? '' };
  if (typeof result === 'number' || result === null) cell.numFmt = FMT_WHOLE;
}

/** A date (yyyy-mm-dd) as an Excel date. */
function dateCell(cell: ExcelJS.Cell, iso: string | null): void {
  if (iso === null) return;
  cell.value = new Date(`${iso}T00:00:00Z`);
  cell.numFmt = 'dd-mm-yyyy';
}

/** The committee column's value: the report's totals call a proposal without a committee "-". */
export const committeeCell = (c: string | null): string => c ?? '-';

function writeYears(wb: ExcelJS.Workbook, r: FollowUpReport): number {
  const ws = wb.addWorksheet('Opfølgning');
  ws.getCell(1, 1).value = `${REPORT_TITLE}: ${scopeName(r)}`;
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  ws.getCell(2, 1).value = 'Tolerance i procent af planlagt';
  ws.getCell(2, 2).value = r.thresholds.percent;
  ws.getCell(3, 1).value = 'Tolerance i kr. (den største gælder)';
  amount(ws.getCell(3, 2), r.thresholds.kroner);
  ws.getCell(4, 1).value =
    `Kr., forslagenes fortegn (besparelser negative). Afvigelse = realiseret − planlagt. Opgjort ${r.today}.`;
  const header = [
    'Runde',
    'Forslag',
    'Titel',
    'Udvalg',
    'Forvaltning',
    'Status',
    'År',
    'Planlagt varig ændring',
    'Realiseret',
    'Afvigelse',
    'Status for året',
    'Planlagte implementeringsomkostninger',
    'Realiseret',
    'Afvigelse',
    'Bekræftet af',
    'Note',
  ];
  header.forEach((h, i) => (ws.getCell(FIRST - 1, 1 + i).value = h));
  ws.getRow(FIRST - 1).font = BOLD;
  [22, 12, 44, 10, 12, 18, 7, 16, 16, 14, 14, 16, 16, 14, 20, 40].forEach(
    (w, i) => (ws.getColumn(i + 1).width = w),
  );
  let row = FIRST;
  for (const p of r.proposals) {
    for (const y of p.years) {
      const c = (col: number) => ws.getCell(row, col);
      c(C.round).value = p.roundName;
      c(C.ref).value = p.ref;
      c(C.title).value = p.title;
      c(C.committee).value = committeeCell(p.committee);
      c(C.administration).value = p.administration ?? '';
      c(C.status).value = STATUS_NAMES[p.status];
      c(C.year).value = y.year;
      amount(c(C.planned), y.planned);
      amount(c(C.realised), y.realised);
      const [P, R, D] = [L(C.planned), L(C.realised), L(C.deviation)].map((x) => `${x}${row}`);
      // A blank planned figure plans no change (N() reads a blank as 0); a blank realised stays blank.
      formula(c(C.deviation), `IF(${R}="","",${R}-N(${P}))`, y.deviation);
      formula(
        c(C.yearStatus),
        `IF(${D}="","${YEAR_STATUS_NAMES.pending}",IF(OR(ABS(${D})*100<=ABS(N(${P}))*$B$2,ABS(${D})<=$B$3),` +
          `"${YEAR_STATUS_NAMES.on_track}",IF(${D}>0,"${YEAR_STATUS_NAMES.behind}","${YEAR_STATUS_NAMES.ahead}")))`,
        YEAR_STATUS_NAMES[y.status],
      );
      amount(c(C.spendingPlanned), y.spending.planned);
      amount(c(C.spendingRealised), y.spending.realised);
      const [SP, SR] = [L(C.spendingPlanned), L(C.spendingRealised)].map((x) => `${x}${row}`);
      formula(c(C.spendingDeviation), `IF(${SR}="","",${SR}-N(${SP}))`, y.spending.deviation);
      c(C.confirmed).value = y.confirmed ? (y.confirmed.by ?? 'ja') : '';
      c(C.note).value = y.note ?? '';
      row++;
    }
  }
  ws.views = [{ state: 'frozen', ySplit: FIRST - 1, xSplit: 2 }];
  return row - 1;
}

function writeTotals(wb: ExcelJS.Workbook, r: FollowUpReport, last: number): void {
  const ws = wb.addWorksheet('Udvalg');
  ws.getCell(1, 1).value = 'Planlagt og realiseret pr. udvalg og år (levende formler mod arket "Opfølgning")';
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  ws.getCell(2, 1).value =
    'Kr., varig ændring. Afvigelse = realiseret − det planlagte for de forslag, der har et realiseret tal.';
  const header = [
    'Udvalg',
    'År',
    'Planlagt',
    'Realiseret',
    'Planlagt for de realiserede',
    'Afvigelse',
    'Forslag',
    'Med realiseret tal',
  ];
  header.forEach((h, i) => (ws.getCell(4, 1 + i).value = h));
  ws.getRow(4).font = BOLD;
  [14, 7, 16, 16, 22, 16, 9, 16].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const range = (col: number) => `'Opfølgning'!$${L(col)}$${FIRST}:$${L(col)}$${Math.max(last, FIRST)}`;
  const [planned, realised, committee, year] = [C.planned, C.realised, C.committee, C.year].map(range);
  r.totals.forEach((t, i) => {
    const row = 5 + i;
    const c = (col: number) => ws.getCell(row, col);
    const all = t.committee === 'I alt';
    c(1).value = t.committee;
    c(2).value = t.year;
    if (all) ws.getRow(row).font = BOLD;
    const where = `${all ? '' : `${committee},$A${row},`}${year},$B${row}`;
    formula(c(3), `SUMIFS(${planned},${where})`, t.planned);
    formula(c(4), `IF(COUNTIFS(${where},${realised},"<>")=0,"",SUMIFS(${realised},${where}))`, t.realised);
    formula(c(5), `SUMIFS(${planned},${where},${realised},"<>")`, t.plannedOfRealised);
    formula(c(6), `IF(D${row}="","",D${row}-E${row})`, t.deviation);
    c(7).value = t.proposals;
    c(8).value = t.realisedProposals;
  });
  ws.views = [{ state: 'frozen', ySplit: 4 }];
}

function writeTargets(wb: ExcelJS.Workbook, r: FollowUpReport): void {
  const ws = wb.addWorksheet('Mål');
  ws.getCell(1, 1).value = 'Opfølgningsmål med frister';
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  const header = [
    'Runde',
    'Forslag',
    'Forvaltning',
    'Opfølgningsmål',
    'Hvordan måles',
    'Ansvarlig',
    'Hvornår (som skrevet)',
    'Frist',
    'Gentagelse',
    'Status',
    'Opfyldt den',
    'Opfyldt af',
    'Dokumentation',
  ];
  header.forEach((h, i) => (ws.getCell(3, 1 + i).value = h));
  ws.getRow(3).font = BOLD;
  [22, 12, 12, 40, 30, 24, 20, 12, 14, 16, 12, 20, 40].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  let row = 4;
  for (const p of r.proposals) {
    for (const t of p.targets) {
      for (const o of t.occurrences) {
        const c = (col: number) => ws.getCell(row, col);
        c(1).value = p.roundName;
        c(2).value = p.ref;
        c(3).value = p.administration ?? '';
        c(4).value = t.target;
        c(5).value = t.measure;
        c(6).value = t.responsible;
        c(7).value = t.when;
        dateCell(c(8), o.due);
        c(9).value = t.schedule.recurrence === null ? '' : RECURRENCE_NAMES[t.schedule.recurrence];
        c(10).value = OCCURRENCE_STATE_NAMES[o.state];
        dateCell(c(11), o.met ? danishDay(o.met.at) : null);
        c(12).value = o.met?.by ?? '';
        c(13).value = o.met?.evidence ?? '';
        row++;
      }
    }
  }
  ws.views = [{ state: 'frozen', ySplit: 3 }];
}

export async function followUpXlsx(r: FollowUpReport, created: Date): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Gevinst';
  wb.title = `${REPORT_TITLE}: ${scopeName(r)}`;
  wb.created = created;
  wb.modified = created;
  wb.calcProperties.fullCalcOnLoad = true;
  const last = writeYears(wb, r);
  writeTotals(wb, r, last);
  writeTargets(wb, r);
  // Reproducible: the same report and creation time give the same bytes.
  return reproducibleZip(new Uint8Array(await wb.xlsx.writeBuffer()), created);
}
