import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error';
import { DocumentSource } from '../document/document-source';
import { OutboxQueue } from '../../platform/outbox/outbox-queue';
import { lockAggregates, lockRebuild, lockSwap, unlockRebuild } from './index-locks';
import { IndexSettings, loadIndexSettings } from './index-settings';
import { SearchIndex } from './search-index';
import { SearchIndexState } from './search-index-state.entity';

export interface RebuildResult {
  index: string;
  documents: number;
  settingsHash: string;
  tookMs: number;
}

export type RebuildProgress = (done: number, total: number) => void;

const PAGE_SIZE = 500;

/**
 * Keeps the live index built with the current settings: checks at start, rebuilds into a fresh index
 * and swaps it in atomically, so searches keep working while a rebuild runs.
 */
@Injectable()
export class IndexLifecycle {
  private readonly logger = new Logger(IndexLifecycle.name);
  private readonly settings: IndexSettings = loadIndexSettings('intellectuals');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly index: SearchIndex,
    private readonly documents: DocumentSource,
    private readonly outbox: OutboxQueue,
  ) {}

  /** Rebuilds when the settings changed or the live index is not the one this database built. */
  async ensureCurrent(): Promise<void> {
    if (await this.isCurrent()) return;
    const result = await this.rebuild({ wait: true, onlyIfStale: true });
    if (result)
      this.logger.log(`Built ${result.index}: ${result.documents} documents in ${result.tookMs} ms`);
  }

  /**
   * Builds `<live>_<timestamp>` from PostgreSQL, checks its document count and swaps it in. With
   * `wait: false` a rebuild already running elsewhere answers REBUILD_RUNNING instead of waiting for it.
   */
  async rebuild(options: {
    wait: boolean;
    onlyIfStale?: boolean;
    onProgress?: RebuildProgress;
  }): Promise<RebuildResult | null> {
    const started = new Date();
    const live = this.index.liveUid;
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      if (!(await lockRebuild(runner, live, options.wait))) {
        throw new DomainError('REBUILD_RUNNING', {
          en: 'The search index is being rebuilt already',
          vi: 'Chỉ mục tìm kiếm đang được xây dựng lại',
        });
      }
      try {
        if (options.onlyIfStale && (await this.isCurrent())) return null;
        const leftover = (await this.state()).buildingUid;
        if (leftover) await this.index.drop(leftover);
        const buildUid = this.index.newBuildUid();
        await this.index.create(buildUid, this.settings.settings);
        await this.dataSource.getRepository(SearchIndexState).update(live, { buildingUid: buildUid });
        try {
          const documents = await this.fill(buildUid, options.onProgress);
          await this.checkCount(buildUid);
          await this.swapIn(buildUid);
          await this.outbox.clearParkedBefore('search', started);
          return {
            index: live,
            documents,
            settingsHash: this.settings.hash,
            tookMs: Date.now() - started.getTime(),
          };
        } finally {
          await this.forgetBuild(buildUid);
        }
      } finally {
        await unlockRebuild(runner, live);
      }
    } finally {
      await runner.release();
    }
  }

  /** The indexes a write must reach: the live one, and the one a rebuild is filling. */
  async writeTargets(manager: EntityManager): Promise<string[]> {
    await lockSwap(manager, this.index.liveUid, 'shared');
    const state = await manager.findOneBy(SearchIndexState, { name: this.index.liveUid });
    return state?.buildingUid ? [this.index.liveUid, state.buildingUid] : [this.index.liveUid];
  }

  async state(): Promise<SearchIndexState> {
    const repository = this.dataSource.getRepository(SearchIndexState);
    await repository.createQueryBuilder().insert().values({ name: this.index.liveUid }).orIgnore().execute();
    return repository.findOneByOrFail({ name: this.index.liveUid });
  }

  private async isCurrent(): Promise<boolean> {
    const state = await this.state();
    if (state.settingsHash !== this.settings.hash || !state.indexCreatedAt) return false;
    return state.indexCreatedAt === (await this.index.createdAt(this.index.liveUid));
  }

  /** Pages through PostgreSQL by id; each page holds its rows' locks until Meilisearch applied it. */
  private async fill(buildUid: string, onProgress?: RebuildProgress): Promise<number> {
    const total = await this.documents.countIndexable(this.dataSource.manager);
    let after: string | null = null;
    let written = 0;
    for (;;) {
      const ids: string[] = await this.dataSource.transaction(async (manager) => {
        const page = await this.documents.idsAfter(manager, after, PAGE_SIZE);
        await lockAggregates(manager, page);
        const changes = await this.documents.load(manager, page);
        await this.index.write([buildUid], changes.upserts, []);
        written += changes.upserts.length;
        return page;
      });
      if (ids.length === 0) return written;
      after = ids[ids.length - 1];
      onProgress?.(written, Math.max(total, written));
    }
  }

  /** The new index must hold everyone PostgreSQL says belongs there, unless changes are still queued. */
  private async checkCount(buildUid: string): Promise<void> {
    const [indexed, expected, { backlog }] = await Promise.all([
      this.index.documentCount(buildUid),
      this.documents.countIndexable(this.dataSource.manager),
      this.outbox.stats('search'),
    ]);
    if (indexed !== expected && backlog === 0) {
      throw new Error(`Rebuilt index ${buildUid} holds ${indexed} documents, PostgreSQL has ${expected}`);
    }
  }

  /** Swaps under the exclusive swap lock: no indexer batch is half-way between the two indexes. */
  private async swapIn(buildUid: string): Promise<void> {
    const live = this.index.liveUid;
    await this.dataSource.transaction(async (manager) => {
      await lockSwap(manager, live, 'exclusive');
      // A first build is renamed into place: an empty live index made to swap with would meet
      // searches without the settings (filters refused) until the swap ran.
      if ((await this.index.createdAt(live)) === null) await this.index.rename(buildUid, live);
      else await this.index.swap(live, buildUid);
      await manager.update(SearchIndexState, live, {
        settingsHash: this.settings.hash,
        indexCreatedAt: await this.index.createdAt(live),
        buildingUid: null,
      });
    });
  }

  /** After a swap `buildUid` holds the old contents, after a failure a partial build, after a rename nothing. */
  private async forgetBuild(buildUid: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await lockSwap(manager, this.index.liveUid, 'exclusive');
      await manager.update(SearchIndexState, this.index.liveUid, { buildingUid: null });
    });
    await this.index
      .drop(buildUid)
      .catch((error: unknown) => this.logger.warn(`Could not drop ${buildUid}: ${String(error)}`));
  }
}
