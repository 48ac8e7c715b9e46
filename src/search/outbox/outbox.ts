import { EntityManager } from 'typeorm';
import { insertMany } from '../../platform/database/insert-many';
import { OUTBOX_CHANNEL } from '../indexer/outbox-listener';
import { AggregateType, OutboxEvent } from './outbox-event.entity';

/** Records that search must refresh these aggregates; call inside the transaction that changed them. */
export async function enqueueOutbox(
  manager: EntityManager,
  aggregateType: AggregateType,
  ids: string[],
): Promise<void> {
  if (ids.length === 0) return;
  await insertMany(
    manager,
    OutboxEvent,
    [...new Set(ids)].map((aggregateId) => ({ aggregateType, aggregateId })),
  );
  // Wakes the indexers (OutboxListener). PostgreSQL delivers it only when this transaction commits,
  // so an indexer never wakes for rows it cannot see yet; it also folds repeats within a transaction.
  await manager.query(`SELECT pg_notify($1, '')`, [OUTBOX_CHANNEL]);
}
