import { readSearchState } from '../public/search/search-state';
import { EXPERT_FACETS, exportQuery } from './export-query';

const stateOf = (query: string) => readSearchState(new URLSearchParams(query), EXPERT_FACETS);

describe('exportQuery: the export holds the people the search shows', () => {
  it('sends the words and every chosen filter, yes/no facets as booleans', () => {
    expect(
      exportQuery(
        stateOf('q=tom+hum&fieldCode=401&degreeLevel=doctorate&overseas=false&verified=true&page=3'),
      ),
    ).toEqual({
      q: 'tom hum',
      fieldCode: '401',
      degreeLevel: 'doctorate',
      overseas: false,
      verified: true,
      status: 'active',
    });
  });

  it('asks for active people unless a status was chosen, as staff search does', () => {
    expect(exportQuery(stateOf(''))).toEqual({ status: 'active' });
    expect(exportQuery(stateOf('status=retired'))).toEqual({ status: 'retired' });
  });
});
