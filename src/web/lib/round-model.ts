// The budget round's tables, computed by core in the browser: buildCatalog gives Tabel 1 (per
// committee, with "I alt") and Tabel 2 (per proposal, catalog sign: positive = saving) from the
// proposals currently shown; targetAttainment gives måltal against this round plus rising
// profiles. This module only filters, looks rows up and groups inputs for those functions.
import type { CatalogRow, CatalogTable, Kroner, Proposal, Warning, YearAmounts } from '../../core/model.ts';
import type { DerivedEconomy } from '../../core/derive.ts';
import { deriveProposal } from '../../core/derive.ts';
import { buildCatalog, committeeForProposal } from '../../core/catalog.ts';
import { targetAttainment } from '../../core/targets.ts';
import type { TargetAttainment } from '../../core/targets.ts';
import type { ProposalSummary, RoundDetail } from '../api/types.ts';

export type { TargetAttainment };

export interface RoundItem {
  summary: ProposalSummary;
  proposal: Proposal;
  derived: DerivedEconomy | null;
}

export interface Filters {
  committee: string;
  kind: string;
  status: string;
  approvedWith: string;
}

export const NO_FILTER: Filters = { committee: '', kind: '', status: '', approvedWith: '' };

export function toItem(summary: ProposalSummary, proposal: Proposal): RoundItem {
  return { summary, proposal, derived: deriveProposal(proposal) };
}

export function applyFilters(items: RoundItem[], f: Filters): RoundItem[] {
  return items.filter(
    (i) =>
      (f.committee === '' || (i.summary.committee ?? '') === f.committee) &&
      (f.kind === '' || i.summary.kind === f.kind) &&
      (f.status === '' || i.summary.status === f.status) &&
      (f.approvedWith === '' || (i.summary.approvedWith ?? '') === f.approvedWith),
  );
}

export interface RoundTables {
  committeeTable: CatalogTable;
  /** Committee rows of Tabel 1, in master-data order. */
  committees: CatalogRow[];
  total: CatalogRow | null;
  /** Tabel 2's proposal row per proposal id. */
  rowOf: Map<number, CatalogRow>;
  years: number[];
  warnings: Warning[];
  /** Proposals core could not place under a committee (shown, not counted). */
  unplaced: RoundItem[];
  /** Rejected or withdrawn proposals: shown in the list, left out of every sum. */
  notCounted: RoundItem[];
}

/** Tabel 1 and 2 for the shown proposals, by core. The server's committee wins where it has one. */
export function roundTables(
  items: RoundItem[],
  priceLevelYear: number | null,
  years?: number[],
): RoundTables {
  // core keys its options by proposal ref; refs need not be unique across a round's history, so
  // each proposal goes in under its database id ("#12") and rows are found by that key.
  const key = (i: RoundItem) => `#${i.summary.id}`;
  const committeeOf: Record<string, string> = {};
  const approvedWith: Record<string, string> = {};
  const placed: RoundItem[] = [];
  const keyed: Proposal[] = [];
  const unplaced: RoundItem[] = [];
  const notCounted: RoundItem[] = [];
  for (const i of items) {
    // A rejected or withdrawn proposal finds no money: listed, but not in the sums (as the server's catalog).
    if (i.summary.status === 'afvist' || i.summary.status === 'trukket_tilbage') {
      notCounted.push(i);
      continue;
    }
    const p = { ...i.proposal, ref: key(i) };
    if (i.summary.committee) committeeOf[p.ref] = i.summary.committee;
    if (i.summary.approvedWith) approvedWith[p.ref] = i.summary.approvedWith;
    try {
      committeeForProposal(p, { committeeOf });
      placed.push(i);
      keyed.push(p);
    } catch {
      unplaced.push(i);
    }
  }
  const options = years
    ? { committeeOf, approvedWith, priceLevelYear, years }
    : { committeeOf, approvedWith, priceLevelYear };
  const tables = buildCatalog(keyed, options);
  const rows = tables.proposalTable.rows.filter((r) => r.rowType === 'proposal');
  const byRef = new Map(rows.map((r) => [r.proposalRef, r]));
  const rowOf = new Map<number, CatalogRow>();
  for (const i of placed) {
    const r = byRef.get(key(i));
    if (r) rowOf.set(i.summary.id, r);
  }
  return {
    committeeTable: tables.committeeTable,
    committees: tables.committeeTable.rows.filter((r) => r.rowType === 'committee'),
    total: tables.committeeTable.rows.find((r) => r.rowType === 'total') ?? null,
    rowOf,
    years: tables.committeeTable.years,
    // Core's messages name the key; show the proposal's own ref instead.
    warnings: tables.warnings.map((w) => ({
      ...w,
      message: w.message.replace(
        /#(\d+)/g,
        (m, id: string) => items.find((i) => i.summary.id === Number(id))?.proposal.ref ?? m,
      ),
    })),
    unplaced,
    notCounted,
  };
}

/** Years of Tabel 1 over every proposal of the round (stable columns while filtering). */
export function roundYears(items: RoundItem[], priceLevelYear: number | null): number[] {
  return roundTables(items, priceLevelYear).years;
}

/** Inputs for core's targetAttainment from the round's måltal and rising profiles. */
export function targetInput(round: RoundDetail): {
  targets: Record<string, YearAmounts>;
  risingProfiles: Record<string, YearAmounts>;
} {
  const targets: Record<string, YearAmounts> = {};
  for (const t of round.targets) (targets[t.committee] ??= {})[String(t.year)] = t.amount;
  // core takes one rising profile per committee; a round may list several for one committee,
  // which are combined here (the only addition in web code, kept to this input step).
  const risingProfiles: Record<string, YearAmounts> = {};
  for (const p of round.risingProfiles) {
    const into = (risingProfiles[p.committee] ??= {});
    for (const [y, v] of Object.entries(p.amounts)) into[y] = (into[y] ?? 0) + v;
  }
  return { targets, risingProfiles };
}

export function attainment(round: RoundDetail, tables: RoundTables): TargetAttainment[] {
  return targetAttainment(tables.committeeTable, targetInput(round)).filter((t) => t.committee !== 'I alt');
}

/** Payback buckets for the distribution chart: "1".."6", "7+" and "none" (investment proposals only). */
export function paybackBuckets(items: RoundItem[]): { bucket: string; count: number }[] {
  const buckets = ['1', '2', '3', '4', '5', '6', '7+', 'none'];
  const counts = new Map(buckets.map((b) => [b, 0]));
  for (const i of items) {
    if (!i.derived || Object.keys(i.derived.implementationCost).length === 0) continue;
    const p = i.derived.paybackTotal;
    const b = p === null ? 'none' : p >= 7 ? '7+' : String(Math.max(1, p));
    counts.set(b, (counts.get(b) ?? 0) + 1);
  }
  return buckets.map((bucket) => ({ bucket, count: counts.get(bucket) ?? 0 }));
}

/** Investment per year of the shown proposals: core's "I alt" over implementation costs is not a
 * catalog column, so the pool chart shows each proposal's implementation costs stacked. */
export function poolSeries(items: RoundItem[]): { name: string; values: YearAmounts }[] {
  return items
    .filter((i) => i.derived && Object.keys(i.derived.implementationCost).length > 0)
    .map((i) => ({ name: `${i.summary.ref}`, values: i.derived?.implementationCost ?? {} }));
}

export function investmentOf(row: CatalogRow | undefined): Kroner | null {
  return row?.investment ?? null;
}
