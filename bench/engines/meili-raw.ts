import { staffSearchParams } from '../../src/search/query/search.service';
import type { SearchSpec } from '../queries';

/**
 * The body the API sends to Meilisearch for a staff search of `spec`, built by the search service's own
 * function, so the API / raw ratio measures the API's own overhead, not a different query (an earlier
 * copy here highlighted and retrieved publication titles and left out matchingStrategy, which the API
 * does not do).
 */
export function meiliSearchBody(spec: SearchSpec): Record<string, unknown> {
  return {
    ...staffSearchParams({
      ...spec.filters,
      q: spec.q,
      sort: spec.sort ? [spec.sort] : undefined,
      limit: spec.limit,
      offset: spec.offset,
    }),
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
