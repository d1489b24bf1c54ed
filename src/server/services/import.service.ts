// Import: a document uploaded into a round. Preview reads it and reports proposals and findings
// without storing anything; commit reads it again and stores every proposal in ONE transaction
// (all or nothing). PDF, Word and text documents go through src/formats/import.ts (the kind is
// decided by the content); a `gevinst.document/1` JSON document (the CLI's output) is accepted as
// well. A document from which nothing can be read is an ImportError (422).
import { createHash } from 'node:crypto';
import { Conflict, ImportError, NotFound } from '../../core/errors.ts';
import { DOCUMENT_FORMAT, type GevinstDocument } from '../../core/model.ts';
import { documentSchema } from '../../core/schema/document.ts';
import { schemaError } from '../../core/schema/errors.ts';
import {
  type CatalogDecision,
  catalogDecisions,
  inputKind,
  readDocumentWithText,
} from '../../formats/import.ts';
import type { Db } from '../../store/db.ts';
import { appendAudit } from '../../store/repositories/audit.repository.ts';
import * as repo from '../../store/repositories/proposals.repository.ts';
import * as rounds from '../../store/repositories/rounds.repository.ts';
import type { ProposalSummary } from '../../store/types.ts';
import { type Actor, FINANCE, requireRole } from './access.ts';
import { type Finding, findingsForDocument, withComputed } from './engine.ts';
import { committeeOf, loadContext, loadMasterData } from './master-data.ts';

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export interface ImportPreview {
  document: GevinstDocument;
  findings: Finding[];
  /** Refs that already exist in the round: committing would be refused. */
  conflicts: string[];
  /** Per proposal, the decision the catalog prints for it ("Godkendt med"), for recording it. */
  decisions: CatalogDecision[];
}

/** The uploaded document and the text its source lines count (null for JSON). */
async function readUpload(
  body: string | Uint8Array,
  fileName: string | null,
): Promise<{ document: GevinstDocument; text: string | null }> {
  if (typeof body === 'string') {
    // A PDF or Word file sent as text/plain arrives decoded, its bytes lost.
    if (body.startsWith('%PDF-') || body.startsWith('PK\u0003\u0004'))
      throw new ImportError(
        'Filen er sendt som tekst, men er en PDF- eller Word-fil; send den som application/octet-stream.',
      );
    if (body.trimStart().startsWith('{')) return { document: readJsonDocument(body, fileName), text: null };
  } else if (inputKind(body) === 'json') {
    return { document: readJsonDocument(new TextDecoder().decode(body), fileName), text: null };
  }
  return readDocumentWithText(body, fileName ?? 'upload');
}

function readJsonDocument(text: string, fileName: string | null): GevinstDocument {
  const sha256 = createHash('sha256').update(text).digest('hex');
  const source = { path: fileName ?? 'upload', sha256 };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ImportError('Filen ligner JSON, men kan ikke læses som JSON.');
  }
  if ((parsed as { format?: unknown }).format !== DOCUMENT_FORMAT) {
    throw new ImportError(`JSON-filen er ikke et "${DOCUMENT_FORMAT}"-dokument.`);
  }
  const r = documentSchema.safeParse(parsed);
  if (!r.success) throw new ImportError(schemaError(r.error, 'Dokumentet').message);
  return { ...r.data, source };
}

export class ImportService {
  constructor(
    private readonly db: Db,
    /** Test hook (GEVINST_TEST_KILL_DURING_IMPORT): called after each stored proposal. */
    private readonly afterEachStored: ((n: number) => void) | null = null,
  ) {}

  async preview(
    actor: Actor,
    roundId: number,
    body: string | Uint8Array,
    fileName: string | null,
  ): Promise<ImportPreview> {
    const user = requireRole(actor, FINANCE, 'importere dokumenter');
    if ((await rounds.getRevision(this.db, user.organisationId, roundId)) === null)
      throw new NotFound('Budgetrunden findes ikke.');
    const { document, text } = await readUpload(body, fileName);
    const ctx = await loadContext(this.db, user.organisationId);
    const findings = findingsForDocument(document, text, {
      priceIndex: ctx.priceIndex,
      paybackLimitYears: ctx.organisation.settings.paybackGuidelineYears,
    });
    document.proposals = document.proposals.map(withComputed);
    const conflicts = await repo.existingRefs(
      this.db,
      roundId,
      document.proposals.map((p) => p.ref),
    );
    return { document, findings, conflicts, decisions: catalogDecisions(document) };
  }

  async commit(
    actor: Actor,
    roundId: number,
    body: string | Uint8Array,
    fileName: string | null,
  ): Promise<{ importId: number; proposals: ProposalSummary[] }> {
    const user = requireRole(actor, FINANCE, 'importere dokumenter');
    const org = user.organisationId;
    const { document } = await readUpload(body, fileName);
    if (document.proposals.length === 0)
      throw new ImportError('Dokumentet indeholder ingen forslag, der kan importeres.');
    const refs = document.proposals.map((p) => p.ref);
    const dup = refs.find((r, i) => refs.indexOf(r) !== i);
    if (dup !== undefined)
      throw new ImportError(`Dokumentet har forslagsnummeret "${dup}" mere end én gang.`);
    const importId = await this.db.transaction(async (tx) => {
      if ((await rounds.getRevision(tx, org, roundId)) === null)
        throw new NotFound('Budgetrunden findes ikke.');
      const taken = await repo.existingRefs(tx, roundId, refs);
      if (taken.length > 0)
        throw new Conflict(
          `Budgetrunden har allerede forslag med numrene ${taken.map((r) => `"${r}"`).join(', ')}. Intet er importeret.`,
        );
      const md = await loadMasterData(tx, org);
      const { rows } = await tx.query<{ id: number }>(
        'INSERT INTO imports (round_id, file_name, sha256, user_id, proposals) VALUES ($1, $2, $3, $4, $5) RETURNING id',
        [roundId, fileName, document.source?.sha256 ?? '', user.id, document.proposals.length],
      );
      const importId = (rows[0] as { id: number }).id;
      let n = 0;
      for (const body of document.proposals) {
        const administration = body.presentingAdministrations[0] ?? null;
        await repo.insertProposal(tx, {
          roundId,
          body,
          columns: { administration, committee: committeeOf(md, administration) },
          authorId: user.id,
          importId,
          note: `Importeret fra ${fileName ?? 'upload'}`,
          origin: 'imported',
        });
        this.afterEachStored?.(++n);
      }
      await rounds.bumpRevision(tx, roundId);
      await appendAudit(tx, {
        organisationId: org,
        userId: user.id,
        action: 'import.commit',
        entity: 'round',
        entityId: roundId,
        after: { importId, fileName, sha256: document.source?.sha256, refs },
      });
      return importId;
    });
    const stored = await repo.listProposals(this.db, org, roundId);
    return { importId, proposals: stored.filter((p) => refs.includes(p.ref)) };
  }
}
