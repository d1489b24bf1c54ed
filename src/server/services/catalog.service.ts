// Catalog tables computed live from the current versions, cached per round revision (the
// revision is bumped in the same transaction as every change to the round's proposals).
import { NotFound } from '../../core/errors.ts';
import type { Catalog } from '../../core/model.ts';
import type { Db } from '../../store/db.ts';
import * as repo from '../../store/repositories/proposals.repository.ts';
import * as rounds from '../../store/repositories/rounds.repository.ts';
import type { Round, Status } from '../../store/types.ts';
import { type Actor, requireInternal } from './access.ts';
import { buildCatalog } from './engine.ts';
import { PUBLIC_STATUSES } from './workflow.ts';

export interface CatalogAnswer {
  round: Round;
  catalog: Catalog;
  warnings: { message: string; sourceLine: number | null }[];
}

export class CatalogService {
  private cache = new Map<string, { revision: number; answer: CatalogAnswer }>();

  constructor(private readonly db: Db) {}

  private async compute(roundId: number, statuses: Status[] | null, onlyPublished: boolean): Promise<CatalogAnswer> {
    const round = await rounds.getRound(this.db, roundId);
    if (!round || (onlyPublished && !round.published)) throw new NotFound('Budgetrunden findes ikke.');
    const key = `${roundId}|${statuses?.join(',') ?? '*'}`;
    const cached = this.cache.get(key);
    if (cached && cached.revision === round.revision) return cached.answer;
    const bodies = await repo.listBodies(this.db, roundId, statuses);
    const { targets: _t, risingProfiles: _r, ...summary } = round;
    const answer: CatalogAnswer = {
      round: summary,
      catalog: buildCatalog(bodies, round.priceLevelYear),
      warnings: [],
    };
    if (this.cache.size > 200) this.cache.clear();
    this.cache.set(key, { revision: round.revision, answer });
    return answer;
  }

  async catalog(actor: Actor, roundId: number): Promise<CatalogAnswer> {
    requireInternal(actor);
    return this.compute(roundId, null, false);
  }

  async publicCatalog(roundId: number): Promise<CatalogAnswer> {
    return this.compute(roundId, [...PUBLIC_STATUSES], true);
  }
}
