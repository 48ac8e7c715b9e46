import { IndexerService } from '../../../src/search/indexer/indexer.service';
import { createProfile } from '../../support/factories/search-profile.factory';
import { bearer, startTestApp, TestApp } from '../../support/test-app';
import { idsOf, SearchBody } from './search-body';

jest.setTimeout(60_000);

// Meilisearch refuses to search a field no document ever had: a new province's registry (nobody yet)
// or one where nobody has, say, a biography must still answer every search.
describe('search on an empty or sparse registry', () => {
  let t: TestApp;
  let staff: string;

  beforeAll(async () => {
    t = await startTestApp();
    staff = (await t.account(['association_staff'])).token;
    await t.app.get(IndexerService).drain();
  });
  afterAll(() => t.close());

  it('answers the public directory, staff search and a search with words when nobody is registered', async () => {
    for (const path of ['/api/v1/directory?limit=1', '/api/v1/directory?q=thủy sản']) {
      const { body } = await t.http.get(path).expect(200);
      expect(body).toMatchObject({ items: [], total: 0 });
    }
    const { body } = await t.http
      .get('/api/v1/search/intellectuals?q=nuôi biển&facets=gender')
      .set(bearer(staff))
      .expect(200);
    expect(body).toMatchObject({ items: [], total: 0 });
  });

  it('finds the only person by name while nobody has expertise, publications or a biography', async () => {
    const only = await createProfile(t.dataSource, { fullName: 'Lê Văn Đơn', publicProfile: true });
    await t.app.get(IndexerService).drain();
    const staffHits = await t.http
      .get('/api/v1/search/intellectuals?q=le van don')
      .set(bearer(staff))
      .expect(200);
    expect(idsOf(staffHits.body as SearchBody)).toEqual([only.id]);
    const publicHits = await t.http.get('/api/v1/directory?q=Đơn').expect(200);
    expect(idsOf(publicHits.body as SearchBody)).toEqual([only.id]);
  });
});
