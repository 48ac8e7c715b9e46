import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Account } from '../../accounts';
import type { Organization } from '../../catalog';
import type { PanelRole } from '../panel/panel-rules';
import type { RequestState } from './request-states';
import type { ReviewRequestDrafter } from './review-request-drafter.entity';

export const REQUEST_KINDS = ['consulting', 'critique', 'social_assessment', 'task_order'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

/** Vietnamese names of the kinds: tư vấn, phản biện, giám định xã hội, đặt hàng nhiệm vụ. */
export const REQUEST_KIND_NAMES_VI: Readonly<Record<RequestKind, string>> = {
  consulting: 'Tư vấn',
  critique: 'Phản biện',
  social_assessment: 'Giám định xã hội',
  task_order: 'Đặt hàng nhiệm vụ',
};

/**
 * An agency's request for consulting, critique or social assessment of a proposal (or a task order),
 * followed through its states (request-states.ts). `version` is the ETag: every write, transitions
 * included, checks and bumps it.
 */
@Entity('review_request')
@Index('review_request_organization_idx', ['requestingOrganizationId'])
@Index('review_request_state_idx', ['state'])
export class ReviewRequest {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'review_request_pkey' })
  id: string;

  @Column({ type: 'text' })
  kind: RequestKind;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  summary: string;

  /** Up to 200,000 characters, NFC; uploaded documents add their extracted text next to it. */
  @Column({ name: 'proposal_text', type: 'text', nullable: true })
  proposalText: string | null;

  /** S&T field codes of the catalog `fields`. */
  @Column({ name: 'field_codes', type: 'text', array: true, default: () => "'{}'" })
  fieldCodes: string[];

  @Column({ name: 'requesting_organization_id', type: 'uuid' })
  requestingOrganizationId: string;

  @ManyToOne('Organization', { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'requesting_organization_id',
    foreignKeyConstraintName: 'review_request_organization_fkey',
  })
  requestingOrganization?: Organization;

  @Column({ name: 'panel_size_min', type: 'integer' })
  panelSizeMin: number;

  @Column({ name: 'panel_size_max', type: 'integer' })
  panelSizeMax: number;

  /** Wanted members per role; chair and secretary are always exactly one. */
  @Column({ name: 'roles_wanted', type: 'jsonb' })
  rolesWanted: Partial<Record<PanelRole, number>>;

  /** Whether the report names who wrote each opinion (false: anonymous). */
  @Column({ name: 'opinions_attributed', type: 'boolean' })
  opinionsAttributed: boolean;

  /** Whether members see each other's opinions. */
  @Column({ name: 'opinions_visible_to_members', type: 'boolean' })
  opinionsVisibleToMembers: boolean;

  /** YYYY-MM-DD: when the agency needs the panel's report. */
  @Column({ type: 'date' })
  deadline: string;

  @Column({ type: 'text' })
  state: RequestState;

  /** Why association staff declined it (state `declined`). */
  @Column({ name: 'decline_reason', type: 'text', nullable: true })
  declineReason: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @ManyToOne('Account', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'review_request_created_by_fkey' })
  creator?: Account;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @OneToMany('ReviewRequestDrafter', (drafter: ReviewRequestDrafter) => drafter.request)
  drafters?: ReviewRequestDrafter[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
