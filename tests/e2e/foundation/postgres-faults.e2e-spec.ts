import { Client } from 'pg';
import type { Response } from 'supertest';
import { FaultProxy } from '../../support/fault-proxy';
import { intellectualInput } from '../../support/factories/intellectual.factory';
import { bearer, startTestApp, TestAccount, TestApp } from '../../support/test-app';
import { requireEnv, TEST_ENV } from '../../support/test-env';
import { expectProblem } from './problem';

jest.setTimeout(120_000);

const API = '/api/v1/intellectuals';

/** Short timeouts so that a frozen PostgreSQL is noticed in about a second. */
const TIMEOUTS = {
  DB_CONNECT_TIMEOUT_MS: '1000',
  DB_STATEMENT_TIMEOUT_MS: '1000',
  DB_LOCK_TIMEOUT_MS: '500',
};

function expectUnavailable(
  response: Response,
  code: 'DATABASE_UNAVAILABLE' | 'OUTCOME_UNKNOWN' = 'DATABASE_UNAVAILABLE',
) {
  const body = expectProblem(response, 503, code);
  expect(response.headers['retry-after']).toMatch(/^\d+$/);
  return body;
}

/** Retries `request` until it answers `status` (the pool replaces its dead connections as it goes). */
async function eventually(request: () => Promise<Response>, status: number): Promise<Response> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const response = await request();
    if (response.status === status || Date.now() > deadline) return response;
    await new Promise((done) => setTimeout(done, 200));
  }
}

describe('when PostgreSQL goes away', () => {
  let proxy: FaultProxy;
  let t: TestApp;
  let officer: TestAccount;
  let profileId: string;

  beforeAll(async () => {
    const server = new URL(requireEnv(TEST_ENV.serverUrl));
    proxy = new FaultProxy({ host: server.hostname, port: Number(server.port) });
    const port = await proxy.start();
    t = await startTestApp({ databaseVia: { host: '127.0.0.1', port }, env: TIMEOUTS });
    officer = await t.account(['personnel_officer']);
    profileId = (await t.http.post(API).set(bearer(officer.token)).send(intellectualInput()).expect(201)).body
      .id;
  });
  afterAll(async () => {
    await proxy.restore();
    await t.close();
    await proxy.stop();
  });
  afterEach(() => proxy.restore());

  async function expectServedAgain() {
    const list = await eventually(() => t.http.get(API).set(bearer(officer.token)), 200);
    expect(list.status).toBe(200);
    expect((list.body.items as Array<{ id: string }>).map((item) => item.id)).toContain(profileId);
  }

  it('answers lists, reads, login, catalogs and health with 503 and Retry-After while it is down, then recovers', async () => {
    await proxy.down();
    expectUnavailable(await t.http.get(API).set(bearer(officer.token)));
    expectUnavailable(await t.http.get(`${API}/${profileId}`).set(bearer(officer.token)));
    expectUnavailable(await t.http.post('/api/v1/auth/login').send({ email: officer.email, password: 'x' }));
    expectUnavailable(await t.http.get('/api/v1/catalog/communes'));
    expectUnavailable(await t.http.post(API).set(bearer(officer.token)).send(intellectualInput()));

    const health = await t.http.get('/api/v1/health');
    expect(health.status).toBe(503);
    expect(health.body).toMatchObject({ status: 'degraded', postgres: 'down' });
    expect(health.headers['retry-after']).toMatch(/^\d+$/);
    // with a token too (authenticating it needs the database)
    expectUnavailable(await t.http.get('/api/v1/health').set(bearer(officer.token)));

    await proxy.restore();
    await expectServedAgain();
  });

  it('answers 503 instead of hanging while it is frozen, then recovers', async () => {
    await t.http.get(API).set(bearer(officer.token)).expect(200);
    proxy.freeze();
    const started = Date.now();
    expectUnavailable(await t.http.get(API).set(bearer(officer.token)));
    expectUnavailable(await t.http.post('/api/v1/auth/login').send({ email: officer.email, password: 'x' }));
    expectUnavailable(await t.http.get('/api/v1/catalog/communes'));
    const health = await t.http.get('/api/v1/health');
    expect(health.body).toMatchObject({ status: 'degraded', postgres: 'down' });
    // generous: the point is an answer at all (before, requests hung past 25 s)
    expect(Date.now() - started).toBeLessThan(30_000);

    await proxy.restore();
    await expectServedAgain();
  });

  async function profilesNamed(fullName: string): Promise<string[]> {
    const direct = new Client({ connectionString: t.directDatabaseUrl });
    await direct.connect();
    try {
      const { rows } = await direct.query<{ id: string }>(
        `SELECT id FROM intellectual WHERE full_name = $1`,
        [fullName],
      );
      return rows.map((row) => row.id);
    } finally {
      await direct.end();
    }
  }

  it('answers a create committed just before PostgreSQL died with 201 and the profile', async () => {
    const body = intellectualInput();
    proxy.downAfterCommitOf('INSERT INTO "intellectual"');
    const response = await t.http.post(API).set(bearer(officer.token)).send(body);
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ id: expect.any(String), fullName: body.fullName });
    expect(response.headers.etag).toBe('"1"');
    // it really was down afterwards
    expectUnavailable(await t.http.get(API).set(bearer(officer.token)));
    await proxy.restore();
    expect(await profilesNamed(body.fullName as string)).toEqual([response.body.id]);
  });

  it('answers 503 OUTCOME_UNKNOWN when the answer to COMMIT is lost and no Idempotency-Key was sent', async () => {
    const body = intellectualInput();
    proxy.loseCommitAnswerAfter('INSERT INTO "intellectual"');
    const lost = await t.http.post(API).set(bearer(officer.token)).send(body);
    const problem = expectUnavailable(lost, 'OUTCOME_UNKNOWN');
    expect(problem.detail).toContain('Idempotency-Key');
    // the server did commit: "nothing was changed" would have been a lie
    expect(await profilesNamed(body.fullName as string)).toHaveLength(1);
  });

  it('answers from the committed answer when the answer to COMMIT is lost with a key, and a retry creates nothing twice', async () => {
    const body = intellectualInput();
    proxy.loseCommitAnswerAfter('INSERT INTO "intellectual"');
    const send = () =>
      t.http.post(API).set(bearer(officer.token)).set('Idempotency-Key', 'lost-commit').send(body);
    const first = await send();
    expect(first.status).toBe(201);
    const [id] = await profilesNamed(body.fullName as string);
    expect(first.body).toMatchObject({ id, fullName: body.fullName });

    const retry = await send();
    expect(retry.status).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body).toEqual(first.body);
    expect(await profilesNamed(body.fullName as string)).toEqual([id]);
  });
});
