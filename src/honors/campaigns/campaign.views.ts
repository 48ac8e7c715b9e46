import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '../../common/openapi/api-docs';
import { INDEX_CLASSES } from '../../intellectuals';
import { campaignContentOf, requiresWork } from './campaign-content';
import { CRITERION_KINDS, Criterion, CriterionKind, CriterionMode, modeOf } from './campaign-criteria';
import { AGGREGATION_METHODS, AggregationMethod, TieBreakRule } from './campaign-scoring';
import { CAMPAIGN_STATES, CampaignState, nextCampaignStates } from './campaign-states';
import type { CriterionOutcome, CriterionResult, FactItem } from './eligibility-rules';
import { CAMPAIGN_KINDS, CampaignKind, HonorCampaign } from './honor-campaign.entity';

export class CriterionView {
  @ApiProperty({ enum: CRITERION_KINDS, enumName: 'CriterionKind' }) kind: CriterionKind;
  @ApiProperty({ enum: ['automatic', 'declared'], enumName: 'CriterionMode' }) mode: CriterionMode;
  @ApiProperty({ required: false }) level?: string;
  @ApiProperty({ required: false, enum: INDEX_CLASSES, isArray: true }) indexClasses?: string[];
  @ApiProperty({ required: false, type: 'integer' }) withinYears?: number;
  @ApiProperty({ required: false, type: 'integer' }) minCount?: number;
  @ApiProperty({ required: false }) declarationText?: string;

  static of(criterion: Criterion): CriterionView {
    return { ...criterion, mode: modeOf(criterion.kind) };
  }
}

export class PrizeLevelView {
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: 'integer' }) quota: number;
}

export class RoundView {
  @ApiProperty() name: string;
  @ApiProperty({ format: 'date' }) deadline: string;
}

export class ScoringCriterionView {
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: 'integer' }) weight: number;
}

export class ScaleView {
  @ApiProperty({ type: 'integer' }) min: number;
  @ApiProperty({ type: 'integer' }) max: number;
}

export class RoundThresholdView {
  @ApiProperty({ type: 'integer', description: '1 for the first round' }) round: number;
  @ApiProperty({ type: 'integer', description: 'The lowest aggregate that passes' }) minScore: number;
}

export class ScoringView {
  @ApiProperty({ type: [ScoringCriterionView] }) criteria: ScoringCriterionView[];
  @ApiProperty({ type: ScaleView }) scale: ScaleView;
  @ApiProperty({
    enum: AGGREGATION_METHODS,
    enumName: 'AggregationMethod',
    description:
      'A member’s total is Σ weight·score / Σ weight over the criteria. mean: the mean of the submitted totals; trimmed_mean: the same without one highest and one lowest total (at least 3 sheets)',
  })
  method: AggregationMethod;
  @ApiProperty({
    type: [String],
    description:
      'Ranking: higher aggregate first; equal aggregates by these rules in order: criterion:<code> (higher mean on that criterion), score_count (more submitted sheets), submitted_at (earlier nomination). A tie that survives every rule is reported as a tie and left to the council; at a prize level’s quota boundary no level is given to the tied nominations or those below them.',
  })
  tieBreak: TieBreakRule[];
  @ApiProperty({ type: [RoundThresholdView] }) thresholds: RoundThresholdView[];
}

export class CampaignView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: CAMPAIGN_KINDS, enumName: 'CampaignKind' }) kind: CampaignKind;
  @ApiProperty() title: string;
  @ApiProperty({ type: 'integer' }) year: number;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) organizerOrganizationId: string | null;
  @ApiProperty() organizerName: string;
  @ApiProperty({ format: 'date' }) nominationsOpen: string;
  @ApiProperty({ format: 'date' }) nominationsClose: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) ceremonyDate: string | null;
  @ApiProperty({ type: [String] }) categories: string[];
  @ApiProperty({ type: [PrizeLevelView] }) prizeLevels: PrizeLevelView[];
  @ApiProperty({ type: [RoundView] }) rounds: RoundView[];
  @ApiProperty({ type: [CriterionView] }) criteria: CriterionView[];
  @ApiProperty({ type: ScoringView, nullable: true, description: 'Null until defined' })
  scoring: ScoringView | null;
  @ApiProperty({ description: 'Whether a person may nominate themself' }) allowsSelfNomination: boolean;
  @ApiProperty({ enum: CAMPAIGN_STATES, enumName: 'CampaignState' }) state: CampaignState;
  @ApiProperty({ enum: CAMPAIGN_STATES, enumName: 'CampaignState', isArray: true })
  nextStates: CampaignState[];
  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: 'The round under review (1 first) while in review; the last round once decided',
  })
  currentRound: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'The decision’s number, once decided' })
  decisionNumber: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) decisionDate: string | null;
  @ApiProperty({ type: 'integer', description: 'The ETag value of this version' }) version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;

  static of(campaign: HonorCampaign): CampaignView {
    return {
      id: campaign.id,
      ...campaignContentOf(campaign),
      criteria: campaign.criteria.map((criterion) => CriterionView.of(criterion)),
      state: campaign.state,
      nextStates: [...nextCampaignStates(campaign.state)],
      currentRound: campaign.currentRound,
      decisionNumber: campaign.decisionNumber,
      decisionDate: campaign.decisionDate,
      version: campaign.version,
      createdAt: campaign.createdAt.toISOString(),
      updatedAt: campaign.updatedAt.toISOString(),
    };
  }
}

export const CampaignPage = PageOf(CampaignView);

export class FactItemView {
  @ApiProperty({
    enum: [
      'residence',
      'organization',
      'status',
      'education',
      'academic_title',
      'publication',
      'intellectual_property',
      'research_project',
      'award',
    ],
    enumName: 'EligibilityFactSource',
  })
  source: FactItem['source'];
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The profile part or organization',
  })
  id: string | null;
  @ApiProperty({ description: 'A title, name, code or status' }) label: string;
  @ApiProperty({ type: 'integer', nullable: true }) year: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'Index class, IP kind, level, prize code…' })
  detail: string | null;
}

export class CriterionResultView {
  @ApiProperty({ type: 'integer', description: 'The criterion’s position in the campaign' }) index: number;
  @ApiProperty({ enum: CRITERION_KINDS, enumName: 'CriterionKind' }) kind: CriterionKind;
  @ApiProperty({ enum: ['automatic', 'declared'], enumName: 'CriterionMode' }) mode: CriterionMode;
  @ApiProperty({ enum: ['pass', 'fail', 'needs_declaration'], enumName: 'CriterionOutcome' })
  outcome: CriterionOutcome;
  @ApiProperty({ type: 'integer', nullable: true }) count: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) required: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) fromYear: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) toYear: number | null;
  @ApiProperty({ type: [FactItemView], description: 'The records the check used' }) facts: FactItemView[];
  @ApiProperty({ type: String, nullable: true }) declarationText: string | null;
}

export class EligibilityView {
  @ApiProperty({ format: 'uuid' }) campaignId: string;
  @ApiProperty({ format: 'uuid' }) intellectualId: string;
  @ApiProperty({ description: 'Every automatic criterion passes (declarations are still to be signed)' })
  automaticPass: boolean;
  @ApiProperty({ type: [CriterionResultView] }) criteria: CriterionResultView[];

  static of(campaignId: string, intellectualId: string, results: CriterionResult[]): EligibilityView {
    return {
      campaignId,
      intellectualId,
      automaticPass: results.every((result) => result.outcome !== 'fail'),
      criteria: results,
    };
  }
}

/** What a nominator reads of a campaign open for nominations: no scoring, quotas or rounds. */
export class OpenCampaignView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: CAMPAIGN_KINDS, enumName: 'CampaignKind' }) kind: CampaignKind;
  @ApiProperty() title: string;
  @ApiProperty({ type: 'integer' }) year: number;
  @ApiProperty() organizerName: string;
  @ApiProperty({ format: 'date' }) nominationsOpen: string;
  @ApiProperty({ format: 'date' }) nominationsClose: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) ceremonyDate: string | null;
  @ApiProperty({ type: [String], description: 'A nomination names one of these, when there are any' })
  categories: string[];
  @ApiProperty({
    type: [CriterionView],
    description: 'The criteria, in order (their index is their position)',
  })
  criteria: CriterionView[];
  @ApiProperty({ description: 'Whether a person may nominate themself' }) allowsSelfNomination: boolean;
  @ApiProperty({ description: 'A nomination must name its work (the provincial S&T award)' })
  requiresWork: boolean;

  static of(campaign: HonorCampaign): OpenCampaignView {
    return {
      id: campaign.id,
      kind: campaign.kind,
      title: campaign.title,
      year: campaign.year,
      organizerName: campaign.organizerName,
      nominationsOpen: campaign.nominationsOpen,
      nominationsClose: campaign.nominationsClose,
      ceremonyDate: campaign.ceremonyDate,
      categories: campaign.categories,
      criteria: campaign.criteria.map((criterion) => CriterionView.of(criterion)),
      allowsSelfNomination: campaign.allowsSelfNomination,
      requiresWork: requiresWork(campaign.kind),
    };
  }
}

export const OpenCampaignPage = PageOf(OpenCampaignView);
