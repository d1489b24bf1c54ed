// The investment pool of a round: its sources and the ledger of decisions. Every query is scoped
// by organisation and round; the totals are computed by core (src/core/pool/ledger.ts).
import type { YearAmounts } from '../../core/model.ts';
import type {
  Outcome,
  PoolEntry,
  PoolEntryInput,
  PoolSource,
  PoolSourceKind,
} from '../../core/schema/pool.ts';
import type { Queryable } from '../db.ts';
import { iso, isoDate } from './util.ts';

export async function listSources(q: Queryable, org: number, roundId: number): Promise<PoolSource[]> {
  const { rows } = await q.query<{ id: number; name: string; kind: PoolSourceKind; amounts: YearAmounts }>(
    `SELECT id, name, kind, amounts FROM pool_sources WHERE organisation_id = $1 AND round_id = $2
      ORDER BY (kind = 'investeringspulje') DESC, id`,
    [org, roundId],
  );
  return rows;
}

export async function insertSource(
  q: Queryable,
  org: number,
  roundId: number,
  s: { name: string; kind: PoolSourceKind; amounts: YearAmounts },
): Promise<number> {
  const { rows } = await q.query<{ id: number }>(
    'INSERT INTO pool_sources (organisation_id, round_id, name, kind, amounts) VALUES ($1, $2, $3, $4, $5) RETURNING id',
    [org, roundId, s.name, s.kind, JSON.stringify(s.amounts)],
  );
  return (rows[0] as { id: number }).id;
}

export async function setSourceAmounts(
  q: Queryable,
  org: number,
  sourceId: number,
  amounts: YearAmounts,
): Promise<void> {
  await q.query('UPDATE pool_sources SET amounts = $3 WHERE id = $1 AND organisation_id = $2', [
    sourceId,
    org,
    JSON.stringify(amounts),
  ]);
}

interface EntryRow {
  id: number;
  source_id: number;
  proposal_id: number | null;
  proposal_ref: string | null;
  kind: PoolEntry['kind'];
  year: number;
  amount: number;
  replaces_source_id: number | null;
  expected_answer: unknown;
  outcome: Outcome | null;
  decided_at: Date | null;
  decided_by: string | null;
  note: string | null;
  scenario_id: number | null;
  created_at: Date;
  created_by: string | null;
  voided_at: Date | null;
  voided_by: string | null;
  void_reason: string | null;
}

const ENTRY = `SELECT e.*, p.ref AS proposal_ref,
    (SELECT email FROM users u WHERE u.id = e.decided_by) AS decided_by,
    (SELECT email FROM users u WHERE u.id = e.created_by) AS created_by,
    (SELECT email FROM users u WHERE u.id = e.voided_by) AS voided_by
  FROM pool_entries e LEFT JOIN proposals p ON p.id = e.proposal_id`;

const toEntry = (r: EntryRow): PoolEntry => ({
  id: r.id,
  sourceId: r.source_id,
  proposalId: r.proposal_id,
  proposalRef: r.proposal_ref,
  kind: r.kind,
  year: r.year,
  amount: Number(r.amount),
  replacesSourceId: r.replaces_source_id,
  expectedAnswer: isoDate(r.expected_answer),
  outcome: r.outcome,
  decidedAt: r.decided_at === null ? null : iso(r.decided_at),
  decidedBy: r.decided_by,
  note: r.note,
  scenarioId: r.scenario_id,
  createdAt: iso(r.created_at),
  createdBy: r.created_by,
  voidedAt: r.voided_at === null ? null : iso(r.voided_at),
  voidedBy: r.voided_by,
  voidReason: r.void_reason,
});

export async function listEntries(q: Queryable, org: number, roundId: number): Promise<PoolEntry[]> {
  const { rows } = await q.query<EntryRow>(
    `${ENTRY} WHERE e.organisation_id = $1 AND e.round_id = $2 ORDER BY e.id`,
    [org, roundId],
  );
  return rows.map(toEntry);
}

export async function getEntry(
  q: Queryable,
  org: number,
  id: number,
): Promise<(PoolEntry & { roundId: number }) | null> {
  const { rows } = await q.query<EntryRow & { round_id: number }>(
    `${ENTRY} WHERE e.organisation_id = $1 AND e.id = $2`,
    [org, id],
  );
  const r = rows[0];
  return r ? { ...toEntry(r), roundId: r.round_id } : null;
}

export async function insertEntry(
  q: Queryable,
  org: number,
  roundId: number,
  userId: number,
  e: PoolEntryInput & { scenarioId?: number | null },
): Promise<number> {
  const { rows } = await q.query<{ id: number }>(
    `INSERT INTO pool_entries (organisation_id, round_id, source_id, proposal_id, kind, year, amount,
       replaces_source_id, expected_answer, outcome, note, scenario_id, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
    [
      org,
      roundId,
      e.sourceId,
      e.proposalId,
      e.kind,
      e.year,
      e.amount,
      e.replacesSourceId,
      e.expectedAnswer,
      e.kind === 'betinget' ? 'afventer' : null,
      e.note,
      e.scenarioId ?? null,
      userId,
    ],
  );
  return (rows[0] as { id: number }).id;
}

export async function decideEntry(
  q: Queryable,
  org: number,
  id: number,
  userId: number,
  outcome: 'bevilget' | 'afslaaet',
  note: string | null,
): Promise<void> {
  await q.query(
    `UPDATE pool_entries SET outcome = $3, decided_at = now(), decided_by = $4,
       note = CASE WHEN $5::text IS NULL THEN note ELSE concat_ws(E'\\n', note, $5::text) END
     WHERE id = $1 AND organisation_id = $2 AND outcome = 'afventer'`,
    [id, org, outcome, userId, note],
  );
}

export async function voidEntry(
  q: Queryable,
  org: number,
  id: number,
  userId: number,
  reason: string,
): Promise<void> {
  await q.query(
    `UPDATE pool_entries SET voided_at = now(), voided_by = $3, void_reason = $4
      WHERE id = $1 AND organisation_id = $2 AND voided_at IS NULL`,
    [id, org, userId, reason],
  );
}

/** Locks the round's ledger for the rest of the transaction (entries are checked against it). */
export async function lockLedger(q: Queryable, org: number, roundId: number): Promise<boolean> {
  const { rows } = await q.query('SELECT id FROM rounds WHERE id = $1 AND organisation_id = $2 FOR UPDATE', [
    roundId,
    org,
  ]);
  return rows.length === 1;
}
