import { Role, STAFF_ROLES } from './roles';

/** Who is calling: the authenticated account, or nobody. */
export interface Principal {
  accountId: string;
  email: string;
  roles: Role[];
  /** The intellectual profile this account is, when linked. */
  intellectualId: string | null;
}

export function hasAnyRole(principal: Principal | undefined, roles: readonly Role[]): boolean {
  return !!principal && principal.roles.some((role) => roles.includes(role));
}

export function isStaff(principal: Principal | undefined): boolean {
  return hasAnyRole(principal, STAFF_ROLES);
}
