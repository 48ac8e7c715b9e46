import { startTestApp, TestApp } from '../../support/test-app';

describe('catalogs', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it.each([
    ['communes', 65],
    ['ethnic-groups', 55],
    ['fields', 52],
    ['degree-levels', 8],
    ['academic-titles', 2],
    ['honorary-titles', 10],
    ['countries', 250],
  ])('%s has %i entries', async (name, size) => {
    const response = await t.http.get(`/api/v1/catalog/${name}?limit=1`).expect(200);
    expect(response.body).toMatchObject({ total: size, limit: 1, offset: 0 });
    expect(response.body.items).toHaveLength(1);
  });
});
