import { OmitType, PartialType } from '@nestjs/swagger';
import { PageQuery } from '../../common/pagination/page';
import { Bool, Int, Nested, OneOf, QueryValues, Text, Uuid, UuidList } from '../../common/validation/fields';
import { QueryBoolean } from '../../common/validation/query-boolean';
import { NOMINATION_STATES, NOMINATORS, NominatedBy, NominationState } from './nomination-states';

/** Links to the nominee's own registry records: at most this many of each kind. */
export const MAX_LINKS = 100;

export class WorkInput {
  @Text(3, 500, { example: 'Vắc xin phòng bệnh xuất huyết cho cá chẽm nuôi lồng' }) title: string;
  @Text(10, 10_000, { description: 'What the work is and what it achieved' }) summary: string;
  @Text(2, 2_000, { optional: true, description: 'Where in Khánh Hòa it was applied' })
  appliedIn?: string;
  @Int(1950, 2100, { optional: true }) fromYear?: number;
  @Int(1950, 2100, { optional: true }) toYear?: number;
}

export class CreateNominationDto {
  @Uuid({ description: 'The honor campaign, open for nominations' }) campaignId: string;
  @Uuid({ description: 'The intellectual nominated' }) nomineeId: string;
  @OneOf(NOMINATORS, {
    description:
      'organization: for the organization your account acts for; staff: for the association; self: yourself, where the campaign allows',
  })
  nominatedBy: NominatedBy;
  @Text(1, 200, { optional: true, description: 'One of the campaign’s categories, when it has any' })
  category?: string;
  @Nested(() => WorkInput, {
    optional: true,
    description: 'The work or achievements (required for the provincial S&T award)',
  })
  work?: WorkInput;
  @UuidList(MAX_LINKS, { optional: true, description: 'The nominee’s publications in the registry' })
  publicationIds?: string[];
  @UuidList(MAX_LINKS, {
    optional: true,
    description: 'The nominee’s patents and other intellectual property in the registry',
  })
  intellectualPropertyIds?: string[];
  @UuidList(MAX_LINKS, { optional: true, description: 'The nominee’s research projects in the registry' })
  researchProjectIds?: string[];
  @Text(1, 20_000, { optional: true, description: 'The nominator’s statement' }) statement?: string;
}

/** Absent fields stay; lists, when given, replace the whole list. Only drafts change. */
export class UpdateNominationDto extends PartialType(
  OmitType(CreateNominationDto, ['campaignId', 'nomineeId', 'nominatedBy'] as const),
) {}

export class SignDeclarationDto {
  @Int(0, 49, { description: 'The declaration criterion’s position in the campaign' }) criterionIndex: number;
  @Text(10, 2_000, { description: 'The declaration exactly as the campaign states it' })
  declarationText: string;
}

export class OverrideCriterionDto {
  @OneOf(['pass', 'fail'], { description: 'The outcome that counts from now on' }) outcome: 'pass' | 'fail';
  @Text(5, 2_000, { description: 'Why (kept in the audit log)' }) reason: string;
}

export class DeclineNominationDto {
  @Text(1, 2_000, { optional: true, description: 'Why (optional; the nominator and staff read it)' })
  reason?: string;
}

export class NominationQuery extends PageQuery {
  @QueryValues({ description: 'Only nominations for these campaigns.', uuid: true })
  campaignId?: string[];
  @QueryValues({ description: 'Only nominations in these states.', values: NOMINATION_STATES })
  state?: NominationState[];
  @QueryBoolean()
  @Bool({ optional: true, description: 'Only eligible (true) or ineligible (false) nominations' })
  eligible?: boolean;
}

export class NominationLinkTokenDto {
  @Text(1, 200, { description: 'The token from the mailed link (after #token=)' }) token: string;
}

export const LINK_ANSWERS = ['accepted', 'declined'] as const;

export class AnswerNominationLinkDto extends NominationLinkTokenDto {
  @OneOf(LINK_ANSWERS, { description: 'accepted: the nomination counts; declined: it does not' })
  answer: (typeof LINK_ANSWERS)[number];
  @Text(1, 2_000, { optional: true, description: 'Why, when declining (the nominator and staff read it)' })
  reason?: string;
}
