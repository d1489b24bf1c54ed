// Who works in Gevinst. A member of an organisation has one role; an author (forfatter) belongs to
// one administration and writes that administration's proposals.
export const ROLES = ['admin', 'oekonomi', 'forfatter', 'laeser'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_NAMES: Record<Role, string> = {
  admin: 'administrator',
  oekonomi: 'Center for Økonomi',
  forfatter: 'forfatter',
  laeser: 'læser',
};

/** The finance centre's roles: they run the round (targets, imports, approvals, the pool). */
export const FINANCE_ROLES: readonly Role[] = ['admin', 'oekonomi'];

/** The part of a user the process rules look at. */
export interface Member {
  role: Role;
  /** An author's administration (master-data id); null for the other roles. */
  administration: string | null;
}

export function isFinance(m: Member): boolean {
  return FINANCE_ROLES.includes(m.role);
}

/** May `m` write a proposal of `administration`? Finance writes all; an author only their own. */
export function mayWriteProposal(m: Member, administration: string | null): boolean {
  if (isFinance(m)) return true;
  return m.role === 'forfatter' && administration !== null && administration === m.administration;
}
