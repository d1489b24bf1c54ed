// The round's view (Tabel 1 and 2, every proposal with its figures, target attainment, rising
// profiles, charts and filter choices) computed by core (src/core/process/round-view.ts) from the
// current versions, and cached per round revision, filter and the revisions of the organisation's
// earlier rounds (their adopted proposals are the round's derived rising profiles). The cache holds
// the serialised JSON: at 10,000 proposals the answer is megabytes, and serialising it per request
// would dominate. A hit costs two indexed queries. Entering realised figures bumps the revision
// (target attainment shows what came in).
import { NotFound } from '../../core/errors.ts';
import { deriveRisingProfiles, manualProfileLines } from '../../core/process/rising-profiles.ts';
import { roundView } from '../../core/process/round-view.ts';
import { ADOPTED_STATUSES, PUBLIC_STATUSES } from '../../core/process/statuses.ts';
import type { RoundFilter } from '../../core/schema/api.ts';
import type { Db } from '../../store/db.ts';
import * as repo from '../../store/repositories/proposals.repository.ts';
import * as rounds from '../../store/repositories/rounds.repository.ts';
import { type Actor, requireInternal } from './access.ts';
import { type SerialisedJson, JsonCache, cacheBytesFromEnv } from './json-cache.ts';
import { realisedByProposal } from './follow-up.service.ts';
import { loadMasterData } from './master-data.ts';

/** The answer as JSON text, with the key it was computed at (ETag). */
export interface SerialisedCatalog extends SerialisedJson {
  revision: number;
}

function filterKey(f: RoundFilter): string {
  return [f.committee ?? '', f.kind ?? '', f.status ?? '', f.approvedWith ?? ''].join('|');
}

export class CatalogService {
  private readonly cache: JsonCache<SerialisedCatalog>;

  constructor(
    private readonly db: Db,
    cacheBytes = cacheBytesFromEnv(),
  ) {
    this.cache = new JsonCache(cacheBytes);
  }

  /**
   * The view of a round. `org` null is the public: only published rounds, only the proposals a
   * committee has approved (or later), and no typed-in details beyond the catalog.
   */
  private async compute(
    org: number | null,
    roundId: number,
    filter: RoundFilter,
  ): Promise<SerialisedCatalog> {
    const row = await rounds.getCacheHead(this.db, org, roundId);
    if (!row || (org === null && !row.published)) throw new NotFound('Budgetrunden findes ikke.');
    const owner = row.organisationId;
    const key = `"${org === null ? 'p' : 'r'}${roundId}-${row.revision}-${row.earlier}-${filterKey(filter)}"`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    // Read after the revision: a change after this point bumps the revision past the one in the
    // key, so the next request recomputes; the cache can be early, never stale.
    const round = await rounds.getRound(this.db, owner, roundId);
    if (!round) throw new NotFound('Budgetrunden findes ikke.');
    const all = await repo.listProposalsWithBodies(this.db, owner, roundId);
    const entries = org === null ? all.filter((e) => PUBLIC_STATUSES.includes(e.status)) : all;
    const masterData = await loadMasterData(this.db, owner);
    const adopted = await repo.listAdoptedBefore(this.db, owner, round.year, ADOPTED_STATUSES);
    // The years a rising profile may count in: the round's target years and its catalog years.
    const years = new Set<number>(round.targets.map((t) => t.year));
    for (let y = round.year; y < round.year + 4; y++) years.add(y);
    const risingProfiles =
      org === null
        ? []
        : [
            ...manualProfileLines(round.risingProfiles),
            ...deriveRisingProfiles(
              round,
              [...years].sort((a, b) => a - b),
              adopted,
            ),
          ];
    const view = roundView({
      round: org === null ? { ...round, targets: [] } : round,
      entries,
      risingProfiles,
      masterData,
      filter,
      // What came in (the follow-up's realised figures) is internal; the public sees no targets.
      ...(org === null ? {} : { realised: await realisedByProposal(this.db, owner, roundId) }),
    });
    const serialised: SerialisedCatalog = { revision: round.revision, etag: key, json: JSON.stringify(view) };
    this.cache.set(key, serialised);
    return serialised;
  }

  async catalog(actor: Actor, roundId: number, filter: RoundFilter = {}): Promise<SerialisedCatalog> {
    const user = requireInternal(actor);
    return this.compute(user.organisationId, roundId, filter);
  }

  async publicCatalog(roundId: number, filter: RoundFilter = {}): Promise<SerialisedCatalog> {
    return this.compute(null, roundId, filter);
  }
}
