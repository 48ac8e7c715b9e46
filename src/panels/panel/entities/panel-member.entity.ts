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
import type { Relation as Lazy } from 'typeorm';
import { Intellectual } from '../../../intellectuals';
import type { MemberStatus, PanelRole } from '../panel-rules';
import { Panel } from './panel.entity';

/** One expert on one panel: role, where their invitation stands, and any conflict override. */
@Entity('panel_member')
@Unique('panel_member_panel_intellectual_key', ['panelId', 'intellectualId'])
@Index('panel_member_intellectual_idx', ['intellectualId'])
export class PanelMember {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'panel_id', type: 'uuid' })
  panelId: string;

  @ManyToOne(() => Panel, (panel) => panel.members, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'panel_id', foreignKeyConstraintName: 'panel_member_panel_fkey' })
  panel: Lazy<Panel>;

  @Column({ name: 'intellectual_id', type: 'uuid' })
  intellectualId: string;

  @ManyToOne(() => Intellectual, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'intellectual_id', foreignKeyConstraintName: 'panel_member_intellectual_fkey' })
  intellectual: Lazy<Intellectual>;

  @Column({ type: 'text' })
  role: PanelRole;

  @Column({ type: 'text', default: 'proposed' })
  status: MemberStatus;

  /** Why staff seat a member despite a blocking conflict of interest (shown in the report). */
  @Column({ name: 'conflict_override_reason', type: 'text', nullable: true })
  conflictOverrideReason: string | null;

  /** The account that gave the override. */
  @Column({ name: 'override_by', type: 'uuid', nullable: true })
  overrideBy: string | null;

  @Column({ name: 'override_at', type: 'timestamptz', nullable: true })
  overrideAt: Date | null;

  /** The matching score when the member was added (null: not among the matched candidates). */
  @Column({ type: 'double precision', nullable: true })
  relevance: number | null;

  /** The account that added the member. */
  @Column({ name: 'added_by', type: 'uuid', nullable: true })
  addedBy: string | null;

  /** When staff sent the invitation (the latest one, when re-invited). */
  @Column({ name: 'invited_at', type: 'timestamptz', nullable: true })
  invitedAt: Date | null;

  @Column({ name: 'invited_by', type: 'uuid', nullable: true })
  invitedBy: string | null;

  /** When the expert accepted or declined. */
  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  /** The no-conflict declaration exactly as shown to the expert who accepted (at answered_at). */
  @Column({ name: 'declaration_text', type: 'text', nullable: true })
  declarationText: string | null;

  /** A conflict of interest the expert declared instead of accepting (a blocking conflict). */
  @Column({ name: 'declared_conflict', type: 'text', nullable: true })
  declaredConflict: string | null;

  @Column({ name: 'decline_reason', type: 'text', nullable: true })
  declineReason: string | null;

  /** When the invitation's reminder before the deadline went out; set by the UPDATE that claims it. */
  @Column({ name: 'reminder_sent_at', type: 'timestamptz', nullable: true })
  reminderSentAt: Date | null;

  /** When the accepted member was reminded to send their opinion; set by the UPDATE that claims it. */
  @Column({ name: 'opinion_reminder_sent_at', type: 'timestamptz', nullable: true })
  opinionReminderSentAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
