import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { Relation as Lazy } from 'typeorm';
import { ReviewRecommendation } from './review-recommendation.entity';

export const ANSWER_DECISIONS = ['accepted', 'partly_accepted', 'not_accepted'] as const;
export type AnswerDecision = (typeof ANSWER_DECISIONS)[number];

/** The agency's answer to one recommendation: whether it takes it up, and why not fully. */
@Entity('review_recommendation_answer')
@Unique('review_recommendation_answer_recommendation_key', ['recommendationId'])
export class ReviewRecommendationAnswer {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'review_recommendation_answer_pkey' })
  id: string;

  @Column({ name: 'recommendation_id', type: 'uuid' })
  recommendationId: string;

  @ManyToOne(() => ReviewRecommendation, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'recommendation_id',
    foreignKeyConstraintName: 'review_recommendation_answer_recommendation_fkey',
  })
  recommendation?: Lazy<ReviewRecommendation>;

  @Column({ type: 'text' })
  decision: AnswerDecision;

  /** Required unless the recommendation is accepted. */
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ name: 'answered_by', type: 'uuid' })
  answeredBy: string;

  @Column({ name: 'answered_at', type: 'timestamptz' })
  answeredAt: Date;
}
