import type { ApiPaths } from '../../api/client';
import type { SearchState } from '../public/search/search-state';

/** What staff may filter expert search by; each one is also a filter of the exports. */
export const EXPERT_FACETS = [
  'fieldCode',
  'degreeLevel',
  'academicTitle',
  'organizationId',
  'sector',
  'communeCode',
  'countryCode',
  'ageBand',
  'gender',
  'overseas',
  'verified',
  'status',
] as const;
export type ExpertFacet = (typeof EXPERT_FACETS)[number];

export type ExportQuery = NonNullable<ApiPaths['/exports/intellectuals.xlsx']['get']['parameters']['query']>;

/**
 * The export of what the search shows: the same words and filters, with staff search's default of
 * active people made explicit (the export's own default is everyone).
 */
export function exportQuery(state: SearchState<ExpertFacet>): ExportQuery {
  const { overseas, verified, status, ...filters } = state.filters;
  return {
    ...(state.q ? { q: state.q } : {}),
    ...(filters as Omit<ExportQuery, 'q' | 'overseas' | 'verified' | 'status'>),
    ...(overseas ? { overseas: overseas === 'true' } : {}),
    ...(verified ? { verified: verified === 'true' } : {}),
    status: (status ?? 'active') as ExportQuery['status'],
  };
}
