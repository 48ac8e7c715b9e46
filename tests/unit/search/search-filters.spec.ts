import { ageBandOf, buildFilter, filtersFor, literal } from '../../../src/search/query/search-filters';

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

  it('turns age bands into birth-year ranges of the current year', () => {
    const now = new Date('2026-06-01');
    expect(buildFilter({ ageBand: ['under_30', '30_39', '60_plus'] }, now)).toEqual([
      ['birthYear > 1996', 'birthYear 1987 TO 1996', 'birthYear <= 1966'],
    ]);
    expect([1997, 1996, 1987, 1986, 1967, 1966].map((year) => ageBandOf(year, now))).toEqual([
      'under_30',
      '30_39',
      '30_39',
      '40_49',
      '50_59',
      '60_plus',
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
