import { Module } from '@nestjs/common';
import { DocumentSource } from './document/document-source';
import { IndexLifecycle } from './index/index-lifecycle.service';
import { SearchIndex } from './index/search-index';
import { IndexerService } from './indexer/indexer.service';
import { OutboxModule } from '../platform/outbox/outbox.module';
import { SearchService } from './query/search.service';
import { SearchAdminService } from './search-admin.service';
import { DirectoryController, SearchController } from './search.controller';

/** The intellectuals index: outbox consumer, rebuilds, and role-aware search (DESIGN.md section 6). */
@Module({
  imports: [OutboxModule],
  controllers: [SearchController, DirectoryController],
  providers: [SearchIndex, DocumentSource, IndexLifecycle, IndexerService, SearchService, SearchAdminService],
})
export class SearchModule {}
