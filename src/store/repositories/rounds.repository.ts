// Budget rounds with their committee targets (måltal) and rising profiles (stigende profiler).
// Every query is scoped by organisation: a round of another organisation does not exist here.
// `org` null is only for the public catalog, which answers published rounds of any organisation.
import type { YearAmounts } from '../../core/model.ts';
import type { Queryable } from '../db.ts';
import type { RoundDeadline } from '../../core/schema/api.ts';
import type { Round, RoundDetail, RoundKind, RoundTarget } from '../types.ts';
import { iso } from './util.ts';

interface Row {
  id: number;
  organisation_id: number;
  name: string;
  kind: RoundKind;
  year: number;
  price_level_year: number | null;
  published: boolean;
  revision: number;
  created_at: Date;
  proposal_count: number;
  organisation_slug: string;
  organisation_name: string;
  deadlines: RoundDeadline[];
}

const SELECT = `SELECT r.*, o.slug AS organisation_slug, o.name AS organisation_name,
  (SELECT count(*) FROM proposals p WHERE p.round_id = r.id) AS proposal_count
  FROM rounds r JOIN organisations o ON o.id = r.organisation_id`;

const toRound = (r: Row): Round => ({
  id: r.id,
  organisationId: r.organisation_id,
  organisation: { id: r.organisation_id, slug: r.organisation_slug, name: r.organisation_name },
  name: r.name,
  kind: r.kind,
  year: r.year,
  priceLevelYear: r.price_level_year,
  published: r.published,
  proposalCount: r.proposal_count,
  revision: r.revision,
  createdAt: iso(r.created_at),
  deadlines: r.deadlines,
});

export interface RoundFields {
  name: string;
  kind: RoundKind;
  year: number;
  priceLevelYear: number | null;
  deadlines?: RoundDeadline[];
}

export async function insertRound(q: Queryable, org: number, r: RoundFields): Promise<number> {
  const { rows } = await q.query<{ id: number }>(
    'INSERT INTO rounds (organisation_id, name, kind, year, price_level_year, deadlines) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id',
    [org, r.name, r.kind, r.year, r.priceLevelYear, JSON.stringify(r.deadlines ?? [])],
  );
  return (rows[0] as { id: number }).id;
}

/** Changes the round's own fields; bumps its revision (the view shows them). */
export async function updateRound(q: Queryable, org: number, id: number, r: RoundFields): Promise<void> {
  await q.query(
    `UPDATE rounds SET name = $3, kind = $4, year = $5, price_level_year = $6, deadlines = $7, revision = revision + 1
      WHERE id = $1 AND organisation_id = $2`,
    [id, org, r.name, r.kind, r.year, r.priceLevelYear, JSON.stringify(r.deadlines ?? [])],
  );
}

/** The organisation's rounds; with `org` null only published rounds (of every organisation). */
export async function listRounds(q: Queryable, org: number | null): Promise<Round[]> {
  const { rows } = await q.query<Row>(
    `${SELECT} WHERE ${org === null ? 'r.published' : 'r.organisation_id = $1'} ORDER BY r.year DESC, r.organisation_id, r.id DESC`,
    org === null ? [] : [org],
  );
  return rows.map(toRound);
}

export async function findRoundByName(q: Queryable, org: number, name: string): Promise<Round | null> {
  const { rows } = await q.query<Row>(`${SELECT} WHERE r.organisation_id = $1 AND r.name = $2`, [org, name]);
  return rows[0] ? toRound(rows[0]) : null;
}

/** The round with targets and typed-in rising profiles; `org` null = any organisation (public). */
export async function getRound(q: Queryable, org: number | null, id: number): Promise<RoundDetail | null> {
  const { rows } = await q.query<Row>(
    `${SELECT} WHERE r.id = $1 AND ($2::integer IS NULL OR r.organisation_id = $2)`,
    [id, org],
  );
  const r = rows[0];
  if (!r) return null;
  const targets = await q.query<RoundTarget>(
    'SELECT committee, year, amount FROM round_targets WHERE round_id = $1 ORDER BY committee, year',
    [id],
  );
  const profiles = await q.query<{ id: number; committee: string; title: string; amounts: YearAmounts }>(
    'SELECT id, committee, title, amounts FROM rising_profiles WHERE round_id = $1 ORDER BY committee, id',
    [id],
  );
  return { ...toRound(r), targets: targets.rows, risingProfiles: profiles.rows };
}

/** Locks the round row for the rest of the transaction; false when it is not the organisation's. */
export async function lockRound(q: Queryable, org: number, id: number): Promise<boolean> {
  const { rows } = await q.query('SELECT id FROM rounds WHERE id = $1 AND organisation_id = $2 FOR UPDATE', [
    id,
    org,
  ]);
  return rows.length === 1;
}

export async function replaceTargets(
  q: Queryable,
  org: number,
  roundId: number,
  targets: RoundTarget[],
): Promise<void> {
  if (!(await lockRound(q, org, roundId))) return;
  await q.query('DELETE FROM round_targets WHERE round_id = $1', [roundId]);
  for (const t of targets) {
    await q.query('INSERT INTO round_targets (round_id, committee, year, amount) VALUES ($1, $2, $3, $4)', [
      roundId,
      t.committee,
      t.year,
      t.amount,
    ]);
  }
  await bumpRevision(q, roundId);
}

export async function replaceRisingProfiles(
  q: Queryable,
  org: number,
  roundId: number,
  profiles: { committee: string; title: string; amounts: YearAmounts }[],
): Promise<void> {
  if (!(await lockRound(q, org, roundId))) return;
  await q.query('DELETE FROM rising_profiles WHERE round_id = $1', [roundId]);
  for (const p of profiles) {
    await q.query(
      'INSERT INTO rising_profiles (round_id, committee, title, amounts) VALUES ($1, $2, $3, $4)',
      [roundId, p.committee, p.title, JSON.stringify(p.amounts)],
    );
  }
  await bumpRevision(q, roundId);
}

export async function setPublished(
  q: Queryable,
  org: number,
  roundId: number,
  published: boolean,
): Promise<void> {
  await q.query(
    'UPDATE rounds SET published = $3, revision = revision + 1 WHERE id = $1 AND organisation_id = $2',
    [roundId, org, published],
  );
}

/** Marks that the round's proposals changed (the catalog cache key). */
export async function bumpRevision(q: Queryable, roundId: number): Promise<void> {
  await q.query('UPDATE rounds SET revision = revision + 1 WHERE id = $1', [roundId]);
}

/** The round's revision, or null when it is not the organisation's (`org` null: any). */
export async function getRevision(q: Queryable, org: number | null, roundId: number): Promise<number | null> {
  const { rows } = await q.query<{ revision: number }>(
    'SELECT revision FROM rounds WHERE id = $1 AND ($2::integer IS NULL OR organisation_id = $2)',
    [roundId, org],
  );
  return rows[0]?.revision ?? null;
}

/**
 * What a cached round view depends on, in one query: the round's revision, whether it is published,
 * its organisation, and a key that changes whenever an earlier round of the organisation changes
 * (a later round derives its rising profiles from them). Null when the round is not `org`'s.
 */
export async function getCacheHead(
  q: Queryable,
  org: number | null,
  roundId: number,
): Promise<{
  revision: number;
  published: boolean;
  organisationId: number;
  year: number;
  earlier: string;
} | null> {
  const { rows } = await q.query<{
    revision: number;
    published: boolean;
    organisation_id: number;
    year: number;
    n: number;
    s: number | null;
  }>(
    `SELECT r.revision, r.published, r.organisation_id, r.year, e.n, e.s FROM rounds r,
       LATERAL (SELECT count(*)::integer AS n, sum(revision)::bigint AS s FROM rounds x
                 WHERE x.organisation_id = r.organisation_id AND x.year < r.year) e
      WHERE r.id = $1 AND ($2::integer IS NULL OR r.organisation_id = $2)`,
    [roundId, org],
  );
  const r = rows[0];
  return r
    ? {
        revision: r.revision,
        published: r.published,
        organisationId: r.organisation_id,
        year: r.year,
        earlier: `${r.n}:${r.s ?? 0}`,
      }
    : null;
}
