import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsOptional, Min } from 'class-validator';
import { bilingual } from '../../common/validation/bilingual-message';
import { Nested, OneOf, Uuid } from '../../common/validation/fields';
import { MERGE_SIDES, MergeSide, SingleFact } from './merge-facts';

const side = (fact: string) =>
  OneOf(MERGE_SIDES, {
    optional: true,
    description: `Whose ${fact} to keep when both records have a different one`,
  });

/**
 * For each single-valued fact on which the two records disagree, whose value the merged record keeps.
 * A merge with an unresolved disagreement answers 409 MERGE_CHOICE_REQUIRED listing them; a choice
 * about a fact on which they agree is refused, so that a choice is never silently ignored.
 */
export class MergeChoicesDto implements Partial<Record<SingleFact, MergeSide>> {
  @side('full name') fullName?: MergeSide;
  @side('gender') gender?: MergeSide;
  @side('date of birth') birthDate?: MergeSide;
  @side('ethnic group') ethnicGroupCode?: MergeSide;
  @side('national ID') nationalId?: MergeSide;
  @side('hometown') hometown?: MergeSide;
  @side('disability') disability?: MergeSide;
  @side('home address') homeAddress?: MergeSide;
  @side('residence (communeCode, provinceName and countryCode together)') residence?: MergeSide;
  @side('email') email?: MergeSide;
  @side('phone') phone?: MergeSide;
  @side('biography') biography?: MergeSide;
  @side('primary field') primaryFieldCode?: MergeSide;
  @side('academic title') academicTitle?: MergeSide;
  @side('employer (organizationId or organizationName)') employer?: MergeSide;
  @side('position') position?: MergeSide;
  @side('sector') sector?: MergeSide;
  @side('civil-service rank') civilService?: MergeSide;
  @side('status') status?: MergeSide;
  @side('overseas information') overseasInfo?: MergeSide;
}

/** POST /intellectuals/{id}/merge: the record merged into {id}, which survives. */
export class MergeDto {
  @Uuid({ description: 'The duplicate record; it is soft-deleted and points to the survivor' })
  otherId: string;

  @ApiProperty({
    required: false,
    minimum: 1,
    description: 'The version of the other record as you read it (its ETag); if it changed since, 412',
  })
  @IsOptional()
  @IsInt(bilingual('otherVersion must be a whole number', 'otherVersion phải là số nguyên'))
  @Min(1, bilingual('otherVersion must be at least 1', 'otherVersion phải từ 1 trở lên'))
  otherVersion?: number;

  @Nested(() => MergeChoicesDto, { optional: true })
  choices?: MergeChoicesDto;
}
