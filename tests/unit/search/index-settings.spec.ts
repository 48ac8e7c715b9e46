import {
  compileIndexSettings,
  expandSynonyms,
  loadIndexSettings,
} from '../../../src/search/index/index-settings';

describe('index settings', () => {
  it('expands a synonym group so every spelling finds every other', () => {
    expect(expandSynonyms([['Vắc xin', 'vaccine', 'vacxin']])).toEqual({
      'vắc xin': ['vaccine', 'vacxin'],
      vaccine: ['vắc xin', 'vacxin'],
      vacxin: ['vắc xin', 'vaccine'],
    });
  });

  it('hashes the settings, not their formatting', () => {
    const a = compileIndexSettings({
      settings: { sortableAttributes: ['a'], faceting: { maxValuesPerFacet: 5 } },
      synonymGroups: [],
    });
    const b = compileIndexSettings({
      settings: { faceting: { maxValuesPerFacet: 5 }, sortableAttributes: ['a'] },
      synonymGroups: [],
    });
    const c = compileIndexSettings({
      settings: { faceting: { maxValuesPerFacet: 6 }, sortableAttributes: ['a'] },
      synonymGroups: [],
    });
    expect(a.hash).toBe(b.hash);
    expect(a.hash).not.toBe(c.hash);
  });

  it('ships the synonyms the province needs and makes every facet filterable', () => {
    const { settings } = loadIndexSettings('intellectuals');
    expect(settings.synonyms).toMatchObject({
      cntt: ['công nghệ thông tin', 'information technology'],
      ai: expect.arrayContaining(['trí tuệ nhân tạo']),
      ntts: expect.arrayContaining(['nuôi trồng thủy sản']),
      vacxin: expect.arrayContaining(['vắc xin', 'vaccine']),
    });
    expect(settings.filterableAttributes).toEqual(
      expect.arrayContaining([
        'fieldCodes',
        'degreeLevel',
        'academicTitle',
        'communeCode',
        'organizationId',
        'sector',
        'gender',
        'birthYear',
        'overseas',
        'countryCode',
        'verified',
        'publicProfile',
        'status',
      ]),
    );
  });
});
