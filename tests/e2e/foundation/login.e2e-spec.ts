import { bearer, startTestApp, TestAccount, TestApp } from '../../support/test-app';
import { expectProblem } from './problem';

// Real servers and argon2 need more than the default 5 s under load (Jest only reads testTimeout
// from the top level of its configuration, not from a project).
jest.setTimeout(60_000);

const PASSWORD = 'correct horse battery'; // what TestApp.account gives every account

describe('login', () => {
  let t: TestApp;
  let admin: TestAccount;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.account(['admin']);
  });
  afterAll(() => t.close());

  it('returns a bearer token that works on an admin endpoint', async () => {
    const login = await t.http
      .post('/api/v1/auth/login')
      .send({ email: admin.email.toUpperCase(), password: PASSWORD })
      .expect(200);
    expect(login.body).toEqual({ accessToken: expect.any(String), expiresIn: t.config.jwt.ttlSeconds });
    expect((login.body.accessToken as string).split('.')).toHaveLength(3);

    const accounts = await t.http.get('/api/v1/accounts').set(bearer(login.body.accessToken)).expect(200);
    expect((accounts.body.items as Array<{ email: string }>).map((item) => item.email)).toContain(
      admin.email,
    );
  });

  it('answers a wrong password and an unknown email with the same 401', async () => {
    const wrongPassword = await t.http
      .post('/api/v1/auth/login')
      .send({ email: admin.email, password: 'not the password' });
    const unknownEmail = await t.http
      .post('/api/v1/auth/login')
      .send({ email: 'nobody@test.local', password: PASSWORD });
    expectProblem(wrongPassword, 401, 'INVALID_CREDENTIALS');
    expectProblem(unknownEmail, 401, 'INVALID_CREDENTIALS');
    const comparable = (body: Record<string, unknown>) => ({ ...body, instance: 0, requestId: 0 });
    expect(comparable(unknownEmail.body)).toEqual(comparable(wrongPassword.body));
    expect(wrongPassword.body.accessToken).toBeUndefined();
  });

  it('rejects a login body without a valid email, naming the field', async () => {
    const response = await t.http.post('/api/v1/auth/login').send({ email: 'not-an-email', password: 'x' });
    expectProblem(response, 400, 'VALIDATION_FAILED', { fields: ['email'] });
  });

  it('refuses a disabled account at login and stops its earlier token at once', async () => {
    const victim = await t.account(['admin']);
    await t.http.get('/api/v1/accounts').set(bearer(victim.token)).expect(200);

    const disabled = await t.http
      .patch(`/api/v1/accounts/${victim.id}`)
      .set(bearer(admin.token))
      .send({ disabled: true })
      .expect(200);
    expect(disabled.body).toMatchObject({ id: victim.id, disabled: true });

    const login = await t.http.post('/api/v1/auth/login').send({ email: victim.email, password: PASSWORD });
    expectProblem(login, 401, 'INVALID_CREDENTIALS');
    expectProblem(await t.http.get('/api/v1/accounts').set(bearer(victim.token)), 401, 'UNAUTHENTICATED');

    // enabling it again restores both
    await t.http
      .patch(`/api/v1/accounts/${victim.id}`)
      .set(bearer(admin.token))
      .send({ disabled: false })
      .expect(200);
    await t.http.get('/api/v1/accounts').set(bearer(victim.token)).expect(200);
    await t.http.post('/api/v1/auth/login').send({ email: victim.email, password: PASSWORD }).expect(200);
  });
});

describe('login rate limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { LOGIN_RATE_LIMIT: '3' } });
  });
  afterAll(() => t.close());

  it('answers 429 from the 4th attempt within the window, even with the right password', async () => {
    const account = await t.account(['intellectual']);
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      expectProblem(
        await t.http.post('/api/v1/auth/login').send({ email: account.email, password: `wrong ${attempt}` }),
        401,
        'INVALID_CREDENTIALS',
      );
    }
    const limited = await t.http
      .post('/api/v1/auth/login')
      .send({ email: account.email, password: PASSWORD });
    expectProblem(limited, 429, 'TOO_MANY_REQUESTS');
    expect(limited.body.accessToken).toBeUndefined();
    // other endpoints are not limited by the login budget
    await t.http.get('/api/v1/health').expect(200);
  });
});
