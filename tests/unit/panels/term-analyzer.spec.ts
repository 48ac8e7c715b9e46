import { loadIndexSettings } from '../../../src/search/index/index-settings';
import { TermAnalyzer } from '../../../src/panels/matching/text/term-analyzer';

const analyzer = new TermAnalyzer({
  synonymGroups: loadIndexSettings('intellectuals').synonymGroups,
  placeNames: ['Cam Ranh', 'Khánh Hòa', 'Nha Trang'],
});
const terms = (text: string) => [...analyzer.termSet(text)].sort();

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

  it('keeps the surface form of each syllable for showing a phrase', () => {
    const [segment] = analyzer.segments('Tôm Hùm');
    expect(segment.map((token) => token.surface)).toEqual(['tôm', 'hùm']);
  });
});
