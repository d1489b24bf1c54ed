// Budget rounds with their committee targets (måltal) and rising profiles (stigende profiler).
import type { YearAmounts } from '../../core/model.ts';
import type { Queryable } from '../db.ts';
import type { Round, RoundDetail, RoundKind, RoundTarget } from '../types.ts';
import { iso } from './util.ts';

interface Row {
  id: number;
  name: string;
  kind: RoundKind;
  year: number;
  price_level_year: number | null;
  published: boolean;
  revision: number;
  created_at: Date;
  proposal_count: number;
}

const SELECT = `SELECT r.*, (SELECT count(*) FROM proposals p WHERE p.round_id = r.id) AS proposal_count FROM rounds r`;

const toRound = (r: Row): Round => ({
  id: r.id,
  name: r.name,
  kind: r.kind,
  year: r.year,
  priceLevelYear: r.price_level_year,
  published: r.published,
  proposalCount: r.proposal_count,
  revision: r.revision,
  createdAt: iso(r.created_at),
});

export async function insertRound(
  q: Queryable,
  r: { name: string; kind: RoundKind; year: number; priceLevelYear: number | null },
): Promise<number> {
  const { rows } = await q.query<{ id: number }>(
    'INSERT INTO rounds (name, kind, year, price_level_year) VALUES ($1, $2, $3, $4) RETURNING id',
    [r.name, r.kind, r.year, r.priceLevelYear],
  );
  return (rows[0] as { id: number }).id;
}

export async function listRounds(q: Queryable, onlyPublished = false): Promise<Round[]> {
  const { rows } = await q.query<Row>(
    `${SELECT} ${onlyPublished ? 'WHERE r.published' : ''} ORDER BY r.year DESC, r.id DESC`,
  );
  return rows.map(toRound);
}

export async function findRoundByName(q: Queryable, name: string): Promise<Round | null> {
  const { rows } = await q.query<Row>(`${SELECT} WHERE r.name = $1`, [name]);
  return rows[0] ? toRound(rows[0]) : null;
}

export async function getRound(q: Queryable, id: number): Promise<RoundDetail | null> {
  const { rows } = await q.query<Row>(`${SELECT} WHERE r.id = $1`, [id]);
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

export async function replaceTargets(q: Queryable, roundId: number, targets: RoundTarget[]): Promise<void> {
  await q.query('DELETE FROM round_targets WHERE round_id = $1', [roundId]);
  for (const t of targets) {
    await q.query('INSERT INTO round_targets (round_id, committee, year, amount) VALUES ($1, $2, $3, $4)', [
      roundId,
      t.committee,
      t.year,
      t.amount,
    ]);
  }
}

export async function replaceRisingProfiles(
  q: Queryable,
  roundId: number,
  profiles: { committee: string; title: string; amounts: YearAmounts }[],
): Promise<void> {
  await q.query('DELETE FROM rising_profiles WHERE round_id = $1', [roundId]);
  for (const p of profiles) {
    await q.query(
      'INSERT INTO rising_profiles (round_id, committee, title, amounts) VALUES ($1, $2, $3, $4)',
      [roundId, p.committee, p.title, JSON.stringify(p.amounts)],
    );
  }
}

export async function setPublished(q: Queryable, roundId: number, published: boolean): Promise<void> {
  await q.query('UPDATE rounds SET published = $2 WHERE id = $1', [roundId, published]);
}

/** Marks that the round's proposals changed (the catalog cache key). */
export async function bumpRevision(q: Queryable, roundId: number): Promise<void> {
  await q.query('UPDATE rounds SET revision = revision + 1 WHERE id = $1', [roundId]);
}

export async function getRevision(q: Queryable, roundId: number): Promise<number | null> {
  const { rows } = await q.query<{ revision: number }>('SELECT revision FROM rounds WHERE id = $1', [
    roundId,
  ]);
  return rows[0]?.revision ?? null;
}
