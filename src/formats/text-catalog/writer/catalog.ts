// The catalog tables at the top of the 2026 file: Tabel 1 (per committee) and Tabel 2 (per
// proposal, with committee rows, group sub-headings, "Samlet investering" and "Godkendt med").
// Rows are printed as given; the writer never sums them.
import { formatAmount } from '../../../core/amount.ts';
import type { CatalogRow, CatalogTable } from '../../../core/model.ts';
import { unitLine } from './economy-table.ts';
import type { Block } from './layout.ts';
import { committeeName } from './names.ts';

function amountCells(row: CatalogRow, table: CatalogTable): string[] {
  const cells: string[] = [];
  for (const y of table.years) {
    const v = row.amounts[String(y)];
    if (v !== undefined) cells.push(formatAmount(v, table.unit));
  }
  return cells;
}

/** "Forslag 12" → "12"; other references print as they are. */
function printedNumber(ref: string): string {
  const m = /^Forslag\s+(\S+)$/.exec(ref);
  return m ? (m[1] ?? ref) : ref;
}

function isPerProposal(table: CatalogTable): boolean {
  return table.rows.some((r) => r.rowType === 'proposal');
}

/**
 * Header of a catalog table. The per-proposal table's header has multi-line cells ("2030 (varig)",
 * "Samlet Investering", "Godkendt med"), which text conversion puts one per line, as the 2026
 * file shows; `oneLine` prints it as a single line instead.
 */
function headerLines(table: CatalogTable, oneLine: boolean): string[] {
  const years = table.years.map(String);
  if (!isPerProposal(table)) return [unitLine(table), `Udvalg ${years.join(' ')}`];
  const last = years[years.length - 1] ?? '';
  if (oneLine) {
    return [
      unitLine(table),
      'Effektiviseringsbidrag i',
      `Udvalg ${[...years.slice(0, -1), `${last} (varig)`].join(' ')} Samlet Investering Godkendt med`,
    ];
  }
  return [
    unitLine(table),
    'Effektiviseringsbidrag i',
    `Udvalg ${years.slice(0, -1).join(' ')}`,
    last,
    '(varig)',
    'Samlet',
    'Investering',
    'Godkendt',
    'med',
  ];
}

function rowBlock(row: CatalogRow, table: CatalogTable): Block {
  const perProposal = isPerProposal(table);
  const cells = amountCells(row, table);
  if (row.rowType === 'proposal') {
    cells.push(row.investment === null ? '-' : formatAmount(row.investment, table.unit));
    if (row.approvedWith) cells.push(row.approvedWith);
    const label = row.proposalRef ? `${printedNumber(row.proposalRef)} ${row.title}` : row.title;
    return { kind: 'row', label, cells };
  }
  if (perProposal && row.investment !== null) cells.push(formatAmount(row.investment, table.unit));
  const label = row.rowType === 'total' ? row.title || 'I alt' : committeeName(row.committee);
  return { kind: 'row', label, cells, template: row.rowType === 'total' };
}

export function catalogTableBlocks(table: CatalogTable, oneLineHeader = false): Block[] {
  const header = headerLines(table, oneLineHeader);
  const blocks: Block[] = [
    { kind: 'line', text: `${table.name}. ${table.title}`, template: true },
    { kind: 'blank' },
    ...header.map((text): Block => ({ kind: 'line', text, template: true })),
    { kind: 'blank' },
    { kind: 'tableStart', header },
  ];
  let group: string | null = null;
  for (const row of table.rows) {
    if (row.rowType !== 'proposal') {
      group = null;
    } else if ((row.group ?? null) !== group) {
      group = row.group ?? null;
      if (group !== null) blocks.push({ kind: 'line', text: group, template: true }, { kind: 'blank' });
    }
    blocks.push(rowBlock(row, table), { kind: 'blank' });
  }
  blocks.push({ kind: 'tableEnd' });
  return blocks;
}
