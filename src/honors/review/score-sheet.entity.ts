import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import type { HonorCouncilMember } from '../councils/council-member.entity';
import type { HonorNomination } from '../nominations/nomination.entity';

/**
 * One council member's scoring sheet for one nomination in one round (the member row fixes the round).
 * Saved as a draft any number of times; submitting locks it, and only submitted sheets count.
 */
@Entity('honor_score_sheet')
@Unique('honor_score_sheet_member_nomination_key', ['councilMemberId', 'nominationId'])
@Index('honor_score_sheet_nomination_idx', ['nominationId'])
export class HonorScoreSheet {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'honor_score_sheet_pkey' })
  id: string;

  @Column({ name: 'council_member_id', type: 'uuid' })
  councilMemberId: string;

  @ManyToOne('HonorCouncilMember', { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'council_member_id',
    foreignKeyConstraintName: 'honor_score_sheet_member_fkey',
  })
  councilMember?: HonorCouncilMember;

  @Column({ name: 'nomination_id', type: 'uuid' })
  nominationId: string;

  @ManyToOne('HonorNomination', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'nomination_id', foreignKeyConstraintName: 'honor_score_sheet_nomination_fkey' })
  nomination?: HonorNomination;

  /** By the campaign's criterion codes. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  scores: Record<string, number>;

  @Column({ type: 'text', default: '' })
  comment: string;

  /** Set once, by the submission that locks the sheet. */
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
