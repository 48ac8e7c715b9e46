import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Account } from '../../accounts';
import type { RequestState } from './request-states';
import { ReviewRequest } from './review-request.entity';

/**
 * One step of a request's timeline, which the agency and staff read: its creation (from null) and
 * every transition, with who made it and why. The audit log holds the same facts for auditors.
 */
@Entity('review_request_event')
@Index('review_request_event_request_idx', ['reviewRequestId', 'at'])
export class ReviewRequestEvent {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'review_request_event_pkey' })
  id: string;

  @Column({ name: 'review_request_id', type: 'uuid' })
  reviewRequestId: string;

  @ManyToOne(() => ReviewRequest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'review_request_id', foreignKeyConstraintName: 'review_request_event_request_fkey' })
  request?: ReviewRequest;

  /** null for the request's creation. */
  @Column({ name: 'from_state', type: 'text', nullable: true })
  fromState: RequestState | null;

  @Column({ name: 'to_state', type: 'text' })
  toState: RequestState;

  @Column({ name: 'actor_account_id', type: 'uuid', nullable: true })
  actorAccountId: string | null;

  @ManyToOne('Account', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_account_id', foreignKeyConstraintName: 'review_request_event_actor_fkey' })
  actor?: Account;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  /** The clock's time, not the transaction's, so that steps of one transaction keep their order. */
  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  at: Date;
}
