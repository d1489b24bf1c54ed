// Proposals and their immutable versions. A save never changes a version: it adds one, moves the
// "current" mark, and copies the queried columns (title, kind, administration …) onto the
// proposal row. Callers lock the row first (lockProposal) so concurrent saves serialise and the
// version check in the service sees the truth.
import type { Proposal } from '../../core/model.ts';
import type { Queryable } from '../db.ts';
import type { ProposalSummary, ProposalWithBody, Status, Version } from '../types.ts';
import { iso } from './util.ts';

interface Row {
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
}

const SUMMARY = `SELECT p.id, p.round_id, p.ref, p.title, p.kind, p.administration, p.committee, p.status,
  p.approved_with, p.current_version, p.updated_at,
  (SELECT u.email FROM proposal_versions v JOIN users u ON u.id = v.author_id
    WHERE v.proposal_id = p.id AND v.is_current) AS updated_by
  FROM proposals p`;

const toSummary = (r: Row): ProposalSummary => ({
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
  updatedAt: iso(r.updated_at),
  updatedBy: r.updated_by,
});

/** The text full-text search looks at: ref, title, summary, every text section. */
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
  },
): Promise<number> {
  const { rows } = await q.query<{ id: number }>(
    `INSERT INTO proposals (round_id, ref, title, kind, administration, committee, current_version, import_id, search_text)
     VALUES ($1, $2, $3, $4, $5, $6, 1, $7, $8) RETURNING id`,
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
    'INSERT INTO proposal_versions (proposal_id, version, body, author_id, note, is_current) VALUES ($1, 1, $2, $3, $4, true)',
    [id, JSON.stringify(p.body), p.authorId, p.note ?? null],
  );
  return id;
}

/** Row-locks the proposal for the rest of the transaction; null when it does not exist. */
export async function lockProposal(q: Queryable, id: number): Promise<ProposalSummary | null> {
  const { rows } = await q.query<Row>(`${SUMMARY} WHERE p.id = $1 FOR UPDATE OF p`, [id]);
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
    'INSERT INTO proposal_versions (proposal_id, version, body, author_id, note, is_current) VALUES ($1, $2, $3, $4, $5, true)',
    [p.id, next, JSON.stringify(p.body), p.authorId, p.note],
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

export async function getProposal(q: Queryable, id: number): Promise<ProposalWithBody | null> {
  const { rows } = await q.query<Row & { body: Proposal }>(
    `SELECT s.*, v.body FROM (${SUMMARY} WHERE p.id = $1) s
       JOIN proposal_versions v ON v.proposal_id = s.id AND v.is_current`,
    [id],
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
  roundId: number,
  f: ProposalFilter = {},
): Promise<ProposalSummary[]> {
  const { rows } = await q.query<Row>(
    `${SUMMARY} WHERE p.round_id = $1 AND ($2::text[] IS NULL OR p.status = ANY($2))
       AND ($3::text IS NULL OR p.administration = $3) AND ($4::text IS NULL OR p.committee = $4)
     ORDER BY p.id`,
    [roundId, f.status ?? null, f.administration ?? null, f.committee ?? null],
  );
  return rows.map(toSummary);
}

/** Like listProposals, with each proposal's current body (one query for a whole round page). */
export async function listProposalsWithBodies(
  q: Queryable,
  roundId: number,
  f: ProposalFilter = {},
): Promise<ProposalWithBody[]> {
  const { rows } = await q.query<Row & { body: Proposal }>(
    `SELECT s.*, v.body FROM (${SUMMARY} WHERE p.round_id = $1 AND ($2::text[] IS NULL OR p.status = ANY($2))
       AND ($3::text IS NULL OR p.administration = $3) AND ($4::text IS NULL OR p.committee = $4)) s
       JOIN proposal_versions v ON v.proposal_id = s.id AND v.is_current ORDER BY s.id`,
    [roundId, f.status ?? null, f.administration ?? null, f.committee ?? null],
  );
  return rows.map((r) => ({ ...toSummary(r), proposal: r.body }));
}

/** Current bodies of a round's proposals (for the live catalog), in id order. */
export async function listBodies(
  q: Queryable,
  roundId: number,
  statuses: Status[] | null,
): Promise<
  { id: number; status: Status; committee: string | null; approvedWith: string | null; proposal: Proposal }[]
> {
  const { rows } = await q.query<{
    id: number;
    status: Status;
    committee: string | null;
    approved_with: string | null;
    body: Proposal;
  }>(
    `SELECT p.id, p.status, p.committee, p.approved_with, v.body FROM proposals p
       JOIN proposal_versions v ON v.proposal_id = p.id AND v.is_current
      WHERE p.round_id = $1 AND ($2::text[] IS NULL OR p.status = ANY($2)) ORDER BY p.id`,
    [roundId, statuses],
  );
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    committee: r.committee,
    approvedWith: r.approved_with,
    proposal: r.body,
  }));
}

export async function existingRefs(q: Queryable, roundId: number, refs: string[]): Promise<string[]> {
  const { rows } = await q.query<{ ref: string }>(
    'SELECT ref FROM proposals WHERE round_id = $1 AND ref = ANY($2)',
    [roundId, refs],
  );
  return rows.map((r) => r.ref);
}

export async function listVersions(q: Queryable, id: number): Promise<Version[]> {
  const { rows } = await q.query<{
    version: number;
    email: string | null;
    created_at: Date;
    is_current: boolean;
    note: string | null;
  }>(
    `SELECT v.version, u.email, v.created_at, v.is_current, v.note FROM proposal_versions v
       LEFT JOIN users u ON u.id = v.author_id WHERE v.proposal_id = $1 ORDER BY v.version DESC`,
    [id],
  );
  return rows.map((r) => ({
    version: r.version,
    author: r.email,
    createdAt: iso(r.created_at),
    current: r.is_current,
    note: r.note,
  }));
}

export async function getVersion(
  q: Queryable,
  id: number,
  version: number,
): Promise<{ version: Version; proposal: Proposal } | null> {
  const { rows } = await q.query<{
    version: number;
    email: string | null;
    created_at: Date;
    is_current: boolean;
    note: string | null;
    body: Proposal;
  }>(
    `SELECT v.version, u.email, v.created_at, v.is_current, v.note, v.body FROM proposal_versions v
       LEFT JOIN users u ON u.id = v.author_id WHERE v.proposal_id = $1 AND v.version = $2`,
    [id, version],
  );
  const r = rows[0];
  if (!r) return null;
  return {
    version: {
      version: r.version,
      author: r.email,
      createdAt: iso(r.created_at),
      current: r.is_current,
      note: r.note,
    },
    proposal: r.body,
  };
}

export interface SearchHit extends ProposalSummary {
  rank: number;
  snippet: string;
}

/** Full-text search with Danish stemming ("skolerne" finds "skole"). */
export async function searchProposals(
  q: Queryable,
  query: string,
  roundId: number | null,
  limit = 50,
): Promise<SearchHit[]> {
  const { rows } = await q.query<Row & { rank: number; snippet: string }>(
    `SELECT s.*, ts_rank(p2.search, query) AS rank,
            ts_headline('danish', p2.search_text, query, 'MaxFragments=1, MaxWords=20, MinWords=5, StartSel=«, StopSel=»') AS snippet
       FROM websearch_to_tsquery('danish', $1) query, proposals p2
       JOIN (${SUMMARY}) s ON s.id = p2.id
      WHERE p2.search @@ query AND ($2::integer IS NULL OR p2.round_id = $2)
      ORDER BY rank DESC, s.id LIMIT $3`,
    [query, roundId, limit],
  );
  return rows.map((r) => ({ ...toSummary(r), rank: Number(r.rank), snippet: r.snippet }));
}
