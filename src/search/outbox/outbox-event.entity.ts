import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const AGGREGATE_TYPES = ['intellectual'] as const;
export type AggregateType = (typeof AGGREGATE_TYPES)[number];

/**
 * A change that search must reflect, written in the same transaction as the change itself. Carries
 * the aggregate id only: the indexer re-reads current rows, so delivery can be at least once.
 */
@Entity('outbox_event')
@Index('outbox_event_pending_idx', ['availableAt'], { where: 'parked_at IS NULL' })
export class OutboxEvent {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'aggregate_type', type: 'text' })
  aggregateType: AggregateType;

  @Column({ name: 'aggregate_id', type: 'uuid' })
  aggregateId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** Not processed before this time (retry backoff). */
  @Column({ name: 'available_at', type: 'timestamptz', default: () => 'now()' })
  availableAt: Date;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  /** Set after too many failed attempts; shown to admins, retried only by hand or a reindex. */
  @Column({ name: 'parked_at', type: 'timestamptz', nullable: true })
  parkedAt: Date | null;
}
