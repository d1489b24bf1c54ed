// Downloads of a round's catalog or of one proposal in every export format. The document handed
// to exportDocument is the one the catalog endpoint computes (core's buildCatalog over the
// proposals that count), so a download never disagrees with the screen.
import { InvalidInput } from '../../core/errors.ts';
import { DOCUMENT_FORMAT, type GevinstDocument } from '../../core/model.ts';
import {
  EXPORT_FORMATS,
  EXPORT_MEDIA,
  exportDocument,
  isExportFormat,
  type ExportFormat,
} from '../../formats/export.ts';
import type { Db } from '../../store/db.ts';
import * as repo from '../../store/repositories/proposals.repository.ts';
import * as rounds from '../../store/repositories/rounds.repository.ts';
import { NotFound } from '../../core/errors.ts';
import { type Actor, requireInternal } from './access.ts';
import { roundView } from '../../core/process/round-view.ts';
import { loadMasterData } from './master-data.ts';
import type { ProposalService } from './proposals.service.ts';
import { COUNTED_STATUSES } from '../../core/process/statuses.ts';

export interface Download {
  bytes: Uint8Array;
  mime: string;
  fileName: string;
}

function formatOf(text: string | null): ExportFormat {
  if (text === null || !isExportFormat(text)) {
    throw new InvalidInput(`Angiv formatet som ?format=${EXPORT_FORMATS.join('|')}.`, { field: 'format' });
  }
  return text;
}

/** A file name without characters that trip browsers or file systems. */
function safeName(text: string): string {
  return text.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '') || 'gevinst';
}

/**
 * A round as a document: the proposals that count (not rejected or withdrawn) and the catalog the
 * engine computes for them. Also what `gevinst export --runde ID` writes.
 */
export async function roundDocument(
  db: Db,
  org: number | null,
  roundId: number,
): Promise<{ name: string; doc: GevinstDocument }> {
  const round = await rounds.getRound(db, org, roundId);
  if (!round) throw new NotFound(`Budgetrunde ${roundId} findes ikke.`);
  const entries = await repo.listProposalsWithBodies(db, round.organisationId, roundId, {
    status: [...COUNTED_STATUSES],
  });
  const view = roundView({
    round: { ...round, targets: [] },
    entries,
    risingProfiles: [],
    masterData: await loadMasterData(db, round.organisationId),
  });
  const placed = new Set(view.proposals.filter((p) => p.leftOut === null).map((p) => p.id));
  const doc: GevinstDocument = {
    format: DOCUMENT_FORMAT,
    source: null,
    priceLevelYear: round.priceLevelYear,
    catalog: { tables: view.tables, rows: view.tables.flatMap((t) => t.rows) },
    proposals: entries.filter((e) => placed.has(e.id)).map((e) => e.proposal),
    warnings: view.warnings,
  };
  return { name: round.name, doc };
}

export class ExportService {
  constructor(
    private readonly db: Db,
    private readonly proposals: ProposalService,
  ) {}

  async round(actor: Actor, roundId: number, format: string | null): Promise<Download> {
    const user = requireInternal(actor);
    const f = formatOf(format);
    const { name, doc } = await roundDocument(this.db, user.organisationId, roundId);
    const bytes = await exportDocument(doc, f, { subtitle: name });
    return { bytes, mime: EXPORT_MEDIA[f].mime, fileName: `${safeName(name)}.${EXPORT_MEDIA[f].extension}` };
  }

  async proposal(actor: Actor, id: number, format: string | null): Promise<Download> {
    const f = formatOf(format);
    const record = await this.proposals.getProposal(actor, id); // access checks live there
    const doc: GevinstDocument = {
      format: DOCUMENT_FORMAT,
      source: null,
      priceLevelYear: record.proposal.economy?.priceLevelYear ?? null,
      catalog: null,
      proposals: [record.proposal],
      warnings: [],
    };
    const bytes = await exportDocument(doc, f, { title: `${record.proposal.ref} ${record.proposal.title}` });
    return {
      bytes,
      mime: EXPORT_MEDIA[f].mime,
      fileName: `${safeName(record.proposal.ref)}.${EXPORT_MEDIA[f].extension}`,
    };
  }
}
