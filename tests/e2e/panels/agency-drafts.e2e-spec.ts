import { bearer, startTestApp, TestAccount, TestApp } from '../../support/test-app';

jest.setTimeout(60_000);

const BASE = '/api/v1/review-requests';
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

const body = (overrides: Record<string, unknown> = {}) => ({
  kind: 'consulting',
  title: 'Tư vấn đề án điện gió ngoài khơi Cam Ranh',
  summary: 'Đánh giá tiềm năng gió và tác động đến nghề cá ven bờ.',
  fieldCodes: ['207'],
  panelSizeMin: 5,
  panelSizeMax: 7,
  deadline: '2099-06-30',
  ...overrides,
});

/**
 * An agency's draft is its unsent work: association staff neither list nor read it (404, as for an
 * unknown id) until the agency submits it. A draft staff entered on the agency's behalf they do see.
 */
describe('agency drafts are hidden from association staff until submitted', () => {
  let t: TestApp;
  let agency: TestAccount;
  let staff: TestAccount;
  let admin: TestAccount;
  let organizationId: string;

  beforeAll(async () => {
    t = await startTestApp();
    [{ id: organizationId }] = await t.dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM organization WHERE short_name = 'SKHCN'`,
    );
    agency = await t.account(['agency'], { organizationId });
    staff = await t.account(['association_staff']);
    admin = await t.account(['admin']);
  });
  afterAll(() => t.close());

  const listed = async (who: TestAccount, query: Record<string, unknown> = {}) => {
    const response = await t.http
      .get(BASE)
      .set(bearer(who.token))
      .query({ limit: 100, ...query })
      .expect(200);
    return {
      ids: (response.body.items as Array<{ id: string }>).map((item) => item.id),
      total: response.body.total as number,
    };
  };

  it('keeps an agency draft out of the staff list and reads, and shows it once submitted', async () => {
    const own = await t.http.post(BASE).set(bearer(agency.token)).send(body()).expect(201);
    const entered = await t.http
      .post(BASE)
      .set(bearer(staff.token))
      .send(body({ title: 'Tư vấn quy hoạch vùng nuôi tôm hùm', requestingOrganizationId: organizationId }))
      .expect(201);
    const draftId = own.body.id as string;

    // the agency follows both; staff see only the draft they entered, whatever they filter on
    expect((await listed(agency)).ids).toEqual(expect.arrayContaining([draftId, entered.body.id]));
    for (const who of [staff, admin]) {
      for (const query of [{}, { state: 'draft' }, { organizationId }]) {
        const { ids, total } = await listed(who, query);
        expect(ids).toContain(entered.body.id);
        expect(ids).not.toContain(draftId);
        expect(total).toBe(ids.length);
      }
    }

    // every read and write of it answers as an unknown id would: its existence does not leak
    const unknown = await t.http.get(`${BASE}/${UNKNOWN}`).set(bearer(staff.token)).expect(404);
    for (const path of ['', '/timeline', '/documents', '/candidates', '/panel', '/report']) {
      const response = await t.http.get(`${BASE}/${draftId}${path}`).set(bearer(staff.token));
      expect({ path, status: response.status, code: response.body.code }).toEqual({
        path,
        status: 404,
        code: unknown.body.code,
      });
    }
    await t.http
      .patch(`${BASE}/${draftId}`)
      .set(bearer(staff.token))
      .set('If-Match', '"1"')
      .send({ title: 'Sửa bản nháp của cơ quan' })
      .expect(404);
    await t.http
      .post(`${BASE}/${draftId}/submit`)
      .set(bearer(staff.token))
      .set('If-Match', '"1"')
      .expect(404);
    await t.http.get(`${BASE}/${entered.body.id}`).set(bearer(staff.token)).expect(200);
    const [{ state }] = await t.dataSource.query<Array<{ state: string }>>(
      `SELECT state FROM review_request WHERE id = $1`,
      [draftId],
    );
    expect(state).toBe('draft');

    // submitted, it is the association's to work on
    await t.http
      .post(`${BASE}/${draftId}/submit`)
      .set(bearer(agency.token))
      .set('If-Match', '"1"')
      .expect(200);
    expect((await listed(staff)).ids).toContain(draftId);
    const read = await t.http.get(`${BASE}/${draftId}`).set(bearer(staff.token)).expect(200);
    expect(read.body).toMatchObject({ id: draftId, state: 'submitted' });
    await t.http.get(`${BASE}/${draftId}/timeline`).set(bearer(staff.token)).expect(200);
  });
});
