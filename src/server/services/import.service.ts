// Import: a document uploaded into a round. Preview reads it and reports proposals and findings
// without storing anything; commit reads it again and stores every proposal in ONE transaction
// (all or nothing). Reading (src/server/workers/parse.ts: PDF, Word and text of any common
// conversion through src/formats/import.ts, kind by content, and gevinst.document/1 JSON) and
// validating run in a worker thread, off the event loop. A document from which nothing can be read
// is an ImportError (422). The proposals are stored in
// chunks of bulk INSERTs with the event loop free in between, so on PGlite (which runs on this
// thread) health checks and static files keep answering during a large import.
import { Conflict, NotFound } from '../../core/errors.ts';
import type { GevinstDocument } from '../../core/model.ts';
import type { CatalogDecision } from '../../formats/import.ts';
import type { Db } from '../../store/db.ts';
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

export class ImportService {
  constructor(
    private readonly db: Db,
    /** Test hook (GEVINST_TEST_KILL_DURING_IMPORT): called with the count stored so far, per chunk. */
    private readonly afterEachStored: ((n: number) => void) | null = null,
  ) {}

  async preview(
    actor: Actor,
    roundId: number,
    body: string | Uint8Array,
    fileName: string | null,
  ): Promise<ImportPreview> {
    const user = requireRole(actor, FINANCE, 'importere dokumenter');
    const org = user.organisationId;
    if ((await rounds.getRevision(this.db, org, roundId)) === null)
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
    const conflicts = await repo.existingRefs(
      this.db,
      roundId,
      document.proposals.map((p) => p.ref),
    );
    return { document, findings, conflicts, decisions };
  }

  async commit(
    actor: Actor,
    roundId: number,
    body: string | Uint8Array,
    fileName: string | null,
  ): Promise<{ importId: number; proposals: ProposalSummary[] }> {
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
    const { rows, sha256 } = unwrap(answer, 'rows');
    const refs = rows.map((r) => r.ref);
    const note = `Importeret fra ${fileName ?? 'upload'}`;
    const stored: ProposalSummary[] = [];
    const importId = await this.db.transaction(async (tx) => {
      if ((await rounds.getRevision(tx, org, roundId)) === null)
        throw new NotFound('Budgetrunden findes ikke.');
      const taken = await repo.existingRefs(tx, roundId, refs);
      if (taken.length > 0)
        throw new Conflict(
          `Budgetrunden har allerede forslag med numrene ${taken.map((r) => `"${r}"`).join(', ')}. Intet er importeret.`,
        );
      const { rows: inserted } = await tx.query<{ id: number }>(
        'INSERT INTO imports (round_id, file_name, sha256, user_id, proposals) VALUES ($1, $2, $3, $4, $5) RETURNING id',
        [roundId, fileName, sha256, user.id, rows.length],
      );
      const importId = (inserted[0] as { id: number }).id;
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
        ids.forEach((r) => {
          const row = byRef.get(r.ref)!;
          stored.push({
            id: r.id,
            roundId,
            ref: r.ref,
            title: row.title,
            kind: row.kind as ProposalSummary['kind'],
            administration: row.administration,
            committee: row.committee,
            status: 'kladde',
            approvedWith: null,
            version: 1,
            origin: 'imported',
            updatedAt: r.updatedAt,
            updatedBy: user.email,
          });
        });
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
        after: { importId, fileName, sha256, refs },
      });
      return importId;
    });
    return { importId, proposals: stored };
  }
}
