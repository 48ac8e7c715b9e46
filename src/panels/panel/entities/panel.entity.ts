import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  OneToMany,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import type { Relation as Lazy } from 'typeorm';
import { ReviewRequest } from '../../requests';
import { PanelMember } from './panel-member.entity';

/**
 * The expert panel of one review request. Made by the first save of its members (version 1); until
 * then the request reads as an empty panel of version 0, so the first save also names what it read.
 */
@Entity('panel')
@Unique('panel_review_request_key', ['reviewRequestId'])
export class Panel {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'review_request_id', type: 'uuid' })
  reviewRequestId: string;

  // many-to-one with a unique key: a one-to-one join column would add a second, unnamed unique constraint
  @ManyToOne(() => ReviewRequest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'review_request_id', foreignKeyConstraintName: 'panel_review_request_fkey' })
  reviewRequest: Lazy<ReviewRequest>;

  /** Set when the secretary locks the panel (opinions close); members no longer change. */
  @Column({ name: 'locked_at', type: 'timestamptz', nullable: true })
  lockedAt: Date | null;

  /** Bumped by every change to the panel or its members: the panel's ETag. */
  @Column({ type: 'int', default: 1 })
  version: number;

  @OneToMany(() => PanelMember, (member) => member.panel)
  members: Lazy<PanelMember[]>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
