// The catalog part of the report: per catalog table, its printed "I alt" against the sum of its
// proposal rows and against the proposals' own tables (−Samlet varig ændring, the catalog's sign).
import type { CatalogTable, GevinstDocument, Kroner } from '../../core/model.ts';
import { matchCatalogRow } from '../../core/validation/catalog-match.ts';
import { ruleContext } from '../../core/validation/index.ts';
import { permanentOf } from '../../core/validation/rules/catalog.ts';

export interface CatalogYearLine {
  year: number;
  /** The table's printed total row ("I alt"), when it has one. */
  printedTotal: Kroner | null;
  /** Σ of the table's proposal rows. */
  rowsSum: Kroner;
  /** Σ −(Samlet varig ændring) of the proposals in the document that the rows refer to. */
  proposalsSum: Kroner;
  /** How many proposal rows have a proposal in the document with a value that year. */
  proposalsCounted: number;
}

export interface CatalogTableSummary {
  table: CatalogTable;
  /** What "rowsSum" adds up: the proposal rows, or the committee rows of a table that has only those (2026 Tabel 1). */
  rowKind: 'forslag' | 'udvalg';
  proposalRows: number;
  matchedRows: number;
  years: CatalogYearLine[];
}

export function summariseCatalog(doc: GevinstDocument): CatalogTableSummary[] {
  const ctx = ruleContext(doc);
  const out: CatalogTableSummary[] = [];
  for (const table of doc.catalog?.tables ?? []) {
    const rows = table.rows.filter((r) => r.rowType === 'proposal');
    const rowKind = rows.length > 0 ? 'forslag' : 'udvalg';
    const summed = rows.length > 0 ? rows : table.rows.filter((r) => r.rowType === 'committee');
    const total = table.rows.find((r) => r.rowType === 'total') ?? null;
    const matched = summed.map((r) => ({ row: r, proposal: matchCatalogRow(r, doc.proposals) }));
    const years: CatalogYearLine[] = [];
    for (const year of table.years) {
      const key = String(year);
      let rowsSum = 0;
      let proposalsSum = 0;
      let counted = 0;
      for (const { row, proposal } of matched) {
        rowsSum += row.amounts[key] ?? 0;
        const perm = proposal ? permanentOf(ctx, proposal, year) : undefined;
        if (perm !== undefined) {
          proposalsSum -= perm;
          counted += 1;
        }
      }
      years.push({
        year,
        printedTotal: total?.amounts[key] ?? null,
        rowsSum,
        proposalsSum,
        proposalsCounted: counted,
      });
    }
    out.push({
      table,
      rowKind,
      proposalRows: rows.length,
      matchedRows: matched.filter((m) => m.proposal !== null).length,
      years,
    });
  }
  return out;
}
