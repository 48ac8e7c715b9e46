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
import type { ConflictFlag } from '../../panels';
import type { HonorNomination } from '../nominations/nomination.entity';
import type { HonorCouncilMember } from './council-member.entity';

/**
 * A council member kept from one nominee because of a conflict of interest, as the panels' conflict
 * rules found it (the flags are kept as found). Staff may lift it with a reason, which is recorded too;
 * a lifted recusal lets the member score that nominee.
 */
@Entity('honor_recusal')
@Unique('honor_recusal_member_nomination_key', ['councilMemberId', 'nominationId'])
@Index('honor_recusal_nomination_idx', ['nominationId'])
export class HonorRecusal {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'honor_recusal_pkey' })
  id: string;

  @Column({ name: 'council_member_id', type: 'uuid' })
  councilMemberId: string;

  @ManyToOne('HonorCouncilMember', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'council_member_id', foreignKeyConstraintName: 'honor_recusal_member_fkey' })
  councilMember?: HonorCouncilMember;

  @Column({ name: 'nomination_id', type: 'uuid' })
  nominationId: string;

  @ManyToOne('HonorNomination', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'nomination_id', foreignKeyConstraintName: 'honor_recusal_nomination_fkey' })
  nomination?: HonorNomination;

  @Column({ type: 'jsonb' })
  conflicts: ConflictFlag[];

  /** Why staff let the member score this nominee despite the conflict; null while recused. */
  @Column({ name: 'lifted_reason', type: 'text', nullable: true })
  liftedReason: string | null;

  @Column({ name: 'lifted_by', type: 'uuid', nullable: true })
  liftedBy: string | null;

  @Column({ name: 'lifted_at', type: 'timestamptz', nullable: true })
  liftedAt: Date | null;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}
