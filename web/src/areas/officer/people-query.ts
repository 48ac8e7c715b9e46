import type { ApiPaths } from '../../api/client';

export type ListQuery = NonNullable<ApiPaths['/intellectuals']['get']['parameters']['query']>;
export type ExportQuery = NonNullable<ApiPaths['/exports/intellectuals.xlsx']['get']['parameters']['query']>;

export const DEGREES = [
  'bachelor',
  'engineer',
  'master',
  'doctorate',
  'doctor_of_science',
  'specialist_1',
  'specialist_2',
  'resident',
] as const satisfies readonly NonNullable<ListQuery['degreeLevel']>[];
/** The statuses of a profile, and the soft-deleted ones for who may see them. */
export const STATUS_FILTERS = ['active', 'retired', 'deceased', 'deleted'] as const;
export const SORTS = [
  'fullName',
  '-fullName',
  '-updatedAt',
  '-createdAt',
] as const satisfies readonly NonNullable<ListQuery['sort']>[];
export const PAGE_SIZES = [20, 50, 100] as const;

/** What the people list shows, as it is kept in the address bar (bookmarkable, shareable). */
export interface PeopleQuery {
  q?: string;
  fieldCode?: string;
  degreeLevel?: (typeof DEGREES)[number];
  communeCode?: string;
  organizationId?: string;
  verified?: boolean;
  status?: (typeof STATUS_FILTERS)[number];
  sort: (typeof SORTS)[number];
  page: number;
  pageSize: (typeof PAGE_SIZES)[number];
}

const CODE = /^[A-Za-z0-9._-]{1,20}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((candidate) => candidate === value);
}

/** Reads the address bar; anything malformed (an edited or old link) is dropped, not sent. */
export function readPeopleQuery(params: URLSearchParams): PeopleQuery {
  const text = (name: string, pattern: RegExp) => {
    const value = params.get(name)?.trim();
    return value && pattern.test(value) ? value : undefined;
  };
  const q = params.get('q')?.trim().slice(0, 200);
  const verified = params.get('verified');
  const page = Number(params.get('page'));
  const pageSize = Number(params.get('size'));
  return {
    q: q || undefined,
    fieldCode: text('field', CODE),
    degreeLevel: oneOf(DEGREES, params.get('degree')),
    communeCode: text('commune', CODE),
    organizationId: text('org', UUID),
    verified: verified === 'true' ? true : verified === 'false' ? false : undefined,
    status: oneOf(STATUS_FILTERS, params.get('status')),
    sort: oneOf(SORTS, params.get('sort')) ?? 'fullName',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    pageSize: PAGE_SIZES.find((size) => size === pageSize) ?? PAGE_SIZES[0],
  };
}

/** The address bar for a query: only what differs from the defaults, so links stay short. */
export function writePeopleQuery(query: PeopleQuery): URLSearchParams {
  const params = new URLSearchParams();
  const set = (name: string, value: string | number | boolean | undefined) => {
    if (value !== undefined && value !== '') params.set(name, String(value));
  };
  set('q', query.q);
  set('field', query.fieldCode);
  set('degree', query.degreeLevel);
  set('commune', query.communeCode);
  set('org', query.organizationId);
  set('verified', query.verified);
  set('status', query.status);
  if (query.sort !== 'fullName') set('sort', query.sort);
  if (query.page > 1) set('page', query.page);
  if (query.pageSize !== PAGE_SIZES[0]) set('size', query.pageSize);
  return params;
}

/** The filters and search, as both the list and the export take them. */
export function toExportQuery(query: PeopleQuery): ExportQuery {
  const { status } = query;
  const filters: ExportQuery = {
    q: query.q,
    fieldCode: query.fieldCode,
    degreeLevel: query.degreeLevel,
    communeCode: query.communeCode,
    organizationId: query.organizationId,
    verified: query.verified,
    status: status === 'deleted' ? undefined : status,
    deleted: status === 'deleted' ? true : undefined,
  };
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined));
}

/** One page of the list: the export's filters with the page and the order. */
export function toListQuery(query: PeopleQuery): ListQuery {
  return {
    ...toExportQuery(query),
    sort: query.sort,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  };
}

/** Where the export of exactly the current results downloads from (a plain GET with the session cookie). */
export function exportHref(format: 'xlsx' | 'csv', query: PeopleQuery): string {
  const params = new URLSearchParams(
    Object.entries(toExportQuery(query)).map(([name, value]) => [name, String(value)]),
  );
  const search = params.toString();
  return `/api/v1/exports/intellectuals.${format}${search ? `?${search}` : ''}`;
}
