// Search across the user's organisation's proposals, and what it can be narrowed by
// (src/store/repositories/search.repository.ts does the work; docs/api.md describes the answer).
import type { Db } from '../../store/db.ts';
import * as repo from '../../store/repositories/search.repository.ts';
import { type Actor, requireInternal } from './access.ts';

export class SearchService {
  constructor(private readonly db: Db) {}

  /** The best matches first, at most SEARCH_LIMIT (core/schema/api.ts); none is a normal answer. */
  async search(actor: Actor, query: string, filter: repo.SearchFilter): Promise<repo.SearchHit[]> {
    const user = requireInternal(actor);
    return repo.searchProposals(this.db, user.organisationId, query, filter);
  }

  async options(actor: Actor): Promise<repo.SearchOptions> {
    const user = requireInternal(actor);
    return repo.searchOptions(this.db, user.organisationId);
  }
}
