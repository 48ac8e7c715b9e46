import { EntityManager } from 'typeorm';
import { AggregateType, OutboxEvent } from './outbox-event.entity';

/** Records that search must refresh these aggregates; call inside the transaction that changed them. */
export async function enqueueOutbox(
  manager: EntityManager,
  aggregateType: AggregateType,
  ids: string[],
): Promise<void> {
  if (ids.length === 0) return;
  await manager.insert(
    OutboxEvent,
    [...new Set(ids)].map((aggregateId) => ({ aggregateType, aggregateId })),
  );
}
