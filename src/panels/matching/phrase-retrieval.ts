import { Injectable } from '@nestjs/common';
import { buildFilter, LONG_SYNONYMS, SearchIndex } from '../../search';
import { proposableStatuses, type EligibilityOptions } from './eligibility';
import type { RankedList } from './fusion';
import type { KeyPhrase } from './key-phrases';
import { MATCHING } from './matching-params';

/**
 * Attributes that say what a person knows. Names, organizations and places are left out: a proposal
 * naming Trường Đại học Nha Trang is no reason to propose everyone working there (and the requesting
 * organization's people are a conflict of interest, not a match).
 */
const EXPERTISE_ATTRIBUTES = [
  'expertise',
  'fieldNames',
  'position',
  'publicationTitles',
  'projectTitles',
  'ipTitles',
  'awardNames',
  'biography',
];

/**
 * One Meilisearch query per key phrase, all in one multi-search request, with staff visibility
 * (restricted attributes are not in the index at all). Every word of a phrase must match, with
 * Meilisearch's own synonyms and typo tolerance; only ids come back.
 */
@Injectable()
export class PhraseRetrieval {
  constructor(private readonly index: SearchIndex) {}

  async retrieve(phrases: KeyPhrase[], options: EligibilityOptions): Promise<RankedList[]> {
    if (phrases.length === 0) return [];
    const results = await this.index.multiSearch(phraseQueries(phrases, options));
    return results.map((result, i) => ({
      weight: phrases[i].weight,
      ids: result.hits.map((hit) => hit.id),
    }));
  }
}

/** The Meilisearch queries of these phrases, in their order (the benchmarks send them as they are). */
export function phraseQueries(phrases: KeyPhrase[], options: EligibilityOptions) {
  const filter = buildFilter({ status: proposableStatuses(options) });
  return phrases.map((phrase) => ({
    q: LONG_SYNONYMS.rewrite(phrase.text),
    filter,
    limit: MATCHING.hitsPerPhrase,
    matchingStrategy: 'all' as const,
    attributesToRetrieve: ['id'],
    attributesToSearchOn: EXPERTISE_ATTRIBUTES,
  }));
}
