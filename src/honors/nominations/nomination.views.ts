import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '../../common/openapi/api-docs';
import { CriterionResultView } from '../campaigns';
import type { CriterionOutcome, CriterionResult } from '../campaigns';
import { effectiveCriteria, isEligible, NominationCriterion } from './nomination-rules';
import { NOMINATION_STATES, NOMINATORS, NominatedBy, NominationState } from './nomination-states';
import type { HonorNomination } from './nomination.entity';
import { LinkedWorkView } from './nomination-works';

export class WorkView {
  @ApiProperty() title: string;
  @ApiProperty() summary: string;
  @ApiProperty({ type: String, nullable: true }) appliedIn: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) fromYear: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) toYear: number | null;
}

export class CriterionOverrideView {
  @ApiProperty({ enum: ['pass', 'fail'] }) outcome: 'pass' | 'fail';
  @ApiProperty() reason: string;
  @ApiProperty({ format: 'uuid', description: 'The staff account that decided' }) byAccountId: string;
  @ApiProperty({ format: 'date-time' }) at: string;
}

export class SignatureView {
  @ApiProperty() text: string;
  @ApiProperty({ enum: ['nominator', 'nominee'] }) signedAs: 'nominator' | 'nominee';
  @ApiProperty({ format: 'uuid' }) signedByAccountId: string;
  @ApiProperty({ format: 'date-time' }) signedAt: string;
}

export class NominationCriterionView extends CriterionResultView {
  @ApiProperty({
    enum: ['pass', 'fail', 'needs_declaration'],
    enumName: 'CriterionOutcome',
    description: 'What counts: the override, a signed declaration’s pass, or the computed outcome',
  })
  effectiveOutcome: CriterionOutcome;
  @ApiProperty({ type: CriterionOverrideView, nullable: true }) override: CriterionOverrideView | null;
  @ApiProperty({ type: SignatureView, nullable: true }) signature: SignatureView | null;

  static of(criterion: NominationCriterion): NominationCriterionView {
    const { override, signature, ...result } = criterion;
    return {
      ...result,
      override: override && {
        outcome: override.outcome,
        reason: override.reason,
        byAccountId: override.byAccountId,
        at: override.at,
      },
      signature: signature && {
        text: signature.text,
        signedAs: signature.signedAs,
        signedByAccountId: signature.signedByAccountId,
        signedAt: signature.signedAt,
      },
    };
  }
}

export class NominationView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) campaignId: string;
  @ApiProperty() campaignTitle: string;
  @ApiProperty({ format: 'uuid' }) nomineeId: string;
  @ApiProperty() nomineeName: string;
  @ApiProperty({ enum: NOMINATORS, enumName: 'NominatedBy' }) nominatedBy: NominatedBy;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) nominatorOrganizationId: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The nominating organization’s name' })
  nominatorOrganizationName: string | null;
  @ApiProperty({ type: String, nullable: true }) category: string | null;
  @ApiProperty({ type: WorkView, nullable: true }) work: WorkView | null;
  @ApiProperty({ type: [String], format: 'uuid' }) publicationIds: string[];
  @ApiProperty({ type: [String], format: 'uuid' }) intellectualPropertyIds: string[];
  @ApiProperty({ type: [String], format: 'uuid' }) researchProjectIds: string[];
  @ApiProperty({
    type: [LinkedWorkView],
    description: 'The linked publications, IP and projects, named (in the order of the three lists)',
  })
  linkedWorks: LinkedWorkView[];
  @ApiProperty() statement: string;
  @ApiProperty({ enum: NOMINATION_STATES, enumName: 'NominationState' }) state: NominationState;
  @ApiProperty({
    type: Boolean,
    nullable: true,
    description: 'Every criterion counts as passed; null until evaluated (on submission)',
  })
  eligible: boolean | null;
  @ApiProperty({ type: [Number], description: 'The criteria (by index) that do not count as passed' })
  failingCriteria: number[];
  @ApiProperty({ type: [NominationCriterionView], description: 'Empty until evaluated' })
  criteria: NominationCriterionView[];
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) evaluatedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) submittedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Accepted or declined' })
  answeredAt: string | null;
  @ApiProperty({ type: String, nullable: true }) declineReason: string | null;
  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: 'The last review round it is in (1 from the review’s start); null: not in the review',
  })
  reachedRound: number | null;
  @ApiProperty({ type: 'integer', description: 'The ETag value of this version' }) version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;

  /** `nomination` with its campaign, nominee and nominating organization loaded; its works named. */
  static of(nomination: HonorNomination, linkedWorks: LinkedWorkView[]): NominationView {
    const criteria = effectiveCriteria(
      nomination.eligibility ?? [],
      nomination.overrides,
      nomination.declarations,
    );
    return {
      id: nomination.id,
      campaignId: nomination.campaignId,
      campaignTitle: nomination.campaign?.title ?? '',
      nomineeId: nomination.nomineeId,
      nomineeName: nomination.nominee?.fullName ?? '',
      nominatedBy: nomination.nominatedBy,
      nominatorOrganizationId: nomination.nominatorOrganizationId,
      nominatorOrganizationName: nomination.nominatorOrganization?.nameVi ?? null,
      category: nomination.category,
      work: nomination.work,
      publicationIds: nomination.publicationIds,
      intellectualPropertyIds: nomination.intellectualPropertyIds,
      researchProjectIds: nomination.researchProjectIds,
      linkedWorks,
      statement: nomination.statement,
      state: nomination.state,
      eligible: nomination.eligibility ? isEligible(criteria) : null,
      failingCriteria: criteria.filter((c) => c.effectiveOutcome !== 'pass').map((c) => c.index),
      criteria: criteria.map((criterion) => NominationCriterionView.of(criterion)),
      evaluatedAt: nomination.evaluatedAt?.toISOString() ?? null,
      submittedAt: nomination.submittedAt?.toISOString() ?? null,
      answeredAt: nomination.answeredAt?.toISOString() ?? null,
      declineReason: nomination.declineReason,
      reachedRound: nomination.reachedRound,
      version: nomination.version,
      createdAt: nomination.createdAt.toISOString(),
      updatedAt: nomination.updatedAt.toISOString(),
    };
  }
}

export const NominationPage = PageOf(NominationView);

/** What the nominee's mailed link shows without an account: only what the mail itself said. */
export class NominationLinkView {
  @ApiProperty() recipientName: string;
  @ApiProperty() campaignTitle: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The nominating organization; null: the association',
  })
  nominatorName: string | null;
  @ApiProperty({ type: String, nullable: true }) workTitle: string | null;
  @ApiProperty({ enum: NOMINATION_STATES, enumName: 'NominationState' }) state: NominationState;
  @ApiProperty({ format: 'date', description: 'The last day nominations are taken' })
  nominationsClose: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) answeredAt: string | null;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'Until when the link works; null once it is used',
  })
  linkExpiresAt: string | null;

  /** `nomination` with its campaign, nominee and nominating organization loaded. */
  static of(nomination: HonorNomination): Omit<NominationLinkView, 'linkExpiresAt'> {
    return {
      recipientName: nomination.nominee?.fullName ?? '',
      campaignTitle: nomination.campaign?.title ?? '',
      nominatorName: nomination.nominatorOrganization?.nameVi ?? null,
      workTitle: nomination.work?.title ?? null,
      state: nomination.state,
      nominationsClose: nomination.campaign?.nominationsClose ?? '',
      answeredAt: nomination.answeredAt?.toISOString() ?? null,
    };
  }
}

/** The live check of a draft: the criteria as they would stand if it were submitted now. */
export class NominationCheckView {
  @ApiProperty({ format: 'uuid' }) nominationId: string;
  @ApiProperty({ description: 'Every criterion would count as passed' }) eligible: boolean;
  @ApiProperty({ type: [Number], description: 'The criteria (by index) that would not count as passed' })
  failingCriteria: number[];
  @ApiProperty({ type: [NominationCriterionView] }) criteria: NominationCriterionView[];

  static of(nomination: HonorNomination, results: CriterionResult[]): NominationCheckView {
    const criteria = effectiveCriteria(results, nomination.overrides, nomination.declarations);
    return {
      nominationId: nomination.id,
      eligible: isEligible(criteria),
      failingCriteria: criteria.filter((c) => c.effectiveOutcome !== 'pass').map((c) => c.index),
      criteria: criteria.map((criterion) => NominationCriterionView.of(criterion)),
    };
  }
}
