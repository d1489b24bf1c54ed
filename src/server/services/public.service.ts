// What the public sees without a login: published rounds, their catalogs, and the proposals in
// them that a committee has approved (or later). Everything else answers 404, not 403, so the
// public cannot tell a draft exists.
import { NotFound } from '../../core/errors.ts';
import type { Proposal } from '../../core/model.ts';
import type { RoundFilter } from '../../core/schema/api.ts';
import type { Db } from '../../store/db.ts';
import * as repo from '../../store/repositories/proposals.repository.ts';
import * as rounds from '../../store/repositories/rounds.repository.ts';
import type { Round, Status } from '../../store/types.ts';
import type { CatalogService, SerialisedCatalog } from './catalog.service.ts';
import { withComputed } from './engine.ts';
import { PUBLIC_STATUSES } from '../../core/process/statuses.ts';

export interface PublicProposal {
  id: number;
  roundId: number;
  ref: string;
  title: string;
  kind: Proposal['kind'];
  status: Status;
  approvedWith: string | null;
  proposal: Proposal;
}

export class PublicService {
  constructor(
    private readonly db: Db,
    private readonly catalogs: CatalogService,
  ) {}

  rounds(): Promise<Round[]> {
    return rounds.listRounds(this.db, null);
  }

  catalog(roundId: number, filter: RoundFilter = {}): Promise<SerialisedCatalog> {
    return this.catalogs.publicCatalog(roundId, filter);
  }

  async proposal(id: number): Promise<PublicProposal> {
    const found = await repo.getProposal(this.db, null, id);
    const round = found ? await rounds.getRound(this.db, null, found.roundId) : null;
    if (!found || !round?.published || !PUBLIC_STATUSES.includes(found.status))
      throw new NotFound('Forslaget findes ikke.');
    return {
      id: found.id,
      roundId: found.roundId,
      ref: found.ref,
      title: found.title,
      kind: found.kind,
      status: found.status,
      approvedWith: found.approvedWith,
      proposal: withComputed(found.proposal),
    };
  }
}
