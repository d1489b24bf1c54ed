// Downloads of a round's catalog or of one proposal in every export format. The document handed
// to exportDocument is core's roundDocument (src/core/process/round-document.ts): the catalog the
// round page shows, over the proposals that count, so a download never disagrees with the screen.
//
// Rendering runs in a worker thread (src/server/workers), and a round's file is cached per round
// revision (bumped by every change to its proposals): a 5,000-proposal DOCX takes many seconds,
// during which the event loop must keep answering; asking twice for an unchanged round renders once.
import { InvalidInput } from '../../core/errors.ts';
import type { GevinstDocument, Proposal } from '../../core/model.ts';
import {
  EXPORT_FORMATS,
  EXPORT_MEDIA,
  exportFileName,
  isExportFormat,
  type ExportFormat,
} from '../../formats/export.ts';
import type { Db, Queryable } from '../../store/db.ts';
import { FOLLOW_UP_MEDIA, type FollowUpFileFormat } from '../../formats/follow-up/index.ts';
import type { FollowUpReport } from '../../core/schema/follow-up.ts';
import { bodyTexts } from '../../store/repositories/export.repository.ts';
import { getMasterData } from '../../store/repositories/master-data.repository.ts';
import * as repo from '../../store/repositories/proposals.repository.ts';
import * as rounds from '../../store/repositories/rounds.repository.ts';
import { NotFound } from '../../core/errors.ts';
import { type Actor, requireInternal } from './access.ts';
import { roundDocument as coreRoundDocument } from '../../core/process/round-document.ts';
import { loadMasterData } from './master-data.ts';
import { runInWorker } from '../workers/pool.ts';
import type { ExportRoundTask } from '../workers/tasks.ts';
import { unwrap } from '../workers/tasks.ts';
import type { ProposalService } from './proposals.service.ts';
import { COUNTED_STATUSES, PUBLIC_STATUSES, type Status } from '../../core/process/statuses.ts';
import type { PublicService } from './public.service.ts';

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

/**
 * A round as a document: the proposals that count (not rejected or withdrawn) and the catalog the
 * engine computes for them. Also what `gevinst export --runde ID` writes.
 */
export async function roundDocument(
  db: Queryable,
  org: number | null,
  roundId: number,
): Promise<{ name: string; doc: GevinstDocument }> {
  const round = await rounds.getRound(db, org, roundId);
  if (!round) throw new NotFound(`Budgetrunde ${roundId} findes ikke.`);
  const entries = await repo.listProposalsWithBodies(db, round.organisationId, roundId, {
    status: [...COUNTED_STATUSES],
  });
  const doc = coreRoundDocument(round, entries, await loadMasterData(db, round.organisationId));
  return { name: round.name, doc };
}

/** Rendered round files kept for their revision; the oldest go first beyond this many bytes. */
const CACHE_BYTES = 64 * 1024 * 1024;

interface Cached {
  revision: number;
  download: Promise<Download>;
  bytes: number;
}

export class ExportService {
  private cache = new Map<string, Cached>();
  /** Round files rendered so far (the cache's effect is visible in tests). */
  rendered = 0;

  constructor(
    private readonly db: Db,
    private readonly proposals: ProposalService,
  ) {}

  async round(actor: Actor, roundId: number, format: string | null): Promise<Download> {
    const user = requireInternal(actor);
    const org = user.organisationId;
    const f = formatOf(format);
    const revision = await rounds.getRevision(this.db, org, roundId);
    if (revision === null) throw new NotFound(`Budgetrunde ${roundId} findes ikke.`);
    return this.cached(`${roundId}|${f}`, revision, () => this.render(org, roundId, f, COUNTED_STATUSES));
  }

  /**
   * A published round's catalog as the public sees it: only the proposals a committee has approved
   * (or later), as on the public page. An unpublished round is not found.
   */
  async publicRound(roundId: number, format: string | null): Promise<Download> {
    const f = formatOf(format);
    const head = await rounds.getCacheHead(this.db, null, roundId);
    if (!head?.published) throw new NotFound('Budgetrunden findes ikke.');
    return this.cached(`p${roundId}|${f}`, head.revision, () =>
      this.render(head.organisationId, roundId, f, PUBLIC_STATUSES),
    );
  }

  /** One rendering per key and revision; a failed one is not kept. */
  private async cached(key: string, revision: number, render: () => Promise<Download>): Promise<Download> {
    const hit = this.cache.get(key);
    if (hit && hit.revision === revision) return hit.download;
    // Read after the revision: a change meanwhile bumps it past the cached one (early, never stale).
    const download = render();
    const entry: Cached = { revision, download, bytes: 0 };
    this.cache.set(key, entry);
    try {
      const done = await download;
      entry.bytes = done.bytes.byteLength;
      this.evict();
      return done;
    } catch (e) {
      if (this.cache.get(key) === entry) this.cache.delete(key);
      throw e;
    }
  }

  private evict(): void {
    let total = 0;
    for (const e of this.cache.values()) total += e.bytes;
    for (const [key, e] of this.cache) {
      if (total <= CACHE_BYTES) break;
      total -= e.bytes;
      this.cache.delete(key);
    }
  }

  private async render(
    org: number,
    roundId: number,
    format: ExportFormat,
    statuses: readonly Status[],
  ): Promise<Download> {
    this.rendered++;
    const round = await rounds.getRound(this.db, org, roundId);
    if (!round) throw new NotFound(`Budgetrunde ${roundId} findes ikke.`);
    const entries: ExportRoundTask['entries'] = [];
    for await (const page of bodyTexts(this.db, org, roundId, [...statuses])) {
      for (const b of page)
        entries.push({
          id: b.id,
          status: b.status,
          committee: b.committee,
          approvedWith: b.approvedWith,
          body: b.body,
        });
    }
    const answer = await runInWorker({
      kind: 'export-round',
      round: { name: round.name, priceLevelYear: round.priceLevelYear },
      entries,
      masterData: await getMasterData(this.db, org),
      format,
    });
    const { bytes } = unwrap(answer, 'bytes');
    return {
      bytes,
      mime: EXPORT_MEDIA[format].mime,
      fileName: exportFileName(round.name, format),
    };
  }

  /** The follow-up report (already computed, and access-checked, by the follow-up service) as a file. */
  async followUp(report: FollowUpReport, format: FollowUpFileFormat): Promise<Download> {
    const answer = await runInWorker({ kind: 'export-follow-up', report, format });
    const scope = report.scope.kind === 'round' ? report.scope.roundName : report.organisation.name;
    return {
      bytes: unwrap(answer, 'bytes').bytes,
      mime: FOLLOW_UP_MEDIA[format].mime,
      fileName: exportFileName(`Opfølgning ${scope}`, format),
    };
  }

  async proposal(actor: Actor, id: number, format: string | null): Promise<Download> {
    const f = formatOf(format);
    const record = await this.proposals.getProposal(actor, id); // access checks live there
    return this.proposalFile(record.proposal, f);
  }

  /** A proposal of a published round that the public may see (PublicService checks that). */
  async publicProposal(publicService: PublicService, id: number, format: string | null): Promise<Download> {
    const f = formatOf(format);
    return this.proposalFile((await publicService.proposal(id)).proposal, f);
  }

  private async proposalFile(proposal: Proposal, f: ExportFormat): Promise<Download> {
    const answer = await runInWorker({ kind: 'export-proposal', proposal, format: f });
    return {
      bytes: unwrap(answer, 'bytes').bytes,
      mime: EXPORT_MEDIA[f].mime,
      fileName: exportFileName(proposal.ref, f),
    };
  }
}
