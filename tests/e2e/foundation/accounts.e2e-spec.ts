import { BootstrapAccountsService } from '../../../src/accounts/bootstrap-accounts.service';
import { Role } from '../../../src/common/access/roles';
import { bearer, startTestApp, TestAccount, TestApp } from '../../support/test-app';
import { expectProblem } from './problem';

// Real servers and argon2 need more than the default 5 s under load (Jest only reads testTimeout
// from the top level of its configuration, not from a project).
jest.setTimeout(60_000);

const ACCOUNT_VIEW = {
  id: expect.stringMatching(/^[0-9a-f-]{36}$/),
  email: expect.any(String),
  displayName: expect.any(String),
  roles: expect.any(Array),
  intellectualId: null,
  organizationId: null,
  disabled: false,
  createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
  updatedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
};

describe('accounts (admin only)', () => {
  let t: TestApp;
  let admin: TestAccount;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.account(['admin']);
  });
  afterAll(() => t.close());

  it('answers 401 to anonymous callers and 403 to every role but admin', async () => {
    expectProblem(await t.http.get('/api/v1/accounts'), 401, 'UNAUTHENTICATED');
    expectProblem(
      await t.http.post('/api/v1/accounts').send({ email: 'x@test.local' }),
      401,
      'UNAUTHENTICATED',
    );
    for (const role of ['intellectual', 'association_staff', 'personnel_officer'] as Role[]) {
      const other = await t.account([role]);
      expectProblem(await t.http.get('/api/v1/accounts').set(bearer(other.token)), 403, 'FORBIDDEN');
      expectProblem(
        await t.http
          .patch(`/api/v1/accounts/${other.id}`)
          .set(bearer(other.token))
          .send({ roles: ['admin'] }),
        403,
        'FORBIDDEN',
      );
    }
  });

  it('lists accounts in the one page shape', async () => {
    const response = await t.http
      .get('/api/v1/accounts?limit=2&offset=1')
      .set(bearer(admin.token))
      .expect(200);
    expect(response.body).toEqual({
      items: expect.any(Array),
      total: expect.any(Number),
      limit: 2,
      offset: 1,
    });
    expect(response.body.total).toBeGreaterThanOrEqual(4);
    expect(response.body.items).toHaveLength(2);
    for (const item of response.body.items) expect(item).toEqual(ACCOUNT_VIEW);

    const tooMany = await t.http.get('/api/v1/accounts?limit=101').set(bearer(admin.token));
    expectProblem(tooMany, 400, 'VALIDATION_FAILED', { fields: ['limit'] });
  });

  it('creates an account with a lower-cased email, never showing the password, and audits it', async () => {
    const created = await t.http
      .post('/api/v1/accounts')
      .set(bearer(admin.token))
      .send({
        email: 'Tran.Thi.B@KhanhHoa.Gov.VN',
        password: 'a long enough password',
        displayName: 'Trần Thị B',
        roles: ['personnel_officer'],
      })
      .expect(201);
    expect(created.body).toEqual({
      ...ACCOUNT_VIEW,
      email: 'tran.thi.b@khanhhoa.gov.vn',
      displayName: 'Trần Thị B',
      roles: ['personnel_officer'],
    });
    expect(created.text).not.toMatch(/password|argon2/i);

    const fetched = await t.http
      .get(`/api/v1/accounts/${created.body.id}`)
      .set(bearer(admin.token))
      .expect(200);
    expect(fetched.body).toEqual(created.body);

    const [row] = await t.dataSource.query(`SELECT email, password_hash FROM account WHERE id = $1`, [
      created.body.id,
    ]);
    expect(row.email).toBe('tran.thi.b@khanhhoa.gov.vn');
    expect(row.password_hash).toMatch(/^\$argon2id\$/);

    const login = await t.http
      .post('/api/v1/auth/login')
      .send({ email: 'tran.thi.b@khanhhoa.gov.vn', password: 'a long enough password' });
    expect(login.status).toBe(200);

    const audit = await t.dataSource.query(
      `SELECT action, entity_type, actor_account_id, actor_email, changes FROM audit_event
       WHERE entity_id = $1 ORDER BY id`,
      [created.body.id],
    );
    expect(audit).toEqual([
      {
        action: 'account.create',
        entity_type: 'account',
        actor_account_id: admin.id,
        actor_email: admin.email,
        changes: expect.objectContaining({
          email: { before: null, after: 'tran.thi.b@khanhhoa.gov.vn' },
          roles: { before: null, after: ['personnel_officer'] },
        }),
      },
    ]);
    expect(JSON.stringify(audit)).not.toMatch(/argon2|a long enough password/);
  });

  it('refuses a duplicate email (in any case) with 409 naming the field', async () => {
    const existing = await t.account(['intellectual'], { email: 'dup@test.local' });
    const response = await t.http
      .post('/api/v1/accounts')
      .set(bearer(admin.token))
      .send({ email: 'DUP@test.local', password: 'another password', displayName: 'Dup', roles: ['admin'] });
    expectProblem(response, 409, 'EMAIL_TAKEN', { fields: ['email'] });
    const [{ count }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM account WHERE email = $1`,
      ['dup@test.local'],
    );
    expect(count).toBe(1);
    expect(existing.id).toBeTruthy();
  });

  it('changes roles with PATCH, audits the change, and the new role takes effect at once', async () => {
    const person = await t.account(['intellectual']);
    expectProblem(await t.http.get('/api/v1/accounts').set(bearer(person.token)), 403, 'FORBIDDEN');

    const updated = await t.http
      .patch(`/api/v1/accounts/${person.id}`)
      .set(bearer(admin.token))
      .send({ roles: ['admin', 'intellectual', 'admin'] })
      .expect(200);
    expect(updated.body).toEqual({
      ...ACCOUNT_VIEW,
      id: person.id,
      email: person.email,
      roles: ['admin', 'intellectual'],
    });
    await t.http.get('/api/v1/accounts').set(bearer(person.token)).expect(200);

    const audit = await t.dataSource.query(
      `SELECT action, actor_account_id, changes FROM audit_event WHERE entity_id = $1 ORDER BY id`,
      [person.id],
    );
    expect((audit as Array<{ action: string }>).map((row) => row.action)).toEqual([
      'account.create',
      'account.update',
    ]);
    expect(audit[1]).toEqual({
      action: 'account.update',
      actor_account_id: admin.id,
      changes: { roles: { before: ['intellectual'], after: ['admin', 'intellectual'] } },
    });
  });

  it('rejects an unknown role, an empty role list and unknown fields with 400 naming them', async () => {
    const person = await t.account(['intellectual']);
    expectProblem(
      await t.http
        .patch(`/api/v1/accounts/${person.id}`)
        .set(bearer(admin.token))
        .send({ roles: ['superuser'] }),
      400,
      'VALIDATION_FAILED',
      { fields: ['roles'] },
    );
    expectProblem(
      await t.http.patch(`/api/v1/accounts/${person.id}`).set(bearer(admin.token)).send({ roles: [] }),
      400,
      'VALIDATION_FAILED',
      { fields: ['roles'] },
    );
    expectProblem(
      await t.http
        .post('/api/v1/accounts')
        .set(bearer(admin.token))
        .send({ email: 'new@test.local', password: 'long enough!', displayName: 'N', roles: ['root'] }),
      400,
      'VALIDATION_FAILED',
      { fields: ['roles'] },
    );
    expectProblem(
      await t.http
        .post('/api/v1/accounts')
        .set(bearer(admin.token))
        .send({ email: 'new@test.local', password: 'short', displayName: 'N', roles: ['admin'] }),
      400,
      'VALIDATION_FAILED',
      { fields: ['password'] },
    );
    expectProblem(
      await t.http
        .patch(`/api/v1/accounts/${person.id}`)
        .set(bearer(admin.token))
        .send({ passwordHash: 'x' }),
      400,
      'VALIDATION_FAILED',
      { fields: ['passwordHash'] },
    );
    const [row] = await t.dataSource.query(`SELECT roles FROM account WHERE id = $1`, [person.id]);
    expect(row.roles).toEqual(['intellectual']);
  });

  it('answers 404 for an unknown account and 400 for an id that is not a UUID', async () => {
    expectProblem(
      await t.http.get('/api/v1/accounts/00000000-0000-4000-8000-000000000000').set(bearer(admin.token)),
      404,
      'NOT_FOUND',
    );
    expectProblem(
      await t.http
        .patch('/api/v1/accounts/00000000-0000-4000-8000-000000000000')
        .set(bearer(admin.token))
        .send({ displayName: 'x' }),
      404,
      'NOT_FOUND',
    );
    expectProblem(
      await t.http.get('/api/v1/accounts/not-a-uuid').set(bearer(admin.token)),
      400,
      'VALIDATION_FAILED',
    );
  });

  it('keeps the audit log append-only: UPDATE and DELETE on audit_event fail', async () => {
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM audit_event`);
    expect(count).toBeGreaterThan(0);
    await expect(t.dataSource.query(`UPDATE audit_event SET action = 'tampered'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(t.dataSource.query(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
    const [{ tampered }] = await t.dataSource.query(
      `SELECT count(*)::int AS tampered FROM audit_event WHERE action = 'tampered'`,
    );
    expect(tampered).toBe(0);
    const [{ after }] = await t.dataSource.query(`SELECT count(*)::int AS after FROM audit_event`);
    expect(after).toBe(count);
  });

  it('resets a lost admin password (the admin:reset-password command), audited, and only for admins', async () => {
    const bootstrap = t.app.get(BootstrapAccountsService);
    const password = await bootstrap.resetAdminPassword(admin.email);
    expect(password.length).toBeGreaterThanOrEqual(16);
    const login = await t.http.post('/api/v1/auth/login').send({ email: admin.email, password }).expect(200);
    expect(login.body.accessToken).toEqual(expect.any(String));
    await expect(bootstrap.resetAdminPassword(admin.email, 'chosen by the operator')).resolves.toBe(
      'chosen by the operator',
    );
    const events = await t.dataSource.query(
      `SELECT actor_account_id, changes, purpose FROM audit_event
        WHERE entity_id = $1 AND action = 'account.update' ORDER BY id`,
      [admin.id],
    );
    expect(events).toEqual([
      {
        actor_account_id: null,
        changes: { password: { before: '(hidden)', after: '(changed)' } },
        purpose: 'admin password reset from the command line',
      },
      expect.objectContaining({ purpose: 'admin password reset from the command line' }),
    ]);
    const officer = await t.account(['personnel_officer']);
    await expect(bootstrap.resetAdminPassword(officer.email)).rejects.toThrow(/not an admin account/);
  });
});
