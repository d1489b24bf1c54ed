// Typed calls for the pool, scenarios and snapshots (docs/api.md). The types are inferred from
// core's schemas (src/core/schema/pool.ts): no hand-copied API type.
import type * as z from 'zod';
import type { OrganisationSettings } from '../../core/process/organisation.ts';
import type {
  LedgerView,
  PoolEntryInput,
  PoolSourceKind,
  SavedScenario,
  ScenarioAnswer,
  ScenarioComparison,
  Snapshot,
  SnapshotDiff,
  SnapshotPoint,
  SnapshotSummary,
  scenarioConstraintsBody,
} from '../../core/schema/pool.ts';
import { request } from './client.ts';

export type ScenarioConstraintsBody = z.input<typeof scenarioConstraintsBody>;
export type EntryBody = Omit<
  PoolEntryInput,
  'note' | 'replacesSourceId' | 'expectedAnswer' | 'proposalId'
> & {
  proposalId: number | null;
  replacesSourceId?: number | null;
  expectedAnswer?: string | null;
  note?: string | null;
};

export const poolApi = {
  organisation: () =>
    request<{ id: number; name: string; settings: OrganisationSettings }>('GET', '/api/organisation'),
  ledger: (roundId: number) => request<LedgerView>('GET', `/api/rounds/${roundId}/pool`),
  setPool: (roundId: number, amounts: Record<string, number>) =>
    request<LedgerView>('PUT', `/api/rounds/${roundId}/pool`, { body: { amounts } }),
  addSource: (roundId: number, name: string, kind: PoolSourceKind) =>
    request<LedgerView>('POST', `/api/rounds/${roundId}/pool/sources`, { body: { name, kind } }),
  addEntry: (roundId: number, entry: EntryBody) =>
    request<LedgerView>('POST', `/api/rounds/${roundId}/pool/entries`, { body: entry }),
  decide: (entryId: number, outcome: 'bevilget' | 'afslaaet') =>
    request<LedgerView>('POST', `/api/pool/entries/${entryId}/outcome`, { body: { outcome } }),
  voidEntry: (entryId: number, reason: string) =>
    request<LedgerView>('POST', `/api/pool/entries/${entryId}/void`, { body: { reason } }),

  runScenario: (roundId: number, constraints: ScenarioConstraintsBody) =>
    request<ScenarioAnswer>('POST', `/api/rounds/${roundId}/scenarios/run`, { body: { constraints } }),
  scenarios: (roundId: number) => request<SavedScenario[]>('GET', `/api/rounds/${roundId}/scenarios`),
  saveScenario: (roundId: number, name: string, constraints: ScenarioConstraintsBody) =>
    request<SavedScenario>('POST', `/api/rounds/${roundId}/scenarios`, { body: { name, constraints } }),
  compare: (a: number, b: number) => request<ScenarioComparison>('GET', `/api/scenarios/${a}/compare/${b}`),
  adopt: (id: number) => request<SavedScenario>('POST', `/api/scenarios/${id}/adopt`),

  snapshots: (roundId: number) => request<SnapshotSummary[]>('GET', `/api/rounds/${roundId}/snapshots`),
  takeSnapshot: (roundId: number, point: SnapshotPoint, label: string) =>
    request<Snapshot>('POST', `/api/rounds/${roundId}/snapshots`, { body: { point, label } }),
  snapshot: (id: number) => request<Snapshot>('GET', `/api/snapshots/${id}`),
  diff: (from: number, to: number) => request<SnapshotDiff>('GET', `/api/snapshots/${from}/diff/${to}`),
};
