import { AsyncLocalStorage } from 'node:async_hooks';
import { EntitySubscriberInterface, EventSubscriber } from 'typeorm';

/** What one HTTP request has done to the database so far. */
interface RequestTransactions {
  committed: boolean;
}

const current = new AsyncLocalStorage<RequestTransactions>();

/** Runs `next` (the rest of one request's handling) with its own record of commits. */
export function trackRequestTransactions(next: () => void): void {
  current.run({ committed: false }, next);
}

/** Whether the request being handled has committed a transaction (its change is saved). */
export function requestCommitted(): boolean {
  return current.getStore()?.committed ?? false;
}

/** Notes every commit in the request it happens for, so an error after it is not taken for "nothing saved". */
@EventSubscriber()
export class CommitTracker implements EntitySubscriberInterface {
  afterTransactionCommit(): void {
    const store = current.getStore();
    if (store) store.committed = true;
  }
}
