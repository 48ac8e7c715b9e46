import { EntityManager } from 'typeorm';

type Reads<T extends readonly unknown[]> = { readonly [K in keyof T]: () => Promise<T[K]> };

/**
 * Independent reads on `manager`: at the same time on the pool (each takes a connection of its own),
 * one after another inside a transaction, whose single connection cannot run two queries at once (pg
 * queues them today with a deprecation warning; pg 9 refuses them).
 */
export async function readTogether<T extends readonly unknown[]>(
  manager: EntityManager,
  reads: Reads<T>,
): Promise<T> {
  if (!manager.queryRunner) return (await Promise.all(reads.map((read) => read()))) as unknown as T;
  const results: unknown[] = [];
  for (const read of reads) results.push(await read());
  return results as unknown as T;
}
