import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import type { Relation as Lazy } from 'typeorm';
import { PanelMember } from '../panel';

/**
 * The written opinion of one panel member on the request their panel reviews: at most one per member,
 * editable until the deadline or the lock. `version` is its ETag (0 before the first save).
 */
@Entity('panel_opinion')
@Unique('panel_opinion_member_key', ['panelMemberId'])
export class PanelOpinion {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'panel_opinion_pkey' })
  id: string;

  @Column({ name: 'panel_member_id', type: 'uuid' })
  panelMemberId: string;

  @ManyToOne(() => PanelMember, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'panel_member_id', foreignKeyConstraintName: 'panel_opinion_member_fkey' })
  member?: Lazy<PanelMember>;

  /** NFC, 1 to 50,000 characters. */
  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'integer', default: 1 })
  version: number;

  /** When the member first submitted it (the first save); later edits move only updated_at. */
  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
