import { randomUUID } from 'node:crypto';

const KEY = /^[0-9a-f]{2}\/[0-9a-f-]{36}$/;

/** A new key: a random UUID under a two-character prefix, so no directory grows past 256 entries per level. */
export function newStorageKey(): string {
  const id = randomUUID();
  return `${id.slice(0, 2)}/${id}`;
}

/** Keys come from our own rows; refusing anything else keeps a bad key from naming another path. */
export function assertStorageKey(key: string): void {
  if (!KEY.test(key)) throw new Error(`Not a storage key: ${JSON.stringify(key)}`);
}
