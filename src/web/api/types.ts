// Shapes of the HTTP API (docs/api.md). Bodies reuse the core model's types.
import type {
  Catalog,
  GevinstDocument,
  Kroner,
  Proposal,
  ProposalKind,
  Warning,
  YearAmounts,
} from '../../core/model.ts';

/** A validation finding: the `gevinst.findings/1` contract shape (core/validation/finding.ts). */
export interface Finding {
  rule: string;
  severity: 'error' | 'warning' | 'info';
  proposalRef: string | null;
  year: number | null;
  expected: number | string | null;
  found: number | string | null;
  message: string;
  sourceLine: number | null;
}

export type Role = 'admin' | 'oekonomi' | 'forfatter' | 'laeser';

export interface User {
  id: number;
  email: string;
  name: string | null;
  role: Role;
  administration: string | null;
}

/** A user as the administration page shows it (GET /api/users). */
export interface Account extends User {
  disabled: boolean;
  /** Live sessions. */
  sessions: number;
  oidc: boolean;
  createdAt: string;
}

export type Status =
  | 'kladde'
  | 'indsendt'
  | 'godkendt_cfoe'
  | 'udvalgsgodkendt'
  | 'vedtaget'
  | 'udmoentet'
  | 'opfoelgning_afsluttet'
  | 'afvist'
  | 'trukket_tilbage';

export const STATUSES: readonly Status[] = [
  'kladde',
  'indsendt',
  'godkendt_cfoe',
  'udvalgsgodkendt',
  'vedtaget',
  'udmoentet',
  'opfoelgning_afsluttet',
  'afvist',
  'trukket_tilbage',
];

export interface Round {
  id: number;
  name: string;
  kind: 'budget' | 'ofs';
  year: number;
  priceLevelYear: number | null;
  published: boolean;
  proposalCount: number;
  createdAt: string;
  /** Budget of the investment pool, when the server provides it (kroner). */
  poolBudget?: Kroner | null;
}

export interface RoundTarget {
  committee: string;
  year: number;
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

export interface ProposalRecord extends ProposalSummary {
  proposal: Proposal;
  allowedTransitions: Status[];
}

export interface Version {
  version: number;
  author: string | null;
  createdAt: string;
  current: boolean;
  note: string | null;
}

export interface TransitionEntry {
  from: Status | null;
  to: Status;
  user: string | null;
  at: string;
  note: string | null;
  approvedWith: string | null;
}

export interface ConsultationEntry {
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
  updatedAt?: string;
  user?: string | null;
}

export interface CommentEntry {
  id: number;
  version: number;
  user: string | null;
  text: string;
  createdAt: string;
}

export interface MasterData {
  committees: { id: string; name: string; variants: string[] }[];
  administrations: { id: string; name: string; committee: string; variants: string[] }[];
}

export interface CatalogAnswer {
  round: Round;
  catalog: Catalog;
  warnings: Warning[];
}

export interface ImportPreview {
  document: GevinstDocument;
  findings: Finding[];
  conflicts: string[];
}

export interface SearchHit extends ProposalSummary {
  rank: number;
  snippet: string | null;
}
