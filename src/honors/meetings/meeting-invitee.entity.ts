import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { Intellectual } from '../../intellectuals';
import type { HonorCampaign } from '../campaigns';

export const MEETING_ANSWERS = ['accepted', 'declined'] as const;
export type MeetingAnswer = (typeof MEETING_ANSWERS)[number];

/**
 * One person on the invitation list of an exemplary_scientist_meeting campaign: who added them, the
 * last invitation sent (with its outbox message, whose failure reads as a bounce) and their answer.
 */
@Entity('meeting_invitee')
@Index('meeting_invitee_campaign_person_key', ['campaignId', 'intellectualId'], { unique: true })
export class MeetingInvitee {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'meeting_invitee_pkey' })
  id: string;

  @Column({ name: 'campaign_id', type: 'uuid' })
  campaignId: string;

  @ManyToOne('HonorCampaign', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id', foreignKeyConstraintName: 'meeting_invitee_campaign_fkey' })
  campaign?: HonorCampaign;

  @Column({ name: 'intellectual_id', type: 'uuid' })
  intellectualId: string;

  @ManyToOne('Intellectual', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'intellectual_id', foreignKeyConstraintName: 'meeting_invitee_intellectual_fkey' })
  intellectual?: Intellectual;

  @Column({ name: 'added_by', type: 'uuid' })
  addedBy: string;

  @CreateDateColumn({ name: 'added_at', type: 'timestamptz' })
  addedAt: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ name: 'sent_by', type: 'uuid', nullable: true })
  sentBy: string | null;

  /** The outbox message of the last invitation: `failed` there is a bounce. */
  @Column({ name: 'mail_message_id', type: 'uuid', nullable: true })
  mailMessageId: string | null;

  /** Where the meeting takes place, as the last invitation said. */
  @Column({ type: 'text', nullable: true })
  place: string | null;

  @Column({ type: 'text', nullable: true })
  answer: MeetingAnswer | null;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  @Column({ name: 'answer_note', type: 'text', nullable: true })
  answerNote: string | null;
}
