// Account administration for admins (and the CLI, which has the database and is trusted):
// disable and re-enable, change role and administration, reset a password, end sessions. Each is
// audited. The last active administrator of an organisation can be neither disabled nor demoted,
// so every organisation always has someone who can administer it. An admin sees and changes the
// accounts of their own organisation only (another's answers 404); the CLI reaches every one.
import { randomBytes } from 'node:crypto';
import { Conflict, InvalidInput, NotFound } from '../../core/errors.ts';
import type { Db, Tx } from '../../store/db.ts';
import { appendAudit } from '../../store/repositories/audit.repository.ts';
import * as users from '../../store/repositories/users.repository.ts';
import type { Account } from '../../store/repositories/users.repository.ts';
import { hashPassword } from '../auth/password.ts';
import { checkPasswordPolicy } from '../auth/password-policy.ts';
import { type Actor, requireRole } from './access.ts';
import { checkRole } from './auth.service.ts';

export type AccountActor = Actor | 'cli';

const LAST_ADMIN = 'Det er den sidste aktive administrator. Gør først en anden bruger til administrator.';

/** A password for the user to change at once: 20 characters from an alphabet without look-alikes. */
export function temporaryPassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(20);
  let out = '';
  for (const b of bytes) out += alphabet[b % alphabet.length];
  return out.replace(/(.{5})(?=.)/g, '$1-');
}

export class AccountService {
  constructor(private readonly db: Db) {}

  /** The acting admin (null for the CLI) and the organisation they act in (null: any). */
  private admin(actor: AccountActor, what: string): { by: number | null; org: number | null } {
    if (actor === 'cli') return { by: null, org: null };
    const admin = requireRole(actor, ['admin'], what);
    return { by: admin.id, org: admin.organisationId };
  }

  private async account(q: Db | Tx, org: number | null, id: number): Promise<Account> {
    const found = await users.findAccount(q, org, id);
    if (!found) throw new NotFound('Brugeren findes ikke.');
    return found;
  }

  async list(actor: AccountActor): Promise<Account[]> {
    const { org } = this.admin(actor, 'se brugerlisten');
    return users.listAccounts(this.db, org);
  }

  async get(actor: AccountActor, id: number): Promise<Account> {
    const { org } = this.admin(actor, 'se brugere');
    return this.account(this.db, org, id);
  }

  /** The account with this e-mail (the CLI names users by e-mail). */
  async idByEmail(email: string): Promise<number> {
    const found = await users.findUserByEmail(this.db, email);
    if (!found) throw new NotFound(`Der findes ingen bruger med e-mailen ${users.normaliseEmail(email)}.`);
    return found.id;
  }

  /** Disables (true) or re-enables (false) an account; disabling ends its sessions. */
  async setDisabled(actor: AccountActor, id: number, disabled: boolean): Promise<Account> {
    const { by, org } = this.admin(actor, disabled ? 'spærre brugere' : 'genåbne brugere');
    if (disabled && by === id) throw new Conflict('Du kan ikke spærre din egen konto.');
    return this.db.transaction(async (tx) => {
      const before = await this.account(tx, org, id);
      if (before.disabled === disabled) return before;
      if (disabled && before.role === 'admin' && (await users.countOtherActiveAdmins(tx, id)) === 0)
        throw new Conflict(LAST_ADMIN);
      await users.setDisabled(tx, id, disabled);
      const ended = disabled ? await users.deleteUserSessions(tx, id) : 0;
      await appendAudit(tx, {
        organisationId: before.organisationId,
        userId: by,
        action: disabled ? 'user.disable' : 'user.enable',
        entity: 'user',
        entityId: id,
        before: { disabled: before.disabled },
        after: { disabled, sessionsEnded: ended },
      });
      return this.account(tx, org, id);
    });
  }

  async setRole(
    actor: AccountActor,
    id: number,
    input: { role: string; administration?: string | null },
  ): Promise<Account> {
    const { by, org } = this.admin(actor, 'ændre roller');
    const { role, administration } = checkRole(input.role, input.administration);
    return this.db.transaction(async (tx) => {
      const before = await this.account(tx, org, id);
      if (
        before.role === 'admin' &&
        role !== 'admin' &&
        !before.disabled &&
        (await users.countOtherActiveAdmins(tx, id)) === 0
      )
        throw new Conflict(LAST_ADMIN);
      await users.setRole(tx, id, role, administration);
      await appendAudit(tx, {
        organisationId: before.organisationId,
        userId: by,
        action: 'user.role',
        entity: 'user',
        entityId: id,
        before: { role: before.role, administration: before.administration },
        after: { role, administration },
      });
      return this.account(tx, org, id);
    });
  }

  /**
   * Sets a new password chosen by the admin, or a generated one (returned once, never stored or
   * logged in clear). Every session of the user ends.
   */
  async resetPassword(
    actor: AccountActor,
    id: number,
    password: string | null,
  ): Promise<{ account: Account; temporaryPassword: string | null }> {
    const { by, org } = this.admin(actor, 'nulstille adgangskoder');
    const target = await this.account(this.db, org, id);
    const generated = password === null ? temporaryPassword() : null;
    const chosen = password ?? generated ?? '';
    if (password !== null) await checkPasswordPolicy(password, { email: target.email, name: target.name });
    if (chosen.length === 0) throw new InvalidInput('Angiv en adgangskode.', { field: 'password' });
    const hash = await hashPassword(chosen);
    const account = await this.db.transaction(async (tx) => {
      await users.setPasswordHash(tx, id, hash);
      const ended = await users.deleteUserSessions(tx, id);
      await appendAudit(tx, {
        organisationId: target.organisationId,
        userId: by,
        action: 'user.password.reset',
        entity: 'user',
        entityId: id,
        after: { generated: generated !== null, sessionsEnded: ended },
      });
      return this.account(tx, org, id);
    });
    return { account, temporaryPassword: generated };
  }

  /** Ends every session of the user (they must log in again). */
  async endSessions(actor: AccountActor, id: number): Promise<{ ended: number }> {
    const { by, org } = this.admin(actor, 'afslutte sessioner');
    return this.db.transaction(async (tx) => {
      const target = await this.account(tx, org, id);
      const ended = await users.deleteUserSessions(tx, id);
      await appendAudit(tx, {
        organisationId: target.organisationId,
        userId: by,
        action: 'user.sessions.end',
        entity: 'user',
        entityId: id,
        after: { sessionsEnded: ended },
      });
      return { ended };
    });
  }
}
