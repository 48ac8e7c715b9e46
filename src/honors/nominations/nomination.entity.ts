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
import type { Intellectual } from '../../intellectuals';
import type { CriterionOutcome, CriterionResult, HonorCampaign } from '../campaigns';
import type { NominatedBy, NominationState } from './nomination-states';

/** The work or achievements a nomination is for (công trình / cụm công trình, for the award). */
export interface NominatedWork {
  title: string;
  summary: string;
  /** Where in the province it was applied. */
  appliedIn: string | null;
  fromYear: number | null;
  toYear: number | null;
}

/** A signed declaration: who signed which text, and when; never anything about its subject matter. */
export interface SignedDeclaration {
  criterionIndex: number;
  text: string;
  signedAs: 'nominator' | 'nominee';
  signedByAccountId: string;
  signedAt: string;
}

/** Staff's decision on one criterion, replacing its computed outcome (audited). */
export interface CriterionOverride {
  criterionIndex: number;
  outcome: Exclude<CriterionOutcome, 'needs_declaration'>;
  reason: string;
  byAccountId: string;
  at: string;
}

/**
 * A nomination for an honor campaign (issue 13). Eligibility holds the criteria's computed results
 * with the facts they used, as last evaluated; overrides and signatures are kept apart so that a
 * re-evaluation never loses them. `eligible` is the outcome after both, for lists.
 */
@Entity('honor_nomination')
@Index('honor_nomination_campaign_idx', ['campaignId'])
@Index('honor_nomination_nominee_idx', ['nomineeId'])
@Index('honor_nomination_organization_idx', ['nominatorOrganizationId'])
export class HonorNomination {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'honor_nomination_pkey' })
  id: string;

  @Column({ name: 'campaign_id', type: 'uuid' })
  campaignId: string;

  @ManyToOne('HonorCampaign', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'campaign_id', foreignKeyConstraintName: 'honor_nomination_campaign_fkey' })
  campaign?: HonorCampaign;

  @Column({ name: 'nominee_id', type: 'uuid' })
  nomineeId: string;

  @ManyToOne('Intellectual', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'nominee_id', foreignKeyConstraintName: 'honor_nomination_nominee_fkey' })
  nominee?: Intellectual;

  @Column({ name: 'nominated_by', type: 'text' })
  nominatedBy: NominatedBy;

  /** The organization that nominates, for nominatedBy = organization. */
  @Column({ name: 'nominator_organization_id', type: 'uuid', nullable: true })
  nominatorOrganizationId: string | null;

  @ManyToOne('Organization', { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'nominator_organization_id',
    foreignKeyConstraintName: 'honor_nomination_organization_fkey',
  })
  nominatorOrganization?: Organization;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @Column({ type: 'text', nullable: true })
  category: string | null;

  @Column({ type: 'jsonb', nullable: true })
  work: NominatedWork | null;

  /** The work's title folded (NFC, no marks, lower case, single spaces), for catching duplicates. */
  @Column({ name: 'work_title_key', type: 'text', nullable: true })
  workTitleKey: string | null;

  @Column({ name: 'publication_ids', type: 'uuid', array: true, default: () => "'{}'" })
  publicationIds: string[];

  @Column({ name: 'intellectual_property_ids', type: 'uuid', array: true, default: () => "'{}'" })
  intellectualPropertyIds: string[];

  @Column({ name: 'research_project_ids', type: 'uuid', array: true, default: () => "'{}'" })
  researchProjectIds: string[];

  @Column({ type: 'text', default: '' })
  statement: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  declarations: SignedDeclaration[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  overrides: CriterionOverride[];

  @Column({ type: 'jsonb', nullable: true })
  eligibility: CriterionResult[] | null;

  @Column({ type: 'boolean', nullable: true })
  eligible: boolean | null;

  @Column({ name: 'evaluated_at', type: 'timestamptz', nullable: true })
  evaluatedAt: Date | null;

  @Column({ type: 'text' })
  state: NominationState;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  @Column({ name: 'decline_reason', type: 'text', nullable: true })
  declineReason: string | null;

  /** The last review round the nomination is in (1 from the review's start); null: not reviewed. */
  @Column({ name: 'reached_round', type: 'smallint', nullable: true })
  reachedRound: number | null;

  /** The prize level the final round's confirmed result gave it (a campaign's prize level code). */
  @Column({ name: 'prize_level_code', type: 'text', nullable: true })
  prizeLevelCode: string | null;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
