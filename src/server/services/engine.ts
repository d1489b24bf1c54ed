// The server's only door into the calculation engine (src/core). The server never sums anything
// itself: totals, payback and findings come from core; this module just calls it.
import { deriveProposal } from '../../core/derive.ts';
import { isGevinstError } from '../../core/errors.ts';
import type { Catalog, CatalogRow, CatalogTable, Proposal, YearAmounts } from '../../core/model.ts';

export interface Finding {
  rule: string;
  severity: 'error' | 'warning' | 'info';
  proposalRef: string | null;
  year: number | null;
  expected: number | string | null;
  found: number | string | null;
  message: string;
  sourceLine: number | null;
}

/** The proposal with `computed` filled in by the engine (null when it has no economy). */
export function withComputed(p: Proposal): Proposal {
  try {
    return { ...p, computed: deriveProposal(p) };
  } catch {
    // An unreadable table gets a finding (below); the body is still shown as stored.
    return { ...p, computed: null };
  }
}

/** Findings for one proposal. */
export function findingsFor(p: Proposal): Finding[] {
  const findings: Finding[] = [];
  try {
    deriveProposal(p);
  } catch (e) {
    findings.push({
      rule: 'economy.readable',
      severity: 'error',
      proposalRef: p.ref,
      year: null,
      expected: null,
      found: null,
      message: isGevinstError(e) ? e.message : 'Økonomitabellen kan ikke beregnes.',
      sourceLine: null,
    });
  }
  return findings;
}

export interface CatalogEntry {
  proposal: Proposal;
  committee: string | null;
  approvedWith: string | null;
}

/**
 * The round's catalog, computed live from the current versions. Proposal rows carry the catalog's
 * sign (positive = saving) of the engine's "Samlet varig ændring" and its investment total.
 * Committee and total rows are left to the core catalog aggregation (not landed yet; see report).
 */
export function buildCatalog(entries: CatalogEntry[], priceLevelYear: number | null): Catalog {
  const rows: CatalogRow[] = [];
  const years = new Set<number>();
  for (const e of entries) {
    const computed = withComputed(e.proposal).computed;
    const amounts: YearAmounts = {};
    for (const [year, value] of Object.entries(computed?.permanentChange ?? {})) {
      amounts[year] = 0 - value; // catalog sign convention, domain.md §4.5
      years.add(Number(year));
    }
    rows.push({
      rowType: 'proposal',
      proposalRef: e.proposal.ref,
      title: e.proposal.title,
      committee: e.committee ?? '',
      amounts,
      investment: computed && computed.investmentTotal !== 0 ? computed.investmentTotal : null,
      approvedWith: e.approvedWith,
      sourceLine: 0,
    });
  }
  const table: CatalogTable = {
    name: 'Tabel 1',
    title: 'Forslag i budgetrunden',
    unit: 'kr',
    priceLevelYear,
    years: [...years].sort((a, b) => a - b),
    rows,
    sourceLine: 0,
  };
  return { tables: [table], rows };
}
