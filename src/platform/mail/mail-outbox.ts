import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { isEmail } from 'class-validator';
import { EntityManager } from 'typeorm';
import { insertMany } from '../database/insert-many';
import { MailOutboxMessage } from './mail-outbox-message.entity';
import { MAIL_LOCALES } from './templates/mail-template';
import { isMailTemplateName, MailMessage } from './templates/mail-templates';
import { renderMail } from './templates/render-mail';

/** The channel enqueue notifies; PostgreSQL delivers it when the enqueuing transaction commits. */
export const MAIL_CHANNEL = 'mail_outbox';

/**
 * Whether mail can be addressed to this: one plain address, at most 254 characters. Callers check
 * their recipients with it first and answer with their own 4xx naming their field.
 */
export function isDeliverableAddress(address: string): boolean {
  return address.length <= 254 && isEmail(address);
}

/** Puts mail in the outbox (mail_outbox); MailWorker sends it after the caller's transaction commits. */
@Injectable()
export class MailOutbox {
  /**
   * Call inside the transaction of the change the message tells about: rolled back, nothing is sent;
   * committed, it is sent at least once. Renders the message once here, so a missing field fails the
   * caller's transaction instead of the delivery. Returns the message's id. Throws (a bug in the
   * caller) for an address isDeliverableAddress refuses, or an unknown template or locale.
   */
  async enqueue(manager: EntityManager, message: MailMessage): Promise<string> {
    const to = message.to.trim();
    // Programming errors, not user input: the types say so, and callers check addresses beforehand.
    if (!isDeliverableAddress(to)) throw new Error(`Not a mail address: ${JSON.stringify(to)}`);
    if (!isMailTemplateName(message.template))
      throw new Error(`Unknown mail template ${String(message.template)}`);
    if (!MAIL_LOCALES.includes(message.locale))
      throw new Error(`Unknown mail locale ${String(message.locale)}`);
    renderMail(message);
    const id = randomUUID();
    await insertMany(manager, MailOutboxMessage, [
      { id, to, locale: message.locale, template: message.template, data: { ...message.data } },
    ]);
    await manager.query(`SELECT pg_notify($1, '')`, [MAIL_CHANNEL]);
    return id;
  }
}
