import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { MailLocale } from './templates/mail-template';

export const MAIL_STATUSES = ['pending', 'sent', 'failed'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

/**
 * One message to send, written in the transaction of the change it tells about, so a message exists
 * exactly when the change committed. The worker renders `template` with `data` in `locale` when it
 * sends. `pending` until the SMTP server accepted it (`sent`) or refused it for good (`failed`, a 5xx
 * answer); a pending row is due at `next_attempt_at`, which also leases it to the worker sending it.
 */
@Entity('mail_outbox')
@Index('mail_outbox_due_idx', ['nextAttemptAt'], { where: `status = 'pending'` })
export class MailOutboxMessage {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'mail_outbox_pkey' })
  id: string;

  @Column({ type: 'text' })
  to: string;

  @Column({ type: 'text' })
  locale: MailLocale;

  @Column({ type: 'text' })
  template: string;

  @Column({ type: 'jsonb' })
  data: Record<string, unknown>;

  @Column({ type: 'text', default: 'pending' })
  status: MailStatus;

  /** Sending attempts so far, counted when an attempt starts. */
  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt: Date;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  /** The Message-ID header: the same on every attempt, so a receiver can drop a repeat. */
  @Column({ name: 'message_id', type: 'text', nullable: true })
  messageId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
