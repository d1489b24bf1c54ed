// Accounts and sessions. Password hashing happens in the service; this stores what it is given.
import type { Queryable } from '../db.ts';
import type { Role, User } from '../types.ts';

interface UserRow {
  id: number;
  email: string;
  name: string | null;
  role: Role;
  administration: string | null;
  password_hash: string | null;
  organisation_id: number;
  organisation_slug: string;
  organisation_name: string;
}

const toUser = (r: UserRow): User => ({
  id: r.id,
  email: r.email,
  name: r.name,
  role: r.role,
  administration: r.administration,
  organisationId: r.organisation_id,
  organisation: { id: r.organisation_id, slug: r.organisation_slug, name: r.organisation_name },
});

/** Users with their organisation's name (every user belongs to exactly one). */
const USERS = `SELECT u.*, o.slug AS organisation_slug, o.name AS organisation_name
  FROM users u JOIN organisations o ON o.id = u.organisation_id`;

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function insertUser(
  q: Queryable,
  u: {
    email: string;
    name: string | null;
    role: Role;
    administration: string | null;
    passwordHash: string | null;
    oidcSubject?: string | null;
    organisationId: number;
  },
): Promise<User> {
  const { rows } = await q.query<{ id: number }>(
    `INSERT INTO users (email, name, role, administration, password_hash, oidc_subject, organisation_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [
      normaliseEmail(u.email),
      u.name,
      u.role,
      u.administration,
      u.passwordHash,
      u.oidcSubject ?? null,
      u.organisationId,
    ],
  );
  const inserted = await q.query<UserRow>(`${USERS} WHERE u.id = $1`, [(rows[0] as { id: number }).id]);
  return toUser(inserted.rows[0] as UserRow);
}

export async function findUserByEmail(
  q: Queryable,
  email: string,
): Promise<(User & { passwordHash: string | null }) | null> {
  const { rows } = await q.query<UserRow>(`${USERS} WHERE u.email = $1`, [normaliseEmail(email)]);
  const r = rows[0];
  return r ? { ...toUser(r), passwordHash: r.password_hash } : null;
}

export async function findUserById(
  q: Queryable,
  id: number,
): Promise<(User & { passwordHash: string | null }) | null> {
  const { rows } = await q.query<UserRow>(`${USERS} WHERE u.id = $1`, [id]);
  const r = rows[0];
  return r ? { ...toUser(r), passwordHash: r.password_hash } : null;
}

export async function findUserByOidcSubject(q: Queryable, subject: string): Promise<User | null> {
  const { rows } = await q.query<UserRow>(`${USERS} WHERE u.oidc_subject = $1`, [subject]);
  return rows[0] ? toUser(rows[0]) : null;
}

export async function setOidcSubject(q: Queryable, userId: number, subject: string): Promise<void> {
  await q.query('UPDATE users SET oidc_subject = $2 WHERE id = $1', [userId, subject]);
}

export async function listUsers(q: Queryable, org: number): Promise<User[]> {
  const { rows } = await q.query<UserRow>(`${USERS} WHERE u.organisation_id = $1 ORDER BY u.email`, [org]);
  return rows.map(toUser);
}

export async function countUsers(q: Queryable): Promise<number> {
  const { rows } = await q.query<{ n: number }>('SELECT count(*) AS n FROM users');
  return rows[0]?.n ?? 0;
}

export async function setPasswordHash(q: Queryable, userId: number, hash: string): Promise<void> {
  await q.query('UPDATE users SET password_hash = $2 WHERE id = $1', [userId, hash]);
}

export async function insertSession(
  q: Queryable,
  s: { idHash: string; userId: number; csrfToken: string; expiresAt: Date },
): Promise<void> {
  await q.query('INSERT INTO sessions (id, user_id, csrf_token, expires_at) VALUES ($1, $2, $3, $4)', [
    s.idHash,
    s.userId,
    s.csrfToken,
    s.expiresAt,
  ]);
}

export async function findSession(
  q: Queryable,
  idHash: string,
): Promise<{ user: User; csrfToken: string } | null> {
  const { rows } = await q.query<UserRow & { csrf_token: string }>(
    `SELECT u.*, s.csrf_token FROM sessions s JOIN (${USERS}) u ON u.id = s.user_id
      WHERE s.id = $1 AND s.expires_at > now()`,
    [idHash],
  );
  const r = rows[0];
  return r ? { user: toUser(r), csrfToken: r.csrf_token } : null;
}

export async function deleteSession(q: Queryable, idHash: string): Promise<void> {
  await q.query('DELETE FROM sessions WHERE id = $1', [idHash]);
}

export async function deleteOtherSessions(
  q: Queryable,
  userId: number,
  keepIdHash: string | null,
): Promise<void> {
  await q.query('DELETE FROM sessions WHERE user_id = $1 AND id IS DISTINCT FROM $2', [userId, keepIdHash]);
}

/** Removes expired sessions (called at login, so the table does not grow without bound). */
export async function deleteExpiredSessions(q: Queryable): Promise<void> {
  await q.query('DELETE FROM sessions WHERE expires_at <= now()');
}
