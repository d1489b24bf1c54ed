// Records as the store returns them. JSON shapes of the HTTP API (docs/api.md) reuse these.
import type { Kroner, Proposal, ProposalKind, YearAmounts } from '../core/model.ts';

export const ROLES = ['admin', 'oekonomi', 'forfatter', 'laeser'] as const;
export type Role = (typeof ROLES)[number];

export interface User {
  id: number;
  email: string;
  name: string | null;
  role: Role;
  administration: string | null;
}

export const STATUSES = [
  'kladde',
  'indsendt',
  'godkendt_cfoe',
  'udvalgsgodkendt',
  'vedtaget',
  'udmoentet',
  'opfoelgning_afsluttet',
  'afvist',
  'trukket_tilbage',
] as const;
export type Status = (typeof STATUSES)[number];

export type RoundKind = 'budget' | 'ofs';

export interface Round {
  id: number;
  name: string;
  kind: RoundKind;
  year: number;
  priceLevelYear: number | null;
  published: boolean;
  proposalCount: number;
  revision: number;
  createdAt: string;
}

export interface RoundTarget {
  committee: string;
  year: number;
  /** Måltal, positive = saving required. */
  amount: Kroner;
}

export interface RisingProfile {
  id: number;
  committee: string;
  title: string;
  amounts: YearAmounts;
}

export interface RoundDetail extends Round {
  targets: RoundTarget[];
  risingProfiles: RisingProfile[];
}

export interface ProposalSummary {
  id: number;
  roundId: number;
  ref: string;
  title: string;
  kind: ProposalKind;
  administration: string | null;
  committee: string | null;
  status: Status;
  approvedWith: string | null;
  version: number;
  updatedAt: string;
  updatedBy: string | null;
}

export interface ProposalWithBody extends ProposalSummary {
  proposal: Proposal;
}

export interface Version {
  version: number;
  author: string | null;
  createdAt: string;
  current: boolean;
  note: string | null;
}

export interface Transition {
  from: Status;
  to: Status;
  version: number;
  user: string | null;
  at: string;
  note: string | null;
  approvedWith: string | null;
}

export interface Comment {
  id: number;
  version: number;
  user: string | null;
  text: string;
  createdAt: string;
}

export interface ConsultationRecord {
  id: number;
  body: string;
  answer: 'ja' | 'nej' | null;
  date: string | null;
  text: string | null;
  user: string | null;
  createdAt: string;
}

export interface FollowUpMeasurement {
  year: number;
  planned: Kroner | null;
  realised: Kroner | null;
  note: string | null;
  user: string | null;
  updatedAt: string;
}

export interface AuditEntry {
  id: number;
  at: string;
  user: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}

export interface PriceIndexEntry {
  year: number;
  /** Index point as decimal text ("104.8"; 2024 = 100): never a float in the store. */
  index: string;
}
