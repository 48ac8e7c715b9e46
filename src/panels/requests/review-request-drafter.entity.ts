import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Organization } from '../../catalog';
import type { Intellectual } from '../../intellectuals';
import { ReviewRequest } from './review-request.entity';

/**
 * A person who drafted the proposal: a linked profile or a plain name, with their organization when
 * known. The conflict-of-interest rules compare candidates against them.
 */
@Entity('review_request_drafter')
@Index('review_request_drafter_request_idx', ['reviewRequestId'])
export class ReviewRequestDrafter {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'review_request_drafter_pkey' })
  id: string;

  @Column({ name: 'review_request_id', type: 'uuid' })
  reviewRequestId: string;

  @ManyToOne(() => ReviewRequest, (request) => request.drafters, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'review_request_id', foreignKeyConstraintName: 'review_request_drafter_request_fkey' })
  request?: ReviewRequest;

  @Column({ name: 'intellectual_id', type: 'uuid', nullable: true })
  intellectualId: string | null;

  @ManyToOne('Intellectual', { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'intellectual_id',
    foreignKeyConstraintName: 'review_request_drafter_intellectual_fkey',
  })
  intellectual?: Intellectual;

  /** NFC; for a linked profile, its full name when the request was written. */
  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @ManyToOne('Organization', { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'organization_id',
    foreignKeyConstraintName: 'review_request_drafter_organization_fkey',
  })
  organization?: Organization;
}
