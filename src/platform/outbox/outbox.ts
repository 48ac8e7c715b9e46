import { EntityManager } from 'typeorm';
import { insertMany } from '../database/insert-many';
import { OutboxEvent } from './outbox-event.entity';
import { consumersOf } from './outbox-consumers';
import { OUTBOX_CHANNEL } from './outbox-listener';

/**
 * Records that these aggregates changed; call inside the transaction that changed them. The type is
 * the producer's own aggregate name; consumers decide what the change affects. One row per consumer
 * of the type (outbox-consumers.ts).
 */
export async function enqueueOutbox(
  manager: EntityManager,
  aggregateType: string,
  ids: string[],
): Promise<void> {
  const consumers = consumersOf(aggregateType);
  if (ids.length === 0 || consumers.length === 0) return;
  await insertMany(
    manager,
    OutboxEvent,
    consumers.flatMap((consumer) =>
      [...new Set(ids)].map((aggregateId) => ({ consumer, aggregateType, aggregateId })),
    ),
  );
  // Wakes the consumers (OutboxListener). PostgreSQL delivers it only when this transaction commits,
  // so a consumer never wakes for rows it cannot see yet; it also folds repeats within a transaction.
  await manager.query(`SELECT pg_notify($1, '')`, [OUTBOX_CHANNEL]);
}
