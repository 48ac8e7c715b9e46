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
import type { HonorCampaign } from '../campaigns/honor-campaign.entity';
import type { RoundResult } from '../review/aggregation';

/**
 * The council of one review round of a campaign (issue 13, "Review"). Members are seated with the
 * panels' roles and composition rules; the round's result is confirmed by its secretary and its chair,
 * and the confirmed result is kept exactly as computed, with the inputs it was computed from.
 */
@Entity('honor_council')
@Unique('honor_council_campaign_round_key', ['campaignId', 'round'])
export class HonorCouncil {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'honor_council_pkey' })
  id: string;

  @Column({ name: 'campaign_id', type: 'uuid' })
  campaignId: string;

  @ManyToOne('HonorCampaign', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id', foreignKeyConstraintName: 'honor_council_campaign_fkey' })
  campaign?: HonorCampaign;

  /** 1 for the campaign's first round. */
  @Column({ type: 'smallint' })
  round: number;

  /** When scoring opened: from then on the members are fixed and the recusals recorded. */
  @Column({ name: 'scoring_opened_at', type: 'timestamptz', nullable: true })
  scoringOpenedAt: Date | null;

  @Column({ name: 'secretary_confirmed_by', type: 'uuid', nullable: true })
  secretaryConfirmedBy: string | null;

  @Column({ name: 'secretary_confirmed_at', type: 'timestamptz', nullable: true })
  secretaryConfirmedAt: Date | null;

  @Column({ name: 'chair_confirmed_by', type: 'uuid', nullable: true })
  chairConfirmedBy: string | null;

  @Column({ name: 'chair_confirmed_at', type: 'timestamptz', nullable: true })
  chairConfirmedAt: Date | null;

  /** The result as confirmed (set with the first confirmation; both confirm the same numbers). */
  @Column({ type: 'jsonb', nullable: true })
  result: RoundResult | null;

  /** The ETag of the council and its members. */
  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
