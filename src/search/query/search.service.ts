import { Injectable } from '@nestjs/common';
import type { FacetDistribution, Hit, SearchParams } from 'meilisearch';
import { can } from '../../common/access/access';
import { Permission } from '../../common/access/permissions';
import type { Principal } from '../../common/access/principal';
import { DomainError } from '../../common/errors/domain-error';
import type { PrivacyClass } from '../../intellectuals';
import {
  documentAttributesFor,
  INDEXED_CLASSES,
  type DocumentAttribute,
  type IntellectualDocument,
} from '../document/intellectual-document';
import { loadIndexSettings } from '../index/index-settings';
import { SearchIndex } from '../index/search-index';
import { ageBandOf, currentYear, DIRECTORY_STATUSES } from '../../intellectuals';
import { FacetLabels } from './facet-labels';
import { LongSynonyms } from './long-synonyms';
import { buildFilter, FILTERS, filtersFor, type FilterName, type FilterValues } from './search-filters';
import type { DirectoryQuery, SearchHit, SearchPage, StaffSearchQuery } from './search.dto';

/** Whom a search runs for: what they may see, and whom they may find. */
interface Audience {
  classes: ReadonlySet<PrivacyClass>;
  /** Filter clauses that bound whom this caller may find, added to any the caller chose. */
  scope: Array<string | string[]>;
}

/** In the order of the index's searchableAttributes: matches in earlier ones rank higher. */
const SEARCHABLE: DocumentAttribute[] = [
  'fullName',
  'otherNames',
  'expertise',
  'fieldNames',
  'position',
  'organizationName',
  'organizationAliases',
  'academicTitleName',
  'honoraryTitleNames',
  'degreeName',
  'publicationTitles',
  'projectTitles',
  'ipTitles',
  'awardNames',
  'countryName',
  'communeName',
  'biography',
];

/**
 * Long lists (hundreds of publication titles for some people) still rank hits but are neither returned
 * nor highlighted in result lists: highlighting them cost 16–23 ms and 60–80 KB a page (BENCHMARKS.md).
 */
const LIST_ONLY: ReadonlySet<DocumentAttribute> = new Set([
  'publicationTitles',
  'projectTitles',
  'ipTitles',
  'awardNames',
]);

/** The index's synonym groups (search/intellectuals.settings.json); the panel matcher uses them too. */
export const INDEX_SYNONYM_GROUPS: readonly string[][] = loadIndexSettings('intellectuals').synonymGroups;

/** Synonym members longer than Meilisearch expands, from the same settings file as the index. */
export const LONG_SYNONYMS = new LongSynonyms(INDEX_SYNONYM_GROUPS);

// Private-use characters cannot come from user text; they become <mark> after HTML escaping.
const MARK_START = '\uE000';
const MARK_END = '\uE001';

/** Searches the index on behalf of a caller: their visibility goes into the filter and the projection. */
@Injectable()
export class SearchService {
  constructor(
    private readonly index: SearchIndex,
    private readonly facetLabels: FacetLabels,
  ) {}

  /** The public directory: people who consented to a public profile, public attributes only. */
  directory(query: DirectoryQuery): Promise<SearchPage> {
    return this.search(query, {
      classes: new Set(['public']),
      scope: ['publicProfile = true', ...buildFilter({ status: [...DIRECTORY_STATUSES] })],
    });
  }

  /** Staff see public and internal attributes of everyone, active people unless they ask otherwise. */
  staff(query: StaffSearchQuery, principal: Principal): Promise<SearchPage> {
    if (!can(principal, Permission.ProfilesReadInternal)) throw staffOnly();
    return this.search(
      { ...query, status: query.status ?? ['active'] },
      { classes: INDEXED_CLASSES, scope: [] },
    );
  }

  /**
   * The ids of a staff search's first `cap` hits by relevance, and how many matched in all: for lists
   * built from a search (the meeting invitation list). Same filters and scope as `staff`.
   */
  async staffIds(
    query: Omit<StaffSearchQuery, 'limit' | 'offset' | 'facets' | 'sort'>,
    cap: number,
    principal: Principal,
  ): Promise<{ ids: string[]; total: number }> {
    if (!can(principal, Permission.ProfilesReadInternal)) throw staffOnly();
    const { params } = searchRequest(
      { ...query, status: query.status ?? ['active'], limit: cap, offset: 0 },
      { classes: INDEXED_CLASSES, scope: [] },
    );
    const response = await this.index.search({
      ...params,
      attributesToRetrieve: ['id'],
      attributesToHighlight: [],
      attributesToCrop: [],
    });
    return {
      ids: response.hits.map((hit) => hit.id),
      total: response.totalHits ?? response.estimatedTotalHits ?? 0,
    };
  }

  private async search(
    query: (DirectoryQuery | StaffSearchQuery) & Partial<Record<FilterName, string[]>>,
    audience: Audience,
  ): Promise<SearchPage> {
    const { params, shown } = searchRequest(query, audience);
    const facets = query.facets ?? [];
    const response = await this.index.search(params);
    return {
      items: response.hits.map((hit) => toSearchHit(hit, shown)),
      total: response.totalHits ?? response.estimatedTotalHits ?? 0,
      limit: query.limit,
      offset: query.offset,
      facets: await this.facetLabels.label(
        facetCounts(facets as FilterName[], response.facetDistribution ?? {}),
      ),
    };
  }
}

function staffOnly(): DomainError {
  return new DomainError('FORBIDDEN', {
    en: 'Only staff search all intellectuals; use the directory',
    vi: 'Chỉ cán bộ mới được tìm trong toàn bộ trí thức; vui lòng dùng danh bạ công khai',
  });
}

type SearchQuery = Pick<StaffSearchQuery, 'q' | 'limit' | 'offset' | 'sort' | 'facets'> &
  Partial<Record<FilterName, string[]>>;

/** The Meilisearch request of a staff search; exported so the bench sends raw Meilisearch the same body. */
export function staffSearchParams(query: SearchQuery): SearchParams & { q: string } {
  return searchRequest(
    { ...query, status: query.status ?? ['active'] },
    { classes: INDEXED_CLASSES, scope: [] },
  ).params;
}

/** The Meilisearch request for a query and audience, and the attributes whose highlights a hit shows. */
function searchRequest(
  query: SearchQuery,
  audience: Audience,
): { params: SearchParams & { q: string }; shown: DocumentAttribute[] } {
  const visible = new Set<string>(documentAttributesFor(audience.classes));
  const searchable = SEARCHABLE.filter((name) => visible.has(name));
  const shown = searchable.filter((name) => !LIST_ONLY.has(name));
  const requested: FilterValues = {};
  for (const name of filtersFor(audience.classes)) requested[name] = query[name];
  const facets = query.facets ?? [];
  const params = {
    q: LONG_SYNONYMS.rewrite(query.q ?? ''),
    filter: [...audience.scope, ...buildFilter(requested)],
    ...pageOf(query.limit, query.offset),
    sort: query.sort,
    // Every word (or a synonym or near spelling of it) must match: precise hits and honest totals.
    matchingStrategy: 'all' as const,
    facets: facets.map((name) => FILTERS[name as FilterName]),
    attributesToRetrieve: [...visible].filter((name) => !LIST_ONLY.has(name as DocumentAttribute)),
    attributesToSearchOn: searchable,
    // showMatchesPosition instead, with marks added here, measured slower (p50 +1 ms, p95 ×2 at
    // 100k): it covers every attribute, long lists included, and reports one match per array.
    attributesToHighlight: shown,
    attributesToCrop: visible.has('biography') ? ['biography'] : [],
    cropLength: 30,
    highlightPreTag: MARK_START,
    highlightPostTag: MARK_END,
  };
  return { params, shown };
}

/** Page mode gives an exact total; an offset that is not a multiple of the limit falls back to an estimate. */
function pageOf(limit: number, offset: number) {
  return offset % limit === 0 ? { hitsPerPage: limit, page: offset / limit + 1 } : { limit, offset };
}

function toSearchHit(hit: Hit<IntellectualDocument>, searchable: DocumentAttribute[]): SearchHit {
  const { _formatted: formatted, ...attributes } = hit;
  const highlight: Record<string, string | string[]> = {};
  for (const name of searchable) {
    const value: unknown = formatted?.[name];
    if (typeof value === 'string' && value.includes(MARK_START)) highlight[name] = markup(value);
    if (Array.isArray(value)) {
      const matched = value.filter(
        (item): item is string => typeof item === 'string' && item.includes(MARK_START),
      );
      if (matched.length) highlight[name] = matched.map(markup);
    }
  }
  // the age band is derived at read time from the birth year, as facets and filters do
  const band = 'birthYear' in attributes ? { ageBand: ageBandOf(attributes.birthYear ?? null) } : {};
  return { ...attributes, ...band, highlight };
}

function markup(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replaceAll(MARK_START, '<mark>')
    .replaceAll(MARK_END, '</mark>');
}

/** Facet counts keyed by parameter name; age bands are summed from the birth-year distribution. */
function facetCounts(
  names: FilterName[],
  distribution: FacetDistribution,
): Partial<Record<FilterName, Record<string, number>>> {
  const facets: Partial<Record<FilterName, Record<string, number>>> = {};
  for (const name of names) {
    const counts = distribution[FILTERS[name]] ?? {};
    if (name !== 'ageBand') {
      facets[name] = counts;
      continue;
    }
    const bands: Record<string, number> = {};
    const year = currentYear();
    for (const [birthYear, count] of Object.entries(counts)) {
      const band = ageBandOf(Number(birthYear), year)!;
      bands[band] = (bands[band] ?? 0) + count;
    }
    facets[name] = bands;
  }
  return facets;
}
