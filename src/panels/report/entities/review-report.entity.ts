import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import type { Relation as Lazy } from 'typeorm';
import { ReviewRequest } from '../../requests/review-request.entity';
import { ReviewRecommendation } from './review-recommendation.entity';

/**
 * The panel's consolidated report on one request: the secretary's draft (conclusion and numbered
 * recommendations), the files last generated from it, and when it went to the agency. `version` is
 * its ETag; a request without a row reads as an empty draft of version 0.
 */
@Entity('review_report')
@Unique('review_report_request_key', ['reviewRequestId'])
export class ReviewReport {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'review_report_pkey' })
  id: string;

  @Column({ name: 'review_request_id', type: 'uuid' })
  reviewRequestId: string;

  @ManyToOne(() => ReviewRequest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'review_request_id', foreignKeyConstraintName: 'review_report_request_fkey' })
  reviewRequest?: Lazy<ReviewRequest>;

  @Column({ type: 'text', default: '' })
  conclusion: string;

  @OneToMany(() => ReviewRecommendation, (recommendation) => recommendation.report)
  recommendations?: ReviewRecommendation[];

  @Column({ name: 'pdf_key', type: 'text', nullable: true })
  pdfKey: string | null;

  @Column({ name: 'pdf_sha256', type: 'text', nullable: true })
  pdfSha256: string | null;

  @Column({ name: 'pdf_size', type: 'integer', nullable: true })
  pdfSize: number | null;

  @Column({ name: 'docx_key', type: 'text', nullable: true })
  docxKey: string | null;

  @Column({ name: 'docx_sha256', type: 'text', nullable: true })
  docxSha256: string | null;

  @Column({ name: 'docx_size', type: 'integer', nullable: true })
  docxSize: number | null;

  /** When the files were rendered; null again once the draft changes after that. */
  @Column({ name: 'generated_at', type: 'timestamptz', nullable: true })
  generatedAt: Date | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
