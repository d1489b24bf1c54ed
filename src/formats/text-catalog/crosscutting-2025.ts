// The 2025 cross-cutting format (domain.md §3): catalog Tabel 1 and Tabel 2 (committee group
// rows, proposal rows, "I alt", "Samlet investering", "Godkendt med"), then proposals headed
// "BC01 …" or "Forslag N …" with the Kvantum tables A–E in their administrative annex.
import type { CatalogRow, CatalogTable, Proposal, ProposalKind, Warning } from '../../core/model.ts';
import type { GenerationReader, GenerationResult, SourceLine } from './reader.ts';
import { committeeId } from './tab-table-names.ts';
import { hasCheckbox } from './tab-table-parts.ts';
import { readTabProposal } from './tab-table-proposal.ts';
import { amountCell, cleanLine, findYearHeader, placeRow, readUnitAndLevel, tableAt } from './tab-table.ts';

const HEAD = /^(BC\s*\d+|Forslag\s+\d+)\s+(\S.*)$/;
const AFTER_HEAD = /^(kort resumé|berørte forvaltninger|fremstillende forvaltning)/i;

/** Kvantum tables by caption: "Tabel A. Måltalseffekt …", "Table C. …". */
export function kvantumId2025(title: string): string | null {
  const m = /^(?:tabel|table)\s+([A-E])\b/i.exec(title.trim());
  return m ? (m[1] ?? '').toUpperCase() : null;
}

/** Indexes of the proposal heading lines ("BC01 …", "Forslag 2 …") followed by the template's fields. */
function proposalStarts(lines: SourceLine[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.text.includes('\t') || !/^\W{0,4}(BC|Forslag)/i.test(l.text) || !HEAD.test(cleanLine(l))) continue;
    let j = i + 1;
    while (j < lines.length && cleanLine(lines[j]!) === '') j++;
    if (j < lines.length && AFTER_HEAD.test(cleanLine(lines[j]!))) out.push(i);
  }
  return out;
}

function detect(lines: SourceLine[]): number {
  // The 2025 marks: its catalog header, its annex heading, its HTML checkbox grid. The 2026
  // template also says "Forslag N" and "Kort resumé", so those alone are not enough.
  let marks = 0;
  if (lines.slice(0, 200).some((l) => /effektiviseringsbidrag/i.test(l.text) && /godkendt med/i.test(l.text)))
    marks++;
  if (lines.some((l) => /^administrativt bilag til tværgående/i.test(l.text.trim()))) marks++;
  if (lines.some((l) => hasCheckbox(l.text) && l.text.includes('\t'))) marks++;
  if (marks === 0) return 0;
  return proposalStarts(lines).length > 0 ? 0.5 + 0.15 * marks : 0.3;
}

/** One catalog table ("Tabel 1. …") starting at the caption line `at`. */
function readCatalogTable(
  lines: SourceLine[],
  at: number,
  stop: number,
  warnings: Warning[],
): CatalogTable | null {
  const table = tableAt(lines, at + 1, stop);
  if (!table) return null;
  const rows = table.rows;
  const header = findYearHeader(rows, warnings);
  if (!header) {
    warnings.push({
      message: 'Katalogtabellen har ingen række med årstal og er ikke læst.',
      sourceLine: lines[at]!.n,
    });
    return null;
  }
  const headRows = rows.slice(0, header.rowIndex + 1);
  const { unit: found, priceLevelYear } = readUnitAndLevel(headRows.flatMap((r) => r.cells));
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
  const caption = cleanLine(lines[at]!);
  const name = /^(tabel\s*\d+)/i.exec(caption)?.[1] ?? caption;
  const out: CatalogRow[] = [];
  let group: string | null = null;
  for (const row of rows.slice(header.rowIndex + 1)) {
    const c = row.cells;
    const c0 = c[0] ?? '';
    const filled = c.filter((x, i) => i > 0 && x !== '');
    if (c0 === '' && filled.length === 0) continue;
    if (filled.length === 0) {
      group = c0;
      out.push({
        rowType: 'committee',
        proposalRef: null,
        title: c0,
        committee: committeeId(c0) ?? c0,
        amounts: {},
        investment: null,
        approvedWith: null,
        group: null,
        sourceLine: row.n,
      });
      continue;
    }
    const total = /^i alt$/i.test(c0);
    let title = total ? c0 : (c[1] ?? '');
    let note: string | null = null;
    const mark = /\s*(\*+\)?\d*)$/.exec(title);
    if (mark && !total) {
      note = mark[1] ?? null;
      title = title.slice(0, mark.index).trim();
    }
    const investCell = investCol >= 0 ? (c[investCol] ?? '') : '';
    const investment = /^[-–]?$/.test(investCell.trim())
      ? null
      : amountCell(investCell, unit, row.n, warnings, `${name}, "${title}", samlet investering`);
    const approved = approvedCol >= 0 ? (c[approvedCol] ?? '') : '';
    out.push({
      rowType: total ? 'total' : 'proposal',
      proposalRef: total ? null : c0.replace(/\s+/g, ' '),
      title,
      committee: total ? '' : group ? (committeeId(group) ?? group) : '',
      amounts: placeRow(row, header, unit, warnings, `${name}, "${title}"`, [investCol, approvedCol]),
      investment,
      approvedWith: approved === '' ? null : approved,
      group: total ? null : group,
      ...(note ? { note } : {}),
      sourceLine: row.n,
    });
  }
  return {
    name,
    title: caption,
    unit,
    priceLevelYear,
    years: header.years,
    rows: out,
    sourceLine: lines[at]!.n,
  };
}

function kindOf(lines: SourceLine[], start: number, end: number, p: Proposal): ProposalKind {
  for (let i = start; i < end; i++) {
    const t = lines[i]!.text;
    if (/tværgående effektiviseringsforslag/i.test(t) && /bilag/i.test(t)) return 'effektivisering';
    if (/tværgående investeringsforslag/i.test(t) && /bilag/i.test(t)) return 'investering';
  }
  const impl = p.economy?.stated.implementationCost ?? {};
  const lines2 = p.economy?.lines.filter((l) => l.section === 'implementering') ?? [];
  return Object.values(impl).some((v) => v !== 0) || lines2.length > 0 ? 'investering' : 'effektivisering';
}

function read(lines: SourceLine[]): GenerationResult {
  const warnings: Warning[] = [];
  const starts = proposalStarts(lines);
  const first = starts[0] ?? lines.length;
  const tables: CatalogTable[] = [];
  for (let i = 0; i < first; i++) {
    const t = cleanLine(lines[i]!);
    if (!/^tabel\s*\d+\b/i.test(t) || lines[i]!.text.includes('\t')) continue;
    // A catalog table's header carries "Godkendt med" or "Samlet investering".
    const next = tableAt(lines, i + 1, first);
    if (
      !next ||
      !next.rows.slice(0, 2).some((r) => r.cells.some((c) => /godkendt med|samlet investering/i.test(c)))
    )
      continue;
    const table = readCatalogTable(lines, i, first, warnings);
    if (table) tables.push(table);
  }
  const proposals: Proposal[] = [];
  starts.forEach((start, k) => {
    let end = starts[k + 1] ?? lines.length;
    while (end > start + 1 && cleanLine(lines[end - 1]!) === '') end--;
    const m = HEAD.exec(cleanLine(lines[start]!))!;
    const ref = (m[1] ?? '').replace(/^BC\s*/i, 'BC').replace(/\s+/g, ' ');
    const title = (m[2] ?? '').trim();
    const p = readTabProposal(
      lines,
      { ref, title, kind: 'investering', start, end },
      kvantumId2025,
      warnings,
    );
    p.kind = kindOf(lines, start, end, p);
    proposals.push(p);
  });
  const priceLevelYear =
    tables[0]?.priceLevelYear ??
    proposals.find((p) => p.economy?.priceLevelYear)?.economy?.priceLevelYear ??
    null;
  return {
    priceLevelYear,
    catalog: tables.length > 0 ? { tables, rows: tables.flatMap((t) => t.rows) } : null,
    proposals,
    warnings,
  };
}

export const crosscutting2025Reader: GenerationReader = { id: 'crosscutting-2025', detect, read };
