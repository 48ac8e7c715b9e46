import type { SearchSpec } from '../queries';

/** The staff search request for a spec: GET /api/v1/search/intellectuals?… */
export function apiSearchPath(spec: SearchSpec): string {
  const params = new URLSearchParams();
  if (spec.q) params.set('q', spec.q);
  for (const [name, values] of Object.entries(spec.filters))
    for (const value of values) params.append(name, value);
  if (spec.sort) params.set('sort', spec.sort);
  params.set('limit', String(spec.limit));
  params.set('offset', String(spec.offset));
  return `/search/intellectuals?${params.toString()}`;
}

export interface ApiSearchPage {
  items: Array<{ id: string }>;
  total: number;
}
