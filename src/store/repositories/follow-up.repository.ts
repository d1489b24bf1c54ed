// The follow-up of adopted proposals: the realised figures (append-only versions), confirmations,
// target schedules and targets met (migration 202612071200_follow_up.sql), and the adopted
// proposals with their approved version's body. Every read of proposals is scoped by organisation;
// the rows below a proposal are read by proposal ids the caller has already scoped.
import type {
  Confirmation,
  RealisationEntry,
  RealisationNote,
  RealisationState,
} from '../../core/follow-up/realisation.ts';
import type { MetRecord, TargetRecord } from '../../core/follow-up/targets.ts';
import type { BudgetArea, Kroner, Proposal, Section } from '../../core/model.ts';
import type { Recurrence } from '../../core/schema/follow-up.ts';
import type { Queryable } from '../db.ts';
import type { Status } from '../types.ts';
import { iso } from './util.ts';

export interface FollowedRow {
  proposalId: number;
  roundId: number;
  roundName: string;
  administration: string | null;
  committee: string | null;
  status: Status;
  approvedWith: string | null;
  /** The version adopted: the one the transition to "vedtaget" moved (the current one before it). */
  approvedVersion: number;
  proposal: Proposal;
}

/**
 * The organisation's proposals in `statuses` (of one round, or of all rounds when `roundId` is
 * null; or just `proposalId`), with the body of the version that was adopted, in round then id order.
 */
export async function listFollowed(
  q: Queryable,
  org: number,
  statuses: readonly Status[],
  where: { roundId?: number | null; proposalId?: number | null } = {},
): Promise<FollowedRow[]> {
  const { rows } = await q.query<{
    id: number;
    round_id: number;
    round_name: string;
    administration: string | null;
    committee: string | null;
    status: Status;
    approved_with: string | null;
    approved_version: number;
    body: Proposal;
  }>(
    `SELECT p.id, p.round_id, r.name AS round_name, p.administration, p.committee, p.status, p.approved_with,
            v.version AS approved_version, v.body
       FROM proposals p JOIN rounds r ON r.id = p.round_id
       JOIN proposal_versions v ON v.proposal_id = p.id AND v.version = coalesce(
         (SELECT t.version FROM transitions t WHERE t.proposal_id = p.id AND t.to_status = 'vedtaget'
           ORDER BY t.id DESC LIMIT 1), p.current_version)
      WHERE p.organisation_id = $1 AND p.status = ANY($2)
        AND ($3::integer IS NULL OR p.round_id = $3) AND ($4::integer IS NULL OR p.id = $4)
      ORDER BY r.year, r.id, p.id`,
    [org, statuses, where.roundId ?? null, where.proposalId ?? null],
  );
  return rows.map((r) => ({
    proposalId: r.id,
    roundId: r.round_id,
    roundName: r.round_name,
    administration: r.administration,
    committee: r.committee,
    status: r.status,
    approvedWith: r.approved_with,
    approvedVersion: r.approved_version,
    proposal: r.body,
  }));
}

const num = (v: unknown): number => (typeof v === 'string' ? Number(v) : (v as number));

/** Everything stored about the realisation of each proposal (empty states for those without). */
export async function loadRealisations(
  q: Queryable,
  ids: readonly number[],
): Promise<Map<number, RealisationState>> {
  const out = new Map<number, RealisationState>();
  for (const id of ids) out.set(id, { versions: [], entries: [], notes: [], confirmations: [] });
  if (ids.length === 0) return out;
  const list = [...ids];
  const versions = await q.query<{
    proposal_id: number;
    version: number;
    email: string | null;
    created_at: Date;
  }>(
    `SELECT v.proposal_id, v.version, u.email, v.created_at FROM realisation_versions v
       LEFT JOIN users u ON u.id = v.user_id WHERE v.proposal_id = ANY($1) ORDER BY v.proposal_id, v.version`,
    [list],
  );
  for (const r of versions.rows)
    out.get(r.proposal_id)?.versions.push({ version: r.version, by: r.email, at: iso(r.created_at) });
  const entries = await q.query<{
    proposal_id: number;
    version: number;
    year: number;
    section: Section;
    budget_area: BudgetArea | null;
    line: string | null;
    amount: string | number | null;
  }>(
    `SELECT proposal_id, version, year, section, budget_area, line, amount FROM realisation_entries
      WHERE proposal_id = ANY($1) ORDER BY id`,
    [list],
  );
  for (const r of entries.rows) {
    const e: RealisationEntry = {
      version: r.version,
      year: r.year,
      section: r.section,
      budgetArea: r.budget_area,
      line: r.line,
      amount: r.amount === null ? null : num(r.amount),
    };
    out.get(r.proposal_id)?.entries.push(e);
  }
  const notes = await q.query<{ proposal_id: number; version: number; year: number; note: string | null }>(
    'SELECT proposal_id, version, year, note FROM realisation_notes WHERE proposal_id = ANY($1)',
    [list],
  );
  for (const r of notes.rows) {
    const n: RealisationNote = { version: r.version, year: r.year, note: r.note };
    out.get(r.proposal_id)?.notes.push(n);
  }
  const confirmations = await q.query<{
    proposal_id: number;
    year: number;
    version: number;
    email: string | null;
    at: Date;
  }>(
    `SELECT c.proposal_id, c.year, c.version, u.email, c.at FROM realisation_confirmations c
       LEFT JOIN users u ON u.id = c.user_id WHERE c.proposal_id = ANY($1) ORDER BY c.id`,
    [list],
  );
  for (const r of confirmations.rows) {
    const c: Confirmation = { year: r.year, version: r.version, by: r.email, at: iso(r.at) };
    out.get(r.proposal_id)?.confirmations.push(c);
  }
  return out;
}

/** Target index → schedule and occurrences met, per proposal. */
export async function loadTargetRecords(
  q: Queryable,
  ids: readonly number[],
): Promise<Map<number, Map<number, TargetRecord>>> {
  const out = new Map<number, Map<number, TargetRecord>>();
  for (const id of ids) out.set(id, new Map());
  if (ids.length === 0) return out;
  const record = (proposal: number, index: number): TargetRecord => {
    const m = out.get(proposal) as Map<number, TargetRecord>;
    let r = m.get(index);
    if (!r) {
      r = { schedule: null, met: [] };
      m.set(index, r);
    }
    return r;
  };
  const schedules = await q.query<{
    proposal_id: number;
    target_index: number;
    due: string | null;
    recurrence: Recurrence | null;
  }>(
    `SELECT proposal_id, target_index, to_char(due, 'YYYY-MM-DD') AS due, recurrence
       FROM follow_up_target_schedules WHERE proposal_id = ANY($1) ORDER BY id`,
    [[...ids]],
  );
  // The latest row wins.
  for (const r of schedules.rows)
    record(r.proposal_id, r.target_index).schedule = { due: r.due, recurrence: r.recurrence };
  const met = await q.query<{
    proposal_id: number;
    target_index: number;
    due: string | null;
    evidence: string;
    email: string | null;
    at: Date;
  }>(
    `SELECT m.proposal_id, m.target_index, to_char(m.due, 'YYYY-MM-DD') AS due, m.evidence, u.email, m.at
       FROM follow_up_target_met m LEFT JOIN users u ON u.id = m.user_id
      WHERE m.proposal_id = ANY($1) ORDER BY m.id`,
    [[...ids]],
  );
  for (const r of met.rows) {
    const m: MetRecord = { due: r.due, by: r.email, at: iso(r.at), evidence: r.evidence };
    record(r.proposal_id, r.target_index).met.push(m);
  }
  return out;
}

/** Stores one save: a new version with the cells it set or cleared and the notes it wrote. */
export async function insertRealisationVersion(
  q: Queryable,
  v: {
    proposalId: number;
    version: number;
    userId: number | null;
    entries: {
      year: number;
      section: Section;
      budgetArea: BudgetArea | null;
      line: string | null;
      amount: Kroner | null;
    }[];
    notes: { year: number; note: string | null }[];
  },
): Promise<void> {
  await q.query('INSERT INTO realisation_versions (proposal_id, version, user_id) VALUES ($1, $2, $3)', [
    v.proposalId,
    v.version,
    v.userId,
  ]);
  for (const e of v.entries) {
    await q.query(
      `INSERT INTO realisation_entries (proposal_id, version, year, section, budget_area, line, amount)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [v.proposalId, v.version, e.year, e.section, e.budgetArea, e.line, e.amount],
    );
  }
  for (const n of v.notes) {
    await q.query(
      'INSERT INTO realisation_notes (proposal_id, version, year, note) VALUES ($1, $2, $3, $4)',
      [v.proposalId, v.version, n.year, n.note],
    );
  }
}

export async function insertConfirmation(
  q: Queryable,
  c: { proposalId: number; year: number; version: number; userId: number | null },
): Promise<void> {
  await q.query(
    'INSERT INTO realisation_confirmations (proposal_id, year, version, user_id) VALUES ($1, $2, $3, $4)',
    [c.proposalId, c.year, c.version, c.userId],
  );
}

export async function insertSchedule(
  q: Queryable,
  s: {
    proposalId: number;
    index: number;
    due: string | null;
    recurrence: Recurrence | null;
    userId: number | null;
  },
): Promise<void> {
  await q.query(
    `INSERT INTO follow_up_target_schedules (proposal_id, target_index, due, recurrence, user_id)
     VALUES ($1, $2, $3::date, $4, $5)`,
    [s.proposalId, s.index, s.due, s.recurrence, s.userId],
  );
}

export async function insertMet(
  q: Queryable,
  m: { proposalId: number; index: number; due: string | null; evidence: string; userId: number | null },
): Promise<void> {
  await q.query(
    `INSERT INTO follow_up_target_met (proposal_id, target_index, due, evidence, user_id)
     VALUES ($1, $2, $3::date, $4, $5)`,
    [m.proposalId, m.index, m.due, m.evidence, m.userId],
  );
}
