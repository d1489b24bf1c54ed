// Import: a document uploaded into a round. Preview reads it and reports proposals and findings
// without storing anything; commit reads it again and stores every proposal in ONE transaction
// (all or nothing). Reading (src/server/workers/parse.ts: PDF, Word and text of any common
// conversion through src/formats/import.ts, kind by content, and gevinst.document/1 JSON) and
// validating run in a worker thread, off the event loop. A document from which nothing can be read
// is an ImportError (422). The proposals are stored in
// chunks of bulk INSERTs with the event loop free in between, so on PGlite (which runs on this
// thread) health checks and static files keep answering during a large import.
import { Conflict, NotFound } from '../../core/errors.ts';
import { messageText } from '../../core/messages/index.ts';
import type { GevinstDocument } from '../../core/model.ts';
import type { CatalogDecision } from '../../formats/import.ts';
import type { Db, Queryable } from '../../store/db.ts';
import { insertTransition } from '../../store/repositories/activity.repository.ts';
import { appendAudit } from '../../store/repositories/audit.repository.ts';
import { insertImportedProposals } from '../../store/repositories/import.repository.ts';
import { getMasterData } from '../../store/repositories/master-data.repository.ts';
import * as repo from '../../store/repositories/proposals.repository.ts';
import * as rounds from '../../store/repositories/rounds.repository.ts';
import type { ProposalSummary } from '../../store/types.ts';
import { type Actor, FINANCE, requireRole } from './access.ts';
import { loadContext } from './master-data.ts';
import { runInWorker } from '../workers/pool.ts';
import { unwrap } from '../workers/tasks.ts';
import type { Finding } from './engine.ts';

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** Proposals per bulk INSERT: each statement short enough that PGlite's turn stays brief. */
export const IMPORT_CHUNK = 200;

export interface ImportPreview {
  document: GevinstDocument;
  findings: Finding[];
  /** Refs that already exist in the round: committing would be refused. */
  conflicts: string[];
  /** Per proposal, the decision the catalog prints for it ("Godkendt med"), for recording it. */
  decisions: CatalogDecision[];
}

/** The status a proposal gets when the catalog records its decision ("Godkendt med"). */
const DECIDED = 'vedtaget' as const;

/** Where an import goes: an existing round, or a new round created with the import. */
export type ImportTarget =
  | { roundId: number }
  | { newRound: { name: string; kind: 'budget' | 'ofs'; year: number; priceLevelYear?: number | null } };

export interface ImportOptions {
  /** Numbers the round already holds: refuse the whole import, or skip those proposals. */
  onConflict: 'refuse' | 'skip';
  /** Record the catalog's "Godkendt med" as the proposals' decision (status vedtaget). */
  recordDecisions: boolean;
}

export interface ImportResult {
  importId: number;
  roundId: number;
  proposals: ProposalSummary[];
  /** Numbers left out because the round already held them (onConflict 'skip'). */
  skipped: string[];
  /** Proposals recorded as adopted from the catalog's decision column. */
  decisionsRecorded: number;
}

export class ImportService {
  constructor(
    private readonly db: Db,
    /** Test hook (GEVINST_TEST_KILL_DURING_IMPORT): called with the count stored so far, per chunk. */
    private readonly afterEachStored: ((n: number) => void) | null = null,
  ) {}

  async preview(
    actor: Actor,
    /** The round to import into; null for a new round (which holds no numbers yet). */
    roundId: number | null,
    body: string | Uint8Array,
    fileName: string | null,
  ): Promise<ImportPreview> {
    const user = requireRole(actor, FINANCE, 'importere dokumenter');
    const org = user.organisationId;
    if (roundId !== null && (await rounds.getRevision(this.db, org, roundId)) === null)
      throw new NotFound('Budgetrunden findes ikke.');
    const ctx = await loadContext(this.db, org);
    const answer = await runInWorker({
      kind: 'read-import',
      body,
      fileName,
      masterData: await getMasterData(this.db, org),
      validation: {
        priceIndex: ctx.priceIndex,
        paybackLimitYears: ctx.organisation.settings.paybackGuidelineYears,
      },
      purpose: 'preview',
    });
    const { document, findings, decisions } = unwrap(answer, 'preview');
    const conflicts =
      roundId === null
        ? []
        : await repo.existingRefs(
            this.db,
            roundId,
            document.proposals.map((p) => p.ref),
          );
    return { document, findings, conflicts, decisions };
  }

  /**
   * Stores the document's proposals in one transaction: into an existing round, or into a new
   * round created in the same transaction (so a refused import leaves no empty round behind).
   * Numbers the round already holds are refused (nothing is stored) or, when asked, skipped.
   * With `recordDecisions`, a proposal whose catalog row prints "Godkendt med" is recorded as
   * adopted with that decision, with a status history entry naming the catalog line.
   */
  async commit(
    actor: Actor,
    target: ImportTarget,
    body: string | Uint8Array,
    fileName: string | null,
    options: ImportOptions = { onConflict: 'refuse', recordDecisions: false },
  ): Promise<ImportResult> {
    const user = requireRole(actor, FINANCE, 'importere dokumenter');
    const org = user.organisationId;
    const answer = await runInWorker({
      kind: 'read-import',
      body,
      fileName,
      masterData: await getMasterData(this.db, org),
      validation: null,
      purpose: 'commit',
    });
    const { rows: allRows, sha256, decisions } = unwrap(answer, 'rows');
    const note = `Importeret fra ${fileName ?? 'upload'}`;
    const stored: ProposalSummary[] = [];
    let skipped: string[] = [];
    let decisionsRecorded = 0;
    const { importId, roundId } = await this.db.transaction(async (tx) => {
      const roundId = await this.targetRound(tx, user.id, org, target);
      const taken = await repo.existingRefs(
        tx,
        roundId,
        allRows.map((r) => r.ref),
      );
      if (taken.length > 0 && options.onConflict === 'refuse')
        throw new Conflict(
          messageText('import.refs-taken', { refs: taken.map((r) => `"${r}"`).join(', ') }),
          {
            reason: 'import.refs-taken',
          },
        );
      skipped = taken;
      const takenSet = new Set(taken);
      const rows = allRows.filter((r) => !takenSet.has(r.ref));
      if (rows.length === 0)
        throw new Conflict(messageText('import.all-refs-taken', {}), { reason: 'import.all-refs-taken' });
      const refs = rows.map((r) => r.ref);
      const { rows: inserted } = await tx.query<{ id: number }>(
        'INSERT INTO imports (round_id, file_name, sha256, user_id, proposals) VALUES ($1, $2, $3, $4, $5) RETURNING id',
        [roundId, fileName, sha256, user.id, rows.length],
      );
      const importId = (inserted[0] as { id: number }).id;
      const decisionOf = new Map(
        options.recordDecisions ? decisions.filter((d) => !takenSet.has(d.ref)).map((d) => [d.ref, d]) : [],
      );
      for (let at = 0; at < rows.length; at += IMPORT_CHUNK) {
        const chunk = rows.slice(at, at + IMPORT_CHUNK);
        const ids = await insertImportedProposals(tx, {
          roundId,
          importId,
          authorId: user.id,
          note,
          rows: chunk,
        });
        // The answer is made from what was stored, not by reading the whole round back.
        const byRef = new Map(chunk.map((row) => [row.ref, row]));
        for (const r of ids) {
          const row = byRef.get(r.ref)!;
          const decision = decisionOf.get(r.ref);
          if (decision) {
            await repo.setStatus(tx, r.id, DECIDED, decision.approvedWith);
            await insertTransition(tx, {
              proposalId: r.id,
              from: 'kladde',
              to: DECIDED,
              version: 1,
              userId: user.id,
              note: messageText('import.decision-recorded', {
                approvedWith: decision.approvedWith,
                file: fileName ?? 'upload',
                line: decision.sourceLine,
              }),
              approvedWith: decision.approvedWith,
            });
            decisionsRecorded++;
          }
          stored.push({
            id: r.id,
            roundId,
            ref: r.ref,
            title: row.title,
            kind: row.kind as ProposalSummary['kind'],
            administration: row.administration,
            committee: row.committee,
            status: decision ? DECIDED : 'kladde',
            approvedWith: decision?.approvedWith ?? null,
            version: 1,
            origin: 'imported',
            updatedAt: r.updatedAt,
            updatedBy: user.email,
          });
        }
        this.afterEachStored?.(at + chunk.length);
        // Let waiting requests (health, static files) have the event loop between chunks.
        await new Promise((resolve) => setImmediate(resolve));
      }
      await rounds.bumpRevision(tx, roundId);
      await appendAudit(tx, {
        organisationId: org,
        userId: user.id,
        action: 'import.commit',
        entity: 'round',
        entityId: roundId,
        after: { importId, fileName, sha256, refs, skipped, decisionsRecorded },
      });
      return { importId, roundId };
    });
    return { importId, roundId, proposals: stored, skipped, decisionsRecorded };
  }

  /** The round to import into: an existing one of the organisation, or a new one made here. */
  private async targetRound(
    tx: Queryable,
    userId: number,
    org: number,
    target: ImportTarget,
  ): Promise<number> {
    if ('roundId' in target) {
      if ((await rounds.getRevision(tx, org, target.roundId)) === null)
        throw new NotFound('Budgetrunden findes ikke.');
      return target.roundId;
    }
    const name = target.newRound.name.trim();
    if (await rounds.findRoundByName(tx, org, name))
      throw new Conflict(`Der findes allerede en budgetrunde med navnet "${name}".`, { field: 'roundName' });
    const roundId = await rounds.insertRound(tx, org, {
      ...target.newRound,
      name,
      priceLevelYear: target.newRound.priceLevelYear ?? null,
      deadlines: [],
    });
    await appendAudit(tx, {
      organisationId: org,
      userId,
      action: 'round.create',
      entity: 'round',
      entityId: roundId,
      after: { ...target.newRound, name, viaImport: true },
    });
    return roundId;
  }
}
