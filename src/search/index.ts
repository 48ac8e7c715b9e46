export { IndexLifecycle } from './index/index-lifecycle.service';
export { SearchIndexState } from './index/search-index-state.entity';
export { SearchModule } from './search.module';
export { PublicProfileMeta } from './directory/public-profile-meta';
export type { PageMeta } from './directory/public-profile-meta';
