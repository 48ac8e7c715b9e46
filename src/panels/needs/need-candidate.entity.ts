import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import type { Relation as Lazy } from 'typeorm';
import { Intellectual } from '../../intellectuals';
import { ReviewRequest } from '../requests';

/**
 * One expert on a task order's needs board: interested (by their own hand, with an optional note),
 * shortlisted (by association staff, from the interested and the matched), or both. The row goes
 * when it is neither.
 */
@Entity('need_candidate')
@Unique('need_candidate_request_intellectual_key', ['reviewRequestId', 'intellectualId'])
@Index('need_candidate_intellectual_idx', ['intellectualId'])
export class NeedCandidate {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'need_candidate_pkey' })
  id: string;

  @Column({ name: 'review_request_id', type: 'uuid' })
  reviewRequestId: string;

  @ManyToOne(() => ReviewRequest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'review_request_id', foreignKeyConstraintName: 'need_candidate_request_fkey' })
  request: Lazy<ReviewRequest>;

  @Column({ name: 'intellectual_id', type: 'uuid' })
  intellectualId: string;

  @ManyToOne(() => Intellectual, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'intellectual_id', foreignKeyConstraintName: 'need_candidate_intellectual_fkey' })
  intellectual: Lazy<Intellectual>;

  /** When the expert said they are interested; null: not (or no longer) interested. */
  @Column({ name: 'interested_at', type: 'timestamptz', nullable: true })
  interestedAt: Date | null;

  /** The expert's short note to staff (NFC, at most NOTE_MAX_CHARS). */
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'shortlisted_at', type: 'timestamptz', nullable: true })
  shortlistedAt: Date | null;

  /** The staff account that shortlisted the expert. */
  @Column({ name: 'shortlisted_by', type: 'uuid', nullable: true })
  shortlistedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
