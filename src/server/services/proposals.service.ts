// Rounds, proposals, versions, workflow, comments, consultations, follow-up, search. Each method:
// access check → (transaction: lock, check version and status, write, audit) → answer.
import { Conflict, InvalidInput, NotFound } from '../../core/errors.ts';
import type { Proposal, YearAmounts } from '../../core/model.ts';
import type { Db, Queryable } from '../../store/db.ts';
import * as activity from '../../store/repositories/activity.repository.ts';
import { appendAudit, listAudit } from '../../store/repositories/audit.repository.ts';
import * as repo from '../../store/repositories/proposals.repository.ts';
import * as rounds from '../../store/repositories/rounds.repository.ts';
import {
  type AuditEntry,
  type Comment,
  type ConsultationRecord,
  type FollowUpMeasurement,
  type ProposalSummary,
  type ProposalWithBody,
  type Round,
  type RoundDetail,
  type RoundKind,
  type RoundTarget,
  STATUSES,
  type Status,
  type Transition,
  type Version,
} from '../../store/types.ts';
import { type Actor, FINANCE, requireInternal, requireProposalWriter, requireRole } from './access.ts';
import { type Finding, findingsFor, withComputed } from './engine.ts';
import { committeeOf, loadMasterData } from './master-data.ts';
import { parseProposalInput } from './proposal-input.ts';
import { EDITABLE, STATUS_NAMES, allowedTransitions, checkTransition } from './workflow.ts';

export interface ProposalRecord extends ProposalSummary {
  proposal: Proposal;
  allowedTransitions: Status[];
}

function int(v: unknown, field: string): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v))
    throw new InvalidInput(`Feltet "${field}" skal være et helt tal.`, { field });
  return v;
}

function amountOrNull(v: unknown, field: string): number | null {
  return v === null || v === undefined ? null : int(v, field);
}

function optionalText(v: unknown, field: string, max = 10_000): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v !== 'string') throw new InvalidInput(`Feltet "${field}" skal være tekst.`, { field });
  if (v.length > max)
    throw new InvalidInput(`Feltet "${field}" er for langt (højst ${max} tegn).`, { field });
  return v.trim() === '' ? null : v;
}

function requiredText(v: unknown, field: string, max = 10_000): string {
  const t = optionalText(v, field, max);
  if (t === null) throw new InvalidInput(`Feltet "${field}" skal udfyldes.`, { field });
  return t;
}

export class ProposalService {
  constructor(private readonly db: Db) {}

  // ---- rounds -------------------------------------------------------------------------------

  async listRounds(actor: Actor): Promise<Round[]> {
    requireInternal(actor);
    return rounds.listRounds(this.db);
  }

  async getRound(actor: Actor, id: number): Promise<RoundDetail> {
    requireInternal(actor);
    const r = await rounds.getRound(this.db, id);
    if (!r) throw new NotFound('Budgetrunden findes ikke.');
    return r;
  }

  async createRound(
    actor: Actor,
    input: { name: unknown; kind: unknown; year: unknown; priceLevelYear?: unknown },
  ): Promise<RoundDetail> {
    const user = requireRole(actor, FINANCE, 'oprette budgetrunder');
    const name = requiredText(input.name, 'name', 200);
    if (input.kind !== 'budget' && input.kind !== 'ofs')
      throw new InvalidInput('Feltet "kind" skal være "budget" eller "ofs".', { field: 'kind' });
    const year = int(input.year, 'year');
    const priceLevelYear = amountOrNull(input.priceLevelYear, 'priceLevelYear');
    const id = await this.db.transaction(async (tx) => {
      if (await rounds.findRoundByName(tx, name))
        throw new Conflict(`Der findes allerede en budgetrunde med navnet "${name}".`);
      const id = await rounds.insertRound(tx, { name, kind: input.kind as RoundKind, year, priceLevelYear });
      await appendAudit(tx, {
        userId: user.id,
        action: 'round.create',
        entity: 'round',
        entityId: id,
        after: { name, kind: input.kind, year, priceLevelYear },
      });
      return id;
    });
    return this.getRound(actor, id);
  }

  async setTargets(actor: Actor, roundId: number, input: unknown): Promise<RoundDetail> {
    const user = requireRole(actor, FINANCE, 'ændre måltal');
    if (!Array.isArray(input))
      throw new InvalidInput('Feltet "targets" skal være en liste.', { field: 'targets' });
    const targets: RoundTarget[] = input.map((t: unknown, i) => {
      const o = (t ?? {}) as Record<string, unknown>;
      return {
        committee: requiredText(o.committee, `targets[${i}].committee`, 100),
        year: int(o.year, `targets[${i}].year`),
        amount: int(o.amount, `targets[${i}].amount`),
      };
    });
    await this.db.transaction(async (tx) => {
      const before = await rounds.getRound(tx, roundId);
      if (!before) throw new NotFound('Budgetrunden findes ikke.');
      await rounds.replaceTargets(tx, roundId, targets);
      await appendAudit(tx, {
        userId: user.id,
        action: 'round.targets',
        entity: 'round',
        entityId: roundId,
        before: before.targets,
        after: targets,
      });
    });
    return this.getRound(actor, roundId);
  }

  async setRisingProfiles(actor: Actor, roundId: number, input: unknown): Promise<RoundDetail> {
    const user = requireRole(actor, FINANCE, 'ændre stigende profiler');
    if (!Array.isArray(input))
      throw new InvalidInput('Feltet "risingProfiles" skal være en liste.', { field: 'risingProfiles' });
    const profiles = input.map((p: unknown, i) => {
      const o = (p ?? {}) as Record<string, unknown>;
      const amounts = (o.amounts ?? {}) as YearAmounts;
      for (const [y, a] of Object.entries(amounts)) {
        if (!/^\d{4}$/.test(y))
          throw new InvalidInput(`Feltet "risingProfiles[${i}].amounts": "${y}" er ikke et årstal.`, {
            field: 'amounts',
          });
        int(a, `risingProfiles[${i}].amounts.${y}`);
      }
      return {
        committee: requiredText(o.committee, `risingProfiles[${i}].committee`, 100),
        title: requiredText(o.title, `risingProfiles[${i}].title`, 1000),
        amounts,
      };
    });
    await this.db.transaction(async (tx) => {
      const before = await rounds.getRound(tx, roundId);
      if (!before) throw new NotFound('Budgetrunden findes ikke.');
      await rounds.replaceRisingProfiles(tx, roundId, profiles);
      await appendAudit(tx, {
        userId: user.id,
        action: 'round.rising-profiles',
        entity: 'round',
        entityId: roundId,
        before: before.risingProfiles,
        after: profiles,
      });
    });
    return this.getRound(actor, roundId);
  }

  async setPublished(actor: Actor, roundId: number, published: unknown): Promise<RoundDetail> {
    const user = requireRole(actor, FINANCE, 'offentliggøre kataloger');
    if (typeof published !== 'boolean')
      throw new InvalidInput('Feltet "published" skal være true eller false.', { field: 'published' });
    await this.db.transaction(async (tx) => {
      const before = await rounds.getRound(tx, roundId);
      if (!before) throw new NotFound('Budgetrunden findes ikke.');
      await rounds.setPublished(tx, roundId, published);
      await appendAudit(tx, {
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

  async listProposals(
    actor: Actor,
    roundId: number,
    filter: { status?: string; administration?: string; committee?: string; include?: string },
  ): Promise<ProposalSummary[] | ProposalWithBody[]> {
    requireInternal(actor);
    if ((await rounds.getRevision(this.db, roundId)) === null)
      throw new NotFound('Budgetrunden findes ikke.');
    const status = filter.status
      ? filter.status.split(',').filter((s): s is Status => (STATUSES as readonly string[]).includes(s))
      : null;
    const f = { status, administration: filter.administration ?? null, committee: filter.committee ?? null };
    if (filter.include === 'body') {
      // The round page in one request: every proposal with its current body, computed by the engine.
      return (await repo.listProposalsWithBodies(this.db, roundId, f)).map((p) => ({
        ...p,
        proposal: withComputed(p.proposal),
      }));
    }
    return repo.listProposals(this.db, roundId, f);
  }

  private async columns(q: Queryable, p: Proposal): Promise<repo.ProposalColumns> {
    const administration = p.presentingAdministrations[0] ?? null;
    return { administration, committee: committeeOf(await loadMasterData(q), administration) };
  }

  async createProposal(actor: Actor, roundId: number, input: unknown): Promise<ProposalRecord> {
    const body = parseProposalInput(input);
    const administration = body.presentingAdministrations[0] ?? null;
    const user = requireProposalWriter(actor, administration, 'oprette forslag');
    const id = await this.db.transaction(async (tx) => {
      if ((await rounds.getRevision(tx, roundId)) === null) throw new NotFound('Budgetrunden findes ikke.');
      if ((await repo.existingRefs(tx, roundId, [body.ref])).length > 0) {
        throw new Conflict(`Budgetrunden har allerede et forslag med nummeret "${body.ref}".`);
      }
      const id = await repo.insertProposal(tx, {
        roundId,
        body,
        columns: await this.columns(tx, body),
        authorId: user.id,
      });
      await rounds.bumpRevision(tx, roundId);
      await appendAudit(tx, {
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
    const found = await repo.getProposal(this.db, id);
    if (!found) throw new NotFound('Forslaget findes ikke.');
    return {
      ...found,
      proposal: withComputed(found.proposal),
      allowedTransitions: allowedTransitions(user, found.status, found.administration),
    };
  }

  /** Saves a new version. Stale `basedOnVersion` → 409 Conflict; the newer save is kept. */
  async saveProposal(
    actor: Actor,
    id: number,
    basedOnVersion: unknown,
    input: unknown,
    note: unknown,
  ): Promise<ProposalRecord> {
    const based = int(basedOnVersion, 'basedOnVersion');
    const body = parseProposalInput(input);
    const noteText = optionalText(note, 'note', 2000);
    requireInternal(actor);
    await this.db.transaction(async (tx) => {
      const current = await repo.lockProposal(tx, id);
      if (!current) throw new NotFound('Forslaget findes ikke.');
      const user = requireProposalWriter(actor, current.administration, 'redigere forslag');
      requireProposalWriter(
        actor,
        body.presentingAdministrations[0] ?? null,
        'flytte forslag til en anden forvaltning',
      );
      if (current.version !== based) {
        throw new Conflict(
          `Forslaget er gemt af ${current.updatedBy ?? 'en anden'} (version ${current.version}), efter at du begyndte på version ${based}. ` +
            'Hent den nye version, og indarbejd dine ændringer; intet er overskrevet.',
        );
      }
      if (!EDITABLE.has(current.status)) {
        throw new Conflict(`Et forslag med status "${STATUS_NAMES[current.status]}" kan ikke redigeres.`);
      }
      if (body.ref !== current.ref && (await repo.existingRefs(tx, current.roundId, [body.ref])).length > 0) {
        throw new Conflict(`Budgetrunden har allerede et forslag med nummeret "${body.ref}".`);
      }
      const before = await repo.getVersion(tx, id, current.version);
      const version = await repo.addVersion(tx, {
        id,
        expectedVersion: based,
        body,
        columns: await this.columns(tx, body),
        authorId: user.id,
        note: noteText,
      });
      await rounds.bumpRevision(tx, current.roundId);
      await appendAudit(tx, {
        userId: user.id,
        action: 'proposal.save',
        entity: 'proposal',
        entityId: id,
        before: { version: based, body: before?.proposal },
        after: { version, body },
      });
    });
    return this.getProposal(actor, id);
  }

  async findings(actor: Actor, id: number): Promise<{ format: 'gevinst.findings/1'; findings: Finding[] }> {
    const record = await this.getProposal(actor, id);
    return { format: 'gevinst.findings/1', findings: findingsFor(record.proposal) };
  }

  async transition(
    actor: Actor,
    id: number,
    input: { to?: unknown; basedOnVersion?: unknown; note?: unknown; approvedWith?: unknown },
  ): Promise<ProposalRecord> {
    const user = requireInternal(actor);
    if (typeof input.to !== 'string' || !(STATUSES as readonly string[]).includes(input.to)) {
      throw new InvalidInput(`Feltet "to" skal være en af: ${STATUSES.join(', ')}.`, { field: 'to' });
    }
    const to = input.to as Status;
    const based = int(input.basedOnVersion, 'basedOnVersion');
    const note = optionalText(input.note, 'note', 2000);
    const approvedWith = optionalText(input.approvedWith, 'approvedWith', 200);
    await this.db.transaction(async (tx) => {
      const current = await repo.lockProposal(tx, id);
      if (!current) throw new NotFound('Forslaget findes ikke.');
      if (current.version !== based) {
        throw new Conflict(
          `Forslaget er ændret (version ${current.version}), siden du så version ${based}. Se den nye version, før du skifter status.`,
        );
      }
      const body = await repo.getVersion(tx, id, current.version);
      const errors =
        to === 'godkendt_cfoe' && body
          ? findingsFor(body.proposal).filter((f) => f.severity === 'error').length
          : 0;
      checkTransition(user, current.status, to, current.administration, {
        approvedWith,
        errorFindings: errors,
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

  private async requireExists(id: number): Promise<ProposalSummary> {
    const found = await repo.lockProposal(this.db, id);
    if (!found) throw new NotFound('Forslaget findes ikke.');
    return found;
  }

  async versions(actor: Actor, id: number): Promise<Version[]> {
    requireInternal(actor);
    await this.requireExists(id);
    return repo.listVersions(this.db, id);
  }

  async version(
    actor: Actor,
    id: number,
    version: number,
  ): Promise<{ version: Version; proposal: Proposal }> {
    requireInternal(actor);
    const found = await repo.getVersion(this.db, id, version);
    if (!found) throw new NotFound(`Version ${version} af forslaget findes ikke.`);
    return { ...found, proposal: withComputed(found.proposal) };
  }

  async transitions(actor: Actor, id: number): Promise<Transition[]> {
    requireInternal(actor);
    await this.requireExists(id);
    return activity.listTransitions(this.db, id);
  }

  async comments(actor: Actor, id: number): Promise<Comment[]> {
    requireInternal(actor);
    await this.requireExists(id);
    return activity.listComments(this.db, id);
  }

  async addComment(actor: Actor, id: number, text: unknown): Promise<Comment> {
    const user = requireRole(actor, ['admin', 'oekonomi', 'forfatter'], 'skrive kommentarer');
    const t = requiredText(text, 'text', 20_000);
    const commentId = await this.db.transaction(async (tx) => {
      const current = await repo.lockProposal(tx, id);
      if (!current) throw new NotFound('Forslaget findes ikke.');
      const cid = await activity.insertComment(tx, {
        proposalId: id,
        version: current.version,
        userId: user.id,
        text: t,
      });
      await appendAudit(tx, {
        userId: user.id,
        action: 'comment.create',
        entity: 'proposal',
        entityId: id,
        after: { commentId: cid, text: t },
      });
      return cid;
    });
    const all = await activity.listComments(this.db, id);
    return all.find((c) => c.id === commentId) as Comment;
  }

  async consultations(actor: Actor, id: number): Promise<ConsultationRecord[]> {
    requireInternal(actor);
    await this.requireExists(id);
    return activity.listConsultations(this.db, id);
  }

  async addConsultation(
    actor: Actor,
    id: number,
    input: Record<string, unknown>,
  ): Promise<ConsultationRecord> {
    requireInternal(actor);
    const body = requiredText(input.body, 'body', 500);
    const answer = input.answer === null || input.answer === undefined ? null : input.answer;
    if (answer !== null && answer !== 'ja' && answer !== 'nej')
      throw new InvalidInput('Feltet "answer" skal være "ja", "nej" eller null.', { field: 'answer' });
    const date = optionalText(input.date, 'date', 10);
    if (date !== null && (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date)))) {
      throw new InvalidInput('Feltet "date" skal være en dato som åååå-mm-dd.', { field: 'date' });
    }
    const text = optionalText(input.text, 'text', 20_000);
    const cid = await this.db.transaction(async (tx) => {
      const current = await repo.lockProposal(tx, id);
      if (!current) throw new NotFound('Forslaget findes ikke.');
      const user = requireProposalWriter(actor, current.administration, 'registrere høringer');
      const cid = await activity.insertConsultation(tx, {
        proposalId: id,
        body,
        answer,
        date,
        text,
        userId: user.id,
      });
      await appendAudit(tx, {
        userId: user.id,
        action: 'consultation.create',
        entity: 'proposal',
        entityId: id,
        after: { body, answer, date, text },
      });
      return cid;
    });
    return (await activity.listConsultations(this.db, id)).find((c) => c.id === cid) as ConsultationRecord;
  }

  async followUp(actor: Actor, id: number): Promise<FollowUpMeasurement[]> {
    requireInternal(actor);
    await this.requireExists(id);
    return activity.listFollowUp(this.db, id);
  }

  async putFollowUp(actor: Actor, id: number, input: unknown): Promise<FollowUpMeasurement[]> {
    const user = requireRole(actor, FINANCE, 'registrere opfølgning');
    if (!Array.isArray(input))
      throw new InvalidInput('Feltet "measurements" skal være en liste.', { field: 'measurements' });
    const rows = input.map((m: unknown, i) => {
      const o = (m ?? {}) as Record<string, unknown>;
      return {
        year: int(o.year, `measurements[${i}].year`),
        planned: amountOrNull(o.planned, `measurements[${i}].planned`),
        realised: amountOrNull(o.realised, `measurements[${i}].realised`),
        note: optionalText(o.note, `measurements[${i}].note`, 5000),
      };
    });
    await this.db.transaction(async (tx) => {
      if (!(await repo.lockProposal(tx, id))) throw new NotFound('Forslaget findes ikke.');
      const before = await activity.listFollowUp(tx, id);
      for (const r of rows) await activity.upsertFollowUp(tx, id, r, user.id);
      await appendAudit(tx, {
        userId: user.id,
        action: 'follow-up.save',
        entity: 'proposal',
        entityId: id,
        before,
        after: rows,
      });
    });
    return activity.listFollowUp(this.db, id);
  }

  async audit(
    actor: Actor,
    filter: { entity?: string | null; entityId?: string | null; limit?: number },
  ): Promise<AuditEntry[]> {
    requireRole(actor, FINANCE, 'se revisionssporet');
    return listAudit(this.db, { ...filter, limit: Math.min(Math.max(filter.limit ?? 200, 1), 1000) });
  }

  async search(actor: Actor, query: unknown, roundId: number | null): Promise<repo.SearchHit[]> {
    requireInternal(actor);
    const q = requiredText(query, 'q', 500);
    return repo.searchProposals(this.db, q, roundId);
  }
}
