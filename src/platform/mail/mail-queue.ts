import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MailLocale } from './templates/mail-template';

export interface ClaimedMail {
  id: string;
  to: string;
  locale: MailLocale;
  template: string;
  data: Record<string, unknown>;
  /** Including the attempt this claim starts. */
  attempts: number;
}

export interface MailStats {
  /** Pending messages, due or waiting for a retry. */
  backlog: number;
  failed: number;
  oldestPendingSeconds: number | null;
}

/**
 * mail_outbox as a work queue. A claim is one statement: it locks due rows with FOR UPDATE SKIP
 * LOCKED (rows another instance is claiming are skipped) and moves their next_attempt_at a lease
 * ahead, so no transaction stays open while SMTP talks, and a message whose sender died is due again
 * when the lease ends (at least once).
 */
@Injectable()
export class MailQueue {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async claim(limit: number, leaseMs: number): Promise<ClaimedMail[]> {
    const [rows] = await this.dataSource.query<[ClaimedMail[], number]>(
      `UPDATE mail_outbox SET attempts = attempts + 1,
              next_attempt_at = now() + make_interval(secs => $2::double precision / 1000)
       WHERE id IN (SELECT id FROM mail_outbox WHERE status = 'pending' AND next_attempt_at <= now()
                    ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED)
       RETURNING id, "to", locale, template, data, attempts`,
      [limit, leaseMs],
    );
    return rows;
  }

  /**
   * A sent message keeps who, what template, when and the SMTP message id; its data goes: it holds
   * the one-time links (action tokens are stored hashed, and the mail must not keep them readable).
   */
  async markSent(id: string, messageId: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE mail_outbox SET status = 'sent', sent_at = now(), message_id = $2, last_error = NULL,
              data = '{}'::jsonb
       WHERE id = $1`,
      [id, messageId],
    );
  }

  /** Deletes sent messages older than `days`; returns how many. */
  async pruneSent(days: number): Promise<number> {
    const [, count] = await this.dataSource.query<[unknown[], number]>(
      `DELETE FROM mail_outbox WHERE status = 'sent' AND sent_at < now() - make_interval(days => $1)`,
      [days],
    );
    return count;
  }

  async retryLater(id: string, error: string, delayMs: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE mail_outbox SET last_error = $2,
              next_attempt_at = now() + make_interval(secs => $3::double precision / 1000)
       WHERE id = $1`,
      [id, error.slice(0, 2000), delayMs],
    );
  }

  async markFailed(id: string, error: string): Promise<void> {
    await this.dataSource.query(`UPDATE mail_outbox SET status = 'failed', last_error = $2 WHERE id = $1`, [
      id,
      error.slice(0, 2000),
    ]);
  }

  async stats(): Promise<MailStats> {
    const [row] = await this.dataSource.query<
      Array<{ backlog: string; failed: string; oldest: string | null }>
    >(
      `SELECT count(*) FILTER (WHERE status = 'pending') AS backlog,
              count(*) FILTER (WHERE status = 'failed') AS failed,
              extract(epoch FROM now() - min(created_at) FILTER (WHERE status = 'pending')) AS oldest
       FROM mail_outbox WHERE status <> 'sent'`,
    );
    return {
      backlog: Number(row.backlog),
      failed: Number(row.failed),
      oldestPendingSeconds: row.oldest === null ? null : Math.round(Number(row.oldest)),
    };
  }
}
