import { DomainError } from '../errors/domain-error';
import { Permission, permissionsOf } from './permissions';
import type { Principal } from './principal';

export function can(principal: Principal | undefined, permission: Permission): boolean {
  return !!principal && permissionsOf(principal.roles).has(permission);
}

/** The object a permission is checked on; each permission says which one it needs. */
export interface AccessTarget {
  intellectualId?: string;
  /** The organization a review request belongs to (its requesting organization). */
  organizationId?: string;
  /** The request is a draft an agency account entered: its own organization's work, not yet staff's. */
  agencyDraft?: boolean;
  /** A nomination: who nominated whom, and whether it is still the nominator's draft. */
  nomination?: NominationTarget;
  /** An honor council round: the caller's seat on it, and whether the action is its officers'. */
  council?: CouncilTarget;
}

export interface CouncilTarget {
  /** The caller's role on the round's council (a panel role), or null when they do not sit on it. */
  seatRole: string | null;
  /** The secretary's or the chair's work (progress, result confirmation), not every member's. */
  officersOnly: boolean;
}

export interface NominationTarget {
  nomineeId: string;
  nominatedBy: 'organization' | 'staff' | 'self';
  organizationId: string | null;
  draft: boolean;
}

export const PROFILE_NOT_FOUND = () => DomainError.notFound('Intellectual', 'hồ sơ trí thức');
export const REQUEST_NOT_FOUND = () => DomainError.notFound('Review request', 'yêu cầu tư vấn, phản biện');
export const NOMINATION_NOT_FOUND = () => DomainError.notFound('Nomination', 'hồ sơ đề cử');
export const COUNCIL_NOT_FOUND = () =>
  DomainError.notFound('Honor council round', 'vòng xét chọn của hội đồng');

/**
 * Object-level access, the one place it is decided (DESIGN.md section 5). Another person's private
 * object answers 404, not 403, so that ids cannot be probed.
 */
export function requireAccess(
  principal: Principal | undefined,
  permission: Permission,
  target: AccessTarget = {},
): void {
  switch (permission) {
    case Permission.ProfilesRead: {
      const own = !!principal?.intellectualId && principal.intellectualId === target.intellectualId;
      if (!own && !can(principal, Permission.ProfilesReadAny)) throw PROFILE_NOT_FOUND();
      return;
    }
    case Permission.PanelHistoryRead: {
      const own = !!principal?.intellectualId && principal.intellectualId === target.intellectualId;
      if (!own && !can(principal, Permission.PanelsManage)) throw PROFILE_NOT_FOUND();
      return;
    }
    case Permission.PanelConduct: {
      // target.intellectualId: the panel's accepted secretary; anyone else is told the request is unknown
      const secretary = !!principal?.intellectualId && principal.intellectualId === target.intellectualId;
      if (!secretary && !can(principal, Permission.PanelsManage)) throw REQUEST_NOT_FOUND();
      return;
    }
    case Permission.NominationsRead:
    case Permission.NominationsSubmit: {
      if (!can(principal, permission)) throw forbidden(permission);
      const nomination = target.nomination;
      if (!nomination) return;
      const nominator = isNominator(principal, nomination);
      // the nominee meets a nomination once it is submitted; staff see every one
      const reader =
        nominator ||
        can(principal, Permission.HonorsManage) ||
        (!nomination.draft &&
          !!principal?.intellectualId &&
          principal.intellectualId === nomination.nomineeId);
      if (!reader) throw NOMINATION_NOT_FOUND();
      if (permission === Permission.NominationsSubmit && !nominator) throw notTheNominator();
      return;
    }
    case Permission.HonorCouncilWork: {
      if (!can(principal, permission)) throw forbidden(permission);
      const council = target.council;
      if (!council || can(principal, Permission.HonorsManage)) return;
      // a round one does not sit on is not shown to exist
      if (council.seatRole === null) throw COUNCIL_NOT_FOUND();
      if (council.officersOnly && council.seatRole !== 'secretary' && council.seatRole !== 'chair') {
        throw notCouncilOfficer();
      }
      return;
    }
    case Permission.OwnProfileEdit:
    case Permission.OwnPanelInvitations:
    case Permission.OwnNominations:
      if (!can(principal, permission)) throw forbidden(permission);
      if (!principal?.intellectualId) throw noLinkedProfile();
      if (target.intellectualId !== undefined && target.intellectualId !== principal.intellectualId) {
        throw PROFILE_NOT_FOUND();
      }
      return;
    case Permission.RequestsRead:
    case Permission.RequestsSubmit: {
      if (!can(principal, permission)) throw forbidden(permission);
      const own = !!principal?.organizationId && principal.organizationId === target.organizationId;
      // staff meet an agency's draft once it is submitted; until then it does not exist for them
      if (!own && (target.agencyDraft || !can(principal, Permission.RequestsManage)))
        throw REQUEST_NOT_FOUND();
      return;
    }
    case Permission.AccountsManage:
    case Permission.CatalogEdit:
    case Permission.ProfilesReadAny:
    case Permission.ProfilesReadInternal:
    case Permission.ProfilesReadRestricted:
    case Permission.ProfilesReadDeleted:
    case Permission.ProfilesList:
    case Permission.ProfilesEdit:
    case Permission.ProfilesMerge:
    case Permission.ProfileInvitationsIssue:
    case Permission.CorrectionsDecide:
    case Permission.ImportsRun:
    case Permission.ExportsRun:
    case Permission.SearchStaff:
    case Permission.SearchOperate:
    case Permission.PanelsManage:
    case Permission.RequestsManage:
    case Permission.HonorsManage:
    case Permission.StatsRead:
    case Permission.StatsReadSensitive:
    case Permission.StatsTargetsEdit:
      if (!can(principal, permission)) throw forbidden(permission);
      return;
  }
}

/** The profile linked to the caller's account, for /me. */
export function ownProfileId(principal: Principal): string {
  requireAccess(principal, Permission.OwnProfileEdit);
  return principal.intellectualId as string;
}

export function forbidden(permission: Permission): DomainError {
  return new DomainError('FORBIDDEN', {
    en: `This requires the permission ${permission}`,
    vi: `Cần quyền ${permission}`,
  });
}

/** The organization's accounts for its nominations, the person for their own, any staff for the association's. */
export function isNominator(principal: Principal | undefined, nomination: NominationTarget): boolean {
  switch (nomination.nominatedBy) {
    case 'organization':
      return !!principal?.organizationId && principal.organizationId === nomination.organizationId;
    case 'self':
      return !!principal?.intellectualId && principal.intellectualId === nomination.nomineeId;
    case 'staff':
      return can(principal, Permission.HonorsManage);
  }
}

function notTheNominator(): DomainError {
  return new DomainError('FORBIDDEN', {
    en: 'Only the nominator can change, submit or withdraw a nomination',
    vi: 'Chỉ bên đề cử mới được sửa, gửi hoặc rút hồ sơ đề cử',
  });
}

function notCouncilOfficer(): DomainError {
  return new DomainError('FORBIDDEN', {
    en: 'Only the council’s secretary or chair can do this',
    vi: 'Chỉ thư ký hoặc chủ tịch hội đồng mới được thực hiện việc này',
  });
}

function noLinkedProfile(): DomainError {
  return new DomainError('PROFILE_NOT_LINKED', {
    en: 'No intellectual profile is linked to this account; ask an officer for an invitation',
    vi: 'Tài khoản chưa được liên kết với hồ sơ trí thức nào; hãy đề nghị cán bộ gửi mã mời',
  });
}
