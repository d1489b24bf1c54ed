// Rounds, proposals, versions, workflow, comments, consultations. Each method:
// access check → (transaction: lock, check version and status, write, audit) → answer. Bodies
// arrive checked by core's schema (src/core/schema/api.ts, validated by the routes); the workflow
// rules are core's (src/core/process/workflow.ts). Everything is scoped to the actor's
// organisation: another organisation's round or proposal answers 404.
import { Conflict, NotFound } from '../../core/errors.ts';
import { messageText } from '../../core/messages/index.ts';
import type { Proposal } from '../../core/model.ts';
import { STATUS_NAMES, isEditable } from '../../core/process/statuses.ts';
import { allowedTransitions, checkTransition } from '../../core/process/workflow.ts';
import { nextProposalRef } from '../../core/process/numbering.ts';
import type * as z from 'zod';
import type * as api from '../../core/schema/api.ts';
import type { Db, Queryable } from '../../store/db.ts';
import * as activity from '../../store/repositories/activity.repository.ts';
import { appendAudit, listAudit } from '../../store/repositories/audit.repository.ts';
import * as repo from '../../store/repositories/proposals.repository.ts';
import * as rounds from '../../store/repositories/rounds.repository.ts';
import type {
  AuditEntry,
  Comment,
  ConsultationRecord,
  ProposalSummary,
  Round,
  RoundDetail,
  Status,
  Transition,
  User,
  Version,
} from '../../store/types.ts';
import { type Actor, FINANCE, requireInternal, requireProposalWriter, requireRole } from './access.ts';
import { type Finding, asAuthored, findingsFor, withComputed } from './engine.ts';
import { followUpComplete } from './follow-up.service.ts';
import { type SerialisedJson, JsonCache, cacheBytesFromEnv } from './json-cache.ts';
import { committeeOf, loadContext, loadMasterData } from './master-data.ts';

export type ProposalRecord = api.ProposalRecord;

/** A round's fields as given (the schema's input: p/l year and deadlines may be left out). */
type RoundCreate = z.input<typeof api.roundCreateBody>;

export class ProposalService {
  private readonly lists: JsonCache;

  constructor(
    private readonly db: Db,
    cacheBytes = cacheBytesFromEnv(),
  ) {
    // A quarter of the budget: list rows are small beside the round views.
    this.lists = new JsonCache(Math.floor(cacheBytes / 4));
  }

  // ---- rounds -------------------------------------------------------------------------------

  async listRounds(actor: Actor): Promise<Round[]> {
    const user = requireInternal(actor);
    return rounds.listRounds(this.db, user.organisationId);
  }

  async getRound(actor: Actor, id: number): Promise<RoundDetail> {
    const user = requireInternal(actor);
    const r = await rounds.getRound(this.db, user.organisationId, id);
    if (!r) throw new NotFound('Budgetrunden findes ikke.');
    return r;
  }

  async createRound(actor: Actor, input: RoundCreate): Promise<RoundDetail> {
    const user = requireRole(actor, FINANCE, 'oprette budgetrunder');
    const org = user.organisationId;
    const name = input.name.trim();
    const id = await this.db.transaction(async (tx) => {
      if (await rounds.findRoundByName(tx, org, name))
        throw new Conflict(`Der findes allerede en budgetrunde med navnet "${name}".`);
      const id = await rounds.insertRound(tx, org, {
        ...input,
        name,
        priceLevelYear: input.priceLevelYear ?? null,
        deadlines: input.deadlines ?? [],
      });
      await appendAudit(tx, {
        organisationId: org,
        userId: user.id,
        action: 'round.create',
        entity: 'round',
        entityId: id,
        after: { ...input, name },
      });
      return id;
    });
    return this.getRound(actor, id);
  }

  async updateRound(actor: Actor, roundId: number, input: RoundCreate): Promise<RoundDetail> {
    const user = requireRole(actor, FINANCE, 'ændre budgetrunder');
    const org = user.organisationId;
    const name = input.name.trim();
    await this.db.transaction(async (tx) => {
      const before = await rounds.getRound(tx, org, roundId);
      if (!before) throw new NotFound('Budgetrunden findes ikke.');
      const same = await rounds.findRoundByName(tx, org, name);
      if (same && same.id !== roundId)
        throw new Conflict(`Der findes allerede en budgetrunde med navnet "${name}".`);
      await rounds.updateRound(tx, org, roundId, {
        ...input,
        name,
        priceLevelYear: input.priceLevelYear ?? null,
        deadlines: input.deadlines ?? [],
      });
      const { targets: _t, risingProfiles: _r, ...fields } = before;
      await appendAudit(tx, {
        organisationId: org,
        userId: user.id,
        action: 'round.update',
        entity: 'round',
        entityId: roundId,
        before: fields,
        after: { ...input, name },
      });
    });
    return this.getRound(actor, roundId);
  }

  private async changeRound(
    actor: Actor,
    roundId: number,
    what: string,
    action: string,
    change: (tx: Queryable, org: number, before: RoundDetail) => Promise<unknown>,
  ): Promise<RoundDetail> {
    const user = requireRole(actor, FINANCE, what);
    const org = user.organisationId;
    await this.db.transaction(async (tx) => {
      const before = await rounds.getRound(tx, org, roundId);
      if (!before) throw new NotFound('Budgetrunden findes ikke.');
      const after = await change(tx, org, before);
      await appendAudit(tx, {
        organisationId: org,
        userId: user.id,
        action,
        entity: 'round',
        entityId: roundId,
        before: action === 'round.targets' ? before.targets : before.risingProfiles,
        after,
      });
    });
    return this.getRound(actor, roundId);
  }

  setTargets(actor: Actor, roundId: number, targets: api.RoundTarget[]): Promise<RoundDetail> {
    return this.changeRound(actor, roundId, 'ændre måltal', 'round.targets', async (tx, org) => {
      await rounds.replaceTargets(tx, org, roundId, targets);
      return targets;
    });
  }

  setRisingProfiles(
    actor: Actor,
    roundId: number,
    profiles: z.output<typeof api.risingProfilesBody>['risingProfiles'],
  ): Promise<RoundDetail> {
    return this.changeRound(
      actor,
      roundId,
      'ændre stigende profiler',
      'round.rising-profiles',
      async (tx, org) => {
        await rounds.replaceRisingProfiles(tx, org, roundId, profiles);
        return profiles;
      },
    );
  }

  async setPublished(actor: Actor, roundId: number, published: boolean): Promise<RoundDetail> {
    const user = requireRole(actor, FINANCE, 'offentliggøre kataloger');
    const org = user.organisationId;
    await this.db.transaction(async (tx) => {
      const before = await rounds.getRound(tx, org, roundId);
      if (!before) throw new NotFound('Budgetrunden findes ikke.');
      await rounds.setPublished(tx, org, roundId, published);
      await appendAudit(tx, {
        organisationId: org,
        userId: user.id,
        action: 'round.published',
        entity: 'round',
        entityId: roundId,
        before: before.published,
        after: published,
      });
    });
    return this.getRound(actor, roundId);
  }

  // ---- proposals ----------------------------------------------------------------------------

  /** The round's proposals as list rows, serialised and cached per round revision and filter. */
  async listProposals(
    actor: Actor,
    roundId: number,
    filter: { status?: Status[] | null; administration?: string | null; committee?: string | null },
  ): Promise<SerialisedJson> {
    const user = requireInternal(actor);
    const org = user.organisationId;
    const revision = await rounds.getRevision(this.db, org, roundId);
    if (revision === null) throw new NotFound('Budgetrunden findes ikke.');
    const f = [filter.status?.join(',') ?? '', filter.administration ?? '', filter.committee ?? ''].join('|');
    return this.lists.getOrMake(`"l${roundId}-${revision}-${f}"`, async () => ({
      value: await repo.listProposals(this.db, org, roundId, filter),
    }));
  }

  private async columns(q: Queryable, org: number, p: Proposal): Promise<repo.ProposalColumns> {
    const administration = p.presentingAdministrations[0] ?? null;
    return { administration, committee: committeeOf(await loadMasterData(q, org), administration) };
  }

  /** A new proposal (version 1, kladde); an empty number is the round's next ("Forslag N"). */
  async createProposal(actor: Actor, roundId: number, input: Proposal): Promise<ProposalRecord> {
    let body = asAuthored(input);
    const administration = body.presentingAdministrations[0] ?? null;
    const user = requireProposalWriter(actor, administration, 'oprette forslag');
    const org = user.organisationId;
    const id = await this.db.transaction(async (tx) => {
      // The round is locked: two proposals created at once cannot get the same number.
      if (!(await rounds.lockRound(tx, org, roundId))) throw new NotFound('Budgetrunden findes ikke.');
      if (body.ref === '') body = { ...body, ref: nextProposalRef(await repo.listRefs(tx, roundId)) };
      if ((await repo.existingRefs(tx, roundId, [body.ref])).length > 0) {
        throw new Conflict(messageText('proposal.ref-taken', { ref: body.ref }), {
          reason: 'proposal.ref-taken',
        });
      }
      const id = await repo.insertProposal(tx, {
        roundId,
        body,
        columns: await this.columns(tx, org, body),
        authorId: user.id,
        origin: 'authored',
      });
      await rounds.bumpRevision(tx, roundId);
      await appendAudit(tx, {
        organisationId: org,
        userId: user.id,
        action: 'proposal.create',
        entity: 'proposal',
        entityId: id,
        after: body,
      });
      return id;
    });
    return this.getProposal(actor, id);
  }

  async getProposal(actor: Actor, id: number): Promise<ProposalRecord> {
    const user = requireInternal(actor);
    const found = await repo.getProposal(this.db, user.organisationId, id);
    if (!found) throw new NotFound('Forslaget findes ikke.');
    return {
      ...found,
      proposal: withComputed(found.proposal),
      allowedTransitions: allowedTransitions(user, found.status, found.administration),
    };
  }

  /**
   * Saves a new, authored version. Stale `basedOnVersion` → 409 Conflict; the newer save is kept.
   * An imported proposal's print stays in its version 1; this version is judged on its own numbers.
   */
  async saveProposal(
    actor: Actor,
    id: number,
    basedOnVersion: number,
    input: Proposal,
    note: string | null,
  ): Promise<ProposalRecord> {
    const body = asAuthored(input);
    const internal = requireInternal(actor);
    const org = internal.organisationId;
    await this.db.transaction(async (tx) => {
      const current = await repo.lockProposal(tx, org, id);
      if (!current) throw new NotFound('Forslaget findes ikke.');
      const user = requireProposalWriter(actor, current.administration, 'redigere forslag');
      requireProposalWriter(
        actor,
        body.presentingAdministrations[0] ?? null,
        'flytte forslag til en anden forvaltning',
      );
      if (current.version !== basedOnVersion) {
        throw new Conflict(
          messageText('proposal.stale-version', {
            by: current.updatedBy ?? 'en anden',
            current: current.version,
            based: basedOnVersion,
          }),
          { reason: 'proposal.stale-version' },
        );
      }
      if (!isEditable(current.status)) {
        throw new Conflict(messageText('proposal.not-editable', { status: STATUS_NAMES[current.status] }), {
          reason: 'proposal.not-editable',
        });
      }
      if (body.ref !== current.ref && (await repo.existingRefs(tx, current.roundId, [body.ref])).length > 0) {
        throw new Conflict(messageText('proposal.ref-taken', { ref: body.ref }), {
          reason: 'proposal.ref-taken',
        });
      }
      const before = await repo.getVersion(tx, org, id, current.version);
      const version = await repo.addVersion(tx, {
        id,
        expectedVersion: basedOnVersion,
        body,
        columns: await this.columns(tx, org, body),
        authorId: user.id,
        note,
        origin: 'authored',
      });
      await rounds.bumpRevision(tx, current.roundId);
      await appendAudit(tx, {
        organisationId: org,
        userId: user.id,
        action: 'proposal.save',
        entity: 'proposal',
        entityId: id,
        before: { version: basedOnVersion, body: before?.proposal },
        after: { version, body },
      });
    });
    return this.getProposal(actor, id);
  }

  /** Findings of the current version (or of `version`), with the organisation's index and guideline. */
  async findings(
    actor: Actor,
    id: number,
    version?: number,
  ): Promise<{ format: 'gevinst.findings/1'; findings: Finding[] }> {
    const user = requireInternal(actor);
    const org = user.organisationId;
    const current = await repo.getProposal(this.db, org, id);
    if (!current) throw new NotFound('Forslaget findes ikke.');
    const found = await repo.getVersion(this.db, org, id, version ?? current.version);
    if (!found) throw new NotFound(`Version ${version ?? current.version} af forslaget findes ikke.`);
    return {
      format: 'gevinst.findings/1',
      findings: await this.findingsOf(this.db, org, found.proposal, found.version.origin),
    };
  }

  private async findingsOf(
    q: Queryable,
    org: number,
    p: Proposal,
    origin: api.VersionOrigin,
  ): Promise<Finding[]> {
    const ctx = await loadContext(q, org);
    return findingsFor(p, origin, {
      priceIndex: ctx.priceIndex,
      paybackLimitYears: ctx.organisation.settings.paybackGuidelineYears,
    });
  }

  async transition(
    actor: Actor,
    id: number,
    input: { to: Status; basedOnVersion: number; note?: string | null; approvedWith?: string | null },
  ): Promise<ProposalRecord> {
    const user = requireInternal(actor);
    const org = user.organisationId;
    const { to, basedOnVersion: based } = input;
    const note = input.note ?? null;
    const approvedWith = input.approvedWith ?? null;
    await this.db.transaction(async (tx) => {
      const current = await repo.lockProposal(tx, org, id);
      if (!current) throw new NotFound('Forslaget findes ikke.');
      if (current.version !== based) {
        throw new Conflict(
          messageText('proposal.stale-for-transition', { current: current.version, based }),
          {
            reason: 'proposal.stale-for-transition',
          },
        );
      }
      const version = await repo.getVersion(tx, org, id, current.version);
      const errors =
        to === 'godkendt_cfoe' && version
          ? (await this.findingsOf(tx, org, version.proposal, version.version.origin)).filter(
              (f) => f.severity === 'error',
            ).length
          : 0;
      checkTransition(user, current.status, to, current.administration, {
        approvedWith,
        errorFindings: errors,
        reason: note,
        // Core's follow-up says whether every year is realised and confirmed and every target met.
        followUpComplete: to === 'opfoelgning_afsluttet' ? await followUpComplete(tx, org, id) : undefined,
      });
      await repo.setStatus(tx, id, to, to === 'vedtaget' ? approvedWith : null);
      await activity.insertTransition(tx, {
        proposalId: id,
        from: current.status,
        to,
        version: current.version,
        userId: user.id,
        note,
        approvedWith: to === 'vedtaget' ? approvedWith : null,
      });
      await rounds.bumpRevision(tx, current.roundId);
      await appendAudit(tx, {
        organisationId: org,
        userId: user.id,
        action: 'proposal.transition',
        entity: 'proposal',
        entityId: id,
        before: { status: current.status, approvedWith: current.approvedWith },
        after: { status: to, approvedWith: to === 'vedtaget' ? approvedWith : current.approvedWith, note },
      });
    });
    return this.getProposal(actor, id);
  }

  /** The proposal of the actor's organisation, or 404. */
  private async requireExists(user: User, id: number, q: Queryable = this.db): Promise<ProposalSummary> {
    const found = await repo.lockProposal(q, user.organisationId, id);
    if (!found) throw new NotFound('Forslaget findes ikke.');
    return found;
  }

  async versions(actor: Actor, id: number): Promise<Version[]> {
    const user = requireInternal(actor);
    await this.requireExists(user, id);
    return repo.listVersions(this.db, user.organisationId, id);
  }

  async version(
    actor: Actor,
    id: number,
    version: number,
  ): Promise<{ version: Version; proposal: Proposal }> {
    const user = requireInternal(actor);
    const found = await repo.getVersion(this.db, user.organisationId, id, version);
    if (!found) throw new NotFound(`Version ${version} af forslaget findes ikke.`);
    return { ...found, proposal: withComputed(found.proposal) };
  }

  async transitions(actor: Actor, id: number): Promise<Transition[]> {
    const user = requireInternal(actor);
    await this.requireExists(user, id);
    return activity.listTransitions(this.db, id);
  }

  async comments(actor: Actor, id: number): Promise<Comment[]> {
    const user = requireInternal(actor);
    await this.requireExists(user, id);
    return activity.listComments(this.db, id);
  }

  async addComment(actor: Actor, id: number, text: string): Promise<Comment> {
    const user = requireRole(actor, ['admin', 'oekonomi', 'forfatter'], 'skrive kommentarer');
    const commentId = await this.db.transaction(async (tx) => {
      const current = await this.requireExists(user, id, tx);
      const cid = await activity.insertComment(tx, {
        proposalId: id,
        version: current.version,
        userId: user.id,
        text,
      });
      await appendAudit(tx, {
        organisationId: user.organisationId,
        userId: user.id,
        action: 'comment.create',
        entity: 'proposal',
        entityId: id,
        after: { commentId: cid, text },
      });
      return cid;
    });
    const all = await activity.listComments(this.db, id);
    return all.find((c) => c.id === commentId) as Comment;
  }

  async consultations(actor: Actor, id: number): Promise<ConsultationRecord[]> {
    const user = requireInternal(actor);
    await this.requireExists(user, id);
    return activity.listConsultations(this.db, id);
  }

  async addConsultation(
    actor: Actor,
    id: number,
    input: { body: string; answer: 'ja' | 'nej' | null; date: string | null; text: string | null },
  ): Promise<ConsultationRecord> {
    const internal = requireInternal(actor);
    const cid = await this.db.transaction(async (tx) => {
      const current = await this.requireExists(internal, id, tx);
      const user = requireProposalWriter(actor, current.administration, 'registrere høringer');
      const cid = await activity.insertConsultation(tx, { proposalId: id, ...input, userId: user.id });
      await appendAudit(tx, {
        organisationId: user.organisationId,
        userId: user.id,
        action: 'consultation.create',
        entity: 'proposal',
        entityId: id,
        after: input,
      });
      return cid;
    });
    return (await activity.listConsultations(this.db, id)).find((c) => c.id === cid) as ConsultationRecord;
  }

  async audit(
    actor: Actor,
    filter: { entity?: string | null; entityId?: string | null; limit?: number },
  ): Promise<AuditEntry[]> {
    const user = requireRole(actor, FINANCE, 'se revisionssporet');
    return listAudit(this.db, user.organisationId, {
      ...filter,
      limit: Math.min(Math.max(filter.limit ?? 200, 1), 1000),
    });
  }
}
