// The server's only door into the calculation engine (src/core). The server never sums anything
// itself: totals, payback, the catalog tables, target attainment and findings all come from core.
import { buildCatalog as coreBuildCatalog } from '../../core/catalog.ts';
import { deriveProposal } from '../../core/derive.ts';
import { isGevinstError } from '../../core/errors.ts';
import { warning } from '../../core/messages/index.ts';
import type { MasterData } from '../../core/master-data.ts';
import {
  type Catalog,
  DOCUMENT_FORMAT,
  type GevinstDocument,
  type Proposal,
  type Warning,
} from '../../core/model.ts';
import { type TargetAttainment, targetAttainment } from '../../core/targets.ts';
import { type Finding, validate } from '../../core/validation/index.ts';
import type { RisingProfile, RoundTarget } from '../../store/types.ts';

export type { Finding };

/** The proposal with `computed` filled in by the engine (null when it has no economy). */
export function withComputed(p: Proposal): Proposal {
  try {
    return { ...p, computed: deriveProposal(p) };
  } catch {
    // A table the engine cannot read gets a finding from validation; the body is shown as stored.
    return { ...p, computed: null };
  }
}

function documentOf(proposals: Proposal[]): GevinstDocument {
  return {
    format: DOCUMENT_FORMAT,
    source: null,
    priceLevelYear: null,
    catalog: null,
    proposals,
    warnings: [],
  };
}

/** Findings of the validation engine (src/core/validation) for one proposal. */
export function findingsFor(p: Proposal): Finding[] {
  return validate(documentOf([p]));
}

/** Findings for a whole imported document (its catalog is checked against its proposals). */
export function findingsForDocument(doc: GevinstDocument, sourceText: string | null): Finding[] {
  return validate(doc, sourceText === null ? {} : { sourceLines: sourceText.split(/\r\n|\r|\n/) });
}

export interface CatalogEntry {
  proposal: Proposal;
  committee: string | null;
  approvedWith: string | null;
}

export interface LiveCatalog {
  catalog: Catalog;
  /** Måltal against effect + rising profiles per committee and year (src/core/targets.ts). */
  targets: TargetAttainment[];
  warnings: Warning[];
}

/** The round's catalog (Tabel 1 per committee, Tabel 2 per proposal), computed by core. */
export function buildCatalog(
  entries: CatalogEntry[],
  round: { priceLevelYear: number | null; targets: RoundTarget[]; risingProfiles: RisingProfile[] },
  masterData: MasterData,
): LiveCatalog {
  const warnings: Warning[] = [];
  const proposals: Proposal[] = [];
  const committeeOf: Record<string, string> = {};
  const approvedWith: Record<string, string> = {};
  for (const e of entries) {
    const p = e.proposal;
    try {
      deriveProposal(p);
    } catch (err) {
      warnings.push(
        warning(
          'catalog.economy-unreadable',
          { ref: p.ref, reason: isGevinstError(err) ? err.message : 'økonomitabellen kan ikke beregnes.' },
          { proposalRef: p.ref },
        ),
      );
      continue;
    }
    if (e.committee !== null && masterData.committee(e.committee)) committeeOf[p.ref] = e.committee;
    else if (!p.presentingAdministrations.some((a) => masterData.committeeOfAdministration(a))) {
      warnings.push(warning('catalog.no-committee', { ref: p.ref, title: p.title }, { proposalRef: p.ref }));
      continue;
    }
    if (e.approvedWith) approvedWith[p.ref] = e.approvedWith;
    proposals.push(p);
  }
  const tables = coreBuildCatalog(proposals, {
    priceLevelYear: round.priceLevelYear,
    committeeOf,
    approvedWith,
    masterData,
  });
  warnings.push(...tables.warnings);
  const targets: Record<string, Record<string, number>> = {};
  for (const t of round.targets) (targets[t.committee] ??= {})[String(t.year)] = t.amount;
  const risingProfiles: Record<string, Record<string, number>> = {};
  for (const rp of round.risingProfiles) {
    const into = (risingProfiles[rp.committee] ??= {});
    // Several profiles of one committee are listed separately in the round; the target rule
    // takes one series per committee, so they are laid side by side here, year by year.
    for (const [y, a] of Object.entries(rp.amounts)) into[y] = (into[y] ?? 0) + a;
  }
  return {
    catalog: {
      tables: [tables.committeeTable, tables.proposalTable],
      rows: [...tables.committeeTable.rows, ...tables.proposalTable.rows],
    },
    targets:
      round.targets.length > 0 ? targetAttainment(tables.committeeTable, { targets, risingProfiles }) : [],
    warnings,
  };
}
