import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, MoreThan } from 'typeorm';
import { IdempotencyKey } from './idempotency-key.entity';

/** How long a key is remembered; a retry comes within minutes, a day is ample. */
export const IDEMPOTENCY_RETENTION_HOURS = 24;
const SWEEP_EVERY_MS = 60 * 60 * 1000;

/** The key of the request being handled, set by the interceptor, until its answer is saved. */
export interface PendingKey {
  accountId: string;
  key: string;
  requestHash: string;
}

export interface SavedAnswer {
  statusCode: number;
  response: object;
  headers: Record<string, string>;
}

const pending = new AsyncLocalStorage<PendingKey>();

/** Saved answers of requests sent with an Idempotency-Key. */
@Injectable()
export class IdempotencyStore implements OnModuleInit, OnModuleDestroy {
  private sweeper?: NodeJS.Timeout;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  onModuleInit(): void {
    this.sweeper = setInterval(() => void this.sweep().catch(() => undefined), SWEEP_EVERY_MS).unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.sweeper);
  }

  /** The answer saved for `key` of this account within the retention, with the hash of its request. */
  async find(accountId: string, key: string): Promise<(SavedAnswer & { requestHash: string }) | null> {
    return this.dataSource.manager.findOne(IdempotencyKey, {
      where: { accountId, key, createdAt: MoreThan(retentionStart()) },
    });
  }

  /** Runs `handle` with `key` pending, so the write it makes can save its answer (see `save`). */
  withPending<T>(key: PendingKey, handle: () => T): T {
    return pending.run(key, handle);
  }

  /**
   * Saves the answer of the pending request in the write's own transaction (a no-op without a key), so
   * the change and its answer are committed together or not at all. A concurrent request with the
   * same key fails on the primary key and is answered from the first one's row.
   */
  async save(manager: EntityManager, answer: SavedAnswer): Promise<void> {
    const key = pending.getStore();
    if (!key) return;
    // an expired row of the same key would block the insert
    await manager
      .createQueryBuilder()
      .delete()
      .from(IdempotencyKey)
      .where('account_id = :accountId AND key = :key AND created_at <= :start', {
        ...keyOf(key),
        start: retentionStart(),
      })
      .execute();
    await manager.insert(IdempotencyKey, { ...key, ...answer });
  }

  /** Forgets keys older than the retention. */
  async sweep(): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .delete()
      .from(IdempotencyKey)
      .where('created_at <= :start', { start: retentionStart() })
      .execute();
  }
}

function keyOf({ accountId, key }: PendingKey) {
  return { accountId, key };
}

function retentionStart(): Date {
  return new Date(Date.now() - IDEMPOTENCY_RETENTION_HOURS * 3600 * 1000);
}
