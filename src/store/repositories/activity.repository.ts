// What happens around a proposal: workflow transitions, comments, consultations (høringer and
// approvals). The follow-up of adopted proposals is follow-up.repository.ts.
import type { Queryable } from '../db.ts';
import type { Comment, ConsultationRecord, Status, Transition } from '../types.ts';
import { iso, isoDate } from './util.ts';

export async function insertTransition(
  q: Queryable,
  t: {
    proposalId: number;
    from: Status;
    to: Status;
    version: number;
    userId: number | null;
    note: string | null;
    approvedWith: string | null;
  },
): Promise<void> {
  await q.query(
    'INSERT INTO transitions (proposal_id, from_status, to_status, version, user_id, note, approved_with) VALUES ($1, $2, $3, $4, $5, $6, $7)',
    [t.proposalId, t.from, t.to, t.version, t.userId, t.note, t.approvedWith],
  );
}

export async function listTransitions(q: Queryable, proposalId: number): Promise<Transition[]> {
  const { rows } = await q.query<{
    from_status: Status;
    to_status: Status;
    version: number;
    email: string | null;
    at: Date;
    note: string | null;
    approved_with: string | null;
  }>(
    `SELECT t.from_status, t.to_status, t.version, u.email, t.at, t.note, t.approved_with
       FROM transitions t LEFT JOIN users u ON u.id = t.user_id WHERE t.proposal_id = $1 ORDER BY t.id`,
    [proposalId],
  );
  return rows.map((r) => ({
    from: r.from_status,
    to: r.to_status,
    version: r.version,
    user: r.email,
    at: iso(r.at),
    note: r.note,
    approvedWith: r.approved_with,
  }));
}

export async function insertComment(
  q: Queryable,
  c: { proposalId: number; version: number; userId: number | null; text: string },
): Promise<number> {
  const { rows } = await q.query<{ id: number }>(
    'INSERT INTO comments (proposal_id, version, user_id, text) VALUES ($1, $2, $3, $4) RETURNING id',
    [c.proposalId, c.version, c.userId, c.text],
  );
  return (rows[0] as { id: number }).id;
}

export async function listComments(q: Queryable, proposalId: number): Promise<Comment[]> {
  const { rows } = await q.query<{
    id: number;
    version: number;
    email: string | null;
    text: string;
    created_at: Date;
  }>(
    `SELECT c.id, c.version, u.email, c.text, c.created_at FROM comments c LEFT JOIN users u ON u.id = c.user_id
      WHERE c.proposal_id = $1 ORDER BY c.id`,
    [proposalId],
  );
  return rows.map((r) => ({
    id: r.id,
    version: r.version,
    user: r.email,
    text: r.text,
    createdAt: iso(r.created_at),
  }));
}

export async function insertConsultation(
  q: Queryable,
  c: {
    proposalId: number;
    body: string;
    answer: 'ja' | 'nej' | null;
    date: string | null;
    text: string | null;
    userId: number | null;
  },
): Promise<number> {
  const { rows } = await q.query<{ id: number }>(
    'INSERT INTO consultations (proposal_id, body, answer, date, text, user_id) VALUES ($1, $2, $3, $4::date, $5, $6) RETURNING id',
    [c.proposalId, c.body, c.answer, c.date, c.text, c.userId],
  );
  return (rows[0] as { id: number }).id;
}

export async function listConsultations(q: Queryable, proposalId: number): Promise<ConsultationRecord[]> {
  const { rows } = await q.query<{
    id: number;
    body: string;
    answer: 'ja' | 'nej' | null;
    date: string | null;
    text: string | null;
    email: string | null;
    created_at: Date;
  }>(
    `SELECT c.id, c.body, c.answer, to_char(c.date, 'YYYY-MM-DD') AS date, c.text, u.email, c.created_at
       FROM consultations c LEFT JOIN users u ON u.id = c.user_id WHERE c.proposal_id = $1 ORDER BY c.id`,
    [proposalId],
  );
  return rows.map((r) => ({
    id: r.id,
    body: r.body,
    answer: r.answer,
    date: isoDate(r.date),
    text: r.text,
    user: r.email,
    createdAt: iso(r.created_at),
  }));
}
