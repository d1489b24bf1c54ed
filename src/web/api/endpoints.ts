// Typed calls, one per endpoint the web app uses (docs/api.md).
import type { Proposal } from '../../core/model.ts';
import type { Finding } from '../api/types.ts';
import { request } from './client.ts';
import type {
  Account,
  CommentEntry,
  ConsultationEntry,
  ImportCommit,
  ImportPreview,
  MasterData,
  ProposalRecord,
  ProposalSummary,
  OrganisationAnswer,
  PriceIndexEntry,
  RisingProfile,
  Round,
  RoundDetail,
  RoundFields,
  RoundTarget,
  RoundFilter,
  RoundView,
  SearchHit,
  SearchOptions,
  SearchQuery,
  Status,
  TransitionEntry,
  User,
  Version,
} from './types.ts';

function filterQuery(filter: RoundFilter): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(filter)) if (typeof v === 'string' && v !== '') q.set(k, v);
  const text = q.toString();
  return text === '' ? '' : `?${text}`;
}

/** Where an import goes: an existing round, or a new one created with it. */
export type ImportTarget =
  { roundId: number } | { newRound: { name: string; kind: 'budget' | 'ofs'; year: number } };

/** The import's choices: clashing numbers refuse the import or are skipped; decisions recorded. */
export interface ImportChoices {
  onConflict: 'refuse' | 'skip';
  recordDecisions: boolean;
}

export interface Session {
  user: User;
  csrfToken: string;
}

export const api = {
  login: (email: string, password: string) =>
    request<Session>('POST', '/api/auth/login', { body: { email, password }, quiet401: true }),
  logout: () => request<{ ok: true }>('POST', '/api/auth/logout'),
  me: () => request<Session>('GET', '/api/auth/me', { quiet401: true }),

  rounds: () => request<Round[]>('GET', '/api/rounds'),
  round: (id: number) => request<RoundDetail>('GET', `/api/rounds/${id}`),
  createRound: (fields: RoundFields) => request<RoundDetail>('POST', '/api/rounds', { body: fields }),
  updateRound: (id: number, fields: RoundFields) =>
    request<RoundDetail>('PUT', `/api/rounds/${id}`, { body: fields }),
  setTargets: (id: number, targets: RoundTarget[]) =>
    request<RoundDetail>('PUT', `/api/rounds/${id}/targets`, { body: { targets } }),
  setRisingProfiles: (id: number, risingProfiles: Omit<RisingProfile, 'id'>[]) =>
    request<RoundDetail>('PUT', `/api/rounds/${id}/rising-profiles`, { body: { risingProfiles } }),
  setPublished: (id: number, published: boolean) =>
    request<RoundDetail>('PUT', `/api/rounds/${id}/published`, { body: { published } }),
  /** The round as core computes it: tables, proposals, targets, charts (one request per filter). */
  roundView: (id: number, filter: RoundFilter = {}) =>
    request<RoundView>('GET', `/api/rounds/${id}/catalog${filterQuery(filter)}`),
  roundProposals: (id: number) => request<ProposalSummary[]>('GET', `/api/rounds/${id}/proposals`),
  createProposal: (roundId: number, proposal: Proposal) =>
    request<ProposalRecord>('POST', `/api/rounds/${roundId}/proposals`, { body: { proposal } }),
  /** Reads a file for an import into a round (its clashing numbers reported), or a new round (null). */
  importPreview: (roundId: number | null, file: File) =>
    request<ImportPreview>(
      'POST',
      `${roundId === null ? '/api/import' : `/api/rounds/${roundId}/import`}/preview?${new URLSearchParams({ fileName: file.name })}`,
      { file },
    ),
  /** Stores the file's proposals in a round, or in a new round made in the same transaction. */
  importCommit: (target: ImportTarget, file: File, options: ImportChoices) => {
    const query = new URLSearchParams({
      fileName: file.name,
      onConflict: options.onConflict,
      recordDecisions: String(options.recordDecisions),
    });
    if ('newRound' in target) {
      query.set('roundName', target.newRound.name);
      query.set('roundKind', target.newRound.kind);
      query.set('roundYear', String(target.newRound.year));
      return request<ImportCommit>('POST', `/api/import?${query}`, { file });
    }
    return request<ImportCommit>('POST', `/api/rounds/${target.roundId}/import?${query}`, { file });
  },

  proposal: (id: number) => request<ProposalRecord>('GET', `/api/proposals/${id}`),
  saveProposal: (id: number, basedOnVersion: number, proposal: Proposal, note?: string) =>
    request<ProposalRecord>('PUT', `/api/proposals/${id}`, { body: { basedOnVersion, proposal, note } }),
  versions: (id: number) => request<Version[]>('GET', `/api/proposals/${id}/versions`),
  version: (id: number, v: number) =>
    request<{ version: Version; proposal: Proposal }>('GET', `/api/proposals/${id}/versions/${v}`),
  findings: (id: number) =>
    request<{ format: string; findings: Finding[] }>('GET', `/api/proposals/${id}/findings`),
  transition: (id: number, to: Status, basedOnVersion: number, note?: string, approvedWith?: string) =>
    request<ProposalRecord>('POST', `/api/proposals/${id}/transitions`, {
      body: { to, basedOnVersion, note, approvedWith },
    }),
  transitions: (id: number) => request<TransitionEntry[]>('GET', `/api/proposals/${id}/transitions`),
  comments: (id: number) => request<CommentEntry[]>('GET', `/api/proposals/${id}/comments`),
  addComment: (id: number, text: string) =>
    request<CommentEntry>('POST', `/api/proposals/${id}/comments`, { body: { text } }),
  consultations: (id: number) => request<ConsultationEntry[]>('GET', `/api/proposals/${id}/consultations`),

  masterData: () => request<MasterData>('GET', '/api/master-data'),
  putMasterData: (doc: MasterData) => request<MasterData>('PUT', '/api/master-data', { body: doc }),
  priceIndex: () => request<PriceIndexEntry[]>('GET', '/api/price-index'),
  putPriceIndex: (entries: PriceIndexEntry[]) =>
    request<PriceIndexEntry[]>('PUT', '/api/price-index', { body: { entries } }),
  organisation: () => request<OrganisationAnswer>('GET', '/api/organisation'),
  /** A blank field is sent as null, never as a default: the server refuses it, naming the field. */
  putSettings: (settings: {
    [K in keyof OrganisationAnswer['settings']]: OrganisationAnswer['settings'][K] | null;
  }) => request<OrganisationAnswer>('PUT', '/api/organisation/settings', { body: { settings } }),
  changePassword: (currentPassword: string, newPassword: string) =>
    request<{ ok: true }>('POST', '/api/auth/password', { body: { currentPassword, newPassword } }),

  users: () => request<Account[]>('GET', '/api/users'),
  disableUser: (id: number) => request<Account>('POST', `/api/users/${id}/disable`),
  enableUser: (id: number) => request<Account>('POST', `/api/users/${id}/enable`),
  setRole: (id: number, role: string, administration: string | null) =>
    request<Account>('PUT', `/api/users/${id}/role`, { body: { role, administration } }),
  resetPassword: (id: number) =>
    request<{ account: Account; temporaryPassword: string | null }>('POST', `/api/users/${id}/password`, {
      body: {},
    }),
  endSessions: (id: number) => request<{ ended: number }>('DELETE', `/api/users/${id}/sessions`),
  /** Search with its filters (the address's parameters as they are: the server checks them). */
  search: (query: Partial<Record<keyof SearchQuery, string>>) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (v) q.set(k, v);
    return request<SearchHit[]>('GET', `/api/search?${q.toString()}`);
  },
  searchOptions: () => request<SearchOptions>('GET', '/api/search/options'),
};
