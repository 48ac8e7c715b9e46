import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit';
import { Principal } from '../../common/access/principal';
import { DomainError, FieldProblem } from '../../common/errors/domain-error';
import { staleVersion, Tagged } from '../../common/http/etag';
import { Panel, PanelAssessor, PanelMember, seatEntryOf } from '../panel';
import { conflictRequestOf, findPanel } from '../panel/panel-request';
import { ReviewRequestsService } from '../requests';
import type { ReviewRequest } from '../requests';
import { InvitationMail, loadInvitees, mailAddressOf } from './invitation-mail';
import { InvitationStatusService } from './invitation-status.service';
import { INVITING_STATES, linkLifetimeSeconds } from './invitation-terms';
import type { SendInvitationsDto } from './invitations.dto';
import type { InvitationsView } from './invitations.views';

/**
 * Staff send the invitations of a panel's proposed members: in one transaction under the request's
 * lock, refused whole when the panel breaks a rule, a member cannot be mailed or the version is old;
 * each member becomes invited and gets a mail with a fresh pair of links.
 */
@Injectable()
export class InvitationSender {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly requests: ReviewRequestsService,
    private readonly assessor: PanelAssessor,
    private readonly mail: InvitationMail,
    private readonly audit: AuditService,
    private readonly status: InvitationStatusService,
  ) {}

  async send(
    id: string,
    version: number,
    input: SendInvitationsDto,
    principal: Principal,
  ): Promise<Tagged<InvitationsView>> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT 1 FROM review_request WHERE id = $1 FOR UPDATE', [id]);
      const loaded = await this.requests.loadForPanelWork(id, principal, manager);
      const { request } = loaded;
      const panel = await findPanel(manager, request, true);
      assertInvitationsGo(request, panel);
      if ((panel?.version ?? 0) !== version) throw staleVersion();
      const rows = panel ? await manager.find(PanelMember, { where: { panelId: panel.id } }) : [];
      const targets = targetsOf(rows, input);

      const assessment = await this.assessor.assess(
        manager,
        request,
        conflictRequestOf(loaded),
        rows.map(seatEntryOf),
        panel?.id ?? null,
      );
      const errors = assessment.violations.filter((v) => v.level === 'error');
      if (errors.length) {
        throw new DomainError(
          'PANEL_RULES_VIOLATED',
          {
            en: `Invitations wait until the panel keeps its rules: ${errors.map((v) => v.en).join('; ')}`,
            vi: `Chỉ gửi thư mời khi hội đồng đáp ứng các quy tắc: ${errors.map((v) => v.vi).join('; ')}`,
          },
          errors.map((v) => ({ field: 'members', message: v.en, messageVi: v.vi })),
        );
      }
      const invitees = await loadInvitees(
        manager,
        targets.map((row) => row.intellectualId),
      );
      refuseUnmailable(targets, input, (row) => invitees.get(row.intellectualId));

      const now = new Date();
      for (const row of targets) {
        await manager.update(
          PanelMember,
          { id: row.id },
          {
            status: 'invited',
            invitedAt: now,
            invitedBy: principal.accountId,
            answeredAt: null,
            declarationText: null,
            declineReason: null,
            reminderSentAt: null,
          },
        );
        await this.mail.invite(manager, row.id, request, invitees.get(row.intellectualId)!);
      }
      await bumpVersion(manager, panel!);
      await this.audit.record(manager, {
        actor: principal,
        action: 'review_request.panel_invitations_sent',
        entityType: 'review_request',
        entityId: request.id,
        changes: {
          invited: { before: null, after: targets.map((row) => row.intellectualId).sort() },
        },
      });
    });
    return this.status.view(id, principal);
  }
}

/** 409 unless the panel has formed (members saved), is not locked, and its deadline is ahead. */
function assertInvitationsGo(request: ReviewRequest, panel: Panel | null): void {
  if (!INVITING_STATES.includes(request.state) || panel?.lockedAt) {
    throw new DomainError('REQUEST_NOT_FORMING_PANEL', {
      en: `Invitations go out while the panel forms or reviews, before it is locked; this request is ${request.state}${panel?.lockedAt ? ' and its panel locked' : ''}`,
      vi: `Chỉ gửi thư mời khi đang thành lập hội đồng hoặc đang tư vấn, phản biện và hội đồng chưa khóa; yêu cầu này đang ở trạng thái ${request.state}${panel?.lockedAt ? ', hội đồng đã khóa' : ''}`,
    });
  }
  if (linkLifetimeSeconds(request.deadline) === null) {
    throw new DomainError('REQUEST_DEADLINE_PASSED', {
      en: `The request's deadline (${request.deadline}) has passed: change it before inviting anyone`,
      vi: `Đã quá hạn của yêu cầu (${request.deadline}): cần gia hạn trước khi gửi thư mời`,
    });
  }
}

/** The members to invite: those named (each must be proposed), or every proposed one. */
function targetsOf(rows: PanelMember[], input: SendInvitationsDto): PanelMember[] {
  if (!input.intellectualIds) {
    const proposed = rows.filter((row) => row.status === 'proposed');
    if (proposed.length === 0) {
      throw new DomainError('UNPROCESSABLE', {
        en: 'No proposed member waits for an invitation',
        vi: 'Không có thành viên dự kiến nào chờ gửi thư mời',
      });
    }
    return proposed;
  }
  const problems: FieldProblem[] = [];
  const targets: PanelMember[] = [];
  [...new Set(input.intellectualIds)].forEach((id, i) => {
    const row = rows.find((member) => member.intellectualId === id);
    if (row?.status === 'proposed') targets.push(row);
    else {
      problems.push({
        field: `intellectualIds[${i}]`,
        message: row
          ? `This member is ${row.status}; only proposed members are invited`
          : 'Not a member of this panel',
        messageVi: row
          ? `Thành viên này đang ở trạng thái ${row.status}; chỉ gửi thư mời cho thành viên dự kiến`
          : 'Không phải thành viên của hội đồng này',
      });
    }
  });
  if (problems.length || targets.length === 0) {
    const first = problems[0] ?? {
      field: 'intellectualIds',
      message: 'Name at least one proposed member',
      messageVi: 'Cần chọn ít nhất một thành viên dự kiến',
    };
    throw new DomainError(
      'UNPROCESSABLE',
      { en: first.message, vi: first.messageVi },
      problems.length ? problems : [first],
    );
  }
  return targets;
}

function refuseUnmailable(
  targets: PanelMember[],
  input: SendInvitationsDto,
  personOf: (row: PanelMember) => Parameters<typeof mailAddressOf>[0],
): void {
  const problems = targets.flatMap((row): FieldProblem[] => {
    const person = personOf(row);
    if (mailAddressOf(person)) return [];
    const index = input.intellectualIds?.indexOf(row.intellectualId) ?? -1;
    const name = person?.fullName ?? row.intellectualId;
    return [
      {
        field: index >= 0 ? `intellectualIds[${index}]` : 'members',
        message: `${name} has no mail address on their profile to send the invitation to`,
        messageVi: `Hồ sơ của ${name} chưa có địa chỉ email để gửi thư mời`,
      },
    ];
  });
  if (problems.length) {
    throw new DomainError('UNPROCESSABLE', { en: problems[0].message, vi: problems[0].messageVi }, problems);
  }
}

/** Every change to the members is a new version of the panel (its ETag). */
export async function bumpVersion(manager: EntityManager, panel: Pick<Panel, 'id'>): Promise<void> {
  await manager
    .createQueryBuilder()
    .update(Panel)
    .set({ version: () => 'version + 1' })
    .where('id = :id', { id: panel.id })
    .execute();
}
