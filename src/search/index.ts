export { IndexLifecycle } from './index/index-lifecycle.service';
export { SearchIndexState } from './index/search-index-state.entity';
export { SearchModule } from './search.module';
export { PublicProfileMeta } from './directory/public-profile-meta';
export type { PageMeta } from './directory/public-profile-meta';
export { SearchIndex } from './index/search-index';
export { buildFilter } from './query/search-filters';
export { INDEX_SYNONYM_GROUPS, LONG_SYNONYMS, SearchService } from './query/search.service';
export { StaffSearchQuery } from './query/search.dto';
