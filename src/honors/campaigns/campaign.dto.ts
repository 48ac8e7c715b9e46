import { OmitType, PartialType } from '@nestjs/swagger';
import { PageQuery } from '../../common/pagination/page';
import {
  Bool,
  CalendarDate,
  Int,
  Nested,
  NestedList,
  OneOf,
  QueryValues,
  Text,
  TextList,
  Uuid,
} from '../../common/validation/fields';
import { MIN_COUNT_MAX, WITHIN_YEARS_MAX } from './campaign-criteria';
import { AGGREGATION_METHODS, AggregationMethod } from './campaign-scoring';
import { CAMPAIGN_STATES, CampaignState } from './campaign-states';
import { CAMPAIGN_KINDS, CampaignKind } from './honor-campaign.entity';

/**
 * One criterion: `kind` and the parameters that kind needs. Which parameters go with which kind, and
 * the known levels and index classes, are checked by campaign-criteria.ts (a 400 naming the field).
 */
export class CriterionInput {
  @Text(1, 60, {
    description:
      'Automatic: resides_or_works_in_province, active, min_degree_or_title (level), publications (indexClasses, withinYears, minCount), patents_or_utility_solutions (minCount), research_projects (level, minCount), not_previously_honored. Declared: declaration (declarationText)',
    example: 'publications',
  })
  kind: string;
  @Text(1, 60, {
    optional: true,
    description:
      'A degree level or academic title (min_degree_or_title), or a project level (research_projects)',
  })
  level?: string;
  @TextList(10, 1, 30, {
    optional: true,
    description: 'Publication index classes (SCIE, SSCI, AHCI, ESCI, Scopus…)',
  })
  indexClasses?: string[];
  @Int(1, WITHIN_YEARS_MAX, { optional: true, description: 'Years counted, ending with the campaign year' })
  withinYears?: number;
  @Int(1, MIN_COUNT_MAX, { optional: true }) minCount?: number;
  @Text(10, 2_000, {
    optional: true,
    description: 'The text the person or nominator signs; only the signature is recorded',
    example: 'Tôi cam đoan không đang chấp hành án và chưa có tiền án.',
  })
  declarationText?: string;
}

export class PrizeLevelInput {
  @Text(1, 30, { example: 'A' }) code: string;
  @Text(1, 100, { example: 'Giải A' }) name: string;
  @Int(0, 1_000) quota: number;
}

export class RoundInput {
  @Text(1, 100, { example: 'Cấp cơ sở' }) name: string;
  @CalendarDate() deadline: string;
}

export class ScoringCriterionInput {
  @Text(1, 30, { example: 'novelty' }) code: string;
  @Text(1, 200, { example: 'Tính mới, tính sáng tạo' }) name: string;
  @Int(1, 100, { description: 'Relative weight: a member’s total is Σ weight·score / Σ weight', example: 3 })
  weight: number;
}

export class ScaleInput {
  @Int(0, 1_000) min: number;
  @Int(1, 1_000, { description: 'Above min' }) max: number;
}

export class RoundThresholdInput {
  @Int(1, 10, { description: 'The round’s position, 1 for the first' }) round: number;
  @Int(0, 1_000, { description: 'The lowest aggregate that passes; within the scale' }) minScore: number;
}

export class ScoringInput {
  @NestedList(() => ScoringCriterionInput, 30, { description: 'At least one; codes distinct' })
  criteria: ScoringCriterionInput[];
  @Nested(() => ScaleInput, { optional: true, description: 'Each criterion’s scale; default 0–100' })
  scale?: ScaleInput;
  @OneOf(AGGREGATION_METHODS, {
    description:
      'mean: the mean of the members’ totals; trimmed_mean: the same without the highest and the lowest total (needs at least 3 sheets)',
  })
  method: AggregationMethod;
  @TextList(10, 1, 40, {
    optional: true,
    description:
      'Applied in order to equal aggregates: criterion:<code> (higher mean on that criterion first), score_count (more submitted sheets first), submitted_at (earlier nomination first). A tie that survives every rule stays a tie.',
    example: ['criterion:novelty', 'score_count', 'submitted_at'],
  })
  tieBreak?: string[];
  @NestedList(() => RoundThresholdInput, 10, {
    optional: true,
    description: 'At most one per round; a round without one passes every scored nomination',
  })
  thresholds?: RoundThresholdInput[];
}

export class CreateCampaignDto {
  @OneOf(CAMPAIGN_KINDS, {
    description:
      'exemplary_intellectual: Trí thức tiêu biểu; provincial_st_award: Giải thưởng KH&CN tỉnh; exemplary_scientist_meeting: gặp mặt cán bộ khoa học tiêu biểu',
  })
  kind: CampaignKind;
  @Text(5, 300, { example: 'Giải thưởng Khoa học và Công nghệ tỉnh Khánh Hòa lần thứ III' }) title: string;
  @Int(2000, 2100) year: number;
  @Uuid({ optional: true, description: 'The organizing body, when the organization catalog has it' })
  organizerOrganizationId?: string;
  @Text(2, 300, {
    optional: true,
    description: 'The organizing body’s name; required without organizerOrganizationId',
    example: 'Sở Khoa học và Công nghệ tỉnh Khánh Hòa',
  })
  organizerName?: string;
  @CalendarDate() nominationsOpen: string;
  @CalendarDate() nominationsClose: string;
  @CalendarDate({ optional: true }) ceremonyDate?: string;
  @TextList(20, 1, 200, { optional: true, example: ['Nghiên cứu khoa học', 'Phát triển công nghệ'] })
  categories?: string[];
  @NestedList(() => PrizeLevelInput, 20, { optional: true }) prizeLevels?: PrizeLevelInput[];
  @NestedList(() => RoundInput, 10, {
    optional: true,
    description: 'In order, each deadline after the previous',
  })
  rounds?: RoundInput[];
  @NestedList(() => CriterionInput, 50, { optional: true }) criteria?: CriterionInput[];
  @Nested(() => ScoringInput, {
    optional: true,
    description: 'How the review rounds’ sheets become results; null clears it',
  })
  scoring?: ScoringInput | null;
  @Bool({ optional: true, description: 'Whether a person may nominate themself (default false)' })
  allowsSelfNomination?: boolean;
}

/** Absent fields stay; lists, when given, replace the whole list. */
export class UpdateCampaignDto extends PartialType(OmitType(CreateCampaignDto, ['kind'] as const)) {}

export class CampaignTransitionDto {
  @OneOf(CAMPAIGN_STATES, { description: 'The state to move to' }) to: CampaignState;
}

export class CampaignQuery extends PageQuery {
  @QueryValues({ description: 'Only campaigns in these states.', values: CAMPAIGN_STATES })
  state?: CampaignState[];
  @QueryValues({ description: 'Only campaigns of these kinds.', values: CAMPAIGN_KINDS })
  kind?: CampaignKind[];
}
