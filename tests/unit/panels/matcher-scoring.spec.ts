import { mayBeProposedForPanels } from '../../../src/panels/matching/eligibility';
import { findEvidence, foundOnlyFolded, type ProfileTexts } from '../../../src/panels/matching/evidence';
import { reciprocalRankFusion, withoutHits } from '../../../src/panels/matching/fusion';
import { extractKeyPhrases } from '../../../src/panels/matching/key-phrases';
import { MATCHING } from '../../../src/panels/matching/matching-params';
import { fieldCoverage, finalScore, standing } from '../../../src/panels/matching/scoring';
import { TermStatsBuilder } from '../../../src/panels/matching/term-stats';
import { TermAnalyzer } from '../../../src/panels/matching/text/term-analyzer';
import { loadIndexSettings } from '../../../src/search/index/index-settings';

const analyzer = new TermAnalyzer({
  synonymGroups: loadIndexSettings('intellectuals').synonymGroups,
  placeNames: ['Khánh Hòa'],
});

/** A registry of profile texts: the statistics the matcher would count from PostgreSQL. */
function registry(texts: string[]) {
  const builder = new TermStatsBuilder();
  for (const text of texts) builder.add(analyzer.termSets(text));
  return builder.build();
}

const REGISTRY = registry([
  ...Array.from({ length: 30 }, (_, i) => `Nghiên cứu đánh giá hiệu quả giải pháp ${i}`),
  'Nuôi tôm hùm bông trong lồng',
  'Bệnh hoại tử gan tụy trên tôm thẻ chân trắng',
  'Điện gió ngoài khơi',
  'Vắc xin phòng bệnh dại',
  'Quy hoạch đô thị ven biển',
  'Du lịch sinh thái biển đảo',
]);

const PROPOSAL = `Đề án nghiên cứu phát triển nuôi tôm hùm bông bằng lồng HDPE tại Khánh Hòa.
Nghiên cứu đánh giá hiệu quả mô hình nuôi tôm hùm; phòng bệnh cho tôm hùm; tôm hùm bông giống.
Đánh giá giải pháp kỹ thuật nuôi lồng.`;

describe('key phrases by TF-IDF over the registry', () => {
  const phrases = extractKeyPhrases(PROPOSAL, analyzer, REGISTRY);
  const terms = phrases.map((phrase) => phrase.folded);

  it("puts the proposal's repeated rare bigram first, written as the proposal writes it", () => {
    expect(phrases[0]).toMatchObject({
      term: 'tôm hùm',
      form: 'exact',
      folded: 'tom hum',
      text: 'tôm hùm',
      occurrences: 4,
      profiles: 1,
    });
  });

  it('skips terms most profiles hold, terms no profile holds, and places', () => {
    expect(terms).not.toContain('nghien cuu');
    expect(terms).not.toContain('danh gia');
    expect(terms).not.toContain('hdpe');
    expect(terms).not.toContain('khanh hoa');
  });

  it('skips a unigram that is mostly inside a chosen bigram', () => {
    expect(terms).toContain('tom hum');
    expect(terms).not.toContain('hum');
  });

  it('weights sum to 1 and never exceed the phrase limit', () => {
    expect(phrases.reduce((sum, phrase) => sum + phrase.weight, 0)).toBeCloseTo(1, 6);
    expect(extractKeyPhrases(PROPOSAL, analyzer, REGISTRY, 2)).toHaveLength(2);
  });

  it('finds nothing in a text of function words only', () => {
    expect(extractKeyPhrases('và của các những được', analyzer, REGISTRY)).toEqual([]);
  });

  it('keeps a subject two of a small registry’s few profiles share', () => {
    const small = registry([
      'Nuôi tôm hùm bông trong lồng',
      'Giống tôm hùm xanh',
      'Điện gió ngoài khơi',
      'Vắc xin phòng bệnh dại',
    ]);
    const found = extractKeyPhrases(PROPOSAL, analyzer, small).map((phrase) => phrase.term);
    expect(found[0]).toBe('tôm hùm');
  });
});

describe('diacritics in key phrases', () => {
  const stats = registry(['Sản xuất muối sạch', 'Phòng chống muỗi truyền bệnh', 'Cá muối']);

  it('compares every term of a proposal written with diacritics as written', () => {
    const phrases = extractKeyPhrases('Muối; ca; thời tiết', analyzer, stats);
    expect(phrases.every((phrase) => phrase.form === 'exact')).toBe(true);
    expect(phrases.find((phrase) => phrase.term === 'muối')).toMatchObject({ folded: 'muoi', profiles: 2 });
    // "ca" written without diacritics in a text written with them is "ca", not "cá"
    expect(phrases.find((phrase) => phrase.term === 'ca')).toBeUndefined();
  });

  it('folds the terms of a proposal written without diacritics, and keeps the marked ones exact', () => {
    const phrases = extractKeyPhrases('muoi. ca. thoi tiet. khi hau. mua lon. muỗi', analyzer, stats);
    expect(phrases.find((phrase) => phrase.term === 'muoi')).toMatchObject({ form: 'folded', profiles: 3 });
    expect(phrases.find((phrase) => phrase.term === 'ca')).toMatchObject({ form: 'folded', profiles: 1 });
    expect(phrases.find((phrase) => phrase.term === 'muỗi')).toMatchObject({ form: 'exact', profiles: 1 });
  });
});

describe('reciprocal rank fusion', () => {
  it('ranks a person several weighty phrases find above one found first by a light phrase', () => {
    const fused = reciprocalRankFusion(
      [
        { weight: 0.4, ids: ['a', 'b'] },
        { weight: 0.4, ids: ['c', 'b'] },
        { weight: 0.2, ids: ['d'] },
      ],
      60,
    );
    expect(fused[0].id).toBe('b');
    expect(fused.at(-1)?.id).toBe('d');
    expect(fused[0].score).toBeCloseTo(0.8 / 62, 10);
  });

  it('moves the remaining hits up when some leave a list', () => {
    const lists = withoutHits([{ weight: 1, ids: ['a', 'b', 'c'] }], (id) => id === 'a');
    expect(lists).toEqual([{ weight: 1, ids: ['b', 'c'] }]);
    expect(reciprocalRankFusion(lists, 60)[0]).toEqual({ id: 'b', score: 1 / 61 });
  });
});

describe('evidence on a profile', () => {
  const empty: ProfileTexts = {
    expertise: [],
    field: [],
    project: [],
    patent: [],
    publication: [],
    award: [],
    position: [],
    biography: [],
  };
  const phrases = extractKeyPhrases(PROPOSAL, analyzer, REGISTRY);

  it('names the place and the very text holding each phrase', () => {
    const evidence = findEvidence(
      { ...empty, expertise: ['Tôm hùm bông'], publication: ['Nuôi tôm hùm lồng', 'Cá mú'] },
      phrases,
      analyzer,
    );
    expect(evidence.matches[0]).toEqual({
      phrase: 'tôm hùm',
      weight: phrases[0].weight,
      places: [
        { place: 'expertise', texts: ['Tôm hùm bông'], count: 1 },
        { place: 'publication', texts: ['Nuôi tôm hùm lồng'], count: 1 },
      ],
    });
  });

  it('works for a practitioner without publications, from expertise and position', () => {
    const evidence = findEvidence(
      { ...empty, expertise: ['nuôi tôm hùm'], position: ['Chủ cơ sở nuôi lồng bè'] },
      phrases,
      analyzer,
    );
    expect(evidence.score).toBeGreaterThan(0);
    expect(evidence.matches.map((match) => match.phrase)).toContain('tôm hùm');
  });

  it('counts declared expertise above the same phrase in a biography', () => {
    const inExpertise = findEvidence({ ...empty, expertise: ['tôm hùm'] }, phrases, analyzer);
    const inBiography = findEvidence({ ...empty, biography: ['Quan tâm tôm hùm'] }, phrases, analyzer);
    expect(inExpertise.score).toBeGreaterThan(inBiography.score);
    expect(inBiography.score / inExpertise.score).toBeCloseTo(MATCHING.places.biography, 6);
  });

  it('finds a phrase written with diacritics only with the same diacritics', () => {
    const stats = registry(['Bão và áp thấp nhiệt đới', 'Báo chí', 'Sản xuất muối', 'Muỗi truyền bệnh']);
    const storm = extractKeyPhrases('Bão.', analyzer, stats);
    const newspaper = { ...empty, expertise: ['Báo chí'], biography: ['Viết báo'] };
    expect(findEvidence(newspaper, storm, analyzer).matches).toEqual([]);
    expect(foundOnlyFolded(newspaper, storm[0], analyzer, new Map())).toBe(true);
    const mosquito = { ...empty, expertise: ['Muỗi truyền bệnh'] };
    const unaccented = extractKeyPhrases('muoi.', analyzer, stats);
    expect(findEvidence(mosquito, unaccented, analyzer).matches.map((match) => match.phrase)).toEqual([
      'muoi',
    ]);
    expect(foundOnlyFolded(mosquito, unaccented[0], analyzer, new Map())).toBe(false);
  });

  it('finds a synonym: vaccine on the profile for vắc xin in the proposal', () => {
    const vaccine = extractKeyPhrases('Sản xuất vắc xin phòng dại cho người', analyzer, REGISTRY);
    const evidence = findEvidence({ ...empty, publication: ['Rabies vaccine trials'] }, vaccine, analyzer);
    expect(evidence.matches.map((match) => match.phrase)).toContain('vắc xin');
  });
});

describe('field coverage, standing and the final score', () => {
  const parents: Record<string, string> = { '405': '4', '401': '4', '102': '1' };
  const parentOf = (code: string) => parents[code] ?? null;

  it('covers a requested field by the field itself or a descendant, and a sibling counts less', () => {
    expect(fieldCoverage(['405'], ['4', '405'], parentOf)).toEqual({ covered: ['405'], near: [], score: 1 });
    expect(fieldCoverage(['4'], ['4', '401'], parentOf)).toMatchObject({ covered: ['4'], score: 1 });
    expect(fieldCoverage(['405', '102'], ['4', '401'], parentOf)).toEqual({
      covered: [],
      near: ['405'],
      score: MATCHING.siblingField / 2,
    });
  });

  it('takes the better of title and degree', () => {
    expect(standing('professor', 'doctorate')).toBe(1);
    expect(standing(null, 'master')).toBe(MATCHING.standing.master);
    expect(standing(null, 'bachelor')).toBe(0);
  });

  it('leaves the field share out when the request names no field', () => {
    const parts = { evidence: 1, retrieval: 1, standing: 1 };
    expect(finalScore({ ...parts, fields: null })).toBeCloseTo(1, 10);
    expect(finalScore({ ...parts, fields: 0 })).toBeCloseTo(1 - MATCHING.weights.fields, 10);
  });
});

describe('who may be proposed', () => {
  const person = { status: 'active' as const, deletedAt: null, mergedIntoId: null };
  it('never the deceased, deleted or merged; the retired only on request', () => {
    expect(mayBeProposedForPanels(person, { includeRetired: false })).toBe(true);
    expect(mayBeProposedForPanels({ ...person, status: 'deceased' }, { includeRetired: true })).toBe(false);
    expect(mayBeProposedForPanels({ ...person, deletedAt: new Date() }, { includeRetired: true })).toBe(
      false,
    );
    expect(mayBeProposedForPanels({ ...person, mergedIntoId: 'x' }, { includeRetired: true })).toBe(false);
    expect(mayBeProposedForPanels({ ...person, status: 'retired' }, { includeRetired: false })).toBe(false);
    expect(mayBeProposedForPanels({ ...person, status: 'retired' }, { includeRetired: true })).toBe(true);
  });
});
