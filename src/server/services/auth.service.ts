// Login, sessions, logout, password change, user administration.
import { createHash, randomBytes } from 'node:crypto';
import { Conflict, Forbidden, InvalidInput, NotFound, Unauthenticated } from '../../core/errors.ts';
import type { Db } from '../../store/db.ts';
import { appendAudit } from '../../store/repositories/audit.repository.ts';
import * as users from '../../store/repositories/users.repository.ts';
import { ROLES, type Role, type User } from '../../store/types.ts';
import { checkPasswordStrength, hashPassword, verifyPassword } from '../auth/password.ts';
import { FailureLimiter } from '../auth/rate-limit.ts';
import { HttpError } from '../http-errors.ts';
import { type Actor, requireRole, requireUser } from './access.ts';

export const SESSION_DAYS = 7;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface Session {
  token: string;
  csrfToken: string;
  user: User;
}

// A valid hash to verify against when the e-mail is unknown, so both paths take the same time.
let dummyHash: Promise<string> | null = null;

export class AuthService {
  readonly limiter = new FailureLimiter();

  constructor(private readonly db: Db) {}

  async createSession(user: User): Promise<Session> {
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(24).toString('base64url');
    await users.deleteExpiredSessions(this.db);
    await users.insertSession(this.db, {
      idHash: hashToken(token),
      userId: user.id,
      csrfToken,
      expiresAt: new Date(Date.now() + SESSION_DAYS * 86_400_000),
    });
    return { token, csrfToken, user };
  }

  async login(email: string, password: string, clientAddress: string): Promise<Session> {
    const key = `${users.normaliseEmail(email)}|${clientAddress}`;
    if (this.limiter.isBlocked(key)) {
      throw new HttpError(
        'rate_limited',
        'For mange mislykkede login-forsøg. Vent 15 minutter, og prøv igen.',
      );
    }
    const found = await users.findUserByEmail(this.db, email);
    dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
    const ok = await verifyPassword(found?.passwordHash ?? (await dummyHash), password);
    if (!found || !ok) {
      this.limiter.fail(key);
      throw new Unauthenticated('Forkert e-mail eller adgangskode.');
    }
    this.limiter.succeed(key);
    const { passwordHash: _hash, ...user } = found;
    await appendAudit(this.db, {
      organisationId: user.organisationId,
      userId: user.id,
      action: 'login',
      entity: 'user',
      entityId: user.id,
    });
    return this.createSession(user);
  }

  /** Login by an identity the OIDC provider confirmed: the account must already exist in Gevinst. */
  async loginWithOidc(identity: { subject: string; email: string | null }): Promise<Session> {
    let user = await users.findUserByOidcSubject(this.db, identity.subject);
    if (!user && identity.email) {
      const byEmail = await users.findUserByEmail(this.db, identity.email);
      if (byEmail) {
        const { passwordHash: _hash, ...found } = byEmail;
        await users.setOidcSubject(this.db, found.id, identity.subject);
        user = found;
      }
    }
    if (!user) {
      throw new Forbidden(
        `Du er logget ind hos identitetsudbyderen${identity.email ? ` som ${identity.email}` : ''}, men har ingen konto i Gevinst. Kontakt en administrator.`,
      );
    }
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
    const found = await users.findSession(this.db, idHash);
    return found ? { ...found, idHash } : null;
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
    checkPasswordStrength(next);
    const found = await users.findUserById(this.db, user.id);
    if (!found || !(await verifyPassword(found.passwordHash, current))) {
      throw new InvalidInput('Den nuværende adgangskode er forkert.', { field: 'currentPassword' });
    }
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

  async listUsers(actor: Actor): Promise<User[]> {
    const admin = requireRole(actor, ['admin'], 'se brugerlisten');
    return users.listUsers(this.db, admin.organisationId);
  }

  /**
   * Creates a local account in the admin's organisation. `actor` 'cli' means the CLI (trusted: it
   * has the database), which names the organisation itself (default: the first).
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
    if (!ROLES.includes(input.role as Role)) {
      throw new InvalidInput(`Rollen "${input.role}" findes ikke. Vælg en af: ${ROLES.join(', ')}.`, {
        field: 'role',
      });
    }
    const role = input.role as Role;
    const administration = input.administration?.trim() || null;
    if (role === 'forfatter' && !administration) {
      throw new InvalidInput('En forfatter skal høre til en forvaltning (--administration, fx BUF).', {
        field: 'administration',
      });
    }
    checkPasswordStrength(input.password);
    if (await users.findUserByEmail(this.db, email))
      throw new Conflict(`Der findes allerede en bruger med e-mailen ${email}.`);
    const passwordHash = await hashPassword(input.password);
    return this.db.transaction(async (tx) => {
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
    });
  }

  async getUser(id: number): Promise<User> {
    const found = await users.findUserById(this.db, id);
    if (!found) throw new NotFound('Brugeren findes ikke.');
    const { passwordHash: _hash, ...user } = found;
    return user;
  }
}
