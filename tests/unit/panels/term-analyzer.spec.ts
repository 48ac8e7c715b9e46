import { loadIndexSettings } from '../../../src/search/index/index-settings';
import {
  exactForm,
  sameWord,
  TermAnalyzer,
  type Token,
} from '../../../src/panels/matching/text/term-analyzer';

const analyzer = new TermAnalyzer({
  synonymGroups: loadIndexSettings('intellectuals').synonymGroups,
  placeNames: ['Cam Ranh', 'Khánh Hòa', 'Nha Trang'],
});
const terms = (text: string) => [...analyzer.termSet(text, 'folded')].sort();
const exact = (text: string) => [...analyzer.termSet(text, 'exact')].sort();
const word = (text: string): Token => analyzer.segments(text)[0][0];

describe('term analyzer (diacritic-folded syllable unigrams and bigrams)', () => {
  it('folds diacritics and đ, and pairs adjacent syllables into bigrams', () => {
    expect(terms('Tôm hùm bông')).toEqual(['bong', 'hum', 'hum bong', 'tom', 'tom hum']);
    expect(terms('Đường')).toEqual(['duong']);
  });

  it('counts NFD input like NFC', () => {
    expect(terms('Tôm hùm'.normalize('NFD'))).toEqual(terms('Tôm hùm'));
  });

  it('drops stop words before folding, so "được" goes and "dược" (pharmacy) stays', () => {
    expect(terms('được')).toEqual([]);
    expect(terms('dược liệu')).toEqual(['duoc', 'duoc lieu', 'lieu']);
    // "của" is a function word, the crab "cua" is not
    expect(terms('nuôi cua')).toEqual(['cua', 'nuoi', 'nuoi cua']);
    expect(terms('của tôm')).toEqual(['tom']);
  });

  it('never pairs syllables across a stop word, punctuation or a line break', () => {
    expect(terms('nuôi trồng và chế biến')).not.toContain('trong che');
    expect(terms('cá mú, tôm hùm')).not.toContain('mu tom');
    expect(terms('cá mú\ntôm hùm')).not.toContain('mu tom');
  });

  it('keeps hyphenated compounds together and drops bare numbers and single letters', () => {
    expect(terms('vắc-xin')).toEqual(terms('vắc xin'));
    expect(terms('năm 2025 giai đoạn 2')).toEqual(['doan', 'giai', 'giai doan']);
    expect(terms('H5N1')).toEqual(['h5n1']);
  });

  it('rewrites synonyms of search/ to one term', () => {
    expect(terms('vaccine')).toEqual(terms('vắc xin'));
    expect(terms('vacxin phòng dại')).toEqual(expect.arrayContaining(['vac xin', 'xin phong']));
    expect(terms('aquaculture')).toEqual(terms('nuôi trồng thủy sản'));
    expect(terms('thuỷ sản')).toEqual(terms('thủy sản'));
  });

  it('blanks place names out, without joining the words around them', () => {
    expect(terms('quy hoạch đô thị Cam Ranh')).toEqual([
      'do',
      'do thi',
      'hoach',
      'hoach do',
      'quy',
      'quy hoach',
      'thi',
    ]);
    expect(terms('biển Nha Trang san hô')).not.toContain('bien san');
    expect(terms('khánh hoà')).toEqual([]);
  });

  it('keeps the diacritics in the exact form, the tone mark placed one way', () => {
    expect(exact('Tôm hùm bông')).toEqual(['bông', 'hùm', 'hùm bông', 'tôm', 'tôm hùm']);
    expect(exact('bão')).toEqual(['bão']);
    expect(exact('Hòa')).toEqual(exact('hoà'));
    expect(exactForm('thủy')).toBe('thuỷ');
    expect(exactForm('khỏe')).toBe('khoẻ');
    expect(exactForm('quý')).toBe('quý');
    expect(exactForm('mùa')).toBe('mùa');
    expect(exactForm('toán')).toBe('toán');
  });

  it('matches a word written with diacritics to the same diacritics only, one written without to any', () => {
    expect(sameWord(word('bão'), word('báo'))).toBe(false);
    expect(sameWord(word('bão'), word('bao'))).toBe(false);
    expect(sameWord(word('Bão'), word('bão'))).toBe(true);
    expect(sameWord(word('thủy'), word('thuỷ'))).toBe(true);
    expect(sameWord(word('bao'), word('báo'))).toBe(true);
    expect(sameWord(word('bao'), word('bão'))).toBe(true);
    expect(sameWord(word('duoc'), word('được'))).toBe(true);
    expect(sameWord(word('dược'), word('được'))).toBe(false);
  });

  it('rewrites a synonym under the same rule: "ải" is not the acronym AI', () => {
    expect(exact('cửa ải')).not.toContain('trí tuệ');
    expect(exact('ứng dụng AI')).toContain('trí tuệ');
  });

  it('keeps the surface form of each syllable for showing a phrase', () => {
    const [segment] = analyzer.segments('Tôm Hùm');
    expect(segment.map((token) => token.surface)).toEqual(['tôm', 'hùm']);
  });
});
