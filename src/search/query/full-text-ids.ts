import { Injectable } from '@nestjs/common';
import { DomainError } from '../../common/errors/domain-error';
import type { IntellectualFilter } from '../../intellectuals';
import { FULL_TEXT_CAP, FullTextMatcher } from '../../intellectuals';
import { SearchIndex } from '../index/search-index';
import { buildFilter, type FilterValues } from './search-filters';
import { LONG_SYNONYMS } from './search.service';

/**
 * The staff list's and exports' `q`, resolved through the index as staff search does (every word,
 * synonyms, typos, all searchable attributes). Their filters go along, so the cap counts the people
 * they could show; PostgreSQL applies the filters again over the current rows.
 */
@Injectable()
export class FullTextIds extends FullTextMatcher {
  constructor(private readonly index: SearchIndex) {
    super();
  }

  async matchingIds(q: string, filters: IntellectualFilter): Promise<string[]> {
    const response = await this.index.search({
      q: LONG_SYNONYMS.rewrite(q),
      filter: buildFilter(filterValues(filters)),
      hitsPerPage: FULL_TEXT_CAP,
      page: 1,
      matchingStrategy: 'all',
      attributesToRetrieve: ['id'],
    });
    // Meilisearch counts at most maxTotalHits (= the cap): reaching it means there may be more.
    if ((response.totalHits ?? 0) >= FULL_TEXT_CAP) {
      throw new DomainError('QUERY_TOO_BROAD', {
        en: `q matches ${FULL_TEXT_CAP.toLocaleString('en')} people or more; add words or filters`,
        vi: `q khớp với từ ${FULL_TEXT_CAP.toLocaleString('vi')} người trở lên; vui lòng thêm từ khóa hoặc bộ lọc`,
      });
    }
    return response.hits.map((hit) => hit.id);
  }
}

/** The list's filters as the index's filter values (the same names and codes). */
function filterValues(filters: IntellectualFilter): FilterValues {
  const one = (value: string | boolean | undefined) => (value === undefined ? undefined : [String(value)]);
  return {
    fieldCode: one(filters.fieldCode),
    degreeLevel: one(filters.degreeLevel),
    academicTitle: one(filters.academicTitle),
    communeCode: one(filters.communeCode),
    countryCode: one(filters.countryCode),
    organizationId: one(filters.organizationId),
    sector: one(filters.sector),
    gender: one(filters.gender),
    status: one(filters.status),
    overseas: one(filters.overseas),
    verified: one(filters.verified),
    ageBand: one(filters.ageBand),
  };
}
