// Records as the store returns them: the API shapes described once in core (src/core/schema/api.ts)
// and the process constants of src/core/process. Re-exported here so repositories name them in one
// place; nothing is declared twice.
import type { Proposal } from '../core/model.ts';
import type { ProposalSummary } from '../core/schema/api.ts';

export { ROLES, type Role } from '../core/process/roles.ts';
export { STATUSES, type Status } from '../core/process/statuses.ts';
export type {
  AuditEntry,
  Comment,
  ConsultationRecord,
  OrganisationRef,
  PriceIndexEntry,
  ProposalSummary,
  RisingProfile,
  Round,
  RoundDetail,
  RoundKind,
  RoundTarget,
  TransitionEntry as Transition,
  User,
  Version,
  VersionOrigin,
} from '../core/schema/api.ts';

export interface ProposalWithBody extends ProposalSummary {
  proposal: Proposal;
}
