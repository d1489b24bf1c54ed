// Decision snapshots: freeze a round at a decision point (the committees, ØU, the budget, the
// OFS) with who and when, the proposals with their versions and figures, the pool's use and the
// round's document. Exports of a snapshot render that stored document with the day's date, so
// they are the same bytes whenever they are made, whatever was edited since.
import { InvalidInput, NotFound } from '../../core/errors.ts';
import { ledgerView } from '../../core/pool/ledger.ts';
import { COUNTED_STATUSES } from '../../core/process/statuses.ts';
import type { Snapshot, SnapshotDiff, SnapshotPoint, SnapshotSummary } from '../../core/schema/pool.ts';
import { diffSnapshots, poolUse, snapshotProposal } from '../../core/snapshot/snapshot.ts';
import {
  EXPORT_MEDIA,
  exportDocument,
  exportFileName,
  isExportFormat,
  EXPORT_FORMATS,
} from '../../formats/export.ts';
import type { Db } from '../../store/db.ts';
import { appendAudit } from '../../store/repositories/audit.repository.ts';
import * as pool from '../../store/repositories/pool.repository.ts';
import * as repo from '../../store/repositories/proposals.repository.ts';
import * as rounds from '../../store/repositories/rounds.repository.ts';
import * as snapshots from '../../store/repositories/snapshots.repository.ts';
import { type Actor, FINANCE, requireInternal, requireRole } from './access.ts';
import { type Download, roundDocument } from './export.service.ts';

export class SnapshotService {
  constructor(private readonly db: Db) {}

  async take(actor: Actor, roundId: number, point: SnapshotPoint, label: string): Promise<Snapshot> {
    const user = requireRole(actor, FINANCE, 'tage øjebliksbilleder');
    const org = user.organisationId;
    const id = await this.db.transaction(async (tx) => {
      if (!(await rounds.lockRound(tx, org, roundId))) throw new NotFound('Budgetrunden findes ikke.');
      const round = await rounds.getRound(tx, org, roundId);
      if (!round) throw new NotFound('Budgetrunden findes ikke.');
      const { doc } = await roundDocument(tx, org, roundId);
      const all = await repo.listProposalsWithBodies(tx, org, roundId);
      const counted = all.filter((e) => COUNTED_STATUSES.includes(e.status));
      const ledger = ledgerView(
        roundId,
        await pool.listSources(tx, org, roundId),
        await pool.listEntries(tx, org, roundId),
        all,
      );
      const takenAt = new Date().toISOString();
      const proposals = counted.map((e) =>
        snapshotProposal({
          proposalId: e.id,
          version: e.version,
          status: e.status,
          committee: e.committee,
          proposal: e.proposal,
        }),
      );
      const id = await snapshots.insertSnapshot(tx, org, roundId, user.id, {
        point,
        label,
        roundName: round.name,
        takenAt,
        proposals,
        poolUse: poolUse(ledger),
        document: doc,
      });
      await appendAudit(tx, {
        organisationId: org,
        userId: user.id,
        action: 'snapshot.take',
        entity: 'snapshot',
        entityId: id,
        after: { roundId, point, label, takenAt, versions: proposals.map((p) => [p.ref, p.version]) },
      });
      return id;
    });
    return this.get(actor, id);
  }

  async list(actor: Actor, roundId: number): Promise<SnapshotSummary[]> {
    const user = requireInternal(actor);
    if (!(await rounds.getRound(this.db, user.organisationId, roundId)))
      throw new NotFound('Budgetrunden findes ikke.');
    return snapshots.listSnapshots(this.db, user.organisationId, roundId);
  }

  private async load(actor: Actor, id: number) {
    const user = requireInternal(actor);
    const s = await snapshots.getSnapshot(this.db, user.organisationId, id);
    if (!s) throw new NotFound('Øjebliksbilledet findes ikke.');
    return s;
  }

  async get(actor: Actor, id: number): Promise<Snapshot> {
    return (await this.load(actor, id)).snapshot;
  }

  async diff(actor: Actor, from: number, to: number): Promise<SnapshotDiff> {
    const [a, b] = await Promise.all([this.get(actor, from), this.get(actor, to)]);
    if (a.roundId !== b.roundId)
      throw new InvalidInput('De to øjebliksbilleder hører til hver sin budgetrunde.', { field: 'to' });
    return diffSnapshots(a, b);
  }

  /** The snapshot's document in an export format, dated the day it was taken. */
  async export(actor: Actor, id: number, format: string | null): Promise<Download> {
    if (format === null || !isExportFormat(format))
      throw new InvalidInput(`Angiv formatet som ?format=${EXPORT_FORMATS.join('|')}.`, { field: 'format' });
    const { snapshot, document, roundName } = await this.load(actor, id);
    const bytes = await exportDocument(document, format, {
      subtitle: roundName,
      created: new Date(snapshot.takenAt),
    });
    return {
      bytes,
      mime: EXPORT_MEDIA[format].mime,
      fileName: exportFileName(`${roundName} ${snapshot.label}`, format),
    };
  }
}
