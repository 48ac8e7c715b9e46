import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DocumentSource } from './document/document-source';
import { IndexLifecycle, RebuildResult } from './index/index-lifecycle.service';
import { SearchIndex } from './index/search-index';
import { OutboxQueue, OutboxStats } from '../platform/outbox/outbox-queue';

export interface SearchStatus extends OutboxStats {
  index: string;
  /** Null when Meilisearch cannot be reached. */
  documents: number | null;
  /** The index a rebuild is filling, if one runs. */
  building: string | null;
  /** Documents the rebuild has written so far (null when none runs or Meilisearch cannot be reached). */
  buildingDocuments: number | null;
  /** Profiles that belong in the index: what a rebuild writes in all. */
  expectedDocuments: number;
  settingsHash: string | null;
}

export class SearchStatusView implements SearchStatus {
  @ApiProperty({ description: 'The live index' }) index: string;
  @ApiProperty({ type: 'integer', nullable: true, description: 'null when Meilisearch cannot be reached' })
  documents: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'The index a rebuild is filling, if one runs' })
  building: string | null;
  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: 'Documents the running rebuild has written so far, out of expectedDocuments',
  })
  buildingDocuments: number | null;
  @ApiProperty({
    type: 'integer',
    description: 'Profiles that belong in the index (not deleted, not merged): what a rebuild writes in all',
  })
  expectedDocuments: number;
  @ApiProperty({ type: String, nullable: true }) settingsHash: string | null;
  @ApiProperty({ type: 'integer', description: 'Changes waiting to reach the index' }) backlog: number;
  @ApiProperty({ type: 'integer', nullable: true }) oldestPendingSeconds: number | null;
  @ApiProperty({ type: 'integer', description: 'Changes that failed too often and wait for an admin' })
  parked: number;
}

export class RebuildResultView implements RebuildResult {
  @ApiProperty({ description: 'The index now live' }) index: string;
  @ApiProperty({ type: 'integer' }) documents: number;
  @ApiProperty() settingsHash: string;
  @ApiProperty({ type: 'integer' }) tookMs: number;
}

/** What admins see of the search pipeline and the rebuild they can start. */
@Injectable()
export class SearchAdminService {
  constructor(
    private readonly index: SearchIndex,
    private readonly outbox: OutboxQueue,
    private readonly lifecycle: IndexLifecycle,
    private readonly documents: DocumentSource,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Polled while a rebuild runs: buildingDocuments out of expectedDocuments is its progress. */
  async status(): Promise<SearchStatus> {
    const [stats, state, documents, expectedDocuments] = await Promise.all([
      this.outbox.stats('search'),
      this.lifecycle.state(),
      this.index.documentCount(this.index.liveUid).catch(() => null),
      this.documents.countIndexable(this.dataSource.manager),
    ]);
    const building = state.buildingUid;
    const buildingDocuments = building ? await this.index.documentCount(building).catch(() => null) : null;
    return {
      index: this.index.liveUid,
      documents,
      ...stats,
      building,
      buildingDocuments,
      expectedDocuments,
      settingsHash: state.settingsHash,
    };
  }

  /** Rebuilds from PostgreSQL and answers once the new index is live. */
  async reindex(): Promise<RebuildResult> {
    return (await this.lifecycle.rebuild({ wait: false }))!;
  }
}
