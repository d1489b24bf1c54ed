// Decision snapshots of a round: frozen rows (the table refuses UPDATE and DELETE), scoped by
// organisation.
import type { GevinstDocument } from '../../core/model.ts';
import type { Snapshot, SnapshotPoint, SnapshotProposal, SnapshotSummary } from '../../core/schema/pool.ts';
import type { Queryable } from '../db.ts';
import { iso } from './util.ts';

interface Row {
  id: number;
  round_id: number;
  point: SnapshotPoint;
  label: string;
  taken_at: Date;
  taken_by: string | null;
  proposal_count: number;
}

const SUMMARY = `SELECT s.id, s.round_id, s.point, s.label, s.taken_at,
    (SELECT email FROM users u WHERE u.id = s.taken_by) AS taken_by,
    jsonb_array_length(s.proposals) AS proposal_count
  FROM round_snapshots s`;

const toSummary = (r: Row): SnapshotSummary => ({
  id: r.id,
  roundId: r.round_id,
  point: r.point,
  label: r.label,
  takenAt: iso(r.taken_at),
  takenBy: r.taken_by,
  proposalCount: Number(r.proposal_count),
});

export async function insertSnapshot(
  q: Queryable,
  org: number,
  roundId: number,
  userId: number,
  s: {
    point: SnapshotPoint;
    label: string;
    roundName: string;
    takenAt: string;
    proposals: SnapshotProposal[];
    poolUse: Snapshot['poolUse'];
    document: GevinstDocument;
  },
): Promise<number> {
  const { rows } = await q.query<{ id: number }>(
    `INSERT INTO round_snapshots (organisation_id, round_id, point, label, taken_at, taken_by, proposals, pool_use, document, round_name)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
    [
      org,
      roundId,
      s.point,
      s.label,
      s.takenAt,
      userId,
      JSON.stringify(s.proposals),
      JSON.stringify(s.poolUse),
      JSON.stringify(s.document),
      s.roundName,
    ],
  );
  return (rows[0] as { id: number }).id;
}

export async function listSnapshots(q: Queryable, org: number, roundId: number): Promise<SnapshotSummary[]> {
  const { rows } = await q.query<Row>(
    `${SUMMARY} WHERE s.organisation_id = $1 AND s.round_id = $2 ORDER BY s.taken_at, s.id`,
    [org, roundId],
  );
  return rows.map(toSummary);
}

export async function getSnapshot(
  q: Queryable,
  org: number,
  id: number,
): Promise<{ snapshot: Snapshot; document: GevinstDocument; roundName: string } | null> {
  const { rows } = await q.query<
    Row & {
      proposals: SnapshotProposal[];
      pool_use: Snapshot['poolUse'];
      document: string;
      round_name: string;
    }
  >(
    `SELECT s.id, s.round_id, s.point, s.label, s.taken_at, s.proposals, s.pool_use, s.document, s.round_name,
        (SELECT email FROM users u WHERE u.id = s.taken_by) AS taken_by,
        jsonb_array_length(s.proposals) AS proposal_count
       FROM round_snapshots s WHERE s.organisation_id = $1 AND s.id = $2`,
    [org, id],
  );
  const r = rows[0];
  if (!r) return null;
  const document = JSON.parse(r.document) as GevinstDocument;
  return {
    snapshot: {
      ...toSummary(r),
      proposals: r.proposals,
      poolUse: r.pool_use,
      tables: document.catalog?.tables ?? [],
    },
    document,
    roundName: r.round_name,
  };
}
