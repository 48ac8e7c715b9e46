import { Module } from '@nestjs/common';
import { OutboxQueue } from './outbox-queue';

/** The outbox_event table as a work queue for the modules that consume it. */
@Module({ providers: [OutboxQueue], exports: [OutboxQueue] })
export class OutboxModule {}
