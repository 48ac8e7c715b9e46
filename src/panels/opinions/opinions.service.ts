import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { can, REQUEST_NOT_FOUND, requireAccess } from '../../common/access/access';
import { Permission } from '../../common/access/permissions';
import { DomainError } from '../../common/errors/domain-error';
import { loadPanelPeople, Panel, PanelMember } from '../panel';
import type { PanelRole } from '../panel/panel-rules';
import { opinionsOf, byRoleOrder, StoredOpinion } from './opinion-reads';
import { opinionsClosedReason } from './opinion-window';
import type { OpinionAuthor } from './my-opinion.service';
import { acceptedSeat, linkedSeat, loadReviewContext, ReviewContext } from './panel-seats';
import { OpinionView, RequestOpinionsView } from './opinions.views';

/** One accepted member's opinion as the consolidated report uses it. */
export interface ReportOpinion {
  panelMemberId: string;
  intellectualId: string;
  fullName: string;
  role: PanelRole;
  organizationName: string | null;
  /** null: the member submitted no opinion. */
  text: string | null;
  submittedAt: Date | null;
  fileNames: string[];
}

interface MemberOpinion {
  member: PanelMember;
  fullName: string;
  organizationName: string | null;
  stored: StoredOpinion | undefined;
}

/**
 * All opinions of a request's panel: for staff, the secretary and (when the request lets them) the
 * other members, and for the report builder.
 */
@Injectable()
export class OpinionsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(requestId: string, reader: OpinionAuthor): Promise<RequestOpinionsView> {
    const manager = this.dataSource.manager;
    const context = await loadReviewContext(manager, requestId);
    await this.requireReader(manager, context, reader);
    const { request, panel } = context;
    const members = await this.collect(manager, panel);
    return {
      reviewRequestId: request.id,
      state: request.state,
      window: {
        deadline: request.deadline,
        lockedAt: panel?.lockedAt ?? null,
        closedReason: opinionsClosedReason(request, panel),
      },
      attributed: request.opinionsAttributed,
      members: members.map(({ member, fullName, organizationName, stored }) => ({
        panelMemberId: member.id,
        intellectualId: member.intellectualId,
        fullName,
        role: member.role,
        status: member.status,
        organizationName,
        opinion: stored ? OpinionView.of(stored.opinion, stored.files) : null,
        opinionReminderSentAt: member.opinionReminderSentAt,
      })),
    };
  }

  /**
   * For the consolidated report: every accepted member in role order (chair, vice chair, secretary,
   * reviewers, members) with their opinion, null text for those who wrote none. No access check: the
   * report builder has authorized the request.
   */
  async forReport(manager: EntityManager, reviewRequestId: string): Promise<ReportOpinion[]> {
    const panel = await manager.findOneBy(Panel, { reviewRequestId });
    const members = await this.collect(manager, panel);
    return members.map(({ member, fullName, organizationName, stored }) => ({
      panelMemberId: member.id,
      intellectualId: member.intellectualId,
      fullName,
      role: member.role,
      organizationName,
      text: stored?.opinion.text ?? null,
      submittedAt: stored?.opinion.submittedAt ?? null,
      fileNames: stored?.files.map((file) => file.fileName) ?? [],
    }));
  }

  /**
   * Staff and the accepted secretary read every opinion; other accepted members only when the request
   * lets members see each other's opinions (403 otherwise); anyone else is told the request is unknown.
   * An opinion link reads exactly what its seat's member would signed in.
   */
  async requireReader(manager: EntityManager, context: ReviewContext, reader: OpinionAuthor): Promise<void> {
    const principal = 'principal' in reader ? reader.principal : null;
    if (principal && can(principal, Permission.PanelsManage)) return;
    const seat =
      'principal' in reader
        ? await acceptedSeat(manager, context.panel, reader.principal.intellectualId)
        : await linkedSeat(manager, context.panel, reader.linkMemberId);
    if (seat && seat.role !== 'secretary') {
      if (context.request.opinionsVisibleToMembers) return;
      throw new DomainError('FORBIDDEN', {
        en: 'Members of this panel do not see each other’s opinions; the secretary and the association do',
        vi: 'Thành viên hội đồng này không xem ý kiến của nhau; chỉ thư ký và Liên hiệp hội xem được',
      });
    }
    if (principal)
      requireAccess(principal, Permission.PanelConduct, { intellectualId: seat?.intellectualId });
    else if (!seat) throw REQUEST_NOT_FOUND();
  }

  private async collect(manager: EntityManager, panel: Panel | null): Promise<MemberOpinion[]> {
    if (!panel) return [];
    const members = (await manager.findBy(PanelMember, { panelId: panel.id, status: 'accepted' })).sort(
      byRoleOrder,
    );
    const ids = members.map((member) => member.id);
    const people = await loadPanelPeople(
      manager,
      members.map((member) => member.intellectualId),
    );
    const opinions = await opinionsOf(manager, ids);
    return members.map((member) => {
      const person = people.get(member.intellectualId);
      return {
        member,
        fullName: person?.fullName ?? '',
        organizationName: person?.organizationName ?? null,
        stored: opinions.get(member.id),
      };
    });
  }
}
