import { Role } from './roles';

/** Who is calling: the authenticated account, or nobody. */
export interface Principal {
  accountId: string;
  email: string;
  roles: Role[];
  /** The intellectual profile this account is, when linked. */
  intellectualId: string | null;
  /** The catalog organization this account acts for (agency accounts). */
  organizationId: string | null;
}
