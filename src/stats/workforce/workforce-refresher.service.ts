import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { OutboxListener } from '../../platform/outbox/outbox-listener';
import { ClaimedEvent, OutboxQueue } from '../../platform/outbox/outbox-queue';
import { SerialRunner, WakeablePause } from '../../platform/workers/wakeable-pause';
import { refreshWorkforceFacts } from './workforce-facts';

const BATCH_SIZE = 2_000;
/** The fallback when the listener is disconnected or rows become due later (retries). */
const IDLE_POLL_MS = 1_000;

/**
 * The outbox's `workforce` consumer: keeps workforce_fact current with every profile change, in
 * batches, one transaction each. Runs in every instance (SKIP LOCKED shares the rows; a person's
 * single open row is a unique index, so two instances racing on one person fail one batch, which
 * is retried). Delivery is at least once and the refresh idempotent.
 */
@Injectable()
export class WorkforceRefresher implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(WorkforceRefresher.name);
  private readonly listener: OutboxListener;
  private running = false;
  private loop?: Promise<void>;
  private readonly idleWait = new WakeablePause();
  /** Batches of this instance run one at a time: the loop and drain() share it. */
  private readonly batches = new SerialRunner();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxQueue,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.listener = new OutboxListener(config.databaseUrl, () => this.idleWait.wake());
  }

  async onApplicationBootstrap(): Promise<void> {
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

  /** Processes due rows until none is left (tests, and the demo seed before it reports figures). */
  async drain(): Promise<void> {
    while ((await this.batches.run(() => this.processBatch())) > 0);
  }

  private async run(): Promise<void> {
    while (this.running) {
      try {
        if ((await this.batches.run(() => this.processBatch())) > 0) continue;
      } catch (error) {
        this.logger.error(`Workforce batch failed: ${error instanceof Error ? error.stack : String(error)}`);
      }
      await this.idleWait.wait(IDLE_POLL_MS);
    }
  }

  private async processBatch(): Promise<number> {
    let events: ClaimedEvent[] = [];
    try {
      return await this.dataSource.transaction(async (manager) => {
        events = await this.outbox.claim(manager, 'workforce', BATCH_SIZE);
        if (events.length === 0) return 0;
        await refreshWorkforceFacts(manager, [...new Set(events.map((event) => event.aggregateId))]);
        await this.outbox.complete(
          manager,
          events.map((event) => event.id),
        );
        return events.length;
      });
    } catch (error) {
      if (events.length > 0) {
        await this.dataSource.transaction((manager) =>
          this.outbox.fail(
            manager,
            events.map((event) => event.id),
            String(error),
          ),
        );
      }
      throw error;
    }
  }
}
