import { documentAttributesFor, INDEXED_CLASSES } from '../../src/search/document/intellectual-document';
import { buildFilter } from '../../src/search/query/search-filters';
import type { SearchSpec } from '../queries';

/**
 * The searchable attributes the API's staff search sends (src/search/query/search.service.ts keeps
 * them private, in the order of the index settings); the raw request mirrors them so the API / raw
 * ratio measures the API's own overhead, not a different query.
 */
const SEARCHABLE = [
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

/** The body the API sends to Meilisearch for a staff search of `spec`. */
export function meiliSearchBody(spec: SearchSpec): Record<string, unknown> {
  const page =
    spec.offset % spec.limit === 0
      ? { hitsPerPage: spec.limit, page: spec.offset / spec.limit + 1 }
      : { limit: spec.limit, offset: spec.offset };
  return {
    q: spec.q ?? '',
    filter: buildFilter({ ...spec.filters, status: ['active'] }),
    ...page,
    ...(spec.sort ? { sort: [spec.sort] } : {}),
    attributesToRetrieve: documentAttributesFor(INDEXED_CLASSES),
    attributesToSearchOn: SEARCHABLE,
    attributesToHighlight: SEARCHABLE,
    attributesToCrop: ['biography'],
    cropLength: 30,
    highlightPreTag: '\uE000',
    highlightPostTag: '\uE001',
  };
}

/** A key that may only search the live index, as a front end or a second service would hold. */
export async function createSearchKey(
  meiliUrl: string,
  masterKey: string,
  indexUid: string,
): Promise<string> {
  const response = await fetch(`${meiliUrl}/keys`, {
    method: 'POST',
    headers: { authorization: `Bearer ${masterKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      description: 'bench search key',
      actions: ['search'],
      indexes: [indexUid],
      expiresAt: null,
    }),
  });
  if (!response.ok)
    throw new Error(`creating a search key failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { key: string }).key;
}
