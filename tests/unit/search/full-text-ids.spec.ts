import type { SearchParams } from 'meilisearch';
import { DomainError } from '../../../src/common/errors/domain-error';
import { FULL_TEXT_CAP } from '../../../src/intellectuals/full-text-matcher';
import { loadIndexSettings } from '../../../src/search/index/index-settings';
import type { SearchIndex } from '../../../src/search/index/search-index';
import { FullTextIds } from '../../../src/search/query/full-text-ids';

/** Answers every search with `totalHits` matches, of which it returns the ids it has. */
function indexAnswering(totalHits: number, ids: string[]) {
  const sent: SearchParams[] = [];
  const index = {
    search: (params: SearchParams) => {
      sent.push(params);
      return Promise.resolve({ hits: ids.map((id) => ({ id })), totalHits });
    },
  } as unknown as SearchIndex;
  return { matcher: new FullTextIds(index), sent };
}

describe('full-text ids for the staff list and exports', () => {
  it('caps at what Meilisearch can count (maxTotalHits of the index settings)', () => {
    expect(loadIndexSettings('intellectuals').settings.pagination?.maxTotalHits).toBe(FULL_TEXT_CAP);
  });

  it('sends the list filters along and returns the ids best first', async () => {
    const { matcher, sent } = indexAnswering(2, ['b', 'a']);
    expect(
      await matcher.matchingIds('tôm hùm', { gender: 'male', verified: false, ageBand: '35_44' }),
    ).toEqual(['b', 'a']);
    expect(sent[0]).toMatchObject({
      q: 'tôm hùm',
      hitsPerPage: FULL_TEXT_CAP,
      attributesToRetrieve: ['id'],
      filter: [
        'gender IN ["male"]',
        expect.arrayContaining([expect.stringMatching(/^birthYear \d+ TO \d+$/)]),
        'verified IN ["false"]',
      ],
    });
  });

  it('refuses a q matching the cap or more instead of cutting the list', async () => {
    const { matcher } = indexAnswering(FULL_TEXT_CAP, ['a']);
    await expect(matcher.matchingIds('nha trang', {})).rejects.toThrow(DomainError);
    await expect(matcher.matchingIds('nha trang', {})).rejects.toMatchObject({
      code: 'QUERY_TOO_BROAD',
      status: 422,
    });
  });
});
