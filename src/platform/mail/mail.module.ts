import { Module } from '@nestjs/common';
import { MailOutbox } from './mail-outbox';
import { MailQueue } from './mail-queue';
import { MailTransport } from './mail-transport';
import { MailWorker } from './mail-worker.service';

/** Outgoing mail: MailOutbox for the modules that send, MailQueue and MailTransport for /health. */
@Module({
  providers: [MailOutbox, MailQueue, MailTransport, MailWorker],
  exports: [MailOutbox, MailQueue, MailTransport],
})
export class MailModule {}
