// A round as a `gevinst.document/1`: the proposals that count and are placed under a committee,
// with the catalog (Tabel 1 and 2) core computes for them (round-view.ts). What the round's exports
// write and what `gevinst export --runde` prints; one function, so a download never disagrees with
// the screen.
import type { MasterData } from '../master-data.ts';
import { DOCUMENT_FORMAT, type GevinstDocument, type Proposal } from '../model.ts';
import { type RoundEntry, roundView } from './round-view.ts';
import type { Status } from './statuses.ts';

export interface DocumentEntry {
  id: number;
  status: Status;
  committee: string | null;
  approvedWith: string | null;
  proposal: Proposal;
}

export function roundDocument(
  round: { name: string; priceLevelYear: number | null },
  entries: readonly DocumentEntry[],
  masterData: MasterData,
): GevinstDocument {
  // The view wants list columns; a document needs only the proposal and where it stands.
  const asEntries: RoundEntry[] = entries.map((e) => ({
    id: e.id,
    roundId: 1,
    ref: e.proposal.ref,
    title: e.proposal.title,
    kind: e.proposal.kind,
    administration: e.proposal.presentingAdministrations[0] ?? null,
    committee: e.committee,
    status: e.status,
    approvedWith: e.approvedWith,
    version: 1,
    origin: 'authored',
    updatedAt: '',
    updatedBy: null,
    proposal: e.proposal,
  }));
  const view = roundView({
    round: {
      id: 1,
      organisationId: 1,
      organisation: { id: 1, slug: '-', name: '-' },
      name: round.name,
      kind: 'budget',
      year: 1900,
      priceLevelYear: round.priceLevelYear,
      published: false,
      proposalCount: entries.length,
      revision: 0,
      createdAt: '',
      deadlines: [],
      targets: [],
      risingProfiles: [],
    },
    entries: asEntries,
    risingProfiles: [],
    masterData,
  });
  const placed = new Set(view.proposals.filter((p) => p.inTables).map((p) => p.id));
  return {
    format: DOCUMENT_FORMAT,
    source: null,
    priceLevelYear: round.priceLevelYear,
    catalog: { tables: view.tables, rows: view.tables.flatMap((t) => t.rows) },
    proposals: entries.filter((e) => placed.has(e.id)).map((e) => e.proposal),
    warnings: view.warnings,
  };
}
