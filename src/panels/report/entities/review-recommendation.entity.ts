import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { Relation as Lazy } from 'typeorm';
import { ReviewReport } from './review-report.entity';

/** One numbered recommendation of a report, which the agency answers one by one. */
@Entity('review_recommendation')
@Unique('review_recommendation_report_position_key', ['reportId', 'position'])
export class ReviewRecommendation {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'review_recommendation_pkey' })
  id: string;

  @Column({ name: 'report_id', type: 'uuid' })
  reportId: string;

  @ManyToOne(() => ReviewReport, (report) => report.recommendations, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id', foreignKeyConstraintName: 'review_recommendation_report_fkey' })
  report?: Lazy<ReviewReport>;

  /** 1, 2, 3… as printed. */
  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'text' })
  text: string;
}
