import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { createTransport } from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer';
import addressparser from 'nodemailer/lib/addressparser';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { RenderedMail } from './templates/render-mail';

/** How long one SMTP step may take before the attempt counts as failed and is retried later. */
export const SMTP_TIMEOUTS = {
  connectionTimeout: 5_000,
  greetingTimeout: 5_000,
  socketTimeout: 15_000,
  dnsTimeout: 5_000,
};
/** How long /health trusts its last look at the SMTP server. */
const VERIFY_CACHE_MS = 10_000;

/** Why sending failed, and whether trying again can help. */
export class SendFailure extends Error {
  constructor(
    message: string,
    /** The server refused for good (5xx): the same message will be refused again. */
    readonly permanent: boolean,
  ) {
    super(message);
  }
}

/**
 * The one nodemailer transport of this instance: pooled connections to SMTP_URL (or the local sink),
 * none when this process sends no mail.
 */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private readonly transport?: Mail;
  private readonly from: string;
  private readonly messageIdDomain: string;
  private lastVerify?: { at: number; up: Promise<boolean> };

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.from = config.mail.from;
    const [sender] = addressparser(config.mail.from, { flatten: true });
    this.messageIdDomain = sender?.address.split('@')[1] ?? 'localhost';
    if (config.mail.smtpUrl) {
      this.transport = createTransport({
        url: config.mail.smtpUrl,
        pool: true,
        maxConnections: 3,
        ...SMTP_TIMEOUTS,
      });
    }
  }

  get configured(): boolean {
    return this.transport !== undefined;
  }

  /** Sends one message with the Message-ID derived from its outbox id; throws a SendFailure. */
  async send(outboxId: string, to: string, mail: RenderedMail): Promise<string> {
    if (!this.transport) throw new SendFailure('No SMTP server is configured', false);
    const messageId = `<${outboxId}@${this.messageIdDomain}>`;
    try {
      await this.transport.sendMail({
        from: this.from,
        to,
        subject: mail.subject,
        html: mail.html,
        text: mail.text,
        messageId,
        headers: { 'Auto-Submitted': 'auto-generated' },
      });
    } catch (error) {
      const responseCode = (error as { responseCode?: unknown }).responseCode;
      const permanent = typeof responseCode === 'number' && responseCode >= 500 && responseCode < 600;
      // no answer at all (refused, timed out): /health need not ask again to know it is down
      if (typeof responseCode !== 'number') this.lastVerify = { at: Date.now(), up: Promise.resolve(false) };
      throw new SendFailure(error instanceof Error ? error.message : String(error), permanent);
    }
    this.lastVerify = { at: Date.now(), up: Promise.resolve(true) };
    return messageId;
  }

  /** Whether the SMTP server answers a greeting; remembered for a few seconds (/health is public). */
  async reachable(): Promise<boolean> {
    if (!this.transport) return false;
    if (!this.lastVerify || Date.now() - this.lastVerify.at > VERIFY_CACHE_MS) {
      this.lastVerify = {
        at: Date.now(),
        up: this.transport.verify().then(
          () => true,
          () => false,
        ),
      };
    }
    return this.lastVerify.up;
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
