import { readSearchState, searchParamsOf, searchQuery, toggleFilter } from './search-state';

const FACETS = ['fieldCode', 'degreeLevel', 'verified'] as const;
const read = (query: string) => readSearchState(new URLSearchParams(query), FACETS);

describe('search state in the address bar', () => {
  it('reads words, one value per facet and the page', () => {
    expect(read('q=nguyen+van&degreeLevel=doctorate&verified=true&page=3')).toEqual({
      q: 'nguyen van',
      filters: { degreeLevel: 'doctorate', verified: 'true' },
      page: 3,
    });
  });

  it('ignores unknown parameters, empty values and impossible pages', () => {
    for (const page of ['0', '-2', '1.5', 'abc', '100000']) {
      expect(read(`q=&fieldCode=&sector=university&page=${page}`)).toEqual({ q: '', filters: {}, page: 1 });
    }
  });

  it('writes back what it reads, so a bookmarked search opens the same results', () => {
    const query = 'q=t%C3%B4m+h%C3%B9m&fieldCode=401&degreeLevel=doctorate&page=2';
    expect(searchParamsOf(read(query), FACETS).toString()).toBe(query);
  });

  it('leaves out empty words and the first page', () => {
    expect(searchParamsOf({ q: '  ', filters: {}, page: 1 }, FACETS).toString()).toBe('');
  });

  it('chooses a value, replaces another of the same facet, clears it when chosen again, back to page 1', () => {
    const start = read('q=ai&degreeLevel=master&page=4');
    const chosen = toggleFilter(start, 'degreeLevel', 'doctorate');
    expect(chosen).toEqual({ q: 'ai', filters: { degreeLevel: 'doctorate' }, page: 1 });
    expect(toggleFilter(chosen, 'degreeLevel', 'doctorate')).toEqual({ q: 'ai', filters: {}, page: 1 });
  });

  it('asks the API for the page as limit and offset, filters as lists, and every facet counted', () => {
    expect(searchQuery(read('q=ai&fieldCode=401&page=3'), FACETS, 20)).toEqual({
      q: 'ai',
      fieldCode: ['401'],
      limit: 20,
      offset: 40,
      facets: ['fieldCode', 'degreeLevel', 'verified'],
    });
    expect(searchQuery(read(''), FACETS, 20)).not.toHaveProperty('q');
  });
});
