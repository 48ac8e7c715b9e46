import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { OutboxListener } from '../outbox/outbox-listener';
import { MAIL_CHANNEL } from './mail-outbox';
import { ClaimedMail, MailQueue } from './mail-queue';
import { MailTransport, SendFailure } from './mail-transport';
import { retryDelayMs } from './retry-delay';
import { isMailTemplateName, MailMessage } from './templates/mail-templates';
import { renderMail } from './templates/render-mail';
import { WakeablePause } from '../workers/wakeable-pause';

export const MAIL_WORKER_TIMING = {
  /** Messages claimed at once; they go out in parallel over the transport's pooled connections. */
  batchSize: 10,
  /** Also how soon a retry that became due is noticed. */
  idlePollMs: 1_000,
  /** A claimed message is due again after this if its sender never reported back (it crashed). */
  leaseMs: 5 * 60_000,
  /** Sent messages are kept this long (who was written to, when), then deleted. */
  keepSentDays: 90,
  pruneEveryMs: 60 * 60_000,
};

/**
 * Sends the mail outbox: claims due messages, renders and sends each, then marks it sent, retries it
 * later (SMTP down, 4xx: exponential backoff with jitter, without end, so nothing is lost), or marks
 * it failed (5xx, or a template that cannot render it). Runs in every instance that has an SMTP
 * server; SKIP LOCKED claims let instances share the work. A commit that enqueues mail wakes it at
 * once (NOTIFY on mail_outbox).
 */
@Injectable()
export class MailWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(MailWorker.name);
  private readonly listener: OutboxListener;
  private running = false;
  private loop?: Promise<void>;
  private readonly idleWait = new WakeablePause();
  private woken = false;
  private prunedAt = 0;

  constructor(
    private readonly queue: MailQueue,
    private readonly transport: MailTransport,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.listener = new OutboxListener(
      config.databaseUrl,
      () => {
        this.woken = true;
        this.idleWait.wake();
      },
      MAIL_CHANNEL,
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.transport.configured) {
      this.logger.log(
        'No SMTP server for this process: mail waits in the outbox for an instance that has one',
      );
      return;
    }
    this.running = true;
    await this.listener.start();
    this.loop = this.run();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.running = false;
    await this.listener.stop();
    this.idleWait.wake();
    await this.loop;
  }

  private async run(): Promise<void> {
    while (this.running) {
      this.woken = false;
      let claimed = 0;
      try {
        claimed = await this.deliverBatch();
        await this.pruneWhenDue();
      } catch (error) {
        // PostgreSQL unreachable: the messages are safe in it; try again at the next poll.
        this.logger.warn(`Mail batch failed: ${error instanceof Error ? error.message : String(error)}`);
      }
      if (claimed > 0 || this.woken) continue;
      await this.idleWait.wait(MAIL_WORKER_TIMING.idlePollMs);
    }
  }

  private async deliverBatch(): Promise<number> {
    const batch = await this.queue.claim(MAIL_WORKER_TIMING.batchSize, MAIL_WORKER_TIMING.leaseMs);
    const outcomes = await Promise.allSettled(batch.map((mail) => this.deliver(mail)));
    for (const outcome of outcomes) {
      // Not recorded (PostgreSQL went away): the lease makes the message due again, at least once.
      if (outcome.status === 'rejected')
        this.logger.warn(`Mail outcome not recorded: ${String(outcome.reason)}`);
    }
    return batch.length;
  }

  private async pruneWhenDue(): Promise<void> {
    if (Date.now() - this.prunedAt < MAIL_WORKER_TIMING.pruneEveryMs) return;
    const pruned = await this.queue.pruneSent(MAIL_WORKER_TIMING.keepSentDays);
    this.prunedAt = Date.now();
    if (pruned > 0)
      this.logger.log(`Deleted ${pruned} sent messages older than ${MAIL_WORKER_TIMING.keepSentDays} days`);
  }

  private async deliver(mail: ClaimedMail): Promise<void> {
    let rendered;
    try {
      if (!isMailTemplateName(mail.template)) throw new Error(`Unknown mail template ${mail.template}`);
      // Stored data matched the template's type when it was enqueued; strict rendering checks it again.
      rendered = renderMail(mail as unknown as MailMessage);
    } catch (error) {
      this.logger.error(`Mail ${mail.id} cannot be rendered: ${String(error)}`);
      return this.queue.markFailed(mail.id, `Not rendered: ${String(error)}`);
    }
    try {
      const messageId = await this.transport.send(mail.id, mail.to, rendered);
      await this.queue.markSent(mail.id, messageId);
    } catch (error) {
      if (!(error instanceof SendFailure)) throw error;
      if (error.permanent) {
        this.logger.warn(`Mail ${mail.id} refused by the SMTP server: ${error.message}`);
        return this.queue.markFailed(mail.id, error.message);
      }
      const delay = retryDelayMs(mail.attempts, this.config.mail.retry);
      this.logger.warn(
        `Mail ${mail.id} not sent (attempt ${mail.attempts}), retry in ${Math.round(delay / 1000)} s: ${error.message}`,
      );
      await this.queue.retryLater(mail.id, error.message, delay);
    }
  }
}
