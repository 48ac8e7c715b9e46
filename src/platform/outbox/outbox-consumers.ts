/**
 * The outbox's consumers and the aggregate types each reacts to. A change is written as one row per
 * consumer, so each consumer claims, completes, retries and parks its own rows: a search outage does
 * not hold back the statistics, nor the other way round. Names only, so the platform depends on no
 * feature.
 */
export const OUTBOX_CONSUMERS = {
  search: ['intellectual', 'organization'],
  workforce: ['intellectual'],
} as const satisfies Record<string, readonly string[]>;

export type OutboxConsumer = keyof typeof OUTBOX_CONSUMERS;

/** The consumers of one aggregate type. */
export function consumersOf(aggregateType: string): OutboxConsumer[] {
  return (Object.keys(OUTBOX_CONSUMERS) as OutboxConsumer[]).filter((consumer) =>
    (OUTBOX_CONSUMERS[consumer] as readonly string[]).includes(aggregateType),
  );
}
