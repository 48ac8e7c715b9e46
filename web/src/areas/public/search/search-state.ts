/**
 * What a search page shows, as it lives in the address bar (so a search can be bookmarked or sent):
 * `?q=nguyen+van&degreeLevel=doctorate&page=2`. One value per facet: the exports take one, so the
 * results on screen and the exported file always hold the same people.
 */
export interface SearchState<F extends string> {
  q: string;
  filters: Partial<Record<F, string>>;
  /** 1-based. */
  page: number;
}

/** Pages one can reach: beyond, narrow the search (Meilisearch counts at most 10,000 hits). */
export const MAX_PAGE = 500;

/** The state in `params`; unknown parameters, empty values and impossible pages are ignored. */
export function readSearchState<F extends string>(
  params: URLSearchParams,
  facets: readonly F[],
): SearchState<F> {
  const filters: Partial<Record<F, string>> = {};
  for (const name of facets) {
    const value = params.get(name)?.trim();
    if (value) filters[name] = value;
  }
  const page = Number(params.get('page'));
  return {
    q: params.get('q')?.trim() ?? '',
    filters,
    page: Number.isInteger(page) && page >= 1 && page <= MAX_PAGE ? page : 1,
  };
}

/** The address bar parameters of a state, in a stable order, leaving out what is empty or the default. */
export function searchParamsOf<F extends string>(
  state: SearchState<F>,
  facets: readonly F[],
): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const name of facets) {
    const value = state.filters[name];
    if (value) params.set(name, value);
  }
  if (state.page > 1) params.set('page', String(state.page));
  return params;
}

/** Choosing a value, or choosing it again to clear it; any change of filter starts again at page 1. */
export function toggleFilter<F extends string>(
  state: SearchState<F>,
  name: F,
  value: string,
): SearchState<F> {
  const filters = { ...state.filters };
  if (filters[name] === value) delete filters[name];
  else filters[name] = value;
  return { ...state, filters, page: 1 };
}

/** The query of the search endpoints: filters as one-value lists, the page as limit and offset. */
export function searchQuery<F extends string>(
  state: SearchState<F>,
  facets: readonly F[],
  pageSize: number,
): { q?: string; limit: number; offset: number; facets: F[] } & Partial<Record<F, string[]>> {
  const filters = Object.fromEntries(
    Object.entries(state.filters).map(([name, value]) => [name, [value]]),
  ) as Partial<Record<F, string[]>>;
  return {
    ...(state.q ? { q: state.q } : {}),
    ...filters,
    limit: pageSize,
    offset: (state.page - 1) * pageSize,
    facets: [...facets],
  };
}
