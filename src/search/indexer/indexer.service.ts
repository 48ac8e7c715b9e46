import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { DocumentSource } from '../document/document-source';
import { IndexLifecycle } from '../index/index-lifecycle.service';
import { lockAggregates } from '../index/index-locks';
import { SearchIndex, SearchUnavailableError } from '../index/search-index';
import { OutboxListener } from '../../platform/outbox/outbox-listener';
import { SerialRunner, WakeablePause } from '../../platform/workers/wakeable-pause';
import { ClaimedEvent, OutboxQueue } from '../../platform/outbox/outbox-queue';
import { affectedIntellectuals } from './affected-documents';

/**
 * How the indexer paces itself. A commit that enqueues outbox rows wakes it at once (NOTIFY, see
 * OutboxListener); the idle poll is the fallback when the listener is disconnected or rows become due
 * later (retries). A change is searchable after about Meilisearch's own indexing time.
 */
export const INDEXER_TIMING = {
  /**
   * Meilisearch costs per task: importing 50k rows into 10k profiles, 2,000 made them searchable in
   * 27 s with 16 s of Meilisearch CPU, against 37 s and 25 s with 1,000; 5,000 was no better.
   */
  batchSize: 2_000,
  idlePollMs: 250,
  /** After a NOTIFY, wait this long for more commits to index them together. */
  notifyDelayMs: 50,
  /** While Meilisearch is down the pause doubles from idlePollMs up to this. */
  maxOutagePauseMs: 2_000,
};

/**
 * Consumes the outbox: claims due rows of the aggregates search shows, works out which intellectuals
 * each change affects (affected-documents.ts), re-reads them and upserts or deletes their documents
 * in one batch. Runs in every instance; SKIP LOCKED and per-aggregate locks let the
 * instances share the work. Delivery is at least once, and writes are idempotent.
 */
@Injectable()
export class IndexerService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(IndexerService.name);
  private running = false;
  private loop?: Promise<void>;
  private readonly idleWait = new WakeablePause();
  /** Set by a notification (which may arrive while a batch runs): the loop goes again after notifyDelayMs. */
  private woken = false;
  private idle = false;
  private wakeTimer?: NodeJS.Timeout;
  private readonly listener: OutboxListener;
  /** Batches of this instance run one at a time: the loop and drain() share it. */
  private readonly batches = new SerialRunner();
  private indexCurrent = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxQueue,
    private readonly documents: DocumentSource,
    private readonly index: SearchIndex,
    private readonly lifecycle: IndexLifecycle,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.listener = new OutboxListener(config.databaseUrl, () => {
      this.woken = true;
      // Only an idle pause is cut short (while Meilisearch is down the backoff stands), and only after
      // notifyDelayMs, so a burst of commits becomes one Meilisearch task rather than one each.
      if (this.idle && !this.wakeTimer) {
        this.wakeTimer = setTimeout(() => {
          this.wakeTimer = undefined;
          this.idleWait.wake();
        }, INDEXER_TIMING.notifyDelayMs);
      }
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    // Meilisearch being down must not stop the API from starting: the loop tries again.
    await this.ensureIndex().catch((error: unknown) =>
      this.logger.warn(`Search index not checked at start: ${String(error)}`),
    );
    this.running = true;
    await this.listener.start();
    this.loop = this.run();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.running = false;
    clearTimeout(this.wakeTimer);
    await this.listener.stop();
    this.idleWait.wake();
    await this.loop;
  }

  /** Processes due outbox rows until none is left; throws when Meilisearch is unavailable. */
  async drain(): Promise<void> {
    await this.ensureIndex();
    while ((await this.batches.run(() => this.processBatch())) > 0);
  }

  private async run(): Promise<void> {
    let pause = INDEXER_TIMING.idlePollMs;
    while (this.running) {
      try {
        await this.ensureIndex();
        this.woken = false;
        const claimed = await this.batches.run(() => this.processBatch());
        pause = INDEXER_TIMING.idlePollMs;
        if (claimed > 0) continue;
      } catch (error) {
        if (error instanceof SearchUnavailableError) {
          pause = Math.min(pause * 2, INDEXER_TIMING.maxOutagePauseMs);
        } else {
          this.logger.error(`Indexer batch failed: ${error instanceof Error ? error.stack : String(error)}`);
        }
      }
      const idle = pause === INDEXER_TIMING.idlePollMs;
      if (idle && this.woken) {
        // Notified while a batch ran: go again after the same short delay.
        await this.idleWait.wait(INDEXER_TIMING.notifyDelayMs);
      } else {
        this.idle = idle;
        await this.idleWait.wait(pause);
        this.idle = false;
      }
    }
  }

  private async ensureIndex(): Promise<void> {
    if (this.indexCurrent) return;
    await this.lifecycle.ensureCurrent();
    this.indexCurrent = true;
  }

  /** One batch in one transaction: the claimed rows stay locked until Meilisearch applied them. */
  private async processBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const events = await this.outbox.claim(manager, 'search', INDEXER_TIMING.batchSize);
      if (events.length === 0) return 0;
      const affected = await affectedIntellectuals(manager, events);
      const ids = [...new Set(affected.flat())];
      await lockAggregates(manager, ids);
      const targets = await this.lifecycle.writeTargets(manager);
      try {
        await this.apply(manager, ids, targets);
        await this.outbox.complete(
          manager,
          events.map((event) => event.id),
        );
      } catch (error) {
        // An outage is nobody's fault: roll back and leave the rows due. Otherwise find the culprits.
        if (error instanceof SearchUnavailableError) throw error;
        await this.isolateFailures(manager, events, affected, targets);
      }
      return events.length;
    });
  }

  /** After a failed batch, each changed aggregate alone: the good ones are indexed, the bad ones retried later. */
  private async isolateFailures(
    manager: EntityManager,
    events: ClaimedEvent[],
    affected: string[][],
    targets: string[],
  ): Promise<void> {
    const changes = new Map<string, { eventIds: string[]; ids: Set<string> }>();
    events.forEach((event, i) => {
      const key = `${event.aggregateType}:${event.aggregateId}`;
      const change = changes.get(key) ?? { eventIds: [], ids: new Set<string>() };
      change.eventIds.push(event.id);
      for (const id of affected[i]) change.ids.add(id);
      changes.set(key, change);
    });
    for (const [key, { eventIds, ids }] of changes) {
      try {
        await this.apply(manager, [...ids], targets);
        await this.outbox.complete(manager, eventIds);
      } catch (error) {
        if (error instanceof SearchUnavailableError) throw error;
        this.logger.warn(`Indexing after ${key} failed: ${String(error)}`);
        await this.outbox.fail(manager, eventIds, String(error));
      }
    }
  }

  private async apply(manager: EntityManager, ids: string[], targets: string[]): Promise<void> {
    const { upserts, deletions } = await this.documents.load(manager, ids);
    await this.index.write(targets, upserts, deletions);
  }
}
