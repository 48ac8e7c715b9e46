import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit';
import { requireAccess } from '../../common/access/access';
import { Permission } from '../../common/access/permissions';
import { Principal } from '../../common/access/principal';
import { ActionTokens } from '../../common/action-tokens';
import { DomainError, FieldProblem } from '../../common/errors/domain-error';
import { linkLifetimeSeconds, mailLocaleOf } from '../../panels';
import { MailOutbox } from '../../platform/mail';
import type { HonorCampaign } from '../campaigns';
import { MeetingInvitee } from './meeting-invitee.entity';
import type { SendMeetingInvitationsDto } from './meeting-list.dto';
import type { MeetingSendView } from './meeting-list.views';
import { countsOf, InviteeRow, inviteeRows, loadMeetingCampaign } from './meeting-rows';
import { RSVP_PAGES, RSVP_PURPOSE } from './meeting-terms';

/**
 * Sends a meeting list's invitations: everyone listed with a mail address who was not sent one, or
 * exactly the people named (a resend on request). Per person, in one transaction under the
 * campaign's lock: earlier links revoked, a new RSVP token living until the meeting day ends, the
 * mail in the outbox, the row marked sent. Refused whole when anyone named cannot be mailed.
 */
@Injectable()
export class MeetingInvitationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: ActionTokens,
    private readonly outbox: MailOutbox,
    private readonly audit: AuditService,
  ) {}

  async send(
    campaignId: string,
    input: SendMeetingInvitationsDto,
    principal: Principal,
  ): Promise<MeetingSendView> {
    requireAccess(principal, Permission.HonorsManage);
    const sent = await this.dataSource.transaction(async (manager) => {
      const campaign = await loadMeetingCampaign(manager, campaignId, true);
      const ttlSeconds = lifetimeOf(campaign);
      const targets = targetsOf(await inviteeRows(manager, campaignId), input);
      const place = input.place?.trim() || null;
      for (const row of targets) await this.invite(manager, campaign, row, place, ttlSeconds, principal);
      await this.audit.record(manager, {
        actor: principal,
        action: 'honor_campaign.meeting_invitations_sent',
        entityType: 'honor_campaign',
        entityId: campaignId,
        changes: {
          sent: { before: null, after: targets.map((row) => row.intellectualId).sort() },
          ...(input.intellectualIds ? { resend: { before: null, after: true } } : {}),
          ...(place ? { place: { before: null, after: place } } : {}),
        },
      });
      return targets.length;
    });
    return { sent, counts: countsOf(await inviteeRows(this.dataSource.manager, campaignId)) };
  }

  private async invite(
    manager: EntityManager,
    campaign: HonorCampaign,
    row: InviteeRow,
    place: string | null,
    ttlSeconds: number,
    principal: Principal,
  ): Promise<void> {
    await this.tokens.revoke(manager, row.id, [RSVP_PURPOSE]);
    const token = await this.tokens.issue(manager, { purpose: RSVP_PURPOSE, subjectId: row.id, ttlSeconds });
    const messageId = await this.outbox.enqueue(manager, {
      to: row.email!,
      locale: mailLocaleOf(row),
      template: 'meeting-invitation',
      data: {
        recipientName: row.fullName,
        meetingTitle: campaign.title,
        organizer: campaign.organizerName,
        meetingDate: campaign.ceremonyDate!,
        place: place ?? '',
        acceptUrl: this.tokens.link(RSVP_PAGES.accepted, token),
        declineUrl: this.tokens.link(RSVP_PAGES.declined, token),
      },
    });
    await manager.update(
      MeetingInvitee,
      { id: row.id },
      { sentAt: new Date(), sentBy: principal.accountId, mailMessageId: messageId, place },
    );
  }
}

/** How long the links live: to the end of the meeting day; 422 without one or once it is past. */
function lifetimeOf(campaign: HonorCampaign): number {
  const seconds = campaign.ceremonyDate ? linkLifetimeSeconds(campaign.ceremonyDate) : null;
  if (seconds !== null) return seconds;
  const [en, vi] = campaign.ceremonyDate
    ? [
        `The meeting day (${campaign.ceremonyDate}) has passed`,
        `Ngày gặp mặt (${campaign.ceremonyDate}) đã qua`,
      ]
    : [
        'Set the meeting day (the campaign’s ceremonyDate) before sending invitations',
        'Cần đặt ngày gặp mặt (ceremonyDate của đợt) trước khi gửi thư mời',
      ];
  throw new DomainError('UNPROCESSABLE', { en, vi }, [{ field: 'ceremonyDate', message: en, messageVi: vi }]);
}

/** Everyone not sent one yet, or exactly the people named (each listed and with a mail address). */
function targetsOf(rows: InviteeRow[], input: SendMeetingInvitationsDto): InviteeRow[] {
  if (!input.intellectualIds) {
    const waiting = rows.filter((row) => row.status === 'not_sent');
    if (waiting.length === 0) {
      throw new DomainError('UNPROCESSABLE', {
        en: 'Nobody on the list with a mail address waits for an invitation',
        vi: 'Không còn ai trong danh sách có email mà chưa được gửi thư mời',
      });
    }
    return waiting;
  }
  const problems: FieldProblem[] = [];
  const targets: InviteeRow[] = [];
  [...new Set(input.intellectualIds)].forEach((id, i) => {
    const row = rows.find((listed) => listed.intellectualId === id);
    if (row?.email) targets.push(row);
    else {
      problems.push({
        field: `intellectualIds[${i}]`,
        message: row
          ? `${row.fullName} has no mail address on their profile`
          : 'This person is not on the meeting list',
        messageVi: row
          ? `Hồ sơ của ${row.fullName} chưa có địa chỉ email`
          : 'Người này không có trong danh sách mời',
      });
    }
  });
  if (problems.length) {
    throw new DomainError('UNPROCESSABLE', { en: problems[0].message, vi: problems[0].messageVi }, problems);
  }
  return targets;
}
