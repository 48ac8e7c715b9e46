import type { IntellectualFilter } from './dto/requests.dto';

/**
 * Most ids one `q` resolves to (Meilisearch's maxTotalHits in search/intellectuals.settings.json): a
 * query with this many matches or more is refused rather than silently cut.
 */
export const FULL_TEXT_CAP = 10_000;

/**
 * Turns the full-text `q` of the staff list and exports into the ids of the people staff search
 * finds for it (same words, synonyms, typos and attributes). The search module implements it; the
 * profile module depends only on this port.
 */
export abstract class FullTextMatcher {
  /**
   * Ids of the live profiles matching `q` and the filters, best match first. Refuses a query that
   * matches too many people (422 QUERY_TOO_BROAD) and answers 503 while the index is unavailable.
   */
  abstract matchingIds(q: string, filters: IntellectualFilter): Promise<string[]>;
}
