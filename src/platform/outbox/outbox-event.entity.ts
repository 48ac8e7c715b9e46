import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { OutboxConsumer } from './outbox-consumers';

/**
 * A change other parts of the system must react to, written in the same transaction as the change
 * itself. Carries the aggregate's type and id only: the type is the producer's own name
 * (`intellectual`, `organization`…), and consumers re-read current rows, so delivery can be at least
 * once. What a change affects is the consumer's business, not the producer's.
 */
@Entity('outbox_event')
@Index('outbox_event_pending_idx', ['consumer', 'availableAt'], { where: 'parked_at IS NULL' })
export class OutboxEvent {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  /** Who processes this row (outbox-consumers.ts): each consumer has its own copy of a change. */
  @Column({ type: 'text' })
  consumer: OutboxConsumer;

  @Column({ name: 'aggregate_type', type: 'text' })
  aggregateType: string;

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
