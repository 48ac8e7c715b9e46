import { Global, Module } from '@nestjs/common';
import { FullTextMatcher, IntellectualsModule } from '../intellectuals';
import { PublicProfileMeta } from './directory/public-profile-meta';
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
 * PublicProfileMeta gives the web module the <title> and description of a shared public profile link;
 * SearchIndex serves the panel matcher's phrase queries; SearchService the meeting list's search.
 */
@Global()
@Module({
  imports: [OutboxModule, IntellectualsModule],
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
    PublicProfileMeta,
    { provide: FullTextMatcher, useClass: FullTextIds },
  ],
  exports: [FullTextMatcher, PublicProfileMeta, SearchIndex, SearchService],
})
export class SearchModule {}
