import { NestedList, OneOf, Text, Uuid } from '../../common/validation/fields';
import { ANSWER_DECISIONS, type AnswerDecision } from './entities/review-recommendation-answer.entity';

export const MAX_RECOMMENDATIONS = 50;

export class RecommendationInput {
  @Text(1, 5000, { description: 'The recommendation as printed (numbered by its place in the list)' })
  text: string;
}

/** The secretary's draft: the conclusion and the recommendations in order (replaced whole). */
export class SaveReportDraftDto {
  @Text(0, 50000, { description: 'The panel’s conclusion (kết luận)' })
  conclusion: string;

  @NestedList(() => RecommendationInput, MAX_RECOMMENDATIONS)
  recommendations: RecommendationInput[];
}

export class RecommendationAnswerInput {
  @Uuid({ description: 'The recommendation answered' })
  recommendationId: string;

  @OneOf(ANSWER_DECISIONS)
  decision: AnswerDecision;

  @Text(0, 5000, {
    optional: true,
    description: 'Why not (fully) accepted: required for partly_accepted and not_accepted',
  })
  reason?: string | null;
}

/** The agency's answer: one decision for every recommendation of the report. */
export class AnswerReportDto {
  @NestedList(() => RecommendationAnswerInput, MAX_RECOMMENDATIONS)
  answers: RecommendationAnswerInput[];
}
