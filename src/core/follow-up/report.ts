// The follow-up of adopted proposals as one report (`gevinst.followup/1`): every proposal's years
// (planned from the engine, realised as entered, deviation and status) and targets, and the totals
// per committee and year. The server, the exports and the web all read this; nobody sums on their
// own.
import { isGevinstError } from '../errors.ts';
import type { Proposal } from '../model.ts';
import { isAdopted, type Status } from '../process/statuses.ts';
import type {
  DueItem,
  DueList,
  FollowUpProposal,
  FollowUpReport,
  FollowUpTotal,
  ProposalFollowUp,
  RealisationVersion,
} from '../schema/follow-up.ts';
import { FOLLOW_UP_FORMAT } from '../schema/follow-up.ts';
import { entryYears } from './entry.ts';
import { type Plan, planOf } from './plan.ts';
import {
  type RealisationState,
  type Thresholds,
  currentCells,
  currentVersion,
  followUpYears,
  realisedTotals,
  yearComplete,
} from './realisation.ts';
import { EMPTY_TARGET, type TargetRecord, quarterOf, targetState } from './targets.ts';

/** An adopted proposal with everything stored about its follow-up. */
export interface FollowedProposal {
  proposalId: number;
  roundId: number;
  roundName: string;
  committee: string | null;
  administration: string | null;
  status: Status;
  approvedWith: string | null;
  approvedVersion: number;
  /** The approved version's body. */
  proposal: Proposal;
  realisation: RealisationState;
  /** Target index → what is stored about it. */
  targets: ReadonlyMap<number, TargetRecord>;
}

/** The plan, or null when the proposal has no economy or an unreadable one. */
export function safePlan(p: Proposal): Plan | null {
  try {
    return planOf(p);
  } catch (e) {
    if (isGevinstError(e)) return null;
    throw e;
  }
}

export function followUpOf(f: FollowedProposal, t: Thresholds, today: string): FollowUpProposal {
  const plan = safePlan(f.proposal);
  const years = plan ? followUpYears(plan, f.realisation, t) : [];
  const first = plan?.years[0];
  const last = plan?.years[plan.years.length - 1];
  const span = first !== undefined && last !== undefined ? { first, last } : null;
  const targets = f.proposal.followUp.map((target, i) =>
    targetState(target, i, f.targets.get(i) ?? EMPTY_TARGET, span, today),
  );
  return {
    proposalId: f.proposalId,
    roundId: f.roundId,
    roundName: f.roundName,
    ref: f.proposal.ref,
    title: f.proposal.title,
    committee: f.committee,
    administration: f.administration,
    status: f.status,
    approvedWith: f.approvedWith,
    approvedVersion: f.approvedVersion,
    years,
    targets,
    totals: realisedTotals(years),
    // An economy the engine cannot read is never complete: its years cannot be followed up.
    complete:
      (plan !== null || f.proposal.economy === null) &&
      years.every(yearComplete) &&
      targets.every((x) => x.state === 'met'),
  };
}

/** Per committee and year, then "I alt" per year. */
export function followUpTotals(proposals: readonly FollowUpProposal[]): FollowUpTotal[] {
  const by = new Map<string, FollowUpTotal>();
  const add = (committee: string, year: number, planned: number, realised: number | null) => {
    const key = `${committee}\u0000${year}`;
    const t = by.get(key) ?? {
      committee,
      year,
      planned: 0,
      realised: null,
      plannedOfRealised: 0,
      deviation: null,
      proposals: 0,
      realisedProposals: 0,
    };
    t.planned += planned;
    t.proposals++;
    if (realised !== null) {
      t.realised = (t.realised ?? 0) + realised;
      t.plannedOfRealised += planned;
      t.realisedProposals++;
      t.deviation = t.realised - t.plannedOfRealised;
    }
    by.set(key, t);
  };
  const ALL = 'I alt';
  for (const p of proposals) {
    for (const y of p.years) {
      if (y.planned === null && y.realised === null) continue;
      const planned = y.planned ?? 0;
      add(p.committee ?? '-', y.year, planned, y.realised);
      add(ALL, y.year, planned, y.realised);
    }
  }
  const totals = [...by.values()];
  return [
    ...totals
      .filter((t) => t.committee !== ALL)
      .sort((a, b) => a.committee.localeCompare(b.committee, 'da') || a.year - b.year),
    ...totals.filter((t) => t.committee === ALL).sort((a, b) => a.year - b.year),
  ];
}

export interface ReportInput {
  organisation: { id: number; slug: string; name: string };
  scope: FollowUpReport['scope'];
  thresholds: Thresholds;
  today: string;
  proposals: readonly FollowedProposal[];
}

/** The report over the adopted proposals given, in round then ref order as given. */
export function followUpReport(input: ReportInput): FollowUpReport {
  const proposals = input.proposals
    .filter((f) => isAdopted(f.status))
    .map((f) => followUpOf(f, input.thresholds, input.today));
  return {
    format: FOLLOW_UP_FORMAT,
    organisation: input.organisation,
    scope: input.scope,
    today: input.today,
    unit: 'kr',
    thresholds: { percent: input.thresholds.percent, kroner: input.thresholds.kroner },
    proposals,
    totals: followUpTotals(proposals),
  };
}

/**
 * What is due this quarter and what is overdue, per administration: the targets of proposals still
 * followed up (adopted, follow-up not closed), each with the responsible its target names.
 */
export function dueList(proposals: readonly FollowUpProposal[], today: string): DueList {
  const items: DueItem[] = [];
  for (const p of proposals) {
    if (p.status === 'opfoelgning_afsluttet') continue;
    for (const t of p.targets) {
      for (const o of t.occurrences) {
        if (o.due === null || (o.state !== 'overdue' && o.state !== 'due')) continue;
        items.push({
          proposalId: p.proposalId,
          roundId: p.roundId,
          roundName: p.roundName,
          ref: p.ref,
          title: p.title,
          administration: p.administration,
          committee: p.committee,
          targetIndex: t.index,
          target: t.target,
          responsible: t.responsible,
          due: o.due,
          recurrence: t.schedule.recurrence,
          state: o.state,
        });
      }
    }
  }
  items.sort((a, b) => a.due.localeCompare(b.due) || a.ref.localeCompare(b.ref, 'da'));
  const admins = [...new Set(items.map((i) => i.administration))].sort((a, b) =>
    (a ?? '').localeCompare(b ?? '', 'da'),
  );
  return {
    today,
    quarter: quarterOf(today),
    administrations: admins.map((administration) => ({
      administration,
      items: items.filter((i) => i.administration === administration),
    })),
  };
}

/** The history of entries, newest first: who saved which figures when. */
export function realisationHistory(s: RealisationState): RealisationVersion[] {
  return [...s.versions]
    .sort((a, b) => b.version - a.version)
    .map((v) => ({
      version: v.version,
      by: v.by,
      at: v.at,
      changes: s.entries
        .filter((e) => e.version === v.version)
        .map((e) => ({
          year: e.year,
          section: e.section,
          budgetArea: e.budgetArea,
          line: e.line,
          amount: e.amount,
        })),
      notes: s.notes.filter((n) => n.version === v.version).map((n) => ({ year: n.year, note: n.note })),
    }));
}

/** One proposal's follow-up page: the report's entry with the plan, the cells and the history. */
export function proposalFollowUp(
  f: FollowedProposal,
  t: Thresholds,
  today: string,
  access: { mayEnter: boolean; mayConfirm: boolean; closedReason: string | null },
): ProposalFollowUp {
  const plan = safePlan(f.proposal);
  return {
    ...followUpOf(f, t, today),
    today,
    thresholds: { percent: t.percent, kroner: t.kroner },
    realisationVersion: currentVersion(f.realisation),
    entryYears: entryYears(plan, f.realisation),
    planned: plan?.areas ?? [],
    cells: currentCells(f.realisation),
    history: realisationHistory(f.realisation),
    ...access,
  };
}
