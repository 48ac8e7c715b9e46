/**
 * The profile's part of the conflict flow: which history events are the other change. The diff and
 * the reapply are the shared ones (../edit-session/merge).
 */

/** One history event as GET /intellectuals/{id}/history answers it (only what the flow reads). */
export interface HistoryEventLike {
  at: string;
  action: string;
  changes: Readonly<Record<string, unknown>>;
}

/** Events that changed the profile; audited reads (of restricted facts) change nothing. */
export function changesOnly<E extends HistoryEventLike>(events: readonly E[]): E[] {
  return events.filter((event) => Object.keys(event.changes).length > 0);
}

/**
 * The changes written after the version the user started from (its `updatedAt`, which is the time of
 * the write that made it), newest first as the history answers them.
 */
export function eventsSince<E extends HistoryEventLike>(events: readonly E[], since: string): E[] {
  const start = Date.parse(since);
  return changesOnly(events).filter((event) => Date.parse(event.at) > start);
}
