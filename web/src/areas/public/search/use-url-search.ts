import { useSearchParams } from 'react-router';
import { readSearchState, searchParamsOf, toggleFilter, type SearchState } from './search-state';

/**
 * A search page's state, kept in the address bar. New words replace the address entry (so Back
 * leaves the page instead of undoing words); a filter or a page is a new entry.
 */
export function useUrlSearch<F extends string>(facets: readonly F[]) {
  const [params, setParams] = useSearchParams();
  const state = readSearchState(params, facets);
  const go = (next: SearchState<F>) => setParams(searchParamsOf(next, facets));
  return {
    state,
    setQuery: (q: string) =>
      void setParams(searchParamsOf({ ...state, q, page: 1 }, facets), { replace: true }),
    toggle: (name: F, value: string) => go(toggleFilter(state, name, value)),
    clearFilters: () => go({ ...state, filters: {}, page: 1 }),
    setPage: (page: number) => go({ ...state, page }),
  };
}
