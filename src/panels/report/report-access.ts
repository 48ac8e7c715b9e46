import { EntityManager } from 'typeorm';
import { can, forbidden, REQUEST_NOT_FOUND } from '../../common/access/access';
import { Permission } from '../../common/access/permissions';
import type { Principal } from '../../common/access/principal';
import { PanelMember } from '../panel/entities/panel-member.entity';
import type { Panel } from '../panel/entities/panel.entity';
import { isAgencyDraft } from '../requests/agency-draft';
import type { ReviewRequest } from '../requests/review-request.entity';
import type { ReviewReport } from './entities/review-report.entity';

/** How the caller stands to a request's report. */
export type ReportStanding = 'staff' | 'secretary' | 'member' | 'agency' | 'none';

/**
 * Staff (panels.manage) and the panel's secretary compile the report; the panel's accepted members
 * read it; accounts of the requesting organization read it once it was sent.
 */
export async function standingOf(
  manager: EntityManager,
  principal: Principal,
  request: ReviewRequest,
  panel: Panel | null,
): Promise<ReportStanding> {
  // an agency's unsent draft is not staff's yet (requireAccess on requests.read says the same)
  if (can(principal, Permission.PanelsManage) && !(await isAgencyDraft(manager, request))) return 'staff';
  if (principal.intellectualId && panel) {
    const member = await manager.findOne(PanelMember, {
      where: { panelId: panel.id, intellectualId: principal.intellectualId, status: 'accepted' },
    });
    if (member) return member.role === 'secretary' ? 'secretary' : 'member';
  }
  if (
    can(principal, Permission.RequestsRead) &&
    principal.organizationId === request.requestingOrganizationId
  ) {
    return 'agency';
  }
  return 'none';
}

/** 404 unless the caller may read the report as it stands (the agency: once sent). */
export function requireReadable(standing: ReportStanding, report: ReviewReport | null): void {
  if (standing === 'none' || (standing === 'agency' && !report?.sentAt)) throw REQUEST_NOT_FOUND();
}

/** 403 for a reader who may not compile it, 404 for anyone else. */
export function requireCompiler(standing: ReportStanding, report: ReviewReport | null): void {
  requireReadable(standing, report);
  if (standing !== 'staff' && standing !== 'secretary') throw forbidden(Permission.PanelsManage);
}

export function mayCompile(standing: ReportStanding): boolean {
  return standing === 'staff' || standing === 'secretary';
}
