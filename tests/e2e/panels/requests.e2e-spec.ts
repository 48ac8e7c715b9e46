import { createExpert } from '../../support/factories/panel.factory';
import { bearer, startTestApp, TestAccount, TestApp } from '../../support/test-app';

jest.setTimeout(60_000);

const BASE = '/api/v1/review-requests';

/** A complete, valid request body; tests override what they exercise. */
function requestBody(overrides: Record<string, unknown> = {}) {
  return {
    kind: 'critique',
    title: 'Phản biện đề án nuôi biển công nghệ cao vịnh Vân Phong',
    summary: 'Chuyển lồng bè gỗ sang lồng HDPE, quy hoạch vùng nuôi và quan trắc môi trường.',
    proposalText: 'Đề án đề xuất thay lồng gỗ bằng lồng HDPE chịu sóng và quan trắc chất lượng nước.',
    fieldCodes: ['405', '207'],
    panelSizeMin: 5,
    panelSizeMax: 7,
    rolesWanted: { reviewer: 2 },
    deadline: '2099-06-30',
    ...overrides,
  };
}

interface Listed {
  items: Array<{ id: string; requestingOrganization: { id: string } }>;
}
interface Problem {
  errors: Array<{ field: string; message: string; messageVi: string }>;
}
const idsOf = (response: { body: unknown }) => (response.body as Listed).items.map((item) => item.id);
const problemsOf = (response: { body: unknown }) => (response.body as Problem).errors;
const fieldsOf = (response: { body: unknown }) => problemsOf(response).map((problem) => problem.field);

/** Review requests over HTTP: who may do what, the states, the timeline and the audit trail. */
describe('review requests', () => {
  let t: TestApp;
  let agency: TestAccount;
  let otherAgency: TestAccount;
  let staff: TestAccount;
  let agencyOrganization: string;
  let otherOrganization: string;

  const organizationId = async (shortName: string) =>
    (
      await t.dataSource.query<Array<{ id: string }>>(`SELECT id FROM organization WHERE short_name = $1`, [
        shortName,
      ])
    )[0].id;

  beforeAll(async () => {
    t = await startTestApp();
    agencyOrganization = await organizationId('SKHCN');
    otherOrganization = await organizationId('SYT');
    agency = await t.account(['agency'], { organizationId: agencyOrganization });
    otherAgency = await t.account(['agency'], { organizationId: otherOrganization });
    staff = await t.account(['association_staff']);
  });
  afterAll(() => t.close());

  async function draft(who: TestAccount = agency, overrides: Record<string, unknown> = {}) {
    const response = await t.http.post(BASE).set(bearer(who.token)).send(requestBody(overrides));
    expect(response.status).toBe(201);
    return { id: response.body.id as string, etag: response.headers.etag };
  }

  const post = (who: TestAccount, path: string, etag: string, body?: object) =>
    t.http.post(`${BASE}/${path}`).set(bearer(who.token)).set('If-Match', etag).send(body);

  it('takes a request from draft through submitted to accepted, with its timeline and audit rows', async () => {
    const drafter = await createExpert(t.dataSource, { fullName: 'Nguyễn Văn Soạn' });
    const created = await t.http
      .post(BASE)
      .set(bearer(agency.token))
      .send(requestBody({ drafters: [{ intellectualId: drafter.id }, { name: 'Trần Thị Bình' }] }))
      .expect(201);
    expect(created.headers.etag).toBe('"1"');
    expect(created.body).toMatchObject({
      kind: 'critique',
      state: 'draft',
      fieldCodes: ['405', '207'],
      requestingOrganization: { id: agencyOrganization, nameVi: 'Sở Khoa học và Công nghệ tỉnh Khánh Hòa' },
      rolesWanted: { chair: 1, secretary: 1, reviewer: 2 },
      opinionsAttributed: true,
      opinionsVisibleToMembers: false,
      deadline: '2099-06-30',
      declineReason: null,
      createdBy: agency.id,
      version: 1,
    });
    expect(created.body.drafters).toEqual([
      { id: expect.any(String), intellectualId: drafter.id, name: 'Nguyễn Văn Soạn', organizationId: null },
      { id: expect.any(String), intellectualId: null, name: 'Trần Thị Bình', organizationId: null },
    ]);
    const id = created.body.id as string;

    const submitted = await post(agency, `${id}/submit`, '"1"').expect(200);
    expect(submitted.body.state).toBe('submitted');
    expect(submitted.headers.etag).toBe('"2"');
    const accepted = await post(staff, `${id}/accept`, '"2"').expect(200);
    expect(accepted.body).toMatchObject({ state: 'accepted', version: 3 });

    const timeline = await t.http.get(`${BASE}/${id}/timeline`).set(bearer(agency.token)).expect(200);
    const steps = timeline.body as Array<Record<string, unknown>>;
    expect(steps.map((e) => [e.fromState, e.toState, e.actorName])).toEqual([
      [null, 'draft', agency.email],
      ['draft', 'submitted', agency.email],
      ['submitted', 'accepted', staff.email],
    ]);

    const audit = await t.dataSource.query<
      Array<{ action: string; actor_account_id: string; changes: object }>
    >(`SELECT action, actor_account_id, changes FROM audit_event WHERE entity_id = $1 ORDER BY id`, [id]);
    expect(audit.map((row) => [row.action, row.actor_account_id])).toEqual([
      ['review_request.create', agency.id],
      ['review_request.transition', agency.id],
      ['review_request.transition', staff.id],
    ]);
    expect(audit[2].changes).toEqual({ state: { before: 'submitted', after: 'accepted' } });

    // accepted: the content is fixed now
    const edit = await t.http
      .patch(`${BASE}/${id}`)
      .set(bearer(agency.token))
      .set('If-Match', '"3"')
      .send({ title: 'Tiêu đề mới cho đề án' })
      .expect(409);
    expect(edit.body.code).toBe('REQUEST_NOT_EDITABLE');
  });

  it('lets staff decline a submitted request only with a reason, which the agency reads', async () => {
    const { id } = await draft();
    await post(agency, `${id}/submit`, '"1"').expect(200);
    const missing = await post(staff, `${id}/decline`, '"2"', {}).expect(400);
    expect(missing.body.errors[0].field).toBe('reason');
    const declined = await post(staff, `${id}/decline`, '"2"', {
      reason: 'Đề án chưa đủ hồ sơ thuyết minh',
    }).expect(200);
    expect(declined.body).toMatchObject({
      state: 'declined',
      declineReason: 'Đề án chưa đủ hồ sơ thuyết minh',
    });
    const timeline = await t.http.get(`${BASE}/${id}/timeline`).set(bearer(agency.token)).expect(200);
    expect((timeline.body as unknown[]).at(-1)).toMatchObject({
      fromState: 'submitted',
      toState: 'declined',
      reason: 'Đề án chưa đủ hồ sơ thuyết minh',
    });
    // the agency cannot decide on requests
    const { id: another } = await draft();
    await post(agency, `${another}/submit`, '"1"').expect(200);
    await post(agency, `${another}/accept`, '"2"').expect(403);
  });

  it('cancels an open request with a reason, and nothing moves it afterwards', async () => {
    const { id } = await draft();
    const cancelled = await post(agency, `${id}/cancel`, '"1"', {
      reason: 'Đề án đã được điều chỉnh',
    }).expect(200);
    expect(cancelled.body.state).toBe('cancelled');
    const again = await post(agency, `${id}/cancel`, '"2"', { reason: 'Hủy lần nữa' }).expect(409);
    expect(again.body).toMatchObject({
      code: 'INVALID_TRANSITION',
      detail: 'A request in state cancelled cannot move to cancelled',
    });
    const [{ count }] = await t.dataSource.query<Array<{ count: number }>>(
      `SELECT count(*)::int AS count FROM review_request_event WHERE review_request_id = $1`,
      [id],
    );
    expect(count).toBe(2);
  });

  it('answers 409 INVALID_TRANSITION, in English and Vietnamese, for a move the states do not allow', async () => {
    const { id } = await draft(staff, { requestingOrganizationId: agencyOrganization });
    const early = await post(staff, `${id}/accept`, '"1"').expect(409);
    expect(early.body).toMatchObject({
      code: 'INVALID_TRANSITION',
      detail: 'A request in state draft cannot move to accepted',
      errors: [
        {
          field: 'state',
          message: 'draft → accepted is not allowed',
          messageVi: 'Không được chuyển "bản nháp" → "đã tiếp nhận"',
        },
      ],
    });
    expect(early.body.detailVi).toBe(
      'Yêu cầu đang ở trạng thái "bản nháp" không thể chuyển sang "đã tiếp nhận"',
    );
    await post(agency, `${id}/submit`, '"1"').expect(200);
    const twice = await post(agency, `${id}/submit`, '"2"').expect(409);
    expect(twice.body.detail).toBe('A request in state submitted cannot move to submitted');
    const row = await t.dataSource.query<Array<{ state: string; version: number }>>(
      `SELECT state, version FROM review_request WHERE id = $1`,
      [id],
    );
    expect(row).toEqual([{ state: 'submitted', version: 2 }]);
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const before = await t.dataSource.query<Array<{ count: number }>>(
      `SELECT count(*)::int AS count FROM review_request`,
    );
    const unknown = await t.http
      .post(BASE)
      .set(bearer(agency.token))
      .send(requestBody({ fieldCodes: ['405', '9999', 'X1'] }))
      .expect(422);
    expect(unknown.body.code).toBe('UNPROCESSABLE');
    expect(problemsOf(unknown).map((e) => e.message)).toEqual([
      '9999 is not an S&T field code of the catalog',
      'X1 is not an S&T field code of the catalog',
    ]);

    const tooLong = await t.http
      .post(BASE)
      .set(bearer(agency.token))
      .send(requestBody({ proposalText: 'a'.repeat(200_001) }))
      .expect(400);
    expect(fieldsOf(tooLong)).toEqual(['proposalText']);
    // 200,000 characters after NFC: decomposed Vietnamese (2 code points each) counts as composed
    await t.http
      .post(BASE)
      .set(bearer(agency.token))
      .send(requestBody({ proposalText: 'ệ'.normalize('NFD').repeat(100_000) + 'a'.repeat(100_000) }))
      .expect(201);

    const range = await t.http
      .post(BASE)
      .set(bearer(agency.token))
      .send(requestBody({ panelSizeMin: 9, panelSizeMax: 5 }))
      .expect(400);
    expect(range.body.errors[0]).toMatchObject({ field: 'panelSizeMax' });
    expect(range.body.errors[0].messageVi).toContain('không được nhỏ hơn');

    const cases: Array<[Record<string, unknown>, string]> = [
      [{ kind: 'advice' }, 'kind'],
      [{ panelSizeMin: 2 }, 'panelSizeMin'],
      [{ panelSizeMax: 16 }, 'panelSizeMax'],
      [{ rolesWanted: { chair: 2 } }, 'rolesWanted.chair'],
      [{ rolesWanted: { dean: 1 } }, 'rolesWanted.dean'],
      [{ rolesWanted: { reviewer: 7 } }, 'rolesWanted'],
      [{ deadline: '2020-01-01' }, 'deadline'],
      [{ drafters: [{ organizationId: agencyOrganization }] }, 'drafters.0.name'],
      [
        { drafters: [{ intellectualId: '00000000-0000-4000-8000-000000000000' }] },
        'drafters.0.intellectualId',
      ],
      [{ requestingOrganizationId: otherOrganization }, 'requestingOrganizationId'],
    ];
    for (const [overrides, field] of cases) {
      const response = await t.http.post(BASE).set(bearer(agency.token)).send(requestBody(overrides));
      expect({
        field,
        status: response.status,
        fields: fieldsOf(response),
      }).toEqual({ field, status: 400, fields: expect.arrayContaining([field]) });
    }
    const after = await t.dataSource.query<Array<{ count: number }>>(
      `SELECT count(*)::int AS count FROM review_request`,
    );
    expect(after[0].count).toBe(before[0].count + 1);
  });

  it('shows an agency only its organization’s requests; another organization’s answers 404', async () => {
    const mine = await draft();
    const theirs = await draft(otherAgency);
    for (const path of [theirs.id, `${theirs.id}/timeline`]) {
      await t.http.get(`${BASE}/${path}`).set(bearer(agency.token)).expect(404);
    }
    await post(agency, `${theirs.id}/submit`, '"1"').expect(404);
    await post(agency, `${theirs.id}/cancel`, '"1"', { reason: 'Không phải của tôi' }).expect(404);
    await t.http
      .patch(`${BASE}/${theirs.id}`)
      .set(bearer(agency.token))
      .set('If-Match', '"1"')
      .send({ title: 'Sửa yêu cầu của người khác' })
      .expect(404);

    const listed = await t.http.get(BASE).set(bearer(agency.token)).query({ limit: 100 }).expect(200);
    const ids = idsOf(listed);
    expect(ids).toContain(mine.id);
    expect(ids).not.toContain(theirs.id);
    expect(
      (listed.body as Listed).items.every((item) => item.requestingOrganization.id === agencyOrganization),
    ).toBe(true);
    // asking for the other organization by filter changes nothing
    const filtered = await t.http
      .get(BASE)
      .set(bearer(agency.token))
      .query({ organizationId: otherOrganization, limit: 100 })
      .expect(200);
    expect(idsOf(filtered)).not.toContain(theirs.id);

    // staff meet them once submitted (an agency's draft is its own: agency-drafts.e2e-spec.ts)
    await post(agency, `${mine.id}/submit`, '"1"').expect(200);
    await post(otherAgency, `${theirs.id}/submit`, '"1"').expect(200);
    const staffList = await t.http.get(BASE).set(bearer(staff.token)).query({ limit: 100 }).expect(200);
    const staffIds = idsOf(staffList);
    expect(staffIds).toEqual(expect.arrayContaining([mine.id, theirs.id]));
    expect(staffList.body).toMatchObject({ limit: 100, offset: 0, total: staffList.body.items.length });
    expect(staffList.body.items[0]).not.toHaveProperty('proposalText');
  });

  it('filters by state and kind, and pages', async () => {
    const consulting = await draft(agency, { kind: 'consulting' });
    await post(agency, `${consulting.id}/submit`, '"1"').expect(200);
    const response = await t.http
      .get(BASE)
      .set(bearer(staff.token))
      .query({ state: 'submitted', kind: 'consulting' })
      .expect(200);
    expect(idsOf(response)).toEqual([consulting.id]);
    const paged = await t.http.get(BASE).set(bearer(staff.token)).query({ limit: 1, offset: 1 }).expect(200);
    expect(paged.body.items).toHaveLength(1);
    expect(paged.body.total).toBeGreaterThan(1);
    await t.http.get(BASE).set(bearer(staff.token)).query({ state: 'lost' }).expect(400);
  });

  it('lets staff enter a request on an agency’s behalf; the agency then sees it', async () => {
    const withoutAgency = await t.http.post(BASE).set(bearer(staff.token)).send(requestBody()).expect(400);
    expect(withoutAgency.body.errors[0].field).toBe('requestingOrganizationId');
    const entered = await t.http
      .post(BASE)
      .set(bearer(staff.token))
      .send(requestBody({ requestingOrganizationId: agencyOrganization }))
      .expect(201);
    expect(entered.body).toMatchObject({
      createdBy: staff.id,
      requestingOrganization: { id: agencyOrganization },
    });
    await t.http.get(`${BASE}/${entered.body.id}`).set(bearer(agency.token)).expect(200);
  });

  it('updates with If-Match: 428 without it, 412 when stale, and the change is audited', async () => {
    const { id, etag } = await draft();
    const change = { title: 'Phản biện đề án nuôi biển (bản sửa)', panelSizeMax: 9, proposalText: null };
    await t.http.patch(`${BASE}/${id}`).set(bearer(agency.token)).send(change).expect(428);
    const updated = await t.http
      .patch(`${BASE}/${id}`)
      .set(bearer(agency.token))
      .set('If-Match', etag)
      .send(change)
      .expect(200);
    expect(updated.headers.etag).toBe('"2"');
    expect(updated.body).toMatchObject({ title: change.title, panelSizeMax: 9, proposalText: null });
    const stale = await t.http
      .patch(`${BASE}/${id}`)
      .set(bearer(agency.token))
      .set('If-Match', etag)
      .send({ title: 'Một thay đổi bị ghi đè' })
      .expect(412);
    expect(stale.body.code).toBe('PRECONDITION_FAILED');
    await post(agency, `${id}/submit`, etag).expect(412);
    const cleared = await t.http
      .patch(`${BASE}/${id}`)
      .set(bearer(agency.token))
      .set('If-Match', '"2"')
      .send({ title: null })
      .expect(400);
    expect(cleared.body.errors[0].field).toBe('title');

    const [audit] = await t.dataSource.query<
      Array<{ changes: Record<string, { before: unknown; after: unknown }> }>
    >(`SELECT changes FROM audit_event WHERE entity_id = $1 AND action = 'review_request.update'`, [id]);
    expect(Object.keys(audit.changes).sort()).toEqual(['panelSizeMax', 'proposalText', 'title']);
    expect(audit.changes.panelSizeMax).toEqual({ before: 7, after: 9 });
    const read = await t.http.get(`${BASE}/${id}`).set(bearer(agency.token)).expect(200);
    expect(read.headers.etag).toBe('"2"');
  });

  it('refuses requests to roles without them', async () => {
    const officer = await t.account(['personnel_officer']);
    const person = await t.account(['intellectual']);
    for (const who of [officer, person]) {
      await t.http.get(BASE).set(bearer(who.token)).expect(403);
      await t.http.post(BASE).set(bearer(who.token)).send(requestBody()).expect(403);
    }
  });

  it('requires an organization for agency accounts, and shows it in the session', async () => {
    const admin = await t.account(['admin']);
    const refused = await t.http
      .post('/api/v1/accounts')
      .set(bearer(admin.token))
      .send({
        email: 'so-y-te@test.local',
        password: 'correct horse battery',
        displayName: 'Sở Y tế',
        roles: ['agency'],
      })
      .expect(400);
    expect(refused.body.errors[0].field).toBe('organizationId');
    const created = await t.http
      .post('/api/v1/accounts')
      .set(bearer(admin.token))
      .send({
        email: 'so-y-te@test.local',
        password: 'correct horse battery',
        displayName: 'Sở Y tế',
        roles: ['agency'],
        organizationId: otherOrganization,
      })
      .expect(201);
    expect(created.body.organizationId).toBe(otherOrganization);
    const unlink = await t.http
      .patch(`/api/v1/accounts/${created.body.id}`)
      .set(bearer(admin.token))
      .send({ organizationId: null })
      .expect(400);
    expect(unlink.body.errors[0].field).toBe('organizationId');
    const session = await t.session(agency);
    const me = await t.http.get('/api/v1/auth/session').set('Cookie', session.cookie).expect(200);
    expect(me.body.account.organizationId).toBe(agencyOrganization);
    expect(me.body.permissions).toEqual([
      'nominations.read',
      'nominations.submit',
      'requests.read',
      'requests.submit',
    ]);
  });
});
