import { ApiProperty } from '@nestjs/swagger';
import { MEETING_ANSWERS, MeetingAnswer } from './meeting-invitee.entity';
import { INVITEE_STATUSES, InviteeStatus } from './meeting-terms';

export class MeetingInviteeView {
  @ApiProperty({ format: 'uuid' }) intellectualId: string;
  @ApiProperty() fullName: string;
  @ApiProperty({ type: String, nullable: true, description: 'The profile’s mail address, when deliverable' })
  email: string | null;
  @ApiProperty({
    enum: INVITEE_STATUSES,
    enumName: 'MeetingInviteeStatus',
    description:
      'not_sent: listed, no invitation yet; no_email: nothing to send to; sent: waiting for an answer; bounced: the mail server refused the last invitation; accepted, declined: the answer',
  })
  status: InviteeStatus;
  @ApiProperty({ format: 'date-time' }) addedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) sentAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) answeredAt: string | null;
  @ApiProperty({ type: String, nullable: true }) answerNote: string | null;
}

/** How many listed people are in each status. */
export class MeetingCountsView {
  @ApiProperty({ type: 'integer' }) listed: number;
  @ApiProperty({ type: 'integer' }) notSent: number;
  @ApiProperty({ type: 'integer' }) noEmail: number;
  @ApiProperty({ type: 'integer' }) sent: number;
  @ApiProperty({ type: 'integer' }) bounced: number;
  @ApiProperty({ type: 'integer' }) accepted: number;
  @ApiProperty({ type: 'integer' }) declined: number;
}

export class MeetingListPage {
  @ApiProperty({ type: [MeetingInviteeView] }) items: MeetingInviteeView[];
  @ApiProperty({ type: 'integer', description: 'People matching the status filter, over all pages' })
  total: number;
  @ApiProperty({ type: 'integer' }) limit: number;
  @ApiProperty({ type: 'integer' }) offset: number;
  @ApiProperty({ type: MeetingCountsView, description: 'Over the whole list, whatever the filter' })
  counts: MeetingCountsView;
}

export class MeetingSearchAddView {
  @ApiProperty({ type: 'integer', description: 'People the search matched' }) matched: number;
  @ApiProperty({ type: 'integer', description: 'Of the hits taken, people newly listed' }) added: number;
  @ApiProperty({ type: 'integer', description: 'Of the hits taken, people already on the list' })
  alreadyListed: number;
  @ApiProperty({ description: 'More matched than one add takes (the most relevant were taken)' })
  capped: boolean;
  @ApiProperty({ type: MeetingCountsView }) counts: MeetingCountsView;
}

export class MeetingSendView {
  @ApiProperty({ type: 'integer', description: 'Invitations put in the mail outbox' }) sent: number;
  @ApiProperty({ type: MeetingCountsView }) counts: MeetingCountsView;
}

/** What an RSVP link is about, for the person holding it. */
export class MeetingRsvpView {
  @ApiProperty() recipientName: string;
  @ApiProperty() meetingTitle: string;
  @ApiProperty() organizer: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) meetingDate: string | null;
  @ApiProperty({ type: String, nullable: true }) place: string | null;
  @ApiProperty({ enum: MEETING_ANSWERS, nullable: true })
  answer: MeetingAnswer | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) answeredAt: string | null;
  @ApiProperty({ type: String, nullable: true }) answerNote: string | null;
}

export class MeetingRsvpPeekView extends MeetingRsvpView {
  @ApiProperty({ format: 'date-time', description: 'The link works until then' }) linkExpiresAt: string;
}
