import { intellectualInput } from '../../support/factories/intellectual.factory';
import { bearer, startTestApp, TestAccount, TestApp } from '../../support/test-app';
import { expectProblem } from './problem';

jest.setTimeout(60_000);

const API = '/api/v1/intellectuals';

/** `{"a":{"a":…}}` nested `levels` deep, as text (JSON.stringify itself would recurse that deep). */
function nested(levels: number): string {
  return `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;
}

describe('hostile input is refused with 400/415 naming the field, never 500 and never a silent no-op', () => {
  let t: TestApp;
  let officer: TestAccount;
  let admin: TestAccount;
  beforeAll(async () => {
    t = await startTestApp();
    officer = await t.account(['personnel_officer']);
    admin = await t.account(['admin']);
  });
  afterAll(() => t.close());

  async function profileCount(): Promise<number> {
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM intellectual`);
    return count as number;
  }

  it('refuses a NUL character in any body field, naming its path, and stores nothing', async () => {
    const before = await profileCount();
    const cases: Array<[string, Record<string, unknown>]> = [
      ['fullName', { fullName: 'Nguyễn\u0000Văn' }],
      ['biography', { biography: '\u0000' }],
      ['otherNames.0', { otherNames: ['a\u0000'] }],
      ['expertise.1', { expertise: ['ok', 'x\u0000y'] }],
      ['hometown.communeCode', { hometown: { communeCode: '22\u0000366' } }],
      ['educations.0.institution', { educations: [{ ...baseEducation(), institution: 'NTU\u0000' }] }],
      ['academicTitle.code', { academicTitle: { code: '\u0000', year: 2015 } }],
    ];
    for (const [field, overrides] of cases) {
      const response = await t.http.post(API).set(bearer(officer.token)).send(intellectualInput(overrides));
      const body = expectProblem(response, 400, 'VALIDATION_FAILED', { fields: [field] });
      expect(body.errors[0].message).toContain('NUL');
    }
    expect(await profileCount()).toBe(before);
  });

  it('refuses q=%00 on lists and catalogs', async () => {
    expectProblem(await t.http.get(`${API}?q=%00`).set(bearer(officer.token)), 400, 'VALIDATION_FAILED', {
      fields: ['q'],
    });
    expectProblem(await t.http.get('/api/v1/catalog/fields?q=a%00b'), 400, 'VALIDATION_FAILED', {
      fields: ['q'],
    });
  });

  it('refuses a body nested 10,000 levels deep, even without signing in', async () => {
    for (const [path, token] of [
      ['/api/v1/auth/login', undefined],
      [API, officer.token],
    ] as const) {
      const response = await t.http
        .post(path)
        .set(token ? bearer(token) : {})
        .set('Content-Type', 'application/json')
        .send(nested(10_000));
      const body = expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(body.errors[0].field).toMatch(/^a(\.a)+$/);
    }
    // a body a few levels deep is still judged on its content
    expectProblem(
      await t.http.post('/api/v1/auth/login').send({ email: 'a@test.local', password: 'whatever' }),
      401,
      'INVALID_CREDENTIALS',
    );
  });

  it('refuses an offset or limit out of bounds', async () => {
    for (const path of [`${API}?offset=99999999999999999999`, `${API}?offset=1e300`, `${API}?limit=1e20`]) {
      const field = path.includes('limit') ? 'limit' : 'offset';
      expectProblem(await t.http.get(path).set(bearer(officer.token)), 400, 'VALIDATION_FAILED', {
        fields: [field],
      });
    }
    expectProblem(
      await t.http.get('/api/v1/catalog/communes?offset=99999999999999999999'),
      400,
      'VALIDATION_FAILED',
      { fields: ['offset'] },
    );
    expectProblem(
      await t.http.get('/api/v1/search/intellectuals?offset=99999999999999999999').set(bearer(officer.token)),
      400,
      'VALIDATION_FAILED',
      { fields: ['offset'] },
    );
    await t.http.get(`${API}?offset=1000000`).set(bearer(officer.token)).expect(200);
  });

  it('answers a body that is not JSON with 415 and changes nothing', async () => {
    const created = await t.http.post(API).set(bearer(officer.token)).send(intellectualInput()).expect(201);
    const id = created.body.id as string;
    const etag = created.headers.etag;
    const bodies: Array<[string | undefined, string]> = [
      ['text/plain', '{"position":"Viện trưởng"}'],
      ['application/xml', '<position>Viện trưởng</position>'],
      ['application/x-www-form-urlencoded', 'position=Vi%E1%BB%87n+tr%C6%B0%E1%BB%9Fng'],
      [undefined, '{"position":"Viện trưởng"}'],
    ];
    for (const [type, payload] of bodies) {
      const request = t.http.patch(`${API}/${id}`).set(bearer(officer.token)).set('If-Match', etag);
      // supertest guesses a type for strings; a missing header must really be missing
      const response = type
        ? await request.set('Content-Type', type).send(payload)
        : await sendUntyped(request, payload);
      const body = expectProblem(response, 415, 'UNSUPPORTED_MEDIA_TYPE');
      expect(body.detail).toContain('application/json');
    }
    const read = await t.http.get(`${API}/${id}`).set(bearer(officer.token)).expect(200);
    expect(read.headers.etag).toBe(etag);
    expect(read.body.position).toBe('Phó Viện trưởng');

    expectProblem(
      await t.http.post('/api/v1/auth/login').set('Content-Type', 'text/plain').send('email=a&password=b'),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    );
    // requests without a body still work where none is needed
    await t.http.delete(`${API}/${id}`).set(bearer(officer.token)).set('If-Match', etag).expect(204);
    const [{ version }] = await t.dataSource.query(`SELECT version FROM intellectual WHERE id = $1`, [id]);
    await t.http
      .post(`${API}/${id}/restore`)
      .set(bearer(officer.token))
      .set('If-Match', `"${version}"`)
      .expect(200);
  });

  it('refuses nested arrays and arrays where an object belongs, naming the field, storing nothing', async () => {
    const before = await profileCount();
    const cases: Array<[string, Record<string, unknown>]> = [
      ['educations', { educations: [[]] }],
      ['honoraryTitles', { honoraryTitles: [[]] }],
      ['publications', { publications: [[{ title: 'x' }]] }],
      ['academicTitle', { academicTitle: [] }],
      ['hometown', { hometown: [{ communeCode: '22366' }] }],
    ];
    for (const [field, overrides] of cases) {
      const response = await t.http.post(API).set(bearer(officer.token)).send(intellectualInput(overrides));
      const body = expectProblem(response, 400, 'VALIDATION_FAILED');
      expect({ field, named: body.errors.map((problem) => problem.field) }).toEqual({
        field,
        named: expect.arrayContaining([field]),
      });
    }
    expect(await profileCount()).toBe(before);
  });

  it('refuses __proto__, constructor and prototype keys like any unknown field', async () => {
    const cases: Array<[string, string]> = [
      ['__proto__', '{"__proto__":{"isAdmin":true},"email":"a@test.local","password":"whatever"}'],
      ['constructor', '{"constructor":{"prototype":{"x":1}},"email":"a@test.local","password":"whatever"}'],
    ];
    for (const [field, payload] of cases) {
      const response = await t.http
        .post('/api/v1/auth/login')
        .set('Content-Type', 'application/json')
        .send(payload);
      expectProblem(response, 400, 'VALIDATION_FAILED', { fields: [field] });
    }
    const nestedKey = await t.http
      .post(API)
      .set(bearer(officer.token))
      .set('Content-Type', 'application/json')
      .send(JSON.stringify(intellectualInput()).replace('"hometown":{', '"hometown":{"__proto__":{"x":1},'));
    expectProblem(nestedKey, 400, 'VALIDATION_FAILED', { fields: ['hometown.__proto__'] });
    const accounts = await t.http
      .post('/api/v1/accounts')
      .set(bearer(admin.token))
      .set('Content-Type', 'application/json')
      .send(
        '{"email":"p@test.local","password":"long enough pw","displayName":"P","roles":["intellectual"],"prototype":1}',
      );
    expectProblem(accounts, 400, 'VALIDATION_FAILED', { fields: ['prototype'] });
  });
});

function baseEducation() {
  return { level: 'bachelor', fieldCode: '401', institution: 'NTU', countryCode: 'VN', year: 2002 };
}

/** Sends a body with no Content-Type header at all. */
async function sendUntyped(request: ReturnType<TestApp['http']['patch']>, payload: string) {
  return request.set('Content-Type', '').send(Buffer.from(payload));
}
