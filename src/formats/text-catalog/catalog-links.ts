// Which proposal each catalog row summarises. A catalog may number its proposals otherwise than
// their own headings (the 2025 catalog prints BC01 and BC02 as "1" and "2"): the row is linked to
// the proposal the validator matches it with (core/validation/catalog-match.ts: the same title
// first, then the same number), its `proposalRef` becomes that proposal's ref and the number it
// printed is kept in `printedRef`. Only a row that printed a number is linked, and only away from a
// proposal of that number whose title disagrees: an unnumbered row (a cross-cutting proposal of
// another appendix) keeps no ref. A row that names a proposal the text does not hold is reported.
import { warning } from '../../core/messages/index.ts';
import type { Catalog, CatalogRow, Proposal, Warning } from '../../core/model.ts';
import { matchCatalogRow, normaliseRef, titlesAgree } from '../../core/validation/catalog-match.ts';
import { printedNumber } from './catalog-text.ts';

/** Links the proposal rows of `catalog` to `proposals` (in place) and warns about rows without one. */
export function linkCatalogRows(catalog: Catalog, proposals: readonly Proposal[], warnings: Warning[]): void {
  const refs = new Set(proposals.map((p) => p.ref));
  const seen = new Set<CatalogRow>();
  for (const row of [...catalog.rows, ...catalog.tables.flatMap((t) => t.rows)]) {
    if (seen.has(row) || row.rowType !== 'proposal') continue;
    seen.add(row);
    if (row.proposalRef === null) continue;
    const match = matchCatalogRow(row, proposals);
    const printed = normaliseRef(row.proposalRef);
    const named = proposals.find((p) => normaliseRef(p.ref) === printed);
    if (match && normaliseRef(match.ref) !== printed && !(named && titlesAgree(named.title, row.title))) {
      const number = printedNumber.get(row) ?? row.proposalRef;
      row.printedRef = number;
      row.proposalRef = match.ref;
      warnings.push(
        warning(
          'catalog-table.row-linked',
          { printed: number, ref: match.ref, title: row.title },
          { sourceLine: row.sourceLine, proposalRef: match.ref },
        ),
      );
    } else if (match && row.proposalRef !== match.ref) {
      // "Forslag 2" for "2", "BC01" for "BC 01": the same number, written as the proposal writes it.
      row.proposalRef = match.ref;
    }
    if (row.proposalRef && !refs.has(row.proposalRef))
      warnings.push(
        warning(
          'catalog-table.proposal-absent',
          { ref: row.proposalRef, title: row.title },
          { sourceLine: row.sourceLine, proposalRef: row.proposalRef },
        ),
      );
  }
}

/** What the catalog says of a proposal's decision ("Godkendt med": "OFS 24-25", "Budget 2026"). */
export interface CatalogDecision {
  ref: string;
  approvedWith: string;
  /** The catalog row that says it. */
  sourceLine: number;
}

/**
 * Per proposal of the document, the decision its (linked) catalog row prints, for recording the
 * decisions of an imported catalog of a decided budget. Proposals without a row saying so are left
 * out; where two rows disagree the first is taken.
 */
export function catalogDecisions(doc: {
  catalog: Catalog | null;
  proposals: readonly Proposal[];
}): CatalogDecision[] {
  const refs = new Set(doc.proposals.map((p) => p.ref));
  const out = new Map<string, CatalogDecision>();
  for (const r of doc.catalog?.rows ?? []) {
    if (r.rowType !== 'proposal' || !r.proposalRef || !r.approvedWith || !refs.has(r.proposalRef)) continue;
    if (!out.has(r.proposalRef))
      out.set(r.proposalRef, { ref: r.proposalRef, approvedWith: r.approvedWith, sourceLine: r.sourceLine });
  }
  return [...out.values()];
}
