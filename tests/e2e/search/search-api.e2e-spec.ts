import { IndexerService } from '../../../src/search/indexer/indexer.service';
import { createProfile, fakeNationalId } from '../../support/factories/search-profile.factory';
import { bearer, startTestApp, TestApp } from '../../support/test-app';
import { idsOf, SearchBody } from './search-body';
import { expectProblem } from '../foundation/problem';

jest.setTimeout(60_000);

describe('search API: roles, privacy, validation, escaping', () => {
  let t: TestApp;
  const tokens = {} as Record<'admin' | 'personnel_officer' | 'association_staff' | 'intellectual', string>;
  let consenting: string;
  let privateOne: string;
  const nationalId = fakeNationalId();

  beforeAll(async () => {
    t = await startTestApp();
    for (const role of ['admin', 'personnel_officer', 'association_staff', 'intellectual'] as const) {
      tokens[role] = (await t.account([role])).token;
    }
    consenting = (
      await createProfile(t.dataSource, {
        fullName: 'Võ Thị Thu Sương',
        publicProfile: true,
        gender: 'female',
        birthDate: '1979-11-23',
        nationalId,
        ethnicGroupCode: '39',
        hometown: { text: 'Thôn Suối Cát Riêng Tư' },
        disability: 'Khiếm thị nhẹ bí mật',
        homeAddress: '12 Đường Bí Mật, Nha Trang',
        communeCode: '22333',
        email: 'suong@example.vn',
        phone: '0905123456',
        expertise: ['sinh thái rừng ngập mặn'],
        provenance: {
          identity: { source: 'officer', verification: 'verified', verifiedBy: null, verifiedAt: null },
        },
      })
    ).id;
    privateOne = (
      await createProfile(t.dataSource, {
        fullName: 'Võ Thị Thu Hằng',
        publicProfile: false,
        expertise: ['sinh thái rừng ngập mặn'],
      })
    ).id;
    await createProfile(t.dataSource, { fullName: 'Ký Tự Lạ', fieldCodes: ['a"b\\c (d) [e] OR f'] });
    await t.app.get(IndexerService).drain();
  });
  afterAll(() => t.close());

  it('never sends restricted attributes to Meilisearch', async () => {
    const { results } = await t.meilisearch
      .index(`${t.config.meili.indexPrefix}intellectuals`)
      .getDocuments({ limit: 100 });
    expect(results).toHaveLength(3);
    const raw = JSON.stringify(results);
    for (const key of [
      'birthDate',
      'nationalId',
      'ethnicGroupCode',
      'hometown',
      'disability',
      'homeAddress',
      'email',
      'phone',
    ]) {
      expect(results.every((document) => !(key in document))).toBe(true);
    }
    for (const value of [
      nationalId,
      '1979-11-23',
      'Suối Cát Riêng Tư',
      'bí mật',
      'Bí Mật',
      'suong@example.vn',
      '0905123456',
    ]) {
      expect(raw).not.toContain(value);
    }
    expect(results.find((document) => document.id === consenting)).toMatchObject({
      birthYear: 1979,
      verified: true,
    });
  });

  it('shows the directory only consenting people, with public attributes only', async () => {
    const { body } = await t.http.get('/api/v1/directory?q=rung ngap man').expect(200);
    expect(body).toMatchObject({ total: 1, limit: 20, offset: 0, facets: {} });
    const [hit] = body.items;
    expect(hit.id).toBe(consenting);
    for (const key of [
      'gender',
      'birthYear',
      'communeCode',
      'communeName',
      'verified',
      'publicProfile',
      'status',
      'updatedAt',
    ]) {
      expect(hit).not.toHaveProperty(key);
    }
    expect(hit.highlight).toEqual({
      expertise: ['sinh thái <mark>rừng</mark> <mark>ngập</mark> <mark>mặn</mark>'],
    });
  });

  it('does not let the directory match on internal attributes', async () => {
    // communeName is internal: a public query must not find people by where they live
    expect((await t.http.get('/api/v1/directory?q=Bắc Nha Trang').expect(200)).body.total).toBe(0);
    const staff = await t.http
      .get('/api/v1/search/intellectuals?q=Bắc Nha Trang')
      .set(bearer(tokens.admin))
      .expect(200);
    expect(idsOf(staff.body as SearchBody)).toEqual([consenting]);
  });

  it('shows staff everyone with internal attributes', async () => {
    const body = (
      await t.http
        .get('/api/v1/search/intellectuals?q=rung ngap man&facets=gender,verified')
        .set(bearer(tokens.association_staff))
        .expect(200)
    ).body as SearchBody;
    expect(idsOf(body).sort()).toEqual([consenting, privateOne].sort());
    expect(body.items.find((hit) => hit.id === consenting)).toMatchObject({
      gender: 'female',
      birthYear: 1979,
      communeCode: '22333',
      verified: true,
    });
    expect(body.facets).toEqual({
      gender: [{ value: 'female', label: 'Nữ', count: 1 }],
      verified: [
        { value: 'false', label: 'Chưa xác minh', count: 1 },
        { value: 'true', label: 'Đã xác minh', count: 1 },
      ],
    });
  });

  it.each([
    ['anonymous', undefined, 401],
    ['intellectual', 'intellectual', 403],
    ['association_staff', 'association_staff', 200],
    ['personnel_officer', 'personnel_officer', 200],
    ['admin', 'admin', 200],
  ] as const)('GET /search/intellectuals as %s → %s', async (_, role, status) => {
    const request = t.http.get('/api/v1/search/intellectuals');
    if (role) request.set(bearer(tokens[role]));
    expect((await request).status).toBe(status);
  });

  it.each([
    ['GET', '/api/v1/search/status'],
    ['POST', '/api/v1/search/reindex'],
  ])('%s %s is for admins only', async (method, path) => {
    const call = (token?: string) => {
      const request = method === 'GET' ? t.http.get(path) : t.http.post(path);
      return token ? request.set(bearer(token)) : request;
    };
    expect((await call()).status).toBe(401);
    for (const role of ['intellectual', 'association_staff', 'personnel_officer'] as const) {
      expect((await call(tokens[role])).status).toBe(403);
    }
    expect((await call(tokens.admin)).status).toBe(200);
  });

  it('lets anyone, also signed in, use the directory', async () => {
    await t.http.get('/api/v1/directory').expect(200);
    await t.http.get('/api/v1/directory').set(bearer(tokens.intellectual)).expect(200);
  });

  it.each([
    ['/api/v1/directory?gender=female', ['gender']],
    ['/api/v1/directory?facets=gender', ['facets']],
    ['/api/v1/directory?sort=updatedAt:desc', ['sort']],
    ['/api/v1/search/intellectuals?foo=1&bar=2', ['foo', 'bar']],
    ['/api/v1/search/intellectuals?degreeLevel=phd', ['degreeLevel']],
    ['/api/v1/search/intellectuals?limit=101', ['limit']],
    ['/api/v1/search/intellectuals?organizationId=nope', ['organizationId']],
    [
      '/api/v1/search/intellectuals?sort=fullName:asc&sort=fullName:desc&sort=ipCount:asc&sort=ipCount:desc',
      ['sort'],
    ],
  ])('%s → 400 naming %j', async (url, fields) => {
    const response = await t.http.get(url).set(bearer(tokens.admin));
    expectProblem(response, 400, 'VALIDATION_FAILED', { fields });
  });

  it.each([
    'a"b\\c (d) [e] OR f',
    '" OR fieldCodes EXISTS OR "',
    '\\" OR status = "deceased',
    ') OR (publicProfile = true',
    '] OR fieldCodes IN [',
  ])('matches filter value %j literally', async (value) => {
    const body = (
      await t.http
        .get(`/api/v1/search/intellectuals?fieldCode=${encodeURIComponent(value)}`)
        .set(bearer(tokens.admin))
        .expect(200)
    ).body as SearchBody;
    expect(body.items.map((hit) => hit.fullName)).toEqual(
      value === 'a"b\\c (d) [e] OR f' ? ['Ký Tự Lạ'] : [],
    );
  });
});
