// Append-only audit log. The table refuses UPDATE and DELETE (trigger in the first migration).
import type { Queryable } from '../db.ts';
import type { AuditEntry } from '../types.ts';
import { iso } from './util.ts';

export interface AuditInput {
  /** The organisation the entry belongs to (null only for installation-wide actions). */
  organisationId: number | null;
  userId: number | null;
  action: string;
  entity: string;
  entityId: string | number | null;
  before?: unknown;
  after?: unknown;
}

export async function appendAudit(q: Queryable, e: AuditInput): Promise<void> {
  await q.query(
    'INSERT INTO audit_log (organisation_id, user_id, action, entity, entity_id, before, after) VALUES ($1, $2, $3, $4, $5, $6, $7)',
    [
      e.organisationId,
      e.userId,
      e.action,
      e.entity,
      e.entityId === null ? null : String(e.entityId),
      e.before === undefined ? null : JSON.stringify(e.before),
      e.after === undefined ? null : JSON.stringify(e.after),
    ],
  );
}

interface Row {
  id: number;
  at: Date;
  email: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  before: unknown;
  after: unknown;
}

export async function listAudit(
  q: Queryable,
  org: number,
  filter: { entity?: string | null; entityId?: string | null; limit?: number },
): Promise<AuditEntry[]> {
  const { rows } = await q.query<Row>(
    `SELECT a.id, a.at, u.email, a.action, a.entity, a.entity_id, a.before, a.after
       FROM audit_log a LEFT JOIN users u ON u.id = a.user_id
      WHERE ($1::text IS NULL OR a.entity = $1) AND ($2::text IS NULL OR a.entity_id = $2)
        AND a.organisation_id = $4
      ORDER BY a.id DESC LIMIT $3`,
    [filter.entity ?? null, filter.entityId ?? null, filter.limit ?? 200, org],
  );
  return rows.map((r) => ({
    id: r.id,
    at: iso(r.at),
    user: r.email,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    before: r.before,
    after: r.after,
  }));
}
