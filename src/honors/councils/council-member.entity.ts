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
import type { Intellectual } from '../../intellectuals';
import type { PanelRole } from '../../panels';
import type { HonorCouncil } from './honor-council.entity';

/** One person on a round's council, with a panel role (chair, vice chair, secretary, reviewer, member). */
@Entity('honor_council_member')
@Unique('honor_council_member_council_intellectual_key', ['councilId', 'intellectualId'])
@Index('honor_council_member_intellectual_idx', ['intellectualId'])
export class HonorCouncilMember {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'honor_council_member_pkey' })
  id: string;

  @Column({ name: 'council_id', type: 'uuid' })
  councilId: string;

  @ManyToOne('HonorCouncil', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'council_id', foreignKeyConstraintName: 'honor_council_member_council_fkey' })
  council?: HonorCouncil;

  @Column({ name: 'intellectual_id', type: 'uuid' })
  intellectualId: string;

  @ManyToOne('Intellectual', { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'intellectual_id',
    foreignKeyConstraintName: 'honor_council_member_intellectual_fkey',
  })
  intellectual?: Intellectual;

  @Column({ type: 'text' })
  role: PanelRole;

  /** The account that seated the member. */
  @Column({ name: 'added_by', type: 'uuid' })
  addedBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
