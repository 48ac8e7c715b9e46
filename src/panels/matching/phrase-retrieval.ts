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

/** A ranked list of hits and the key phrases (indexes into the proposal's) its query stands for. */
export interface PhraseList extends RankedList {
  phrases: number[];
}

/**
 * One Meilisearch query per key phrase, and one of the rarest phrases together, all in one
 * multi-search request, with staff visibility (restricted attributes are not in the index at all).
 * Every word of a phrase must match, with Meilisearch's own synonyms and typo tolerance; only ids come
 * back.
 */
@Injectable()
export class PhraseRetrieval {
  constructor(private readonly index: SearchIndex) {}

  async retrieve(phrases: KeyPhrase[], options: EligibilityOptions): Promise<PhraseList[]> {
    if (phrases.length === 0) return [];
    const queries = phraseQueries(phrases, options);
    const results = await this.index.multiSearch(queries.map(({ query }) => query));
    return results.map((result, i) => ({
      weight: queries[i].weight,
      phrases: queries[i].phrases,
      ids: result.hits.map((hit) => hit.id),
    }));
  }
}

/** Meilisearch reads at most this many words of a query. */
const QUERY_WORDS = 10;

/**
 * The Meilisearch queries of these phrases (the benchmarks send them as they are): each phrase alone,
 * then its rarest phrases together. In a large registry a study object is named by hundreds of people,
 * so a phrase's 60 hits reach the one person naming all of a proposal's specifics only by chance; the
 * combined query ranks people by how many of those specifics they hold (Meilisearch's `frequency`
 * strategy drops the commonest words first), and stands in, with their summed weight, for the phrase
 * lists it combines.
 */
export function phraseQueries(phrases: KeyPhrase[], options: EligibilityOptions) {
  const filter = buildFilter({ status: proposableStatuses(options) });
  const query = (text: string, matchingStrategy: 'all' | 'frequency') => ({
    q: LONG_SYNONYMS.rewrite(text),
    filter,
    limit: MATCHING.hitsPerPhrase,
    matchingStrategy,
    attributesToRetrieve: ['id'],
    attributesToSearchOn: EXPERTISE_ATTRIBUTES,
  });
  const single = phrases.map((phrase, i) => ({
    phrases: [i],
    weight: phrase.weight,
    query: query(phrase.text, 'all'),
  }));
  const rarest = phrases
    .map((phrase, i) => ({ phrase, i }))
    .sort((a, b) => a.phrase.profiles - b.phrase.profiles || a.i - b.i);
  const combined: number[] = [];
  let words = 0;
  for (const { phrase, i } of rarest) {
    const length = phrase.text.split(/\s+/).length;
    if (words + length > QUERY_WORDS) break;
    combined.push(i);
    words += length;
  }
  if (combined.length < 2) return single;
  combined.sort((a, b) => a - b);
  return [
    ...single,
    {
      phrases: combined,
      weight: combined.reduce((sum, i) => sum + phrases[i].weight, 0),
      query: query(combined.map((i) => phrases[i].text).join(' '), 'frequency'),
    },
  ];
}
