export { IndexLifecycle } from './index/index-lifecycle.service';
export { SearchIndexState } from './index/search-index-state.entity';
export { SearchModule } from './search.module';
