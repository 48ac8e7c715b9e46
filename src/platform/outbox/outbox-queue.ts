import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { OutboxConsumer } from './outbox-consumers';

export interface ClaimedEvent {
  id: string;
  aggregateType: string;
  aggregateId: string;
}

export interface OutboxStats {
  backlog: number;
  oldestPendingSeconds: number | null;
  parked: number;
}

/** After this many failed attempts a row is parked: kept for admins, no longer retried by itself. */
export const MAX_ATTEMPTS = 8;
const MAX_BACKOFF_SECONDS = 300;

/** The outbox_event table as a work queue (SELECT … FOR UPDATE SKIP LOCKED lets instances share it). */
@Injectable()
export class OutboxQueue {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Locks up to `limit` of the consumer's due rows until the transaction ends; rows other instances
   * hold are skipped.
   */
  async claim(manager: EntityManager, consumer: OutboxConsumer, limit: number): Promise<ClaimedEvent[]> {
    return manager.query<ClaimedEvent[]>(
      `SELECT id, aggregate_type AS "aggregateType", aggregate_id AS "aggregateId" FROM outbox_event
       WHERE consumer = $2 AND parked_at IS NULL AND available_at <= now()
       ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
      [limit, consumer],
    );
  }

  async complete(manager: EntityManager, eventIds: string[]): Promise<void> {
    await manager.query(`DELETE FROM outbox_event WHERE id = ANY($1::bigint[])`, [eventIds]);
  }

  /** Retries with exponential backoff (2^attempts s, at most 5 min), parks after MAX_ATTEMPTS. */
  async fail(manager: EntityManager, eventIds: string[], error: string): Promise<void> {
    await manager.query(
      `UPDATE outbox_event SET
         attempts = attempts + 1,
         last_error = $2,
         available_at = now() + make_interval(secs => least(power(2, attempts + 1), $3)),
         parked_at = CASE WHEN attempts + 1 >= $4 THEN now() END
       WHERE id = ANY($1::bigint[])`,
      [eventIds, error.slice(0, 2000), MAX_BACKOFF_SECONDS, MAX_ATTEMPTS],
    );
  }

  /** A consumer's rebuild started at `time` re-read everything, so its rows parked before then are settled. */
  async clearParkedBefore(consumer: OutboxConsumer, time: Date): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM outbox_event WHERE consumer = $1 AND parked_at IS NOT NULL AND created_at < $2`,
      [consumer, time],
    );
  }

  async stats(consumer: OutboxConsumer): Promise<OutboxStats> {
    const [row] = await this.dataSource.query<
      Array<{ backlog: string; parked: string; oldest: string | null }>
    >(
      `SELECT count(*) FILTER (WHERE parked_at IS NULL) AS backlog,
              count(*) FILTER (WHERE parked_at IS NOT NULL) AS parked,
              extract(epoch FROM now() - min(created_at) FILTER (WHERE parked_at IS NULL)) AS oldest
       FROM outbox_event WHERE consumer = $1`,
      [consumer],
    );
    return {
      backlog: Number(row.backlog),
      parked: Number(row.parked),
      oldestPendingSeconds: row.oldest === null ? null : Math.round(Number(row.oldest)),
    };
  }
}
