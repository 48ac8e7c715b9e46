import { ApiProperty, OmitType } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, IsUUID } from 'class-validator';
import { PageQuery } from '../../common/pagination/page';
import { bilingual } from '../../common/validation/bilingual-message';
import { OneOf, QueryValues, Text, Uuid } from '../../common/validation/fields';
import { StaffSearchQuery } from '../../search';
import { MEETING_ANSWERS, MeetingAnswer } from './meeting-invitee.entity';
import { INVITEE_STATUSES, InviteeStatus } from './meeting-terms';

/** The staff search's words and filters, as GET /search/intellectuals takes them (no paging). */
export class MeetingSearchQuery extends OmitType(StaffSearchQuery, [
  'limit',
  'offset',
  'facets',
  'sort',
] as const) {}

export class AddMeetingInviteeDto {
  @Uuid({ description: 'The person to invite' }) intellectualId: string;
}

export class MeetingListQuery extends PageQuery {
  @QueryValues({ description: 'Only people in these statuses.', values: INVITEE_STATUSES })
  status?: InviteeStatus[];
}

/** At most this many people named in one send. */
const MAX_NAMED = 500;

export class SendMeetingInvitationsDto {
  @Text(2, 300, {
    optional: true,
    description: 'Where the meeting takes place, as the mail and the RSVP page say it',
    example: 'Hội trường Liên hiệp các Hội KH&KT tỉnh, 02 Lê Thánh Tôn, Nha Trang',
  })
  place?: string;

  @ApiProperty({
    type: [String],
    format: 'uuid',
    required: false,
    description:
      'Send (again) to exactly these listed people (intellectual ids), with fresh links; default: everyone listed with a mail address who was not sent one yet',
  })
  @IsOptional()
  @IsArray(bilingual('intellectualIds must be a list of UUIDs', 'intellectualIds phải là danh sách mã UUID'))
  @ArrayMinSize(
    1,
    bilingual('intellectualIds names at least one person', 'intellectualIds cần ít nhất một người'),
  )
  @ArrayMaxSize(
    MAX_NAMED,
    bilingual(
      `intellectualIds has at most ${MAX_NAMED} items`,
      `intellectualIds có tối đa ${MAX_NAMED} phần tử`,
    ),
  )
  @IsUUID(
    'all',
    bilingual('each intellectualIds item must be a UUID', 'mỗi phần tử của intellectualIds phải là mã UUID', {
      each: true,
    }),
  )
  intellectualIds?: string[];
}

export class MeetingRsvpTokenDto {
  @Text(1, 200, { description: 'The token from the link (after #token=)' }) token: string;
}

export class AnswerMeetingRsvpDto extends MeetingRsvpTokenDto {
  @OneOf(MEETING_ANSWERS, { description: 'accepted: will attend; declined: will not' })
  answer: MeetingAnswer;

  @Text(1, 1_000, {
    optional: true,
    description: 'A note for the organizers',
    example: 'Tôi đi cùng một trợ lý.',
  })
  note?: string;
}
