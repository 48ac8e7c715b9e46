import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  Meilisearch,
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchRequestTimeOutError,
  type EnqueuedTask,
  type MultiSearchParams,
  type SearchParams,
  type SearchResponse,
  type Settings,
} from 'meilisearch';
import { Agent } from 'undici';
import { DomainError } from '../../common/errors/domain-error';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { MEILI_AGENT } from '../../platform/meilisearch/meilisearch.module';
import { undiciHttpClient } from '../../platform/meilisearch/undici-http-client';
import type { IntellectualDocument } from '../document/intellectual-document';

/**
 * Meilisearch is down, too slow or the index is not built yet. A domain error, so the one exception
 * filter answers it 503 with Retry-After wherever it escapes; `message` keeps the reason for the logs.
 */
export class SearchUnavailableError extends DomainError {
  constructor(reason: string, options?: { cause?: unknown }) {
    super('SERVICE_UNAVAILABLE', {
      en: 'Search is temporarily unavailable; please try again shortly',
      vi: 'Chức năng tìm kiếm tạm thời không khả dụng, vui lòng thử lại sau',
    });
    this.message = reason;
    if (options) this.cause = options.cause;
  }
}

const WRITE_TIMEOUT_MS = 30_000;
const REBUILD_TIMEOUT_MS = 10 * 60_000;
/** Never an intellectual's id (those are random UUIDs): the document that makes the searchable fields known. */
const FIELD_PLACEHOLDER_ID = '00000000-0000-0000-0000-000000000000';

/**
 * The one adapter between the application and Meilisearch: the rest of the code speaks documents,
 * index names and search parameters. Writes use the admin client; searches use a search-only key
 * scoped to this instance's index prefix, so the master key serves index maintenance only.
 */
@Injectable()
export class SearchIndex {
  /** The index searches read; rebuilds fill `<live>_<timestamp>` and swap it in. */
  readonly liveUid: string;
  private searchClient?: Promise<Meilisearch>;

  constructor(
    private readonly admin: Meilisearch,
    @Inject(MEILI_AGENT) private readonly agent: Agent,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.liveUid = `${config.meili.indexPrefix}intellectuals`;
  }

  newBuildUid(): string {
    return `${this.liveUid}_${Date.now()}`;
  }

  /** When the index was created, as Meilisearch reports it; null when it does not exist. */
  async createdAt(uid: string): Promise<string | null> {
    return translate(async () => {
      try {
        return String((await this.admin.getRawIndex(uid)).createdAt);
      } catch (error) {
        if (apiErrorCode(error) === 'index_not_found') return null;
        throw error;
      }
    });
  }

  async create(uid: string, settings: Settings): Promise<void> {
    await translate(async () => {
      await this.wait(await this.admin.createIndex(uid, { primaryKey: 'id' }), REBUILD_TIMEOUT_MS);
      await this.wait(await this.admin.index(uid).updateSettings(settings), REBUILD_TIMEOUT_MS);
      await this.registerFields(uid, settings.searchableAttributes ?? []);
    });
  }

  /**
   * Meilisearch refuses a search naming in attributesToSearchOn a field no document ever had (an empty
   * registry, or nobody with a biography yet), and keeps a field known once one did, even after its
   * document is gone: a placeholder holding every searchable field, added and removed, makes them known.
   */
  private async registerFields(uid: string, fields: string[]): Promise<void> {
    const index = this.admin.index(uid);
    const placeholder = {
      id: FIELD_PLACEHOLDER_ID,
      ...Object.fromEntries(fields.map((name) => [name, null])),
    };
    await this.wait(await index.addDocuments([placeholder]), REBUILD_TIMEOUT_MS);
    await this.wait(await index.deleteDocument(FIELD_PLACEHOLDER_ID), REBUILD_TIMEOUT_MS);
  }

  /** Replaces `upserts` and removes `deletions` in every index named, and waits until applied. */
  async write(uids: string[], upserts: IntellectualDocument[], deletions: string[]): Promise<void> {
    await translate(async () => {
      const tasks: EnqueuedTask[] = [];
      for (const uid of uids) {
        const index = this.admin.index<IntellectualDocument>(uid);
        if (upserts.length) tasks.push(await index.addDocuments(upserts, { primaryKey: 'id' }));
        if (deletions.length) tasks.push(await index.deleteDocuments(deletions));
      }
      for (const task of tasks) await this.wait(task, WRITE_TIMEOUT_MS);
    });
  }

  async documentCount(uid: string): Promise<number> {
    return translate(async () => (await this.admin.index(uid).getStats()).numberOfDocuments);
  }

  /** Exchanges the contents of two indexes atomically: searches see one or the other, never neither. */
  async swap(first: string, second: string): Promise<void> {
    await translate(async () =>
      this.wait(
        await this.admin.swapIndexes([{ indexes: [first, second], rename: false }]),
        REBUILD_TIMEOUT_MS,
      ),
    );
  }

  /** Gives `from` the name `to`, which must not exist: how a first build goes live with its settings. */
  async rename(from: string, to: string): Promise<void> {
    await translate(async () =>
      this.wait(await this.admin.swapIndexes([{ indexes: [from, to], rename: true }]), REBUILD_TIMEOUT_MS),
    );
  }

  async drop(uid: string): Promise<void> {
    await translate(async () => {
      // a build that was renamed into place is gone already: its deletion task would fail
      if ((await this.createdAt(uid)) === null) return;
      try {
        await this.wait(await this.admin.deleteIndex(uid), REBUILD_TIMEOUT_MS);
      } catch (error) {
        if (apiErrorCode(error) !== 'index_not_found') throw error;
      }
    });
  }

  async search(params: SearchParams & { q: string }): Promise<SearchResponse<IntellectualDocument>> {
    return translate(async () => {
      const client = await this.searchOnlyClient();
      try {
        return await client.index<IntellectualDocument>(this.liveUid).search(params.q, params);
      } catch (error) {
        if (apiErrorCode(error) === 'index_not_found') {
          throw new SearchUnavailableError('The search index is not built yet');
        }
        throw error;
      }
    });
  }

  /** Several searches of the live index in one request (the matcher's phrase queries), answers in order. */
  async multiSearch(
    queries: Array<SearchParams & { q: string }>,
  ): Promise<Array<SearchResponse<IntellectualDocument>>> {
    return translate(async () => {
      const client = await this.searchOnlyClient();
      try {
        const { results } = await client.multiSearch<MultiSearchParams, IntellectualDocument>({
          queries: queries.map((query) => ({ ...query, indexUid: this.liveUid })),
        });
        return results;
      } catch (error) {
        if (apiErrorCode(error) === 'index_not_found') {
          throw new SearchUnavailableError('The search index is not built yet');
        }
        throw error;
      }
    });
  }

  /** Polls the task until Meilisearch finished it; a task still pending at the deadline counts as an outage. */
  private async wait(task: EnqueuedTask, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    // Capped at 25 ms: a one-document task takes ~70–300 ms, and a coarser poll adds its overshoot to
    // freshness (at 100 ms it added up to 80 ms); a getTask call is cheap.
    for (let pause = 5; ; pause = Math.min(pause * 2, 25)) {
      const done = await this.admin.tasks.getTask(task.taskUid);
      if (done.status === 'succeeded') return;
      if (done.status === 'failed' || done.status === 'canceled') {
        throw new Error(
          `Meilisearch task ${done.uid} (${done.type}) ${done.status}: ${done.error?.message ?? ''}`,
        );
      }
      if (Date.now() > deadline) {
        throw new SearchUnavailableError(
          `Meilisearch task ${done.uid} still ${done.status} after ${timeoutMs} ms`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }

  /** A client holding a search-only key for this prefix's indexes, created once (or found) via the admin key. */
  private searchOnlyClient(): Promise<Meilisearch> {
    this.searchClient ??= this.ensureSearchKey().then(
      (key) =>
        new Meilisearch({
          host: this.config.meili.url,
          apiKey: key,
          httpClient: undiciHttpClient(this.agent),
          timeout: 5_000,
        }),
    );
    // A failed attempt (Meilisearch down at the time) is retried on the next search.
    this.searchClient.catch(() => (this.searchClient = undefined));
    return this.searchClient;
  }

  private async ensureSearchKey(): Promise<string> {
    const prefix = this.config.meili.indexPrefix;
    const uid = uuidFrom(`search-only:${prefix}`);
    try {
      return (await this.admin.getKey(uid)).key;
    } catch (error) {
      if (apiErrorCode(error) !== 'api_key_not_found') throw error;
    }
    const created = await this.admin.createKey({
      uid,
      name: `trithuc search (${prefix || 'no prefix'})`,
      description: 'Search-only key used by the API server; created at start',
      actions: ['search'],
      indexes: [`${prefix}*`],
      expiresAt: null,
    });
    return created.key;
  }
}

/** Runs a Meilisearch call and reports an outage as SearchUnavailableError, whatever the client threw. */
async function translate<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (isOutage(error)) throw new SearchUnavailableError('Meilisearch is unavailable', { cause: error });
    throw error;
  }
}

function isOutage(error: unknown): boolean {
  if (error instanceof MeilisearchRequestTimeOutError) return true;
  // The client wraps whatever its HTTP transport throws; an API error inside is Meilisearch answering,
  // and an answer of its own failure (a full search queue, an internal error) is an outage too.
  if (error instanceof MeilisearchRequestError) {
    return !(error.cause instanceof MeilisearchApiError) || isServerFailure(error.cause);
  }
  return error instanceof MeilisearchApiError && isServerFailure(error);
}

function isServerFailure(error: MeilisearchApiError): boolean {
  return error.response.status >= 500;
}

function apiErrorCode(error: unknown): string | undefined {
  const api =
    error instanceof MeilisearchApiError
      ? error
      : error instanceof MeilisearchRequestError && error.cause instanceof MeilisearchApiError
        ? error.cause
        : undefined;
  return api?.cause?.code;
}

/** A stable UUID (version 4 layout) derived from a name, so every instance finds the same key. */
function uuidFrom(name: string): string {
  const hex = createHash('sha256').update(name).digest('hex').slice(0, 32).split('');
  hex[12] = '4';
  hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
