// One proposal of the 2021 pool or 2025 cross-cutting template, from its first to its last line:
// the header fields, every table (economy, detail, administration effect, follow-up, consultation,
// Kvantum/technical annex) and the text sections found by heading name.
import {
  emptyProposal,
  type AmountTable,
  type AmountTableRow,
  type Proposal,
  type ProposalKind,
  type Warning,
} from '../../core/model.ts';
import type { SourceLine } from './reader.ts';
import { isEconomyTable, readEconomyTable } from './tab-table-economy.ts';
import { administrationsIn, committeeId } from './tab-table-names.ts';
import {
  hasCheckbox,
  headingOf,
  isDivider,
  isFollowUpTable,
  readAffected,
  readConsultations,
  readFollowUp,
  readInnovation,
  readRisk,
  readSections,
} from './tab-table-parts.ts';
import {
  cleanLine,
  findYearHeader,
  isAmountText,
  letterKey,
  placeRow,
  readUnitAndLevel,
  tableAt,
  yearOf,
  type Row,
} from './tab-table.ts';

/** Where a titled table of a generation belongs: a Kvantum/annex table id, or null for others. */
export type KvantumId = (title: string) => string | null;

/** Reads a titled year table (Kvantum, annex, detail, administration effect) into an AmountTable. */
export function readAmountTable(
  rows: Row[],
  id: string,
  title: string,
  warnings: Warning[],
): AmountTable | null {
  const header = findYearHeader(rows, warnings);
  if (!header) return null;
  const headTexts = rows.slice(0, header.rowIndex + 1).flatMap((r) => r.cells);
  const { unit: found, priceLevelYear } = readUnitAndLevel(headTexts);
  const unit = found ?? 't.kr';
  if (!found)
    warnings.push({
      message: `Tabellen "${title}" angiver ingen enhed; 1.000 kr. er antaget.`,
      sourceLine: rows[0]?.n ?? null,
    });
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
    const amounts = placeRow(row, header, unit, warnings, `Tabel "${title}", "${label}"`);
    if (Object.keys(amounts).length === 0) continue;
    const isTotal = /^(total|i alt)\b|totalt\b/i.test(owner ?? '') || /totalt/i.test(c0);
    out.push({
      label,
      committee: owner ? committeeId(owner) : null,
      amounts,
      sourceLine: row.n,
      ...(isTotal ? { isTotal } : {}),
    });
  }
  return { id, title, unit, priceLevelYear, years: header.years, rows: out, sourceLine: rows[0]?.n ?? null };
}

const isUnitRow = (r: Row): boolean =>
  r.cells.some((c) => /kr\.?.*p\s*\/\s*[l1]\b/i.test(c)) &&
  r.cells.every((c) => c === '' || !isAmountText(c));
const isYearRow = (r: Row): boolean => r.cells.filter((c) => yearOf(c) !== null).length >= 2;

/** Splits a table where a second unit row is followed by its own year row. */
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

/** The "Tabel …" caption just above a table (within a few lines), or ''. */
function captionAbove(
  lines: SourceLine[],
  start: number,
  floor: number,
): { title: string; n: number | null } {
  for (let i = start - 1; i >= Math.max(floor, start - 4); i--) {
    const t = cleanLine(lines[i]!);
    if (t === '') continue;
    if (/^(tabel|table|tablet)\b/i.test(t)) return { title: t, n: lines[i]!.n };
    if (headingOf(lines[i]!.text)) return { title: t, n: lines[i]!.n };
    return { title: '', n: null };
  }
  return { title: '', n: null };
}

function detailId(title: string, k: number): string {
  if (/fordeling på udvalg/i.test(title)) return 'fordeling';
  const m = /^(?:tabel|table|tablet)\s*([\w.]+?)\.?(?:\s|$)/i.exec(title);
  return m?.[1] ? `detail-${m[1]}` : `detail-${k}`;
}

export interface ProposalFrame {
  ref: string;
  title: string;
  kind: ProposalKind;
  /** Index of the first and one past the last line of the proposal in `lines`. */
  start: number;
  end: number;
}

/** Reads one proposal of the tab-table templates. */
export function readTabProposal(
  lines: SourceLine[],
  frame: ProposalFrame,
  kvantumId: KvantumId,
  warnings: Warning[],
): Proposal {
  const { start, end } = frame;
  const p = emptyProposal(frame.ref, frame.title, frame.kind);
  p.sourceLines = [lines[start]!.n, lines[end - 1]!.n];

  // Header fields.
  for (let i = start; i < end; i++) {
    const t = cleanLine(lines[i]!);
    if (p.summary === null && /^kort resumé\s*:/i.test(t)) {
      const parts = [t.replace(/^kort resumé\s*:\s*/i, '')];
      for (let j = i + 1; j < end; j++) {
        const u = cleanLine(lines[j]!);
        if (u === '') continue;
        if (/^(fremstillende|berørte|børste|der søges|\d+\.\s)/i.test(u) || headingOf(lines[j]!.text)) break;
        parts.push(u);
      }
      p.summary = parts.join('\n');
    } else if (p.presentingAdministrations.length === 0 && /^fremstillende forvaltning/i.test(t)) {
      p.presentingAdministrations = administrationsIn(t.replace(/^[^:]*:/, ''));
      if (p.presentingAdministrations.length === 0) {
        warnings.push({
          message: `Den fremstillende forvaltning "${t}" er ukendt.`,
          sourceLine: lines[i]!.n,
        });
      }
    } else if (p.affectedAdministrations.length === 0 && /^(berørte|børste) forvaltninger/i.test(t)) {
      p.affectedAdministrations = readAffected(lines, i, end, warnings);
    } else if (p.affectedAdministrations.length === 0 && hasCheckbox(lines[i]!.text)) {
      // The grid without its "Berørte forvaltninger" heading (2025 file, BC01).
      p.affectedAdministrations = readAffected(lines, i, end, warnings);
    }
    if (headingOf(lines[i]!.text)) break;
  }
  p.innovationOrigin = readInnovation(lines, start, end, warnings);

  // Tables.
  let i = start;
  let section: string | null = null;
  let detailCount = 0;
  const detail: AmountTable[] = [];
  while (i < end) {
    const table = tableAt(lines, i, end);
    if (!table) break;
    for (let k = i; k < table.start; k++) {
      const h = headingOf(lines[k]!.text);
      if (h) section = h;
      else if (isDivider(lines[k]!.text)) section = null;
    }
    i = Math.max(table.end, table.start + 1);
    const rows = table.rows;
    if (rows.length === 0) continue;
    if (rows.some((r) => r.raw.some(hasCheckbox))) continue; // the checkbox grid
    const caption = captionAbove(lines, table.start, start);
    if (isEconomyTable(rows) && p.economy === null) {
      p.economy = readEconomyTable(rows, warnings);
      continue;
    }
    if (isFollowUpTable(rows)) {
      p.followUp.push(...readFollowUp(rows));
      continue;
    }
    const hasYears = findYearHeader(rows, []) !== null;
    if (
      !hasYears &&
      (section === 'Hvem er hørt' ||
        rows.slice(0, 1).some((r) => r.cells.some((c) => /^ja\s*\/\s*nej/i.test(c))))
    ) {
      p.consultations.push(...readConsultations(rows));
      continue;
    }
    const title = caption.title;
    if (
      /varige ændringer,? administration/i.test(title) ||
      letterKey(rows[0]?.cells[0] ?? '').startsWith('nettoeffektpåadministrative')
    ) {
      const t = readAmountTable(rows, 'administration', title, warnings);
      if (t && p.administrationEffect === null) p.administrationEffect = t;
      continue;
    }
    const kid = title ? kvantumId(title) : null;
    if (kid) {
      const t = readAmountTable(rows, kid, title, warnings);
      if (t) p.kvantumTables.push(t);
      else
        warnings.push({
          message: `Tabellen "${title}" har ingen årstal og er ikke læst.`,
          sourceLine: caption.n,
        });
      continue;
    }
    // A table printed in two blocks with their own unit and years (2025 Forslag 7, Tabel 4:
    // "løbende p/l" then "2025 p/l") becomes two tables, so each keeps its price level.
    const blocks = splitBlocks(rows);
    const id = detailId(title, ++detailCount);
    blocks.forEach((block, b) => {
      const t = readAmountTable(block, b === 0 ? id : `${id}.${b + 1}`, title, warnings);
      if (t) detail.push(t);
    });
  }
  if (detail.length > 0) p.detailTables = detail;
  if (p.economy === null && frame.kind !== 'foranalyse') {
    warnings.push({
      message: `Forslaget "${frame.ref}": den økonomiske tabel blev ikke fundet.`,
      sourceLine: p.sourceLines[0] ?? null,
    });
  }

  p.sections = readSections(lines, start, end);
  p.risk = readRisk(p.sections.find((s) => s.heading === 'Risikovurdering'));
  p.partners = readPartners(lines, start, end);
  return p;
}

/**
 * "Relevante samarbejdspartnere i kommunen, der er inddraget": the prose below that caption up to
 * the next table or heading. Template instructions ("Beskriv, hvordan …") and their example list
 * are left out: they are the template's words, not the proposal's.
 */
function readPartners(lines: SourceLine[], start: number, end: number): string[] {
  const out: string[] = [];
  const at = lines
    .slice(start, end)
    .findIndex(
      (l) =>
        /relevante samarbejdspartnere/i.test(l.text) && /^relevante samarbejdspartnere/i.test(cleanLine(l)),
    );
  if (at < 0) return out;
  let skippingExamples = false;
  for (let i = start + at + 1; i < end; i++) {
    const l = lines[i]!;
    if (l.text.includes('\t') || headingOf(l.text) || isDivider(l.text)) break;
    const t = cleanLine(l);
    if (t === '') continue;
    if (/^(beskriv|slet herunder)/i.test(t)) {
      skippingExamples = /fx være:?$/i.test(t);
      continue;
    }
    if (skippingExamples && /^[-•]/.test(t)) continue;
    skippingExamples = false;
    if (/^ikke relevant\.?$/i.test(t)) continue;
    out.push(t.replace(/^[-•]\s*/, ''));
  }
  return out;
}
