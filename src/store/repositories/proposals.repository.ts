// Proposals and their immutable versions. A save never changes a version: it adds one, moves the
// "current" mark, and copies the queried columns (title, kind, administration …) onto the
// proposal row. Callers lock the row first (lockProposal) so concurrent saves serialise and the
// version check in the service sees the truth.
//
// Every query is scoped by organisation (`org`): a proposal of another organisation does not exist
// here. `org` null is only for the public pages, which check publication themselves.
import { type Proposal, emptyProposal } from '../../core/model.ts';
import type { Queryable } from '../db.ts';
import type { ProposalSummary, ProposalWithBody, Status, Version, VersionOrigin } from '../types.ts';
import { iso } from './util.ts';

/** A proposal summary's row (SUMMARY), shared with the search (search.repository.ts). */
export interface SummaryRow {
  id: number;
  round_id: number;
  ref: string;
  title: string;
  kind: Proposal['kind'];
  administration: string | null;
  committee: string | null;
  status: Status;
  approved_with: string | null;
  current_version: number;
  updated_at: Date;
  updated_by: string | null;
  origin: VersionOrigin;
}

export const SUMMARY = `SELECT p.id, p.round_id, p.ref, p.title, p.kind, p.administration, p.committee, p.status,
  p.approved_with, p.current_version, p.updated_at, cv.origin,
  (SELECT u.email FROM users u WHERE u.id = cv.author_id) AS updated_by
  FROM proposals p JOIN proposal_versions cv ON cv.proposal_id = p.id AND cv.is_current`;

/** The organisation condition on `p` as SQL, with the parameter number of `org`. */
const inOrg = (n: number) => `($${n}::integer IS NULL OR p.organisation_id = $${n})`;

export const toSummary = (r: SummaryRow): ProposalSummary => ({
  id: r.id,
  roundId: r.round_id,
  ref: r.ref,
  title: r.title,
  kind: r.kind,
  administration: r.administration,
  committee: r.committee,
  status: r.status,
  approvedWith: r.approved_with,
  version: r.current_version,
  origin: r.origin,
  updatedAt: iso(r.updated_at),
  updatedBy: r.updated_by,
});

/** The text search looks at (full text and trigrams): ref, title, summary, every text section. */
export function searchText(p: Proposal): string {
  return [p.ref, p.title, p.summary ?? '', ...p.sections.map((s) => `${s.heading}\n${s.text}`)].join('\n');
}

export interface ProposalColumns {
  administration: string | null;
  committee: string | null;
}

export async function insertProposal(
  q: Queryable,
  p: {
    roundId: number;
    body: Proposal;
    columns: ProposalColumns;
    authorId: number | null;
    importId?: number | null;
    note?: string | null;
    origin: VersionOrigin;
  },
): Promise<number> {
  const { rows } = await q.query<{ id: number }>(
    `INSERT INTO proposals (organisation_id, round_id, ref, title, kind, administration, committee, current_version, import_id, search_text)
     SELECT r.organisation_id, $1, $2, $3, $4, $5, $6, 1, $7, $8 FROM rounds r WHERE r.id = $1 RETURNING id`,
    [
      p.roundId,
      p.body.ref,
      p.body.title,
      p.body.kind,
      p.columns.administration,
      p.columns.committee,
      p.importId ?? null,
      searchText(p.body),
    ],
  );
  const id = (rows[0] as { id: number }).id;
  await q.query(
    'INSERT INTO proposal_versions (proposal_id, version, body, author_id, note, is_current, origin) VALUES ($1, 1, $2, $3, $4, true, $5)',
    [id, JSON.stringify(p.body), p.authorId, p.note ?? null, p.origin],
  );
  return id;
}

/** Row-locks the proposal for the rest of the transaction; null when it is not the organisation's. */
export async function lockProposal(q: Queryable, org: number, id: number): Promise<ProposalSummary | null> {
  const { rows } = await q.query<SummaryRow>(`${SUMMARY} WHERE p.id = $1 AND ${inOrg(2)} FOR UPDATE OF p`, [
    id,
    org,
  ]);
  return rows[0] ? toSummary(rows[0]) : null;
}

/** Adds version `expectedVersion + 1`. The caller has locked the row and checked the version. */
export async function addVersion(
  q: Queryable,
  p: {
    id: number;
    expectedVersion: number;
    body: Proposal;
    columns: ProposalColumns;
    authorId: number | null;
    note: string | null;
    origin: VersionOrigin;
  },
): Promise<number> {
  const next = p.expectedVersion + 1;
  const updated = await q.query(
    `UPDATE proposals SET current_version = $3, ref = $4, title = $5, kind = $6, administration = $7, committee = $8,
            search_text = $9, updated_at = now()
      WHERE id = $1 AND current_version = $2`,
    [
      p.id,
      p.expectedVersion,
      next,
      p.body.ref,
      p.body.title,
      p.body.kind,
      p.columns.administration,
      p.columns.committee,
      searchText(p.body),
    ],
  );
  if (updated.affected !== 1)
    throw new Error(`addVersion: proposal ${p.id} is not at version ${p.expectedVersion}`);
  await q.query('UPDATE proposal_versions SET is_current = false WHERE proposal_id = $1 AND is_current', [
    p.id,
  ]);
  await q.query(
    'INSERT INTO proposal_versions (proposal_id, version, body, author_id, note, is_current, origin) VALUES ($1, $2, $3, $4, $5, true, $6)',
    [p.id, next, JSON.stringify(p.body), p.authorId, p.note, p.origin],
  );
  return next;
}

export async function setStatus(
  q: Queryable,
  id: number,
  status: Status,
  approvedWith: string | null,
): Promise<void> {
  await q.query(
    'UPDATE proposals SET status = $2, approved_with = COALESCE($3, approved_with), updated_at = now() WHERE id = $1',
    [id, status, approvedWith],
  );
}

export async function getProposal(
  q: Queryable,
  org: number | null,
  id: number,
): Promise<ProposalWithBody | null> {
  const { rows } = await q.query<SummaryRow & { body: Proposal }>(
    `SELECT s.*, v.body FROM (${SUMMARY} WHERE p.id = $1 AND ${inOrg(2)}) s
       JOIN proposal_versions v ON v.proposal_id = s.id AND v.is_current`,
    [id, org],
  );
  const r = rows[0];
  return r ? { ...toSummary(r), proposal: r.body } : null;
}

export interface ProposalFilter {
  status?: Status[] | null;
  administration?: string | null;
  committee?: string | null;
}

export async function listProposals(
  q: Queryable,
  org: number,
  roundId: number,
  f: ProposalFilter = {},
): Promise<ProposalSummary[]> {
  const { rows } = await q.query<SummaryRow>(
    `${SUMMARY} WHERE p.round_id = $1 AND ($2::text[] IS NULL OR p.status = ANY($2))
       AND ($3::text IS NULL OR p.administration = $3) AND ($4::text IS NULL OR p.committee = $4)
       AND ${inOrg(5)}
     ORDER BY p.id`,
    [roundId, f.status ?? null, f.administration ?? null, f.committee ?? null, org],
  );
  return rows.map(toSummary);
}

/** Like listProposals, with each proposal's current body (one query for a whole round page). */
export async function listProposalsWithBodies(
  q: Queryable,
  org: number | null,
  roundId: number,
  f: ProposalFilter = {},
): Promise<ProposalWithBody[]> {
  const { rows } = await q.query<SummaryRow & { body: Proposal }>(
    `SELECT s.*, v.body FROM (${SUMMARY} WHERE p.round_id = $1 AND ($2::text[] IS NULL OR p.status = ANY($2))
       AND ($3::text IS NULL OR p.administration = $3) AND ($4::text IS NULL OR p.committee = $4)
       AND ${inOrg(5)}) s
       JOIN proposal_versions v ON v.proposal_id = s.id AND v.is_current ORDER BY s.id`,
    [roundId, f.status ?? null, f.administration ?? null, f.committee ?? null, org],
  );
  return rows.map((r) => ({ ...toSummary(r), proposal: r.body }));
}

/**
 * Adopted (vedtaget or later) proposals of the organisation's rounds before `year`, with their
 * current bodies: the source of a later round's rising profiles.
 */
export async function listAdoptedBefore(
  q: Queryable,
  org: number,
  year: number,
  adopted: readonly Status[],
): Promise<
  {
    proposalId: number;
    roundId: number;
    roundName: string;
    roundYear: number;
    committee: string | null;
    proposal: Proposal;
  }[]
> {
  // Only what a rising profile needs (the economy, ref and title), not whole bodies: a later round
  // of a large organisation may look at thousands of adopted proposals.
  const { rows } = await q.query<{
    id: number;
    round_id: number;
    round_name: string;
    round_year: number;
    committee: string | null;
    ref: string;
    title: string;
    kind: Proposal['kind'];
    economy: Proposal['economy'];
  }>(
    `SELECT p.id, p.round_id, r.name AS round_name, r.year AS round_year, p.committee, p.ref, p.title, p.kind,
            v.body->'economy' AS economy
       FROM proposals p JOIN rounds r ON r.id = p.round_id
       JOIN proposal_versions v ON v.proposal_id = p.id AND v.is_current
      WHERE p.organisation_id = $1 AND r.year < $2 AND p.status = ANY($3) ORDER BY r.year, p.id`,
    [org, year, adopted],
  );
  return rows.map((r) => ({
    proposalId: r.id,
    roundId: r.round_id,
    roundName: r.round_name,
    roundYear: r.round_year,
    committee: r.committee,
    proposal: { ...emptyProposal(r.ref, r.title, r.kind), economy: r.economy },
  }));
}

/** Every ref of the round (for numbering a new proposal). */
export async function listRefs(q: Queryable, roundId: number): Promise<string[]> {
  const { rows } = await q.query<{ ref: string }>('SELECT ref FROM proposals WHERE round_id = $1', [roundId]);
  return rows.map((r) => r.ref);
}

export async function existingRefs(q: Queryable, roundId: number, refs: string[]): Promise<string[]> {
  const { rows } = await q.query<{ ref: string }>(
    'SELECT ref FROM proposals WHERE round_id = $1 AND ref = ANY($2)',
    [roundId, refs],
  );
  return rows.map((r) => r.ref);
}

interface VersionRow {
  version: number;
  email: string | null;
  created_at: Date;
  is_current: boolean;
  note: string | null;
  origin: VersionOrigin;
}

const toVersion = (r: VersionRow): Version => ({
  version: r.version,
  author: r.email,
  createdAt: iso(r.created_at),
  current: r.is_current,
  note: r.note,
  origin: r.origin,
});

const VERSIONS = `SELECT v.version, u.email, v.created_at, v.is_current, v.note, v.origin, v.body
  FROM proposal_versions v JOIN proposals p ON p.id = v.proposal_id LEFT JOIN users u ON u.id = v.author_id`;

export async function listVersions(q: Queryable, org: number, id: number): Promise<Version[]> {
  const { rows } = await q.query<VersionRow>(
    `${VERSIONS} WHERE v.proposal_id = $1 AND ${inOrg(2)} ORDER BY v.version DESC`,
    [id, org],
  );
  return rows.map(toVersion);
}

export async function getVersion(
  q: Queryable,
  org: number,
  id: number,
  version: number,
): Promise<{ version: Version; proposal: Proposal } | null> {
  const { rows } = await q.query<VersionRow & { body: Proposal }>(
    `${VERSIONS} WHERE v.proposal_id = $1 AND v.version = $2 AND ${inOrg(3)}`,
    [id, version, org],
  );
  const r = rows[0];
  return r ? { version: toVersion(r), proposal: r.body } : null;
}
