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
  disabled_at: Date | string | null;
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

/** A user with what login needs: the password hash and whether the account is disabled. */
export type StoredUser = User & { passwordHash: string | null; disabled: boolean };

const toStored = (r: UserRow): StoredUser => ({
  ...toUser(r),
  passwordHash: r.password_hash,
  disabled: r.disabled_at !== null,
});

export async function findUserByEmail(q: Queryable, email: string): Promise<StoredUser | null> {
  const { rows } = await q.query<UserRow>(`${USERS} WHERE u.email = $1`, [normaliseEmail(email)]);
  const r = rows[0];
  return r ? toStored(r) : null;
}

export async function findUserById(q: Queryable, id: number): Promise<StoredUser | null> {
  const { rows } = await q.query<UserRow>(`${USERS} WHERE u.id = $1`, [id]);
  const r = rows[0];
  return r ? toStored(r) : null;
}

export async function findUserByOidcSubject(q: Queryable, subject: string): Promise<StoredUser | null> {
  const { rows } = await q.query<UserRow>(`${USERS} WHERE u.oidc_subject = $1`, [subject]);
  return rows[0] ? toStored(rows[0]) : null;
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

/**
 * A live session: not expired, used within the last `idleMinutes`, of an account that is not
 * disabled. `idleSeconds` says how long ago it was last used (the service refreshes it).
 */
export async function findSession(
  q: Queryable,
  idHash: string,
  idleMinutes: number,
): Promise<{ user: User; csrfToken: string; idleSeconds: number } | null> {
  const { rows } = await q.query<UserRow & { csrf_token: string; idle_seconds: number }>(
    `SELECT u.*, s.csrf_token, floor(extract(epoch FROM now() - s.last_seen_at))::int AS idle_seconds
       FROM sessions s JOIN (${USERS}) u ON u.id = s.user_id
      WHERE s.id = $1 AND s.expires_at > now() AND u.disabled_at IS NULL
        AND s.last_seen_at > now() - make_interval(mins => $2)`,
    [idHash, idleMinutes],
  );
  const r = rows[0];
  return r ? { user: toUser(r), csrfToken: r.csrf_token, idleSeconds: r.idle_seconds } : null;
}

export async function touchSession(q: Queryable, idHash: string): Promise<void> {
  await q.query('UPDATE sessions SET last_seen_at = now() WHERE id = $1', [idHash]);
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

/** Removes expired and idle sessions (called at login, so the table does not grow without bound). */
export async function deleteExpiredSessions(q: Queryable, idleMinutes: number): Promise<void> {
  await q.query(
    'DELETE FROM sessions WHERE expires_at <= now() OR last_seen_at <= now() - make_interval(mins => $1)',
    [idleMinutes],
  );
}

/** Ends every session of a user; returns how many there were. */
export async function deleteUserSessions(q: Queryable, userId: number): Promise<number> {
  const { affected } = await q.query('DELETE FROM sessions WHERE user_id = $1', [userId]);
  return affected;
}

// --- Account administration -------------------------------------------------------------------

/** A user as the administration page shows it. */
export interface Account extends User {
  disabled: boolean;
  /** Live sessions (not expired). */
  sessions: number;
  oidc: boolean;
  createdAt: string;
}

const ACCOUNT_SELECT = `SELECT u.*, o.slug AS organisation_slug, o.name AS organisation_name,
    u.oidc_subject IS NOT NULL AS oidc, u.created_at,
    (SELECT count(*) FROM sessions s WHERE s.user_id = u.id AND s.expires_at > now())::int AS sessions
  FROM users u JOIN organisations o ON o.id = u.organisation_id`;

type AccountRow = UserRow & { oidc: boolean; created_at: Date | string; sessions: number };

const toAccount = (r: AccountRow): Account => ({
  ...toUser(r),
  disabled: r.disabled_at !== null,
  sessions: r.sessions,
  oidc: r.oidc,
  createdAt: new Date(r.created_at).toISOString(),
});

/** The organisation's accounts; `org` null (the command line) lists every organisation's. */
export async function listAccounts(q: Queryable, org: number | null): Promise<Account[]> {
  const { rows } = await q.query<AccountRow>(
    `${ACCOUNT_SELECT} WHERE ($1::integer IS NULL OR u.organisation_id = $1) ORDER BY u.organisation_id, u.email`,
    [org],
  );
  return rows.map(toAccount);
}

/** An account of the organisation (`org` null: of any, for the command line), or null. */
export async function findAccount(q: Queryable, org: number | null, id: number): Promise<Account | null> {
  const { rows } = await q.query<AccountRow>(
    `${ACCOUNT_SELECT} WHERE u.id = $1 AND ($2::integer IS NULL OR u.organisation_id = $2)`,
    [id, org],
  );
  return rows[0] ? toAccount(rows[0]) : null;
}

export async function setDisabled(q: Queryable, userId: number, disabled: boolean): Promise<void> {
  await q.query('UPDATE users SET disabled_at = CASE WHEN $2 THEN now() ELSE NULL END WHERE id = $1', [
    userId,
    disabled,
  ]);
}

export async function setRole(
  q: Queryable,
  userId: number,
  role: Role,
  administration: string | null,
): Promise<void> {
  await q.query('UPDATE users SET role = $2, administration = $3 WHERE id = $1', [
    userId,
    role,
    administration,
  ]);
}

/**
 * Active administrators of the user's organisation other than `exceptUserId`, locked against a
 * concurrent change: every organisation keeps at least one.
 */
export async function countOtherActiveAdmins(q: Queryable, exceptUserId: number): Promise<number> {
  const { rows } = await q.query<{ id: number }>(
    `SELECT id FROM users WHERE role = 'admin' AND disabled_at IS NULL AND id <> $1
        AND organisation_id = (SELECT organisation_id FROM users WHERE id = $1) FOR UPDATE`,
    [exceptUserId],
  );
  return rows.length;
}

// --- Known devices (see the accounts migration) ------------------------------------------------

export async function isKnownDevice(q: Queryable, tokenHash: string, userId: number): Promise<boolean> {
  const { rows } = await q.query<{ n: number }>(
    'SELECT 1 AS n FROM known_devices WHERE token_hash = $1 AND user_id = $2',
    [tokenHash, userId],
  );
  return rows.length > 0;
}

export async function rememberDevice(q: Queryable, tokenHash: string, userId: number): Promise<void> {
  await q.query(
    `INSERT INTO known_devices (token_hash, user_id) VALUES ($1, $2)
     ON CONFLICT (token_hash, user_id) DO UPDATE SET last_used_at = now()`,
    [tokenHash, userId],
  );
}
