import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit';
import { ActionTokens } from '../../common/action-tokens';
import { DomainError } from '../../common/errors/domain-error';
import { HonorCampaign } from '../campaigns';
import { MeetingInvitee } from './meeting-invitee.entity';
import type { AnswerMeetingRsvpDto, MeetingRsvpTokenDto } from './meeting-list.dto';
import type { MeetingRsvpPeekView, MeetingRsvpView } from './meeting-list.views';
import { RSVP_PURPOSE } from './meeting-terms';

/**
 * The invited person's answer from the mailed link, without an account. A link answers once; to
 * change an answer the person asks the organizers, whose resend mails a fresh link (the stored
 * answer stays until the new one is given).
 */
@Injectable()
export class MeetingRsvpService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: ActionTokens,
    private readonly audit: AuditService,
  ) {}

  async peek(input: MeetingRsvpTokenDto): Promise<MeetingRsvpPeekView> {
    const manager = this.dataSource.manager;
    const grant = await this.tokens.peek(manager, input.token, RSVP_PURPOSE);
    const view = await rsvpView(manager, grant.subjectId);
    return { ...view, linkExpiresAt: grant.expiresAt.toISOString() };
  }

  /** A refused answer rolls back with the redemption: the link stays usable. */
  async answer(input: AnswerMeetingRsvpDto): Promise<MeetingRsvpView> {
    const id = await this.dataSource.transaction(async (manager) => {
      const grant = await this.tokens.redeem(manager, input.token, RSVP_PURPOSE);
      const row = await manager.findOne(MeetingInvitee, {
        where: { id: grant.subjectId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!row) throw invitationGone();
      const note = input.note?.trim() || null;
      await manager.update(
        MeetingInvitee,
        { id: row.id },
        { answer: input.answer, answeredAt: new Date(), answerNote: note },
      );
      await this.audit.record(manager, {
        actor: undefined,
        action: 'honor_campaign.meeting_rsvp',
        entityType: 'honor_campaign',
        entityId: row.campaignId,
        changes: {
          intellectualId: { before: null, after: row.intellectualId },
          answeredVia: { before: null, after: 'link' },
          answer: { before: row.answer, after: input.answer },
          answerNote: { before: row.answerNote, after: note },
        },
      });
      return row.id;
    });
    return rsvpView(this.dataSource.manager, id);
  }
}

async function rsvpView(manager: EntityManager, inviteeId: string): Promise<MeetingRsvpView> {
  const row = await manager.findOne(MeetingInvitee, {
    where: { id: inviteeId },
    relations: { campaign: true, intellectual: true },
    withDeleted: true,
  });
  if (!row) throw invitationGone();
  const campaign = row.campaign as HonorCampaign;
  return {
    recipientName: row.intellectual!.fullName,
    meetingTitle: campaign.title,
    organizer: campaign.organizerName,
    meetingDate: campaign.ceremonyDate,
    place: row.place,
    answer: row.answer,
    answeredAt: row.answeredAt?.toISOString() ?? null,
    answerNote: row.answerNote,
  };
}

/** The person was taken off the list (their links are revoked then; this is the race in between). */
const invitationGone = () => DomainError.notFound('Meeting invitation', 'thư mời dự gặp mặt');
