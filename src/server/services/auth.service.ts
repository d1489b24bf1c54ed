// Login, sessions, logout, password change, creating users. Login is throttled (login-throttle.ts)
// per account, per address and per known device; sessions end after SESSION_DAYS or when idle for
// the configured minutes; a disabled account has no sessions. Account administration (disable,
// role, reset, end sessions) is accounts.service.ts.
import { createHash, randomBytes } from 'node:crypto';
import { Conflict, Forbidden, InvalidInput, NotFound, Unauthenticated } from '../../core/errors.ts';
import type { Db } from '../../store/db.ts';
import { appendAudit } from '../../store/repositories/audit.repository.ts';
import * as users from '../../store/repositories/users.repository.ts';
import { ROLES, type Role, type User } from '../../store/types.ts';
import { LoginThrottle } from '../auth/login-throttle.ts';
import { hashPassword, verifyPassword } from '../auth/password.ts';
import { checkPasswordPolicy } from '../auth/password-policy.ts';
import { DEFAULT_SETTINGS } from '../settings.ts';
import { type Actor, requireRole, requireUser } from './access.ts';

export const SESSION_DAYS = 7;
/** A session's last use is written at most this often (not on every request). */
const TOUCH_AFTER_SECONDS = 60;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface Session {
  token: string;
  csrfToken: string;
  user: User;
}

export interface LoginResult extends Session {
  /** The browser's device cookie: the one it sent when known for this account, else a new one. */
  deviceToken: string;
}

export const DISABLED_MESSAGE = 'Kontoen er spærret. Kontakt en administrator.';

// A valid hash to verify against when the e-mail is unknown, so both paths take the same time.
let dummyHash: Promise<string> | null = null;

export interface AuthOptions {
  sessionIdleMinutes?: number;
  throttle?: LoginThrottle;
}

export class AuthService {
  readonly throttle: LoginThrottle;
  readonly sessionIdleMinutes: number;

  constructor(
    private readonly db: Db,
    options: AuthOptions = {},
  ) {
    this.throttle = options.throttle ?? new LoginThrottle();
    this.sessionIdleMinutes = options.sessionIdleMinutes ?? DEFAULT_SETTINGS.sessionIdleMinutes;
  }

  async createSession(user: User): Promise<Session> {
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(24).toString('base64url');
    await users.deleteExpiredSessions(this.db, this.sessionIdleMinutes);
    await users.insertSession(this.db, {
      idHash: hashToken(token),
      userId: user.id,
      csrfToken,
      expiresAt: new Date(Date.now() + SESSION_DAYS * 86_400_000),
    });
    return { token, csrfToken, user };
  }

  async login(
    email: string,
    password: string,
    clientAddress: string,
    deviceToken: string | null = null,
  ): Promise<LoginResult> {
    const normalised = users.normaliseEmail(email);
    const found = await users.findUserByEmail(this.db, normalised);
    const deviceHash = deviceToken && deviceToken.length <= 200 ? hashToken(deviceToken) : null;
    const known = found && deviceHash ? await users.isKnownDevice(this.db, deviceHash, found.id) : false;
    const attempt = { email: normalised, address: clientAddress, knownDevice: known ? deviceHash : null };
    this.throttle.check(attempt);
    dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
    const ok = await verifyPassword(found?.passwordHash ?? (await dummyHash), password);
    if (!found || !ok) {
      this.throttle.failed(attempt);
      throw new Unauthenticated('Forkert e-mail eller adgangskode.');
    }
    this.throttle.succeeded(attempt);
    if (found.disabled) throw new Forbidden(DISABLED_MESSAGE);
    const { passwordHash: _hash, disabled: _disabled, ...user } = found;
    const device = known && deviceToken ? deviceToken : randomBytes(32).toString('base64url');
    await users.rememberDevice(this.db, hashToken(device), user.id);
    await appendAudit(this.db, {
      organisationId: user.organisationId,
      userId: user.id,
      action: 'login',
      entity: 'user',
      entityId: user.id,
    });
    return { ...(await this.createSession(user)), deviceToken: device };
  }

  /**
   * Login by an identity the OIDC provider confirmed: the account must already exist in Gevinst.
   * A first login links the account by e-mail only when the provider says it verified the e-mail;
   * otherwise anyone who can set an unverified e-mail at the provider could take an account.
   */
  async loginWithOidc(identity: {
    subject: string;
    email: string | null;
    emailVerified: boolean;
  }): Promise<Session> {
    let found = await users.findUserByOidcSubject(this.db, identity.subject);
    if (!found && identity.email) {
      const byEmail = await users.findUserByEmail(this.db, identity.email);
      if (byEmail && !identity.emailVerified) {
        throw new Forbidden(
          `Identitetsudbyderen har ikke bekræftet e-mailen ${identity.email}, så den kan ikke knyttes til en konto i Gevinst. Kontakt en administrator.`,
        );
      }
      if (byEmail && !byEmail.disabled) {
        await users.setOidcSubject(this.db, byEmail.id, identity.subject);
        await appendAudit(this.db, {
          organisationId: byEmail.organisationId,
          userId: byEmail.id,
          action: 'user.oidc.link',
          entity: 'user',
          entityId: byEmail.id,
          after: { subject: identity.subject },
        });
      }
      found = byEmail;
    }
    if (!found) {
      throw new Forbidden(
        `Du er logget ind hos identitetsudbyderen${identity.email ? ` som ${identity.email}` : ''}, men har ingen konto i Gevinst. Kontakt en administrator.`,
      );
    }
    if (found.disabled) throw new Forbidden(DISABLED_MESSAGE);
    const { passwordHash: _hash, disabled: _disabled, ...user } = found;
    await appendAudit(this.db, {
      organisationId: user.organisationId,
      userId: user.id,
      action: 'login.oidc',
      entity: 'user',
      entityId: user.id,
    });
    return this.createSession(user);
  }

  async sessionFor(
    token: string | undefined,
  ): Promise<{ user: User; csrfToken: string; idHash: string } | null> {
    if (!token || token.length > 200) return null;
    const idHash = hashToken(token);
    const found = await users.findSession(this.db, idHash, this.sessionIdleMinutes);
    if (!found) return null;
    if (found.idleSeconds >= TOUCH_AFTER_SECONDS) await users.touchSession(this.db, idHash);
    return { user: found.user, csrfToken: found.csrfToken, idHash };
  }

  async logout(token: string | undefined): Promise<void> {
    if (token) await users.deleteSession(this.db, hashToken(token));
  }

  async changePassword(
    actor: Actor,
    sessionIdHash: string | null,
    current: string,
    next: string,
  ): Promise<void> {
    const user = requireUser(actor);
    // Guessing the current password in a stolen session is throttled like a login.
    this.throttle.checkPasswordChange(user.id);
    const found = await users.findUserById(this.db, user.id);
    if (!found || !(await verifyPassword(found.passwordHash, current))) {
      this.throttle.passwordChangeFailed(user.id);
      throw new InvalidInput('Den nuværende adgangskode er forkert.', { field: 'currentPassword' });
    }
    this.throttle.passwordChangeSucceeded(user.id);
    await checkPasswordPolicy(next, { email: user.email, name: user.name });
    const hash = await hashPassword(next);
    await this.db.transaction(async (tx) => {
      await users.setPasswordHash(tx, user.id, hash);
      // Every other session ends: a changed password locks out whoever else knew the old one.
      await users.deleteOtherSessions(tx, user.id, sessionIdHash);
      await appendAudit(tx, {
        organisationId: user.organisationId,
        userId: user.id,
        action: 'password.change',
        entity: 'user',
        entityId: user.id,
      });
    });
  }

  async listUsers(actor: Actor): Promise<users.Account[]> {
    const admin = requireRole(actor, ['admin'], 'se brugerlisten');
    return users.listAccounts(this.db, admin.organisationId);
  }

  /**
   * Creates a local account in the admin's organisation. `actor` 'cli' means the command line
   * (trusted: it has the database), which names the organisation itself (default: the first).
   */
  async addUser(
    actor: Actor | 'cli',
    input: {
      email: string;
      name?: string | null;
      role: string;
      administration?: string | null;
      password: string;
      organisationId?: number;
    },
  ): Promise<User> {
    const organisationId =
      actor === 'cli'
        ? (input.organisationId ?? 1)
        : requireRole(actor, ['admin'], 'oprette brugere').organisationId;
    const email = users.normaliseEmail(input.email);
    if (!/^[^@\s]+@[^@\s]+$/.test(email))
      throw new InvalidInput(`"${input.email}" er ikke en e-mailadresse.`, { field: 'email' });
    const { role, administration } = checkRole(input.role, input.administration);
    await checkPasswordPolicy(input.password, { email, name: input.name ?? null });
    const taken = () => new Conflict(`Der findes allerede en bruger med e-mailen ${email}.`);
    if (await users.findUserByEmail(this.db, email)) throw taken();
    const passwordHash = await hashPassword(input.password);
    // The check above misses a creation running at the same moment: the unique index decides.
    return this.db
      .transaction(async (tx) => {
        const user = await users.insertUser(tx, {
          email,
          name: input.name ?? null,
          role,
          administration,
          passwordHash,
          organisationId,
        });
        await appendAudit(tx, {
          organisationId,
          userId: actor === 'cli' || actor === null ? null : actor.id,
          action: 'user.create',
          entity: 'user',
          entityId: user.id,
          after: user,
        });
        return user;
      })
      .catch((e: unknown) => {
        throw e instanceof Conflict ? taken() : e;
      });
  }

  async getUser(id: number): Promise<User> {
    const found = await users.findUserById(this.db, id);
    if (!found) throw new NotFound('Brugeren findes ikke.');
    const { passwordHash: _hash, disabled: _disabled, ...user } = found;
    return user;
  }
}

/** A role (and the administration a forfatter needs) checked, with a Danish message when wrong. */
export function checkRole(
  role: string,
  administration: string | null | undefined,
): { role: Role; administration: string | null } {
  if (!ROLES.includes(role as Role)) {
    throw new InvalidInput(`Rollen "${role}" findes ikke. Vælg en af: ${ROLES.join(', ')}.`, {
      field: 'role',
    });
  }
  const admin = administration?.trim() || null;
  if (role === 'forfatter' && !admin) {
    throw new InvalidInput('En forfatter skal høre til en forvaltning (--administration, fx BUF).', {
      field: 'administration',
    });
  }
  return { role: role as Role, administration: admin };
}
