import { EntityManager, QueryRunner } from 'typeorm';

/**
 * PostgreSQL advisory locks that keep index writers of every instance in step. Each namespace is the
 * first key of pg_advisory_lock(int, int); the second is a hash of the aggregate id or index name.
 */
const AGGREGATE = 0x5ea4c401;
const SWAP = 0x5ea4c402;
const REBUILD = 0x5ea4c403;

/**
 * Serialises index writes per intellectual until the transaction ends: whoever holds the lock reads
 * the current row and waits for Meilisearch to apply it, so an older read can never overwrite a newer
 * one. Keys are taken in sorted order, so two writers cannot deadlock.
 */
export async function lockAggregates(manager: EntityManager, ids: string[]): Promise<void> {
  await manager.query(
    `SELECT pg_advisory_xact_lock($1, k) FROM (SELECT DISTINCT hashtext(id) AS k FROM unnest($2::text[]) AS id ORDER BY k) AS keys`,
    [AGGREGATE, ids],
  );
}

/** Shared by index writers, exclusive for the swap at the end of a rebuild (so no write is lost across it). */
export async function lockSwap(
  manager: EntityManager,
  liveUid: string,
  mode: 'shared' | 'exclusive',
): Promise<void> {
  const fn = mode === 'shared' ? 'pg_advisory_xact_lock_shared' : 'pg_advisory_xact_lock';
  await manager.query(`SELECT ${fn}($1, hashtext($2))`, [SWAP, liveUid]);
}

/** One rebuild at a time across instances; held on a dedicated connection for the rebuild's duration. */
export async function lockRebuild(runner: QueryRunner, liveUid: string, wait: boolean): Promise<boolean> {
  if (wait) {
    await runner.query(`SELECT pg_advisory_lock($1, hashtext($2))`, [REBUILD, liveUid]);
    return true;
  }
  const [{ locked }] = (await runner.query(`SELECT pg_try_advisory_lock($1, hashtext($2)) AS locked`, [
    REBUILD,
    liveUid,
  ])) as Array<{ locked: boolean }>;
  return locked;
}

export async function unlockRebuild(runner: QueryRunner, liveUid: string): Promise<void> {
  await runner.query(`SELECT pg_advisory_unlock($1, hashtext($2))`, [REBUILD, liveUid]);
}
