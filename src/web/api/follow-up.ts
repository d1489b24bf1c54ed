// Typed calls for the follow-up of adopted proposals (docs/api.md, "Follow-up"). The types are
// inferred from core's schemas (src/core/schema/follow-up.ts): no hand-copied API type.
import type * as z from 'zod';
import type {
  DueList,
  FollowUpReport,
  ProposalFollowUp,
  Recurrence,
  realisedBody,
} from '../../core/schema/follow-up.ts';
import { request } from './client.ts';

export type {
  DueItem,
  DueList,
  FollowUpProposal,
  FollowUpReport,
  FollowUpTargetState,
  FollowUpTotal,
  FollowUpYear,
  PlannedArea,
  ProposalFollowUp,
  RealisedCell,
  Recurrence,
  YearStatus,
} from '../../core/schema/follow-up.ts';

export type RealisedBody = z.input<typeof realisedBody>;

export const followUpApi = {
  proposal: (id: number) => request<ProposalFollowUp>('GET', `/api/proposals/${id}/follow-up`),
  saveRealised: (id: number, body: RealisedBody) =>
    request<ProposalFollowUp>('PUT', `/api/proposals/${id}/follow-up/realised`, { body }),
  confirm: (id: number, year: number, basedOnVersion: number) =>
    request<ProposalFollowUp>('POST', `/api/proposals/${id}/follow-up/confirmations`, {
      body: { year, basedOnVersion },
    }),
  setSchedule: (id: number, index: number, due: string | null, recurrence: Recurrence | null) =>
    request<ProposalFollowUp>('PUT', `/api/proposals/${id}/follow-up/targets/${index}/schedule`, {
      body: { due, recurrence },
    }),
  markMet: (id: number, index: number, due: string | null, evidence: string) =>
    request<ProposalFollowUp>('POST', `/api/proposals/${id}/follow-up/targets/${index}/met`, {
      body: { due, evidence },
    }),
  roundReport: (roundId: number) => request<FollowUpReport>('GET', `/api/rounds/${roundId}/follow-up`),
  organisationReport: () => request<FollowUpReport>('GET', '/api/follow-up'),
  due: (administration?: string) =>
    request<DueList>(
      'GET',
      `/api/follow-up/due${administration ? `?administration=${encodeURIComponent(administration)}` : ''}`,
    ),
};
