import { ageBandOf } from '../../../src/intellectuals/summary/age-bands';
import { buildFilter, filtersFor, literal } from '../../../src/search/query/search-filters';

describe('search filters', () => {
  it.each([
    ['plain', '"plain"'],
    ['say "hi"', '"say \\"hi\\""'],
    ['back\\slash', '"back\\\\slash"'],
    ['\\" OR status = "deceased', '"\\\\\\" OR status = \\"deceased"'],
    ['a OR b (c) [d]', '"a OR b (c) [d]"'],
  ])('quotes %j as one literal', (value, expected) => {
    expect(literal(value)).toBe(expected);
  });

  it('ORs the values of one parameter and ANDs different parameters', () => {
    expect(buildFilter({ fieldCode: ['4', '102'], gender: ['female'], sector: [] })).toEqual([
      'fieldCodes IN ["4", "102"]',
      'gender IN ["female"]',
    ]);
  });

  it('turns age bands into birth-year ranges of the current year, the bands profiles show', () => {
    const now = new Date('2026-06-01');
    expect(buildFilter({ ageBand: ['under_35', '35_44', '65_plus'] }, now)).toEqual([
      ['birthYear >= 1992', 'birthYear 1982 TO 1991', 'birthYear <= 1961'],
    ]);
    expect([1992, 1991, 1982, 1981, 1962, 1961].map((year) => ageBandOf(year, 2026))).toEqual([
      'under_35',
      '35_44',
      '35_44',
      '45_54',
      '55_64',
      '65_plus',
    ]);
  });

  it('offers anonymous callers only filters on public attributes', () => {
    expect(filtersFor(new Set(['public']))).toEqual([
      'fieldCode',
      'degreeLevel',
      'academicTitle',
      'organizationId',
      'sector',
      'overseas',
      'countryCode',
    ]);
    expect(filtersFor(new Set(['public', 'internal']))).toEqual(
      expect.arrayContaining(['communeCode', 'gender', 'ageBand', 'verified', 'status']),
    );
  });
});
