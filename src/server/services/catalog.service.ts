// Catalog tables computed live from the current versions by the core engine, cached per round
// revision (bumped in the same transaction as every change to the round's proposals). The cache
// holds the serialised JSON: at 10,000 proposals the catalog is megabytes, and serialising it per
// request would dominate. A hit costs one indexed query for the revision.
import { NotFound } from '../../core/errors.ts';
import type { Catalog, Warning } from '../../core/model.ts';
import type { TargetAttainment } from '../../core/targets.ts';
import type { Db } from '../../store/db.ts';
import * as repo from '../../store/repositories/proposals.repository.ts';
import * as rounds from '../../store/repositories/rounds.repository.ts';
import type { Round, Status } from '../../store/types.ts';
import { type Actor, requireInternal } from './access.ts';
import { buildCatalog } from './engine.ts';
import { loadMasterData } from './master-data.ts';
import { COUNTED_STATUSES, PUBLIC_STATUSES } from './workflow.ts';

export interface CatalogAnswer {
  round: Round;
  catalog: Catalog;
  /** Target attainment per committee (måltal vs. effect + rising profiles), from core. */
  targets: TargetAttainment[];
  warnings: Warning[];
}

/** The answer as JSON text, with the revision it was computed at (ETag). */
export interface SerialisedCatalog {
  revision: number;
  json: string;
  /** gzip of `json`, made on the first request that accepts it (browsers always do). */
  gzip?: Buffer;
}

export class CatalogService {
  private cache = new Map<string, SerialisedCatalog>();

  constructor(private readonly db: Db) {}

  private async compute(
    roundId: number,
    statuses: Status[] | null,
    onlyPublished: boolean,
  ): Promise<SerialisedCatalog> {
    const head = await this.db.query<{ revision: number; published: boolean }>(
      'SELECT revision, published FROM rounds WHERE id = $1',
      [roundId],
    );
    const row = head.rows[0];
    if (!row || (onlyPublished && !row.published)) throw new NotFound('Budgetrunden findes ikke.');
    const key = `${roundId}|${statuses?.join(',') ?? '*'}`;
    const cached = this.cache.get(key);
    if (cached && cached.revision === row.revision) return cached;
    // Read the round first: a change after this point bumps the revision past the one cached
    // here, so the next request recomputes; the cache can be early, never stale.
    const round = await rounds.getRound(this.db, roundId);
    if (!round) throw new NotFound('Budgetrunden findes ikke.');
    const bodies = await repo.listBodies(this.db, roundId, statuses);
    const { targets: _t, risingProfiles: _r, ...summary } = round;
    const live = buildCatalog(bodies, round, await loadMasterData(this.db));
    const answer: CatalogAnswer = { round: summary, ...live };
    const serialised = { revision: round.revision, json: JSON.stringify(answer) };
    if (this.cache.size > 200) this.cache.clear();
    this.cache.set(key, serialised);
    return serialised;
  }

  async catalog(actor: Actor, roundId: number): Promise<SerialisedCatalog> {
    requireInternal(actor);
    return this.compute(roundId, [...COUNTED_STATUSES], false);
  }

  async publicCatalog(roundId: number): Promise<SerialisedCatalog> {
    return this.compute(roundId, [...PUBLIC_STATUSES], true);
  }
}
