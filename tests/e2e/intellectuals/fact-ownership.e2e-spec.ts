import type { ImportJobView } from '../../../src/imports/jobs/import-job.view';
import { bearer, startTestApp, TestAccount, TestApp } from '../../support/test-app';
import { importWorkbook, Person } from '../../support/fixtures/imports/spreadsheets';
import { expectProblem } from '../foundation/problem';

jest.setTimeout(60_000);

/**
 * A person whose profile came from an HR import keeps what only they know (biography, expertise,
 * contact…) through /me, while what the records own (identity, employment, titles, HR degrees)
 * changes through a correction request, and a later import never overwrites what the person declared.
 */
describe('who owns which facts: an imported person and self-service', () => {
  let t: TestApp;
  let officer: TestAccount;
  let sequence = 0;

  beforeAll(async () => {
    t = await startTestApp();
    officer = await t.account(['personnel_officer']);
  });
  afterAll(() => t.close());

  const row = (nationalId: string, overrides: Person = {}): Person => ({
    fullName: 'Lê Thị Nhập Khẩu',
    gender: 'Nữ',
    birthDate: '12/04/1979',
    nationalId,
    commune: 'Phường Nha Trang',
    email: 'le.nhapkhau@ntu.edu.vn',
    phone: '0912345678',
    field: '401',
    degreeLevel: 'Tiến sĩ',
    institution: 'Trường Đại học Nha Trang',
    graduationYear: '2008',
    organization: 'Trường Đại học Nha Trang',
    position: 'Giảng viên',
    ...overrides,
  });

  async function runImport(people: Person[]): Promise<ImportJobView> {
    const started = await t.http
      .post('/api/v1/imports')
      .set(bearer(officer.token))
      .attach('file', await importWorkbook(people), 'nhan-su.xlsx');
    expect(started.status).toBe(202);
    const deadline = Date.now() + 30_000;
    for (;;) {
      const job = await t.http.get(`/api/v1/imports/${started.body.id}`).set(bearer(officer.token));
      if (job.body.status === 'completed' || job.body.status === 'failed') return job.body as ImportJobView;
      if (Date.now() > deadline) throw new Error(`import did not finish: ${JSON.stringify(job.body)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** A person created by an HR import, with their linked account. */
  async function importedPerson(overrides: Person = {}) {
    sequence += 1;
    const nationalId = `05617900${String(sequence).padStart(4, '0')}`;
    const job = await runImport([row(nationalId, overrides)]);
    expect(job.counts).toMatchObject({ created: 1, failed: 0 });
    const [{ id }] = await t.dataSource.query(`SELECT id FROM intellectual WHERE national_id = $1`, [
      nationalId,
    ]);
    const account = await t.account(['intellectual'], { intellectualId: id as string });
    return { id: id as string, nationalId, account, me: bearer(account.token) };
  }

  const stored = async (id: string) =>
    (
      await t.dataSource.query<Array<Record<string, unknown>>>(
        `SELECT version, biography, expertise, phone, position, primary_field_code,
                provenance->'contact'->>'source' AS contact_source,
                provenance->'expertise'->>'source' AS expertise_source,
                provenance->'employment'->>'source' AS employment_source
           FROM intellectual WHERE id = $1`,
        [id],
      )
    )[0];
  const lastAudit = async (id: string) =>
    (
      await t.dataSource.query<Array<Record<string, unknown>>>(
        `SELECT action, actor_account_id, changes, purpose FROM audit_event
          WHERE entity_id = $1 ORDER BY id DESC LIMIT 1`,
        [id],
      )
    )[0];

  it('lets an imported person edit their biography, expertise and phone at once, audited', async () => {
    const p = await importedPerson();
    const response = await t.http
      .patch('/api/v1/me')
      .set(p.me)
      .set('If-Match', '"1"')
      .send({
        biography: 'Nghiên cứu bệnh học tôm hùm',
        expertise: ['tôm hùm', 'bệnh học thủy sản'],
        phone: '0987654321',
      });
    expect(response.status).toBe(200);
    expect(response.headers.etag).toBe('"2"');
    expect(response.body).toEqual(
      expect.objectContaining({
        biography: 'Nghiên cứu bệnh học tôm hùm',
        expertise: ['tôm hùm', 'bệnh học thủy sản'],
        phone: '0987654321',
        position: 'Giảng viên',
      }),
    );
    expect(response.body.provenance.expertise.source).toBe('self_declared');
    expect(response.body.provenance.employment.source).toBe('hr_import');
    expect(await lastAudit(p.id)).toEqual({
      action: 'intellectual.self_update',
      actor_account_id: p.account.id,
      purpose: 'self-service',
      changes: {
        biography: { before: null, after: 'Nghiên cứu bệnh học tôm hùm' },
        expertise: { before: [], after: ['tôm hùm', 'bệnh học thủy sản'] },
        phone: { before: '0912345678', after: '0987654321' },
      },
    });
  });

  it('refuses an HR-owned fact with 409 FACTS_PROTECTED naming it and pointing to a correction request', async () => {
    const p = await importedPerson();
    const response = await t.http
      .patch('/api/v1/me')
      .set(p.me)
      .set('If-Match', '"1"')
      .send({ position: 'Trưởng khoa', biography: 'Giảng dạy nuôi trồng thủy sản' });
    const problem = expectProblem(response, 409, 'FACTS_PROTECTED', { fields: ['position'] });
    expect(problem.detail).toContain('POST /api/v1/me/correction-requests');
    expect(response.body.detailVi).toContain('yêu cầu đính chính');
    expect(problem.errors[0].message).toContain('"changes": { "position"');
    // all or nothing: the biography of the same request is not written either
    expect(await stored(p.id)).toMatchObject({ version: 1, biography: null, position: 'Giảng viên' });

    const profile = await t.http.get('/api/v1/me').set(p.me).expect(200);
    const degree = profile.body.educations[0].id as string;
    expectProblem(
      await t.http
        .patch(`/api/v1/me/educations/${degree}`)
        .set(p.me)
        .set('If-Match', '"1"')
        .send({ year: 2009 }),
      409,
      'FACTS_PROTECTED',
      { fields: [`educations.${degree}`] },
    );
  });

  it('takes the correction request the person files instead, which an officer approves', async () => {
    const p = await importedPerson();
    const filed = await t.http
      .post('/api/v1/me/correction-requests')
      .set(p.me)
      .send({ changes: { position: 'Trưởng khoa' }, reason: 'Quyết định bổ nhiệm số 45/QĐ-ĐHNT' });
    expect(filed.status).toBe(201);
    expect(filed.body).toMatchObject({ status: 'pending', changes: { position: 'Trưởng khoa' } });
    const approved = await t.http
      .post(`/api/v1/correction-requests/${filed.body.id}/approve`)
      .set(bearer(officer.token))
      .set('If-Match', '"1"');
    expect(approved.status).toBe(200);
    expect(await stored(p.id)).toMatchObject({ version: 2, position: 'Trưởng khoa' });
  });

  it('a later HR import updates what the records own and never overwrites what the person declared', async () => {
    const p = await importedPerson();
    await t.http
      .patch('/api/v1/me')
      .set(p.me)
      .set('If-Match', '"1"')
      .send({ phone: '0987654321', biography: 'Bệnh học tôm hùm' })
      .expect(200);

    // only person-owned facts differ (phone; field is in the expertise group the person declared)
    const unchanged = await runImport([row(p.nationalId, { phone: '0911111111', field: '102' })]);
    expect(unchanged.counts).toMatchObject({ updated: 0, unchanged: 1, failed: 0 });
    expect(await stored(p.id)).toMatchObject({
      version: 2,
      phone: '0987654321',
      primary_field_code: '401',
      contact_source: 'self_declared',
      expertise_source: 'self_declared',
    });

    const updated = await runImport([
      row(p.nationalId, { phone: '0911111111', position: 'Phó trưởng khoa' }),
    ]);
    expect(updated.counts).toMatchObject({ updated: 1, failed: 0 });
    expect(await stored(p.id)).toMatchObject({
      version: 3,
      phone: '0987654321',
      biography: 'Bệnh học tôm hùm',
      position: 'Phó trưởng khoa',
      contact_source: 'self_declared',
      employment_source: 'hr_import',
    });
  });
});
