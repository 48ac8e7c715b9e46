import { Global, Module } from '@nestjs/common';
import { FullTextMatcher } from '../intellectuals';
import { CatalogNames } from './document/catalog-names';
import { DocumentSource } from './document/document-source';
import { IndexLifecycle } from './index/index-lifecycle.service';
import { SearchIndex } from './index/search-index';
import { IndexerService } from './indexer/indexer.service';
import { OutboxModule } from '../platform/outbox/outbox.module';
import { FacetLabels } from './query/facet-labels';
import { FullTextIds } from './query/full-text-ids';
import { SearchService } from './query/search.service';
import { SearchAdminService } from './search-admin.service';
import { DirectoryController, SearchController } from './search.controller';

/**
 * The intellectuals index: outbox consumer, rebuilds, and role-aware search (DESIGN.md section 6).
 * Global only for the full-text port, which the profile and export modules use without importing search.
 */
@Global()
@Module({
  imports: [OutboxModule],
  controllers: [SearchController, DirectoryController],
  providers: [
    SearchIndex,
    CatalogNames,
    DocumentSource,
    FacetLabels,
    IndexLifecycle,
    IndexerService,
    SearchService,
    SearchAdminService,
    { provide: FullTextMatcher, useClass: FullTextIds },
  ],
  exports: [FullTextMatcher],
})
export class SearchModule {}
