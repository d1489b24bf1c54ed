// The budget round's tables, from the proposals' economies as core derives them. Catalog sign
// convention: positive = saving, so a catalog amount is the negated "Samlet varig ændring".
//
// NOTE: core's catalog aggregation (issue 2: "Catalog aggregation … committee and grand totals,
// target attainment") was not in src/core when this was written. `sumSeries` below is the one
// place the web app adds series; swap it for core's aggregation when it lands (see docs/web.md).
import type { Kroner, Proposal, YearAmounts } from '../../core/model.ts';
import type { DerivedEconomy } from '../../core/derive.ts';
import { deriveProposal } from '../../core/derive.ts';
import type { ProposalSummary, RoundDetail } from '../api/types.ts';

export interface RoundItem {
  summary: ProposalSummary;
  proposal: Proposal;
  derived: DerivedEconomy | null;
  /** Catalog sign: positive = saving. */
  effect: YearAmounts;
  investment: Kroner | null;
}

export interface CommitteeRow {
  committee: string;
  effect: YearAmounts;
  investment: Kroner;
  count: number;
}

export interface Filters {
  committee: string;
  kind: string;
  status: string;
  approvedWith: string;
}

export const NO_FILTER: Filters = { committee: '', kind: '', status: '', approvedWith: '' };

function negate(a: YearAmounts): YearAmounts {
  const out: YearAmounts = {};
  for (const [k, v] of Object.entries(a)) out[k] = v === 0 ? 0 : -v;
  return out;
}

export function toItem(summary: ProposalSummary, proposal: Proposal): RoundItem {
  const derived = deriveProposal(proposal);
  return {
    summary,
    proposal,
    derived,
    effect: derived ? negate(derived.permanentChange) : {},
    investment: derived && derived.investmentTotal !== 0 ? derived.investmentTotal : null,
  };
}

/** Σ of series; a year stays blank unless some series fills it. */
export function sumSeries(series: YearAmounts[]): YearAmounts {
  const out: YearAmounts = {};
  for (const s of series) for (const [k, v] of Object.entries(s)) out[k] = (out[k] ?? 0) + v;
  return out;
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

export function committeeRows(items: RoundItem[]): { rows: CommitteeRow[]; total: CommitteeRow } {
  const by = new Map<string, RoundItem[]>();
  for (const i of items) {
    const c = i.summary.committee ?? '';
    by.set(c, [...(by.get(c) ?? []), i]);
  }
  const rows = [...by.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'da'))
    .map(([committee, list]) => ({
      committee,
      effect: sumSeries(list.map((i) => i.effect)),
      investment: list.reduce((s, i) => s + (i.investment ?? 0), 0),
      count: list.length,
    }));
  const total = {
    committee: '',
    effect: sumSeries(rows.map((r) => r.effect)),
    investment: rows.reduce((s, r) => s + r.investment, 0),
    count: items.length,
  };
  return { rows, total };
}

export function yearsOf(items: RoundItem[]): number[] {
  const set = new Set<number>();
  for (const i of items) for (const k of Object.keys(i.effect)) set.add(Number(k));
  return [...set].sort((a, b) => a - b);
}

export interface Attainment {
  committee: string;
  year: number;
  target: Kroner;
  fromRound: Kroner;
  fromRising: Kroner;
  reached: Kroner;
  /** reached / target in per cent, rounded down (for the bar); null when the target is 0. */
  percent: number | null;
}

/** Target attainment per committee and target year: this round's effect plus rising profiles. */
export function attainment(round: RoundDetail, items: RoundItem[]): Attainment[] {
  const { rows } = committeeRows(items);
  return round.targets.map((t) => {
    const y = String(t.year);
    const fromRound = rows.find((r) => r.committee === t.committee)?.effect[y] ?? 0;
    const fromRising = round.risingProfiles.filter((p) => p.committee === t.committee).reduce((s, p) => s + (p.amounts[y] ?? 0), 0);
    const reached = fromRound + fromRising;
    return {
      committee: t.committee,
      year: t.year,
      target: t.amount,
      fromRound,
      fromRising,
      reached,
      percent: t.amount === 0 ? null : Math.floor((reached * 100) / t.amount),
    };
  });
}

/** Payback buckets for the distribution chart: "1".."6", "7+" and "none" (investment proposals only). */
export function paybackBuckets(items: RoundItem[]): { bucket: string; count: number }[] {
  const buckets = ['1', '2', '3', '4', '5', '6', '7+', 'none'];
  const counts = new Map(buckets.map((b) => [b, 0]));
  for (const i of items) {
    if (!i.derived || i.investment === null) continue;
    const p = i.derived.paybackTotal;
    const b = p === null ? 'none' : p >= 7 ? '7+' : String(Math.max(1, p));
    counts.set(b, (counts.get(b) ?? 0) + 1);
  }
  return buckets.map((bucket) => ({ bucket, count: counts.get(bucket) ?? 0 }));
}

/** Investment pool use per year: Σ implementation costs of the shown proposals. */
export function poolUse(items: RoundItem[]): YearAmounts {
  return sumSeries(items.map((i) => i.derived?.implementationCost ?? {}));
}
