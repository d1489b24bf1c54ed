// Shapes of the HTTP API: inferred from core's one schema (src/core/schema/api.ts), which the server
// validates its requests and answers with. Nothing here is written by hand; a field the server adds
// appears here when the schema gains it.
import type * as z from 'zod';
import type {
  findingSchema,
  masterDataFileSchema,
  organisationAnswerSchema,
  roundCreateBody,
} from '../../core/schema/api.ts';

export type {
  Account,
  Comment as CommentEntry,
  ConsultationRecord as ConsultationEntry,
  ImportCommit,
  ImportPreview,
  OrganisationRef,
  PriceIndexEntry,
  RoundDeadline,
  ProposalRecord,
  ProposalSummary,
  PublicProposal,
  RisingProfile,
  RisingProfileLine,
  Round,
  RoundDetail,
  RoundFilter,
  RoundProposal,
  RoundTarget,
  RoundView,
  SearchHit,
  SearchOptions,
  SearchQuery,
  TextPart,
  TargetAttainmentAnswer as TargetAttainment,
  TransitionEntry,
  User,
  Version,
  VersionOrigin,
} from '../../core/schema/api.ts';
export type { Role } from '../../core/process/roles.ts';
export { STATUSES, type Status } from '../../core/process/statuses.ts';

/** A validation finding: the `gevinst.findings/1` contract shape. */
export type Finding = z.output<typeof findingSchema>;

/** The organisation's master data as the server sends it. */
export type MasterData = z.output<typeof masterDataFileSchema>;

/** A round's own fields, as created or changed. */
export type RoundFields = z.input<typeof roundCreateBody>;

/** The organisation with its settings. */
export type OrganisationAnswer = z.output<typeof organisationAnswerSchema>;
