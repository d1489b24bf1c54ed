// Follow-up of adopted proposals: a proposal's follow-up page, entering realised figures (authors
// of the proposal's administration and the finance centre), the finance centre's confirmation,
// target schedules and targets met, the report of a round or of the whole organisation, and the
// due list. Every computation is core's (src/core/follow-up); this service reads, checks access,
// writes in one transaction with its audit entry, and answers. Scoped to the actor's organisation:
// another organisation's proposal or round answers 404.
import { danishDay } from '../../core/danish-dates.ts';
import { Conflict, Forbidden, InvalidInput, NotFound } from '../../core/errors.ts';
import { checkEntry } from '../../core/follow-up/entry.ts';
import type { Plan } from '../../core/follow-up/plan.ts';
import {
  type RealisationState,
  type Thresholds,
  cellKey,
  currentCells,
  currentNotes,
  currentVersion,
  followUpYears,
  lastChanges,
  realisedSeries,
} from '../../core/follow-up/realisation.ts';
import {
  type FollowedProposal,
  dueList,
  followUpOf,
  followUpReport,
  proposalFollowUp,
  safePlan,
} from '../../core/follow-up/report.ts';
import { EMPTY_TARGET, targetState } from '../../core/follow-up/targets.ts';
import { messageText } from '../../core/messages/index.ts';
import type { YearAmounts } from '../../core/model.ts';
import type { OrganisationSettings } from '../../core/process/organisation.ts';
import { isFinance, mayWriteProposal } from '../../core/process/roles.ts';
import { ADOPTED_STATUSES, STATUSES, STATUS_NAMES, isAdopted } from '../../core/process/statuses.ts';
import type * as fu from '../../core/schema/follow-up.ts';
import type { Db, Queryable } from '../../store/db.ts';
import { appendAudit } from '../../store/repositories/audit.repository.ts';
import * as repo from '../../store/repositories/follow-up.repository.ts';
import { getOrganisation } from '../../store/repositories/organisations.repository.ts';
import { lockProposal } from '../../store/repositories/proposals.repository.ts';
import * as rounds from '../../store/repositories/rounds.repository.ts';
import type { ProposalSummary, User } from '../../store/types.ts';
import { type Actor, requireInternal, requireRole } from './access.ts';

export function thresholdsOf(s: OrganisationSettings): Thresholds {
  return { percent: s.followUpTolerancePercent, kroner: s.followUpToleranceKroner };
}

async function followed(q: Queryable, rows: repo.FollowedRow[]): Promise<FollowedProposal[]> {
  const ids = rows.map((r) => r.proposalId);
  const realisations = await repo.loadRealisations(q, ids);
  const targets = await repo.loadTargetRecords(q, ids);
  return rows.map((r) => ({
    ...r,
    realisation: realisations.get(r.proposalId) as RealisationState,
    targets: targets.get(r.proposalId) ?? new Map(),
  }));
}

/**
 * Is the proposal's follow-up complete (every planned year realised and confirmed, every target
 * occurrence met)? The fact the workflow's step to "opfølgning afsluttet" asks for.
 */
export async function followUpComplete(q: Queryable, org: number, id: number): Promise<boolean> {
  const rows = await repo.listFollowed(q, org, STATUSES, { proposalId: id });
  const [f] = await followed(q, rows);
  if (!f) return false;
  // Completeness depends on neither the day nor the thresholds.
  return followUpOf(f, { percent: 0, kroner: 0 }, '1900-01-01').complete;
}

/** Proposal id → realised permanent change per year, for a round's target attainment. */
export async function realisedByProposal(
  q: Queryable,
  org: number,
  roundId: number,
): Promise<Map<number, YearAmounts>> {
  const rows = await repo.listFollowed(q, org, ADOPTED_STATUSES, { roundId });
  const out = new Map<number, YearAmounts>();
  for (const f of await followed(q, rows)) {
    const plan = safePlan(f.proposal);
    if (!plan) continue;
    const series = realisedSeries(followUpYears(plan, f.realisation, { percent: 0, kroner: 0 }));
    if (Object.keys(series).length > 0) out.set(f.proposalId, series);
  }
  return out;
}

export class FollowUpService {
  constructor(
    private readonly db: Db,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  today(): string {
    return danishDay(this.clock());
  }

  private async settings(q: Queryable, org: number) {
    const o = await getOrganisation(q, org);
    if (!o) throw new NotFound('Organisationen findes ikke.');
    return o;
  }

  private async one(q: Queryable, org: number, id: number): Promise<FollowedProposal> {
    const rows = await repo.listFollowed(q, org, STATUSES, { proposalId: id });
    const [f] = await followed(q, rows);
    if (!f) throw new NotFound('Forslaget findes ikke.');
    return f;
  }

  /** Why nothing may be entered now, or null. */
  private closedReason(status: ProposalSummary['status']): string | null {
    if (status === 'opfoelgning_afsluttet') return messageText('realisation.closed', {});
    if (!isAdopted(status)) return messageText('realisation.not-adopted', { status: STATUS_NAMES[status] });
    return null;
  }

  private requireOpen(status: ProposalSummary['status']): void {
    if (status === 'opfoelgning_afsluttet')
      throw new Conflict(messageText('realisation.closed', {}), { reason: 'realisation.closed' });
    if (!isAdopted(status))
      throw new Conflict(messageText('realisation.not-adopted', { status: STATUS_NAMES[status] }), {
        reason: 'realisation.not-adopted',
      });
  }

  /** Authors of the proposal's administration and the finance centre enter; readers never. */
  private requireEnterer(actor: Actor, administration: string | null): User {
    const user = requireRole(actor, ['admin', 'oekonomi', 'forfatter'], 'indtaste opfølgning');
    if (!mayWriteProposal(user, administration)) {
      throw new Forbidden(
        messageText('realisation.enter-own-only', { administration: administration ?? 'ingen forvaltning' }),
        { reason: 'realisation.enter-own-only' },
      );
    }
    return user;
  }

  private async page(user: User, id: number, q: Queryable = this.db): Promise<fu.ProposalFollowUp> {
    const org = user.organisationId;
    const f = await this.one(q, org, id);
    const o = await this.settings(q, org);
    const closedReason = this.closedReason(f.status);
    return proposalFollowUp(f, thresholdsOf(o.settings), this.today(), {
      mayEnter: closedReason === null && mayWriteProposal(user, f.administration) && user.role !== 'laeser',
      mayConfirm: closedReason === null && isFinance(user),
      closedReason,
    });
  }

  async proposal(actor: Actor, id: number): Promise<fu.ProposalFollowUp> {
    return this.page(requireInternal(actor), id);
  }

  /** Locks the proposal, checks who and its status, and gives the plan of its approved version. */
  private async prepare(
    tx: Queryable,
    actor: Actor,
    id: number,
    who: 'enter' | 'confirm',
  ): Promise<{ user: User; current: ProposalSummary; f: FollowedProposal; plan: Plan | null }> {
    const internal = requireInternal(actor);
    const org = internal.organisationId;
    const current = await lockProposal(tx, org, id);
    if (!current) throw new NotFound('Forslaget findes ikke.');
    let user: User;
    if (who === 'confirm') {
      if (!isFinance(internal))
        throw new Forbidden(messageText('realisation.finance-confirms', {}), {
          reason: 'realisation.finance-confirms',
        });
      user = internal;
    } else user = this.requireEnterer(actor, current.administration);
    this.requireOpen(current.status);
    const f = await this.one(tx, org, id);
    return { user, current, f, plan: safePlan(f.proposal) };
  }

  async saveRealised(actor: Actor, id: number, body: fu.RealisedBody): Promise<fu.ProposalFollowUp> {
    const user = await this.db.transaction(async (tx) => {
      const { user, current, f, plan } = await this.prepare(tx, actor, id, 'enter');
      if (!plan)
        throw new Conflict(messageText('realisation.no-economy', {}), { reason: 'realisation.no-economy' });
      const state = f.realisation;
      checkEntry(plan, body.years, state);
      const version = currentVersion(state);
      if (version !== body.basedOnVersion) {
        throw new Conflict(
          messageText('realisation.stale', { current: version, based: body.basedOnVersion }),
          {
            reason: 'realisation.stale',
          },
        );
      }
      // Only what changed is written: the cells set, changed or cleared, and the notes changed.
      const before = new Map(currentCells(state).map((c) => [cellKey(c), c]));
      const notes = currentNotes(state);
      const entries: Parameters<typeof repo.insertRealisationVersion>[1]['entries'] = [];
      const noteRows: { year: number; note: string | null }[] = [];
      for (const y of body.years) {
        const after = new Map(y.cells.map((c) => [cellKey({ ...c, year: y.year }), { ...c, year: y.year }]));
        for (const [k, c] of after) if (before.get(k)?.amount !== c.amount) entries.push(c);
        for (const [k, c] of before)
          if (c.year === y.year && !after.has(k)) entries.push({ ...c, amount: null });
        if ((notes.get(y.year) ?? null) !== y.note) noteRows.push({ year: y.year, note: y.note });
      }
      if (entries.length === 0 && noteRows.length === 0) return user;
      const next = version + 1;
      await repo.insertRealisationVersion(tx, {
        proposalId: id,
        version: next,
        userId: user.id,
        entries,
        notes: noteRows,
      });
      // The round's target attainment shows what came in: its view is recomputed.
      await rounds.bumpRevision(tx, current.roundId);
      const years = new Set(body.years.map((y) => y.year));
      await appendAudit(tx, {
        organisationId: user.organisationId,
        userId: user.id,
        action: 'follow-up.realised',
        entity: 'proposal',
        entityId: id,
        before: {
          version,
          cells: [...before.values()].filter((c) => years.has(c.year)),
          notes: [...years].map((year) => ({ year, note: notes.get(year) ?? null })),
        },
        after: { version: next, changes: entries, notes: noteRows },
      });
      return user;
    });
    return this.page(user, id);
  }

  async confirm(
    actor: Actor,
    id: number,
    body: { year: number; basedOnVersion: number },
  ): Promise<fu.ProposalFollowUp> {
    const user = await this.db.transaction(async (tx) => {
      const { user, f } = await this.prepare(tx, actor, id, 'confirm');
      const version = currentVersion(f.realisation);
      if (version !== body.basedOnVersion) {
        throw new Conflict(
          messageText('realisation.stale', { current: version, based: body.basedOnVersion }),
          {
            reason: 'realisation.stale',
          },
        );
      }
      if (!lastChanges(f.realisation).has(body.year)) {
        throw new Conflict(messageText('realisation.nothing-to-confirm', { year: body.year }), {
          reason: 'realisation.nothing-to-confirm',
        });
      }
      await repo.insertConfirmation(tx, { proposalId: id, year: body.year, version, userId: user.id });
      await appendAudit(tx, {
        organisationId: user.organisationId,
        userId: user.id,
        action: 'follow-up.confirm',
        entity: 'proposal',
        entityId: id,
        after: { year: body.year, version },
      });
      return user;
    });
    return this.page(user, id);
  }

  private target(f: FollowedProposal, index: number) {
    const t = f.proposal.followUp[index];
    if (!t) throw new NotFound(messageText('realisation.unknown-target', { index }));
    return t;
  }

  async setSchedule(
    actor: Actor,
    id: number,
    index: number,
    body: { due: string | null; recurrence: fu.Recurrence | null },
  ): Promise<fu.ProposalFollowUp> {
    const user = await this.db.transaction(async (tx) => {
      const { user, f } = await this.prepare(tx, actor, id, 'enter');
      const t = this.target(f, index);
      const before = f.targets.get(index)?.schedule ?? null;
      await repo.insertSchedule(tx, { proposalId: id, index, ...body, userId: user.id });
      await appendAudit(tx, {
        organisationId: user.organisationId,
        userId: user.id,
        action: 'follow-up.schedule',
        entity: 'proposal',
        entityId: id,
        before: { index, target: t.target, when: t.when, schedule: before },
        after: { index, schedule: body },
      });
      return user;
    });
    return this.page(user, id);
  }

  async markMet(
    actor: Actor,
    id: number,
    index: number,
    body: { due: string | null; evidence: string },
  ): Promise<fu.ProposalFollowUp> {
    const user = await this.db.transaction(async (tx) => {
      const { user, f, plan } = await this.prepare(tx, actor, id, 'enter');
      const t = this.target(f, index);
      const first = plan?.years[0];
      const last = plan?.years[plan.years.length - 1];
      const span = first !== undefined && last !== undefined ? { first, last } : null;
      const state = targetState(t, index, f.targets.get(index) ?? EMPTY_TARGET, span, this.today());
      const occurrence = state.occurrences.find((o) => o.due === body.due);
      const due = body.due ?? 'uden dato';
      if (!occurrence)
        // A date the target does not fall due on is a wrong field, not a state conflict: 400.
        throw new InvalidInput(messageText('realisation.unknown-occurrence', { due }), {
          field: 'due',
          reason: 'realisation.unknown-occurrence',
        });
      if (occurrence.met)
        throw new Conflict(messageText('realisation.already-met', { due }), {
          reason: 'realisation.already-met',
        });
      const evidence = body.evidence.trim();
      await repo.insertMet(tx, { proposalId: id, index, due: body.due, evidence, userId: user.id });
      await appendAudit(tx, {
        organisationId: user.organisationId,
        userId: user.id,
        action: 'follow-up.target-met',
        entity: 'proposal',
        entityId: id,
        after: { index, target: t.target, due: body.due, evidence },
      });
      return user;
    });
    return this.page(user, id);
  }

  private async report(user: User, scope: fu.FollowUpReport['scope']): Promise<fu.FollowUpReport> {
    const org = user.organisationId;
    const o = await this.settings(this.db, org);
    const rows = await repo.listFollowed(this.db, org, ADOPTED_STATUSES, {
      roundId: scope.kind === 'round' ? scope.roundId : null,
    });
    return followUpReport({
      organisation: { id: o.id, slug: o.slug, name: o.name },
      scope,
      thresholds: thresholdsOf(o.settings),
      today: this.today(),
      proposals: await followed(this.db, rows),
    });
  }

  async roundReport(actor: Actor, roundId: number): Promise<fu.FollowUpReport> {
    const user = requireInternal(actor);
    const round = await rounds.getRound(this.db, user.organisationId, roundId);
    if (!round) throw new NotFound('Budgetrunden findes ikke.');
    return this.report(user, { kind: 'round', roundId, roundName: round.name });
  }

  async organisationReport(actor: Actor): Promise<fu.FollowUpReport> {
    return this.report(requireInternal(actor), { kind: 'organisation' });
  }

  /** What is due this quarter and overdue, per administration (one administration, if named). */
  async due(actor: Actor, administration: string | null): Promise<fu.DueList> {
    const user = requireInternal(actor);
    const report = await this.report(user, { kind: 'organisation' });
    const list = dueList(report.proposals, report.today);
    if (administration === null) return list;
    return {
      ...list,
      administrations: list.administrations.filter((a) => a.administration === administration),
    };
  }
}
