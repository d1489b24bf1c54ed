// Who may do what. Every service calls these before it changes anything; a refusal is a
// Forbidden/Unauthenticated domain error (403/401) and the transaction has not written yet.
import { Forbidden, Unauthenticated } from '../../core/errors.ts';
import type { Role, User } from '../../store/types.ts';

export type Actor = User | null;

export const ROLE_NAMES: Record<Role, string> = {
  admin: 'administrator',
  oekonomi: 'Center for Økonomi',
  forfatter: 'forfatter',
  laeser: 'læser',
};

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

export const FINANCE: readonly Role[] = ['admin', 'oekonomi'];

/** Authors edit proposals of their own administration only; finance and admin edit all. */
export function requireProposalWriter(actor: Actor, administration: string | null, what: string): User {
  const user = requireRole(actor, ['admin', 'oekonomi', 'forfatter'], what);
  if (user.role === 'forfatter' && (administration === null || administration !== user.administration)) {
    throw new Forbidden(
      `Du må kun ${what}, når forslaget hører til din egen forvaltning (${user.administration ?? 'ingen'}); dette forslag hører til ${administration ?? 'ingen forvaltning'}.`,
    );
  }
  return user;
}
