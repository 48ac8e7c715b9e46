import { intellectualInput } from '../../support/factories/intellectual.factory';
import { bearer, startTestApp, TestAccount, TestApp } from '../../support/test-app';
import { expectProblem } from '../foundation/problem';

jest.setTimeout(60_000);

const API = '/api/v1/intellectuals';

describe('POST /intellectuals with an Idempotency-Key', () => {
  let t: TestApp;
  let officer: TestAccount;
  let otherOfficer: TestAccount;
  beforeAll(async () => {
    t = await startTestApp();
    officer = await t.account(['personnel_officer']);
    otherOfficer = await t.account(['personnel_officer']);
  });
  afterAll(() => t.close());

  async function profilesNamed(fullName: string): Promise<string[]> {
    const rows = await t.dataSource.query(`SELECT id FROM intellectual WHERE full_name = $1`, [fullName]);
    return (rows as Array<{ id: string }>).map((row) => row.id);
  }

  it('answers a retry with the first answer and creates no second profile', async () => {
    const body = intellectualInput();
    const first = await t.http
      .post(API)
      .set(bearer(officer.token))
      .set('Idempotency-Key', 'create-1')
      .send(body);
    expect(first.status).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    // the same body with its keys in another order is the same request
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    const retry = await t.http
      .post(API)
      .set(bearer(officer.token))
      .set('Idempotency-Key', 'create-1')
      .send(reordered);
    expect(retry.status).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.headers.etag).toBe(first.headers.etag);
    expect(retry.body).toEqual(first.body);
    expect(await profilesNamed(body.fullName as string)).toEqual([first.body.id]);
    const [{ count }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM audit_event WHERE entity_id = $1 AND action = 'intellectual.create'`,
      [first.body.id],
    );
    expect(count).toBe(1);
  });

  it('refuses the same key with a different body (422 naming the header), creating nothing', async () => {
    const body = intellectualInput();
    await t.http
      .post(API)
      .set(bearer(officer.token))
      .set('Idempotency-Key', 'create-2')
      .send(body)
      .expect(201);
    const changed = intellectualInput();
    const response = await t.http
      .post(API)
      .set(bearer(officer.token))
      .set('Idempotency-Key', 'create-2')
      .send(changed);
    expectProblem(response, 422, 'IDEMPOTENCY_KEY_REUSED', { fields: ['Idempotency-Key'] });
    expect(await profilesNamed(changed.fullName as string)).toEqual([]);
  });

  it('keeps keys per account, refuses a malformed key, and works without one', async () => {
    const body = intellectualInput({ nationalId: undefined });
    const mine = await t.http
      .post(API)
      .set(bearer(officer.token))
      .set('Idempotency-Key', 'shared')
      .send(body);
    const theirs = await t.http
      .post(API)
      .set(bearer(otherOfficer.token))
      .set('Idempotency-Key', 'shared')
      .send(body);
    expect([mine.status, theirs.status]).toEqual([201, 201]);
    expect(theirs.body.id).not.toBe(mine.body.id);
    expectProblem(
      await t.http.post(API).set(bearer(officer.token)).set('Idempotency-Key', 'x'.repeat(256)).send(body),
      400,
      'VALIDATION_FAILED',
      { fields: ['Idempotency-Key'] },
    );
    await t.http.post(API).set(bearer(officer.token)).send(intellectualInput()).expect(201);
  });

  it('creates one profile when the same request is sent several times at once', async () => {
    for (const overrides of [{}, { nationalId: undefined }]) {
      const body = intellectualInput(overrides);
      const key = `burst-${Object.keys(overrides).length}`;
      const responses = await Promise.all(
        Array.from({ length: 5 }, () =>
          t.http.post(API).set(bearer(officer.token)).set('Idempotency-Key', key).send(body),
        ),
      );
      expect(responses.map((response) => response.status)).toEqual([201, 201, 201, 201, 201]);
      const ids = await profilesNamed(body.fullName as string);
      expect(ids).toHaveLength(1);
      expect(new Set(responses.map((response) => response.body.id as string))).toEqual(new Set(ids));
    }
  });
});
