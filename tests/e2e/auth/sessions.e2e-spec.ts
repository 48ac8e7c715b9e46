import { createHash } from 'node:crypto';
import request from 'supertest';
import { ROLE_PERMISSIONS } from '../../../src/common/access/permissions';
import { createIntellectual } from '../../support/factories/intellectual.factory';
import { bearer, startTestApp, TestAccount, TestApp, TestSession } from '../../support/test-app';
import { expectProblem } from '../foundation/problem';

// the project-level testTimeout is not applied to hooks by this Jest version; booting takes a few seconds
jest.setTimeout(60_000);

const PASSWORD = 'correct horse battery'; // what TestApp.account gives every account
const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/** The Set-Cookie line of the session cookie, split into its value and attributes. */
function sessionCookieOf(response: request.Response) {
  const header = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
  const line = header.find((cookie) => cookie.startsWith('tkh_session='));
  if (!line) return undefined;
  const [pair, ...attributes] = line.split(/;\s*/);
  return { value: pair.slice('tkh_session='.length), attributes: attributes.map((a) => a.toLowerCase()) };
}

describe('browser sessions', () => {
  let t: TestApp;
  let admin: TestAccount;
  let officer: TestAccount;
  // a plain client without a cookie jar: every request carries exactly the cookie a test gives it
  const http = () => request(t.app.getHttpServer());
  const withSession = (s: TestSession) => ({ Cookie: s.cookie, 'X-CSRF-Token': s.csrfToken });
  const sessionRow = async (s: TestSession) =>
    (
      await t.dataSource.query<Array<{ id: string; last_seen_at: Date; revoked_at: Date | null }>>(
        `SELECT id, last_seen_at, revoked_at FROM session WHERE token_hash = $1`,
        [sha256(s.token)],
      )
    )[0];
  const setSession = (s: TestSession, assignments: string) =>
    t.dataSource.query(`UPDATE session SET ${assignments} WHERE token_hash = $1`, [sha256(s.token)]);
  const organizationsNamed = async (name: string) =>
    Number(
      (
        await t.dataSource.query<Array<{ count: string }>>(
          `SELECT count(*) FROM organization WHERE name_vi = $1`,
          [name],
        )
      )[0].count,
    );

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.account(['admin']);
    officer = await t.account(['personnel_officer']);
  });
  afterAll(() => t.close());

  describe('sign-in', () => {
    it('sets an httpOnly, SameSite=Lax session cookie for the absolute lifetime and answers the session', async () => {
      const response = await http()
        .post('/api/v1/auth/session')
        .set('User-Agent', 'Firefox/140 '.repeat(40))
        .send({ email: officer.email.toUpperCase(), password: PASSWORD })
        .expect(200);
      const cookie = sessionCookieOf(response)!;
      expect(cookie.value).toMatch(/^[A-Za-z0-9_-]{43}$/); // 32 random bytes, base64url
      expect(cookie.attributes).toEqual(
        expect.arrayContaining([`max-age=${12 * 3600}`, 'path=/', 'httponly', 'samesite=lax']),
      );
      expect(cookie.attributes).not.toContain('secure'); // plain HTTP, no trusted proxy
      expect(response.body).toEqual({
        account: {
          id: officer.id,
          email: officer.email,
          displayName: officer.email,
          roles: ['personnel_officer'],
          intellectualId: null,
          organizationId: null,
        },
        permissions: [...ROLE_PERMISSIONS.personnel_officer].sort(),
        csrfToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
        expiresAt: expect.any(String),
        idleTimeoutSeconds: 3600,
      });
      const hoursLeft = (Date.parse(response.body.expiresAt) - Date.now()) / 3_600_000;
      expect(hoursLeft).toBeGreaterThan(11.9);
      expect(hoursLeft).toBeLessThanOrEqual(12);

      // only the token's hash is stored, with the browser named (truncated)
      const rows = await t.dataSource.query<
        Array<{ token_hash: string; user_agent: string; csrf_token: string }>
      >(`SELECT token_hash, user_agent, csrf_token FROM session WHERE account_id = $1`, [officer.id]);
      expect(rows).toEqual([
        {
          token_hash: sha256(cookie.value),
          user_agent: 'Firefox/140 '.repeat(40).slice(0, 200),
          csrf_token: response.body.csrfToken,
        },
      ]);
      const [audit] = await t.dataSource.query<Array<{ action: string; actor_account_id: string }>>(
        `SELECT action, actor_account_id FROM audit_event WHERE entity_id = $1 AND action = 'account.sign-in'`,
        [officer.id],
      );
      expect(audit).toEqual({ action: 'account.sign-in', actor_account_id: officer.id });

      // the cookie alone reads the session back
      const again = await http()
        .get('/api/v1/auth/session')
        .set('Cookie', `tkh_session=${cookie.value}`)
        .expect(200);
      expect(again.body).toEqual(response.body);
    });

    it('answers a wrong password, an unknown email and a disabled account with 401 and no cookie', async () => {
      const disabled = await t.account(['association_staff']);
      await http()
        .patch(`/api/v1/accounts/${disabled.id}`)
        .set(bearer(admin.token))
        .send({ disabled: true })
        .expect(200);
      for (const body of [
        { email: officer.email, password: 'not the password' },
        { email: 'nobody@test.local', password: PASSWORD },
        { email: disabled.email, password: PASSWORD },
      ]) {
        const response = await http().post('/api/v1/auth/session').send(body);
        expectProblem(response, 401, 'INVALID_CREDENTIALS');
        expect(sessionCookieOf(response)).toBeUndefined();
      }
    });

    it('refuses a body without a valid email, naming the field', async () => {
      const response = await http()
        .post('/api/v1/auth/session')
        .send({ email: 'not-an-email', password: 'x' });
      expectProblem(response, 400, 'VALIDATION_FAILED', { fields: ['email'] });
    });

    it("deletes the account's sessions that can no longer work, and nobody else's", async () => {
      const owner = await t.session(['association_staff']);
      const other = await t.session(['association_staff']);
      await setSession(owner, `expires_at = now() - interval '1 second'`);
      await setSession(other, `expires_at = now() - interval '1 second'`);
      const fresh = await t.session(owner.account);
      expect(await sessionRow(owner)).toBeUndefined();
      expect(await sessionRow(fresh)).toBeDefined();
      expect(await sessionRow(other)).toBeDefined();
    });
  });

  describe('GET /auth/session', () => {
    it('answers 401 UNAUTHENTICATED without a cookie, SESSION_EXPIRED with one that names no session', async () => {
      expectProblem(await http().get('/api/v1/auth/session'), 401, 'UNAUTHENTICATED');
      // a bearer token is not a browser session
      expectProblem(
        await http().get('/api/v1/auth/session').set(bearer(officer.token)),
        401,
        'UNAUTHENTICATED',
      );
      const unknown = await http().get('/api/v1/auth/session').set('Cookie', 'tkh_session=made-up');
      const body = expectProblem(unknown, 401, 'SESSION_EXPIRED');
      expect(unknown.body.titleVi).toBe('Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại');
      expect(body.detail).toMatch(/sign in again/);
    });

    it('gives an intellectual their linked profile and permissions', async () => {
      const profile = await createIntellectual(t, officer);
      const s = await t.session(['intellectual'], { intellectualId: profile.id });
      const response = await http().get('/api/v1/auth/session').set('Cookie', s.cookie).expect(200);
      expect(response.body).toMatchObject({
        account: { id: s.account.id, roles: ['intellectual'], intellectualId: profile.id },
        permissions: [
          'honors.council',
          'nominations.own',
          'nominations.read',
          'nominations.submit',
          'own-profile.edit',
          'panels.conduct',
          'panels.history-read',
          'panels.own-invitations',
          'profiles.read',
        ],
        csrfToken: s.csrfToken,
      });
    });
  });

  describe('the cookie authenticates', () => {
    it("an intellectual's /me and an officer's /intellectuals", async () => {
      const profile = await createIntellectual(t, officer);
      const intellectual = await t.session(['intellectual'], { intellectualId: profile.id });
      const me = await http().get('/api/v1/me').set('Cookie', intellectual.cookie).expect(200);
      expect(me.body.id).toBe(profile.id);
      // the intellectual may not list people
      expectProblem(
        await http().get('/api/v1/intellectuals').set('Cookie', intellectual.cookie),
        403,
        'FORBIDDEN',
      );

      const staff = await t.session(['personnel_officer']);
      const list = await http().get('/api/v1/intellectuals').set('Cookie', staff.cookie).expect(200);
      expect((list.body.items as Array<{ id: string }>).map((item) => item.id)).toContain(profile.id);
    });

    it('a state-changing request only with the X-CSRF-Token of its session; without it nothing is written', async () => {
      const s = await t.session(['personnel_officer']);
      const other = await t.session(['personnel_officer']);
      const organization = { nameVi: 'Viện Hải dương học (phiên)', sector: 'university' };
      for (const csrf of [undefined, '', 'x'.repeat(43), other.csrfToken, `${s.csrfToken}x`]) {
        let call = http().post('/api/v1/catalog/organizations').set('Cookie', s.cookie);
        if (csrf !== undefined) call = call.set('X-CSRF-Token', csrf);
        const refused = expectProblem(await call.send(organization), 403, 'CSRF_TOKEN_INVALID');
        expect(refused.detail).toMatch(/X-CSRF-Token/);
      }
      expect(await organizationsNamed(organization.nameVi)).toBe(0);

      await http().post('/api/v1/catalog/organizations').set(withSession(s)).send(organization).expect(201);
      expect(await organizationsNamed(organization.nameVi)).toBe(1);
    });
  });

  describe('sign-out', () => {
    it('ends the session on the server: the same cookie then gets SESSION_EXPIRED everywhere', async () => {
      const s = await t.session(['personnel_officer']);
      // without the CSRF token the session is not ended
      expectProblem(
        await http().delete('/api/v1/auth/session').set('Cookie', s.cookie),
        403,
        'CSRF_TOKEN_INVALID',
      );
      await http().get('/api/v1/intellectuals').set('Cookie', s.cookie).expect(200);

      const response = await http().delete('/api/v1/auth/session').set(withSession(s)).expect(204);
      const cleared = sessionCookieOf(response)!;
      expect(cleared.value).toBe('');
      expect(cleared.attributes).toEqual(expect.arrayContaining(['path=/', 'httponly', 'samesite=lax']));
      expect(cleared.attributes.find((a) => a.startsWith('expires='))).toMatch(/1970/);
      expect((await sessionRow(s)).revoked_at).toBeInstanceOf(Date);

      expectProblem(await http().get('/api/v1/auth/session').set('Cookie', s.cookie), 401, 'SESSION_EXPIRED');
      expectProblem(
        await http().get('/api/v1/intellectuals').set('Cookie', s.cookie),
        401,
        'SESSION_EXPIRED',
      );
      expectProblem(await http().delete('/api/v1/auth/session').set(withSession(s)), 401, 'SESSION_EXPIRED');
      const audit = await t.dataSource.query<Array<{ action: string; changes: unknown }>>(
        `SELECT action, changes FROM audit_event WHERE entity_id = $1 ORDER BY id`,
        [s.account.id],
      );
      const { id } = await sessionRow(s);
      expect(audit.slice(-2)).toEqual([
        { action: 'account.sign-in', changes: { session: { before: null, after: id } } },
        { action: 'account.sign-out', changes: { session: { before: id, after: null } } },
      ]);
    });
  });

  describe('expiry', () => {
    it('ends a session idle for longer than SESSION_IDLE_MINUTES, and slides for one in use', async () => {
      const idle = await t.session(['personnel_officer']);
      await setSession(idle, `last_seen_at = now() - interval '61 minutes'`);
      expectProblem(
        await http().get('/api/v1/intellectuals').set('Cookie', idle.cookie),
        401,
        'SESSION_EXPIRED',
      );

      const used = await t.session(['personnel_officer']);
      await setSession(used, `last_seen_at = now() - interval '59 minutes'`);
      await http().get('/api/v1/intellectuals').set('Cookie', used.cookie).expect(200);
      const touched = (await sessionRow(used)).last_seen_at;
      expect(Date.now() - touched.getTime()).toBeLessThan(60_000);
    });

    it('moves last_seen_at at most once a minute, not on every request', async () => {
      const s = await t.session(['personnel_officer']);
      await setSession(s, `last_seen_at = now() - interval '30 seconds'`);
      const before = (await sessionRow(s)).last_seen_at;
      await http().get('/api/v1/intellectuals').set('Cookie', s.cookie).expect(200);
      expect((await sessionRow(s)).last_seen_at).toEqual(before);
    });

    it('ends a session in use at its absolute end (SESSION_MAX_HOURS)', async () => {
      const s = await t.session(['personnel_officer']);
      await setSession(s, `expires_at = now() - interval '1 second', last_seen_at = now()`);
      expectProblem(
        await http().get('/api/v1/intellectuals').set('Cookie', s.cookie),
        401,
        'SESSION_EXPIRED',
      );
      expectProblem(await http().get('/api/v1/auth/session').set('Cookie', s.cookie), 401, 'SESSION_EXPIRED');
    });

    it('leaves public endpoints working with an expired cookie, as for anyone', async () => {
      const s = await t.session(['personnel_officer']);
      await setSession(s, `expires_at = now() - interval '1 second'`);
      const fields = await http().get('/api/v1/catalog/fields').set('Cookie', s.cookie).expect(200);
      expect(fields.body.total).toBeGreaterThan(0);
      await http().get('/api/v1/health').set('Cookie', 'tkh_session=made-up').expect(200);
      // signing in again over the expired cookie replaces it
      const again = await http()
        .post('/api/v1/auth/session')
        .set('Cookie', s.cookie)
        .send({ email: s.account.email, password: PASSWORD })
        .expect(200);
      expect(sessionCookieOf(again)?.value).not.toBe(s.token);
    });
  });

  it("stops a disabled account's sessions at once, and lets them work again when it is enabled", async () => {
    const s = await t.session(['personnel_officer']);
    await http().get('/api/v1/intellectuals').set('Cookie', s.cookie).expect(200);
    await http()
      .patch(`/api/v1/accounts/${s.account.id}`)
      .set(bearer(admin.token))
      .send({ disabled: true })
      .expect(200);
    expectProblem(await http().get('/api/v1/intellectuals').set('Cookie', s.cookie), 401, 'UNAUTHENTICATED');
    expectProblem(await http().get('/api/v1/auth/session').set('Cookie', s.cookie), 401, 'UNAUTHENTICATED');
    await http()
      .patch(`/api/v1/accounts/${s.account.id}`)
      .set(bearer(admin.token))
      .send({ disabled: false })
      .expect(200);
    await http().get('/api/v1/intellectuals').set('Cookie', s.cookie).expect(200);
  });

  it('keeps bearer tokens working unchanged: they need no CSRF token and win over a cookie', async () => {
    const name = 'Trung tâm Khuyến nông (bearer)';
    await http()
      .post('/api/v1/catalog/organizations')
      .set(bearer(officer.token))
      .send({ nameVi: name, sector: 'state_agency' })
      .expect(201);
    expect(await organizationsNamed(name)).toBe(1);

    const expired = await t.session(['intellectual']);
    await setSession(expired, `revoked_at = now()`);
    await http()
      .get('/api/v1/intellectuals')
      .set({ ...bearer(officer.token), Cookie: expired.cookie })
      .expect(200);
    expectProblem(
      await http()
        .get('/api/v1/intellectuals')
        .set({ Authorization: 'Bearer nonsense', Cookie: (await t.session(['admin'])).cookie }),
      401,
      'UNAUTHENTICATED',
    );
  });
});

describe('browser sessions behind a reverse proxy', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { TRUST_PROXY: 'loopback', LOGIN_RATE_LIMIT: '3' } });
  });
  afterAll(() => t.close());
  const http = () => request(t.app.getHttpServer());

  it('marks the cookie Secure when the trusted proxy says the request came over HTTPS', async () => {
    const account = await t.account(['association_staff']);
    const response = await http()
      .post('/api/v1/auth/session')
      .set('X-Forwarded-Proto', 'https')
      .send({ email: account.email, password: PASSWORD })
      .expect(200);
    expect(sessionCookieOf(response)?.attributes).toContain('secure');
  });

  it('shares the login rate limit between bearer login and cookie sign-in, per client address', async () => {
    const account = await t.account(['association_staff']);
    const wrong = { email: account.email, password: 'wrong' };
    const from = (address: string) => ({ 'X-Forwarded-For': address });
    expectProblem(
      await http().post('/api/v1/auth/login').set(from('203.0.113.7')).send(wrong),
      401,
      'INVALID_CREDENTIALS',
    );
    expectProblem(
      await http().post('/api/v1/auth/session').set(from('203.0.113.7')).send(wrong),
      401,
      'INVALID_CREDENTIALS',
    );
    expectProblem(
      await http().post('/api/v1/auth/login').set(from('203.0.113.7')).send(wrong),
      401,
      'INVALID_CREDENTIALS',
    );
    const right = { email: account.email, password: PASSWORD };
    expectProblem(
      await http().post('/api/v1/auth/session').set(from('203.0.113.7')).send(right),
      429,
      'TOO_MANY_REQUESTS',
    );
    // another client address, as the trusted proxy reports it, has its own budget
    await http().post('/api/v1/auth/session').set(from('198.51.100.2')).send(right).expect(200);
  });
});
