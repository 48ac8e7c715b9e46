import { EntityManager } from 'typeorm';
import { Account } from '../../accounts';
import { Permission, ROLE_PERMISSIONS } from '../../common/access/permissions';
import { ROLES, Role } from '../../common/access/roles';
import type { ReviewRequest } from './review-request.entity';

/** The roles that decide on requests: a draft one of them entered is the association's own work. */
export const STAFF_REQUEST_ROLES: readonly Role[] = ROLES.filter((role) =>
  ROLE_PERMISSIONS[role].includes(Permission.RequestsManage),
);

/**
 * An agency draft: a draft entered by an agency account, its unsent work, which staff do not see
 * until it is submitted. A draft staff entered on an agency's behalf is not one.
 */
export async function isAgencyDraft(
  manager: EntityManager,
  request: Pick<ReviewRequest, 'state' | 'createdBy'>,
): Promise<boolean> {
  if (request.state !== 'draft') return false;
  const creator = await manager.findOne(Account, {
    select: { id: true, roles: true },
    where: { id: request.createdBy },
  });
  return !creator?.roles.some((role) => STAFF_REQUEST_ROLES.includes(role));
}

/**
 * The same test in SQL, for lists: `alias` is the review_request alias; binds :staffRequestRoles
 * (see STAFF_REQUEST_ROLES).
 */
export function agencyDraftSql(alias: string): string {
  return (
    `(${alias}.state = 'draft' AND NOT EXISTS (SELECT 1 FROM account creator ` +
    `WHERE creator.id = ${alias}.created_by AND creator.roles && CAST(:staffRequestRoles AS text[])))`
  );
}
