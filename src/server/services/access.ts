// Who may do what. Every service calls these before it changes anything; a refusal is a
// Forbidden/Unauthenticated domain error (403/401) and the transaction has not written yet. The
// roles and the rule "an author writes their own administration's proposals" are core's
// (src/core/process/roles.ts); this module only turns them into refusals.
import { Forbidden, Unauthenticated } from '../../core/errors.ts';
import { FINANCE_ROLES, ROLE_NAMES, type Role, mayWriteProposal } from '../../core/process/roles.ts';
import type { User } from '../../store/types.ts';

export type Actor = User | null;

export { ROLE_NAMES };

export const FINANCE: readonly Role[] = FINANCE_ROLES;

export function requireUser(actor: Actor): User {
  if (!actor) throw new Unauthenticated();
  return actor;
}

/** Internal data (everything but published catalogs) needs a login; every role may read it. */
export function requireInternal(actor: Actor): User {
  return requireUser(actor);
}

export function requireRole(actor: Actor, roles: readonly Role[], what: string): User {
  const user = requireUser(actor);
  if (!roles.includes(user.role)) {
    throw new Forbidden(`Som ${ROLE_NAMES[user.role]} må du ikke ${what}.`);
  }
  return user;
}

/** Authors edit proposals of their own administration only; finance and admin edit all. */
export function requireProposalWriter(actor: Actor, administration: string | null, what: string): User {
  const user = requireRole(actor, ['admin', 'oekonomi', 'forfatter'], what);
  if (!mayWriteProposal(user, administration)) {
    throw new Forbidden(
      `Du må kun ${what}, når forslaget hører til din egen forvaltning (${user.administration ?? 'ingen'}); dette forslag hører til ${administration ?? 'ingen forvaltning'}.`,
    );
  }
  return user;
}
