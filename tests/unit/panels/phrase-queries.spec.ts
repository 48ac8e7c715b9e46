import type { KeyPhrase } from '../../../src/panels/matching/key-phrases';
import { phraseQueries } from '../../../src/panels/matching/phrase-retrieval';

function phrase(text: string, profiles: number, weight: number): KeyPhrase {
  return { term: text, form: 'exact', folded: text, text, weight, occurrences: 1, profiles };
}

describe('phrase queries', () => {
  const phrases = [
    phrase('nuôi tôm', 900, 0.3),
    phrase('bacillus subtilis', 4, 0.25),
    phrase('chế phẩm', 40, 0.2),
    phrase('đầm nha phu', 2, 0.15),
    phrase('vibrio', 60, 0.1),
  ];

  it('asks for each phrase with every word required', () => {
    const queries = phraseQueries(phrases, { includeRetired: false }).slice(0, phrases.length);
    expect(queries.map(({ phrases: of, query }) => [of, query.q, query.matchingStrategy])).toEqual(
      phrases.map((p, i) => [[i], p.text, 'all']),
    );
  });

  it('adds the rarest phrases together, within the ten words Meilisearch reads, for their summed weight', () => {
    const combined = phraseQueries(phrases, { includeRetired: false })[phrases.length];
    // rarest first: đầm nha phu (3 words), bacillus subtilis (2), chế phẩm (2), vibrio (1): 8 words;
    // nuôi tôm would make 10 — still within ten
    expect(combined.phrases).toEqual([0, 1, 2, 3, 4]);
    expect(combined.query.matchingStrategy).toBe('frequency');
    expect(combined.query.q.split(' ')).toHaveLength(10);
    expect(combined.weight).toBeCloseTo(1);
  });

  it('takes the rarest phrases up to the first that would pass ten words, and needs two to combine', () => {
    const long = [phrase('một hai ba bốn năm sáu', 1, 0.5), phrase('bảy tám chín mười mười một', 2, 0.5)];
    expect(phraseQueries(long, { includeRetired: false })).toHaveLength(2);
    const three = [phrase('tôm hùm', 3, 0.2), phrase('lồng bè', 1, 0.5), phrase('hdpe', 2, 0.3)];
    const combined = phraseQueries(three, { includeRetired: false })[3];
    expect(combined.phrases).toEqual([0, 1, 2]);
    expect(combined.query.q).toBe('tôm hùm lồng bè hdpe');
    expect(combined.weight).toBeCloseTo(1);
  });
});
