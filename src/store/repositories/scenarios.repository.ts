// Saved scenarios of a round, scoped by organisation.
import type { ScenarioAnswer, ScenarioConstraintsInput } from '../../core/schema/pool.ts';
import type { Queryable } from '../db.ts';
import { iso } from './util.ts';

export interface ScenarioRecord {
  id: number;
  roundId: number;
  name: string;
  constraints: ScenarioConstraintsInput;
  result: ScenarioAnswer;
  versions: { proposalId: number; ref: string; version: number }[];
  createdAt: string;
  createdBy: string | null;
  adoptedAt: string | null;
  adoptedBy: string | null;
}

interface Row {
  id: number;
  round_id: number;
  name: string;
  constraints: ScenarioConstraintsInput;
  result: ScenarioAnswer;
  versions: ScenarioRecord['versions'];
  created_at: Date;
  created_by: string | null;
  adopted_at: Date | null;
  adopted_by: string | null;
}

const SELECT = `SELECT s.id, s.round_id, s.name, s.constraints, s.result, s.versions, s.created_at, s.adopted_at,
    (SELECT email FROM users u WHERE u.id = s.created_by) AS created_by,
    (SELECT email FROM users u WHERE u.id = s.adopted_by) AS adopted_by
  FROM scenarios s`;

const toRecord = (r: Row): ScenarioRecord => ({
  id: r.id,
  roundId: r.round_id,
  name: r.name,
  constraints: r.constraints,
  result: r.result,
  versions: r.versions,
  createdAt: iso(r.created_at),
  createdBy: r.created_by,
  adoptedAt: r.adopted_at === null ? null : iso(r.adopted_at),
  adoptedBy: r.adopted_by,
});

export async function insertScenario(
  q: Queryable,
  org: number,
  roundId: number,
  userId: number,
  s: Pick<ScenarioRecord, 'name' | 'constraints' | 'result' | 'versions'>,
): Promise<number> {
  const { rows } = await q.query<{ id: number }>(
    `INSERT INTO scenarios (organisation_id, round_id, name, constraints, result, versions, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [
      org,
      roundId,
      s.name,
      JSON.stringify(s.constraints),
      JSON.stringify(s.result),
      JSON.stringify(s.versions),
      userId,
    ],
  );
  return (rows[0] as { id: number }).id;
}

export async function listScenarios(q: Queryable, org: number, roundId: number): Promise<ScenarioRecord[]> {
  const { rows } = await q.query<Row>(
    `${SELECT} WHERE s.organisation_id = $1 AND s.round_id = $2 ORDER BY s.id`,
    [org, roundId],
  );
  return rows.map(toRecord);
}

export async function getScenario(q: Queryable, org: number, id: number): Promise<ScenarioRecord | null> {
  const { rows } = await q.query<Row>(`${SELECT} WHERE s.organisation_id = $1 AND s.id = $2`, [org, id]);
  return rows[0] ? toRecord(rows[0]) : null;
}

export async function markAdopted(q: Queryable, org: number, id: number, userId: number): Promise<void> {
  await q.query(
    'UPDATE scenarios SET adopted_at = now(), adopted_by = $3 WHERE id = $1 AND organisation_id = $2',
    [id, org, userId],
  );
}

export async function clearAdopted(q: Queryable, org: number, roundId: number): Promise<void> {
  await q.query(
    'UPDATE scenarios SET adopted_at = NULL, adopted_by = NULL WHERE organisation_id = $1 AND round_id = $2',
    [org, roundId],
  );
}
