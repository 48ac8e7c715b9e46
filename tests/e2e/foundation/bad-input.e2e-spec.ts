import { JwtService } from '@nestjs/jwt';
import { bearer, startTestApp, TestAccount, TestApp } from '../../support/test-app';
import { expectProblem } from './problem';

// Real servers and argon2 need more than the default 5 s under load (Jest only reads testTimeout
// from the top level of its configuration, not from a project).
jest.setTimeout(60_000);

describe('bad input never yields a 500 or a stack trace', () => {
  let t: TestApp;
  let admin: TestAccount;
  let officer: TestAccount;
  beforeAll(async () => {
    t = await startTestApp({ env: { BODY_LIMIT: '1kb' } });
    admin = await t.account(['admin']);
    officer = await t.account(['personnel_officer']);
  });
  afterAll(() => t.close());

  it('answers malformed JSON with 400 MALFORMED_JSON', async () => {
    const response = await t.http
      .post('/api/v1/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"email": "a@b.c", "password": ');
    expectProblem(response, 400, 'MALFORMED_JSON');
    const notAnObject = await t.http
      .post('/api/v1/accounts')
      .set(bearer(admin.token))
      .set('Content-Type', 'application/json')
      .send('"just a string"');
    expectProblem(notAnObject, 400, 'MALFORMED_JSON');
  });

  it('answers an id in the path that is not a UUID with 400 naming the parameter, in both languages', async () => {
    const body = expectProblem(
      await t.http.get('/api/v1/intellectuals/not-a-uuid').set(bearer(officer.token)),
      400,
      'VALIDATION_FAILED',
      { fields: ['id'] },
    );
    expect(body.errors[0]).toMatchObject({ message: 'id must be a UUID', messageVi: 'id phải là một UUID' });
    expectProblem(
      await t.http.get('/api/v1/imports/123').set(bearer(officer.token)),
      400,
      'VALIDATION_FAILED',
      { fields: ['id'] },
    );
  });

  it('answers an unknown field with 400 naming it', async () => {
    const response = await t.http
      .post('/api/v1/auth/login')
      .send({ email: 'a@test.local', password: 'whatever', rememberMe: true });
    const body = expectProblem(response, 400, 'VALIDATION_FAILED', { fields: ['rememberMe'] });
    expect(body.detail).toContain('rememberMe');
    expectProblem(await t.http.get('/api/v1/catalog/communes?colour=blue'), 400, 'VALIDATION_FAILED', {
      fields: ['colour'],
    });
  });

  it('answers a body over BODY_LIMIT with 413 PAYLOAD_TOO_LARGE', async () => {
    const response = await t.http
      .post('/api/v1/auth/login')
      .send({ email: 'a@test.local', password: 'x'.repeat(5 * 1024) });
    expectProblem(response, 413, 'PAYLOAD_TOO_LARGE');
    // a body under the limit still works
    expectProblem(
      await t.http.post('/api/v1/auth/login').send({ email: 'a@test.local', password: 'x'.repeat(100) }),
      401,
      'INVALID_CREDENTIALS',
    );
  });

  it('answers an unknown route with 404 problem details', async () => {
    expectProblem(await t.http.get('/api/v1/no-such-thing'), 404, 'NOT_FOUND');
    expectProblem(await t.http.get('/no-such-thing'), 404, 'NOT_FOUND');
    expectProblem(await t.http.post('/api/v2/auth/login').send({}), 404, 'NOT_FOUND');
  });

  it('answers a wrong method with 404 or 405 problem details', async () => {
    for (const response of [
      await t.http.delete('/api/v1/auth/login'),
      await t.http.get('/api/v1/auth/login'),
      await t.http.put('/api/v1/health').send({}),
    ]) {
      expect([404, 405]).toContain(response.status);
      expectProblem(response, response.status, response.status === 404 ? 'NOT_FOUND' : 'METHOD_NOT_ALLOWED');
    }
  });

  it('answers a missing, garbage, foreign or expired token with 401', async () => {
    const jwt = t.app.get(JwtService);
    const expired = jwt.sign({ sub: admin.id }, { expiresIn: -10 });
    const foreign = jwt.sign({ sub: admin.id }, { secret: 'another secret that is long enough!!' });
    const noSubject = jwt.sign({ role: 'admin' });
    const cases: Array<[string, Record<string, string>]> = [
      ['missing', {}],
      ['garbage', bearer('garbage')],
      ['three garbage parts', bearer('a.b.c')],
      ['not bearer', { Authorization: `Basic ${Buffer.from('a:b').toString('base64')}` }],
      ['empty bearer', { Authorization: 'Bearer ' }],
      ['expired', bearer(expired)],
      ['signed with another secret', bearer(foreign)],
      ['unknown subject', bearer(jwt.sign({ sub: '00000000-0000-4000-8000-000000000000' }))],
      ['no subject', bearer(noSubject)],
      ['subject not an account id', bearer(jwt.sign({ sub: 'admin' }))],
    ];
    for (const [name, headers] of cases) {
      const response = await t.http.get('/api/v1/accounts').set(headers);
      expect({ name, status: response.status }).toEqual({ name, status: 401 });
      expectProblem(response, 401, 'UNAUTHENTICATED');
    }
    await t.http.get('/api/v1/accounts').set(bearer(admin.token)).expect(200);
  });

  it('answers a wrong role with 403', async () => {
    expectProblem(await t.http.get('/api/v1/accounts').set(bearer(officer.token)), 403, 'FORBIDDEN');
  });

  it('answers wrongly typed values with 400 naming each field, never 500', async () => {
    const response = await t.http
      .post('/api/v1/accounts')
      .set(bearer(admin.token))
      .send({ email: 42, password: ['x'], displayName: { a: 1 }, roles: 'admin' });
    const body = expectProblem(response, 400, 'VALIDATION_FAILED');
    expect([...new Set(body.errors.map((e) => e.field))].sort()).toEqual(
      ['displayName', 'email', 'password', 'roles'].sort(),
    );
    expectProblem(await t.http.get('/api/v1/catalog/communes?limit=abc'), 400, 'VALIDATION_FAILED', {
      fields: ['limit'],
    });
    expectProblem(
      await t.http.post('/api/v1/auth/login').set('Content-Type', 'application/json').send('null'),
      400,
      'MALFORMED_JSON',
    );
  });

  it('echoes x-request-id, generates one when absent, and sets security headers', async () => {
    const echoed = await t.http.get('/api/v1/health').set('x-request-id', 'req-abc-123').expect(200);
    expect(echoed.headers['x-request-id']).toBe('req-abc-123');
    const problem = await t.http.get('/api/v1/nothing').set('x-request-id', 'req-def-456');
    expect(problem.headers['x-request-id']).toBe('req-def-456');
    expect(problem.body.requestId).toBe('req-def-456');

    const generated = await t.http.get('/api/v1/health');
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const unsafe = await t.http.get('/api/v1/health').set('x-request-id', 'bad id\twith spaces');
    expect(unsafe.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);

    expect(generated.headers['x-content-type-options']).toBe('nosniff');
    expect(generated.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(generated.headers['content-security-policy']).toBeDefined();
    expect(generated.headers['x-powered-by']).toBeUndefined();
  });

  it('stores strings in Unicode NFC even when they arrive decomposed (NFD)', async () => {
    const nfc = 'Trung tâm Nghiên cứu Ứng dụng Thủy sản Khánh Hòa'.normalize('NFC');
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    const created = await t.http
      .post('/api/v1/catalog/organizations')
      .set(bearer(officer.token))
      .send({ nameVi: nfd, sector: 'research_institute' })
      .expect(201);
    expect(created.body.nameVi).toBe(nfc);
    const [row] = await t.dataSource.query(`SELECT name_vi FROM organization WHERE id = $1`, [
      created.body.id,
    ]);
    expect(row.name_vi).toBe(nfc);
    // and queries are normalised too: an NFD search finds it
    const found = await t.http.get(`/api/v1/catalog/organizations?q=${encodeURIComponent(nfd.slice(0, 30))}`);
    expect((found.body.items as Array<{ id: string }>).map((item) => item.id)).toContain(created.body.id);
  });
});
