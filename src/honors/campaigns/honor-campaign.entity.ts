import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Organization } from '../../catalog';
import type { Criterion } from './campaign-criteria';
import type { ScoringDefinition } from './campaign-scoring';
import type { CampaignState } from './campaign-states';

export const CAMPAIGN_KINDS = [
  'exemplary_intellectual',
  'provincial_st_award',
  'exemplary_scientist_meeting',
] as const;
export type CampaignKind = (typeof CAMPAIGN_KINDS)[number];

export const CAMPAIGN_KIND_NAMES_VI: Readonly<Record<CampaignKind, string>> = {
  exemplary_intellectual: 'Trí thức tiêu biểu',
  provincial_st_award: 'Giải thưởng Khoa học và Công nghệ tỉnh Khánh Hòa',
  exemplary_scientist_meeting: 'Gặp mặt cán bộ khoa học tiêu biểu',
};

export interface PrizeLevel {
  code: string;
  name: string;
  quota: number;
}

export interface CampaignRound {
  name: string;
  /** YYYY-MM-DD */
  deadline: string;
}

/**
 * An honor campaign (issue 13): its setup and its state. Criteria, rounds and prize levels are data
 * on the row (jsonb), checked when written (campaign-criteria.ts, campaign-content.ts). `version` is
 * the ETag; every write, transitions included, checks and bumps it.
 */
@Entity('honor_campaign')
@Index('honor_campaign_state_idx', ['state'])
export class HonorCampaign {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'honor_campaign_pkey' })
  id: string;

  @Column({ type: 'text' })
  kind: CampaignKind;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'smallint' })
  year: number;

  /** The organizing body from the organization catalog, or only its name when it is not there. */
  @Column({ name: 'organizer_organization_id', type: 'uuid', nullable: true })
  organizerOrganizationId: string | null;

  @ManyToOne('Organization', { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'organizer_organization_id',
    foreignKeyConstraintName: 'honor_campaign_organizer_fkey',
  })
  organizerOrganization?: Organization;

  @Column({ name: 'organizer_name', type: 'text' })
  organizerName: string;

  @Column({ name: 'nominations_open', type: 'date' })
  nominationsOpen: string;

  @Column({ name: 'nominations_close', type: 'date' })
  nominationsClose: string;

  @Column({ name: 'ceremony_date', type: 'date', nullable: true })
  ceremonyDate: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  categories: string[];

  @Column({ name: 'prize_levels', type: 'jsonb', default: () => "'[]'" })
  prizeLevels: PrizeLevel[];

  /** In order: the first round reviews the nominations, each next one the previous one's passes. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  rounds: CampaignRound[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  criteria: Criterion[];

  /** How the review rounds' sheets are aggregated (campaign-scoring.ts); null until defined. */
  @Column({ type: 'jsonb', nullable: true })
  scoring: ScoringDefinition | null;

  /** Whether a person may nominate themself (issue 13: "by the person, where the campaign allows"). */
  @Column({ name: 'allows_self_nomination', type: 'boolean', default: false })
  allowsSelfNomination: boolean;

  @Column({ type: 'text' })
  state: CampaignState;

  /** The round under review while in_review (1 first); the last round once decided. */
  @Column({ name: 'current_round', type: 'smallint', nullable: true })
  currentRound: number | null;

  /** The decision that awards the results (its number and date), recorded when decided. */
  @Column({ name: 'decision_number', type: 'text', nullable: true })
  decisionNumber: string | null;

  @Column({ name: 'decision_date', type: 'date', nullable: true })
  decisionDate: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** The campaign's last review round (1 first); a campaign without rounds set up reviews in one. */
export function finalRoundOf(campaign: Pick<HonorCampaign, 'rounds'>): number {
  return Math.max(1, campaign.rounds.length);
}
