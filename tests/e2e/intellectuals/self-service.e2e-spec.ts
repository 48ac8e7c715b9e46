import { bearer, startTestApp, TestAccount, TestApp } from '../../support/test-app';
import { createIntellectual } from '../../support/factories/intellectual.factory';
import { expectProblem } from '../foundation/problem';
import { logOutbox } from './outbox-log';

// the project-level testTimeout is not applied to hooks by this Jest version; booting takes a few seconds
jest.setTimeout(60_000);

interface AuditRow {
  action: string;
  actor_account_id: string | null;
  changes: Record<string, unknown>;
  purpose: string | null;
}
const idsOf = (body: { items: Array<{ id: string }> }) => body.items.map((item) => item.id);
const actionsOf = (rows: AuditRow[]) => rows.map((row) => row.action);

describe('self-service, corrections, consent and invitations', () => {
  let t: TestApp;
  let officer: TestAccount;
  let admin: TestAccount;
  let outboxCount: (id: string) => Promise<number>;
  beforeAll(async () => {
    t = await startTestApp();
    outboxCount = await logOutbox(t);
    officer = await t.account(['personnel_officer']);
    admin = await t.account(['admin']);
  });
  afterAll(() => t.close());

  /** A profile (facts from `source`) and the person's linked account. */
  async function person(source = 'officer', overrides: Record<string, unknown> = {}) {
    const profile = await createIntellectual(t, officer, { source, ...overrides });
    const account = await t.account(['intellectual'], { intellectualId: profile.id });
    return { ...profile, account };
  }
  const me = (account: TestAccount) => ({ ...bearer(account.token) });
  const audit = async (id: string) =>
    t.dataSource.query<AuditRow[]>(
      `SELECT action, actor_account_id, changes, purpose FROM audit_event WHERE entity_id = $1 ORDER BY id`,
      [id],
    );

  describe('/me', () => {
    it('gives the person their whole record with an ETag, without auditing it as a staff read', async () => {
      const p = await person();
      const response = await t.http.get('/api/v1/me').set(me(p.account)).expect(200);
      expect(response.headers.etag).toBe('"1"');
      expect(response.body).toEqual(
        expect.objectContaining({ id: p.id, nationalId: p.body.nationalId, birthDate: '1980-05-17' }),
      );
      expect(actionsOf(await audit(p.id))).toEqual(['intellectual.create']);
    });

    it('answers 404 to an intellectual account linked to no profile', async () => {
      const loose = await t.account(['intellectual']);
      expectProblem(await t.http.get('/api/v1/me').set(me(loose)), 404, 'PROFILE_NOT_LINKED');
    });

    it('names the facts the person changes only through a correction request, as FACTS_PROTECTED does', async () => {
      const p = await person('hr_import');
      const { body } = await t.http.get('/api/v1/me').set(me(p.account)).expect(200);
      const recordedDegree = `educations.${p.body.educations[0].id}`;
      expect(body.lockedFacts).toEqual(expect.arrayContaining(['fullName', 'position', recordedDegree]));
      // the person's own facts and kinds, whoever entered them
      expect(body.lockedFacts).not.toContain('biography');
      expect(body.lockedFacts).not.toContain('email');
      expect(body.lockedFacts).not.toContain(`publications.${p.body.publications[0].id}`);
      const declared = await t.http
        .post('/api/v1/me/educations')
        .set(me(p.account))
        .set('If-Match', '"1"')
        .send({ level: 'master', institution: 'Trường Đại học Nha Trang', year: 2005 })
        .expect(201);
      const after = await t.http.get('/api/v1/me').set(me(p.account)).expect(200);
      expect(after.body.lockedFacts).toContain(recordedDegree);
      expect(after.body.lockedFacts).not.toContain(`educations.${declared.body.id}`);
      // a staff list names no part items, so it carries no lockedFacts
      const list = await t.http.get('/api/v1/intellectuals').set(bearer(officer.token)).expect(200);
      expect(list.body.items[0]).not.toHaveProperty('lockedFacts');
    });

    it('refuses edits of officer-sourced facts the records own with 409 naming them, pointing to a correction request', async () => {
      const p = await person('officer');
      const response = await t.http
        .patch('/api/v1/me')
        .set(me(p.account))
        .set('If-Match', '"1"')
        .send({ position: 'Giáo sư', biography: 'Mới' });
      const problem = expectProblem(response, 409, 'FACTS_PROTECTED', { fields: ['position'] });
      expect(problem.detail).toMatch(/correction request/);
      const [row] = await t.dataSource.query(
        `SELECT version, position, biography FROM intellectual WHERE id = $1`,
        [p.id],
      );
      expect(row).toEqual({ version: 1, position: 'Phó Viện trưởng', biography: p.body.biography });
    });

    it('applies self-declared edits at once as unverified, audited and queued for search', async () => {
      const p = await person('self_declared');
      await t.http
        .post(`/api/v1/intellectuals/${p.id}/verify`)
        .set(bearer(officer.token))
        .set('If-Match', '"1"')
        .send({ groups: ['expertise'] })
        .expect(200);
      expectProblem(
        await t.http.patch('/api/v1/me').set(me(p.account)).send({ biography: 'x' }),
        428,
        'PRECONDITION_REQUIRED',
      );
      const response = await t.http
        .patch('/api/v1/me')
        .set(me(p.account))
        .set('If-Match', '"2"')
        .send({
          biography: 'Chuyên gia vắc xin thủy sản',
          overseasInfo: { willingToContribute: true, topics: [] },
        });
      expect(response.status).toBe(200);
      expect(response.headers.etag).toBe('"3"');
      expect(response.body.biography).toBe('Chuyên gia vắc xin thủy sản');
      expect(response.body.provenance.expertise).toEqual({
        source: 'self_declared',
        verification: { status: 'unverified', verifiedBy: null, verifiedAt: null },
      });
      expect(response.body.provenance.overseas.source).toBe('self_declared');
      const events = await audit(p.id);
      expect(events[events.length - 1]).toEqual(
        expect.objectContaining({
          action: 'intellectual.self_update',
          actor_account_id: p.account.id,
          purpose: 'self-service',
        }),
      );
      expect(await outboxCount(p.id)).toBe(3);
    });

    it('lets the person add and change own parts and the kinds they own, but not recorded degrees', async () => {
      const p = await person('officer');
      const added = await t.http
        .post('/api/v1/me/educations')
        .set(me(p.account))
        .set('If-Match', '"1"')
        .send({ level: 'master', institution: 'Trường Đại học Nha Trang', year: 2005 });
      expect(added.status).toBe(201);
      expect(added.body).toEqual(
        expect.objectContaining({
          source: 'self_declared',
          verification: { status: 'unverified', verifiedBy: null, verifiedAt: null },
        }),
      );
      await t.http
        .patch(`/api/v1/me/educations/${added.body.id}`)
        .set(me(p.account))
        .set('If-Match', '"2"')
        .send({ year: 2006 })
        .expect(200);
      const recorded = p.body.educations[0].id;
      expectProblem(
        await t.http
          .patch(`/api/v1/me/educations/${recorded}`)
          .set(me(p.account))
          .set('If-Match', '"3"')
          .send({ year: 2000 }),
        409,
        'FACTS_PROTECTED',
        { fields: [`educations.${recorded}`] },
      );
      expectProblem(
        await t.http.delete(`/api/v1/me/educations/${recorded}`).set(me(p.account)).set('If-Match', '"3"'),
        409,
        'FACTS_PROTECTED',
      );
      await t.http
        .delete(`/api/v1/me/educations/${added.body.id}`)
        .set(me(p.account))
        .set('If-Match', '"3"')
        .expect(204);
      // publications are the person's (FACT_OWNERSHIP), even one an officer entered for them
      const officerItem = p.body.publications[0].id;
      const corrected = await t.http
        .patch(`/api/v1/me/publications/${officerItem}`)
        .set(me(p.account))
        .set('If-Match', '"4"')
        .send({ year: 2020 });
      expect(corrected.status).toBe(200);
      expect(corrected.body).toEqual(
        expect.objectContaining({ id: officerItem, year: 2020, source: 'self_declared' }),
      );
      const other = await createIntellectual(t, officer);
      expectProblem(
        await t.http
          .patch(`/api/v1/me/publications/${other.body.publications[0].id}`)
          .set(me(p.account))
          .set('If-Match', '"5"')
          .send({ year: 2000 }),
        404,
        'NOT_FOUND',
      );
    });

    it('records explicit consent to a public profile, and its withdrawal', async () => {
      const p = await person();
      expectProblem(
        await t.http.put('/api/v1/me/public-profile').set(me(p.account)).set('If-Match', '"1"').send({}),
        400,
        'VALIDATION_FAILED',
        {
          fields: ['consent'],
        },
      );
      const given = await t.http
        .put('/api/v1/me/public-profile')
        .set(me(p.account))
        .set('If-Match', '"1"')
        .send({ consent: true });
      expect(given.status).toBe(200);
      expect(given.body.publicProfile).toBe(true);
      const [row] = await t.dataSource.query(
        `SELECT public_profile, public_profile_consented_at FROM intellectual WHERE id = $1`,
        [p.id],
      );
      expect(row.public_profile).toBe(true);
      expect(row.public_profile_consented_at).toBeInstanceOf(Date);
      expect(given.body.publicProfileConsentedAt).toBe(
        (row.public_profile_consented_at as Date).toISOString(),
      );
      const withdrawn = await t.http
        .put('/api/v1/me/public-profile')
        .set(me(p.account))
        .set('If-Match', '"2"')
        .send({ consent: false });
      expect(withdrawn.body.publicProfile).toBe(false);
      expect(withdrawn.body.publicProfileConsentedAt).toBeNull();
      const actions = actionsOf(await audit(p.id));
      expect(actions).toEqual([
        'intellectual.create',
        'intellectual.public_profile_consent',
        'intellectual.public_profile_withdrawal',
      ]);
      expect(await outboxCount(p.id)).toBe(3);
    });
  });

  describe('correction requests', () => {
    it('are filed by the person, listed for officers, and approved atomically with If-Match', async () => {
      const p = await person('hr_import');
      const educationId = p.body.educations[0].id;
      const filed = await t.http
        .post('/api/v1/me/correction-requests')
        .set(me(p.account))
        .send({
          changes: { position: 'Viện trưởng' },
          parts: [{ part: 'educations', id: educationId, action: 'update', changes: { year: 2003 } }],
          reason: 'Quyết định bổ nhiệm số 12/QĐ-ĐHNT',
        });
      expect(filed.status).toBe(201);
      expect(filed.body).toEqual({
        id: expect.any(String),
        intellectualId: p.id,
        changes: { position: 'Viện trưởng' },
        parts: [{ part: 'educations', id: educationId, action: 'update', changes: { year: 2003 } }],
        reason: 'Quyết định bổ nhiệm số 12/QĐ-ĐHNT',
        status: 'pending',
        decisionReason: null,
        decidedAt: null,
        createdAt: expect.any(String),
      });
      const mine = await t.http.get('/api/v1/me/correction-requests').set(me(p.account)).expect(200);
      expect(idsOf(mine.body)).toEqual([filed.body.id]);
      const pending = await t.http
        .get('/api/v1/correction-requests?status=pending&limit=100')
        .set(bearer(officer.token))
        .expect(200);
      expect(idsOf(pending.body)).toContain(filed.body.id);

      const approve = () =>
        t.http.post(`/api/v1/correction-requests/${filed.body.id}/approve`).set(bearer(officer.token));
      expectProblem(await approve(), 428, 'PRECONDITION_REQUIRED');
      expectProblem(await approve().set('If-Match', '"9"'), 412, 'PRECONDITION_FAILED');
      const approved = await approve().set('If-Match', '"1"');
      expect(approved.status).toBe(200);
      expect(approved.headers.etag).toBe('"2"');
      expect(approved.body.position).toBe('Viện trưởng');
      expect(approved.body.provenance.employment).toEqual({
        source: 'officer',
        verification: { status: 'verified', verifiedBy: officer.id, verifiedAt: expect.any(String) },
      });
      expect(approved.body.educations[0]).toEqual(expect.objectContaining({ year: 2003, source: 'officer' }));
      const [request] = await t.dataSource.query(
        `SELECT status, decided_by FROM correction_request WHERE id = $1`,
        [filed.body.id],
      );
      expect(request).toEqual({ status: 'approved', decided_by: officer.id });
      const actions = actionsOf(await audit(p.id));
      expect(actions).toEqual([
        'intellectual.create',
        'intellectual.correction_requested',
        'intellectual.correction_approved',
        'intellectual.educations.update',
      ]);
      expectProblem(await approve().set('If-Match', '"2"'), 409, 'CORRECTION_ALREADY_DECIDED');
      expect(await outboxCount(p.id)).toBe(2); // created, then the approval (filing changes no profile)
    });

    it('are rejected with a reason the person sees, leaving the profile unchanged', async () => {
      const p = await person('hr_import');
      const filed = await t.http
        .post('/api/v1/me/correction-requests')
        .set(me(p.account))
        .send({ changes: { gender: 'male' }, reason: 'Nhập sai giới tính' });
      expectProblem(
        await t.http
          .post(`/api/v1/correction-requests/${filed.body.id}/reject`)
          .set(bearer(admin.token))
          .send({}),
        400,
        'VALIDATION_FAILED',
        { fields: ['reason'] },
      );
      const rejected = await t.http
        .post(`/api/v1/correction-requests/${filed.body.id}/reject`)
        .set(bearer(admin.token))
        .send({ reason: 'Giấy khai sinh ghi giới tính nữ' });
      expect(rejected.status).toBe(200);
      const mine = await t.http.get('/api/v1/me/correction-requests').set(me(p.account)).expect(200);
      expect(mine.body.items[0]).toEqual(
        expect.objectContaining({ status: 'rejected', decisionReason: 'Giấy khai sinh ghi giới tính nữ' }),
      );
      const [row] = await t.dataSource.query(`SELECT gender, version FROM intellectual WHERE id = $1`, [
        p.id,
      ]);
      expect(row).toEqual({ gender: 'female', version: 1 });
      const events = await audit(p.id);
      expect(events[events.length - 1]).toEqual(
        expect.objectContaining({
          action: 'intellectual.correction_rejected',
          actor_account_id: admin.id,
          purpose: 'Giấy khai sinh ghi giới tính nữ',
        }),
      );
    });

    it('are listed for officers with the pending ones first, oldest first within each', async () => {
      const p = await person('hr_import');
      const file = async (reason: string) =>
        (
          await t.http
            .post('/api/v1/me/correction-requests')
            .set(me(p.account))
            .send({ changes: { gender: 'male' }, reason })
            .expect(201)
        ).body as { id: string };
      const decided = await file('Gửi trước, đã xử lý');
      await t.http
        .post(`/api/v1/correction-requests/${decided.id}/reject`)
        .set(bearer(officer.token))
        .send({ reason: 'Không có giấy tờ kèm theo' })
        .expect(200);
      const older = await file('Gửi sau, chờ xử lý');
      const newer = await file('Gửi sau cùng, chờ xử lý');
      const listed = await t.http
        .get(`/api/v1/correction-requests?intellectualId=${p.id}`)
        .set(bearer(officer.token))
        .expect(200);
      expect(idsOf(listed.body)).toEqual([older.id, newer.id, decided.id]);
      expect(listed.body.total).toBe(3);
      const paged = await t.http
        .get(`/api/v1/correction-requests?intellectualId=${p.id}&limit=1&offset=2`)
        .set(bearer(officer.token))
        .expect(200);
      expect({ ids: idsOf(paged.body), total: paged.body.total }).toEqual({ ids: [decided.id], total: 3 });
    });

    it('can be withdrawn by the person while pending, and then no officer can decide them', async () => {
      const p = await person('hr_import');
      const other = await person('hr_import');
      const filed = await t.http
        .post('/api/v1/me/correction-requests')
        .set(me(p.account))
        .send({ changes: { gender: 'male' }, reason: 'Tôi gửi nhầm' });
      const withdraw = (account: TestAccount) =>
        t.http.post(`/api/v1/me/correction-requests/${filed.body.id}/withdraw`).set(me(account));
      expectProblem(await withdraw(other.account), 404, 'NOT_FOUND');
      const withdrawn = await withdraw(p.account);
      expect(withdrawn.status).toBe(200);
      expect(withdrawn.body).toEqual(expect.objectContaining({ id: filed.body.id, status: 'withdrawn' }));
      expectProblem(await withdraw(p.account), 409, 'CORRECTION_ALREADY_DECIDED');
      expectProblem(
        await t.http
          .post(`/api/v1/correction-requests/${filed.body.id}/approve`)
          .set({ ...bearer(officer.token), 'If-Match': '"1"' }),
        409,
        'CORRECTION_ALREADY_DECIDED',
      );
      const pending = await t.http
        .get('/api/v1/correction-requests?status=pending&limit=100')
        .set(bearer(officer.token))
        .expect(200);
      const pendingIds = (pending.body as { items: Array<{ id: string }> }).items.map((item) => item.id);
      expect(pendingIds).not.toContain(filed.body.id);
      const [row] = await t.dataSource.query(`SELECT gender, version FROM intellectual WHERE id = $1`, [
        p.id,
      ]);
      expect(row).toEqual({ gender: 'female', version: 1 });
      const events = await audit(p.id);
      expect(events[events.length - 1]).toEqual(
        expect.objectContaining({
          action: 'intellectual.correction_withdrawn',
          actor_account_id: p.account.id,
        }),
      );
    });

    it('validate the requested changes when filed', async () => {
      const p = await person('hr_import');
      const send = (body: object) =>
        t.http.post('/api/v1/me/correction-requests').set(me(p.account)).send(body);
      expectProblem(
        await send({ changes: { nationalId: '123' }, reason: 'Sai số định danh' }),
        400,
        'VALIDATION_FAILED',
        {
          fields: ['changes.nationalId'],
        },
      );
      expectProblem(await send({ reason: 'Không có gì' }), 400, 'VALIDATION_FAILED', { fields: ['changes'] });
      expectProblem(
        await send({ changes: { communeCode: '00000' }, reason: 'Chuyển nơi ở' }),
        400,
        'VALIDATION_FAILED',
        {
          fields: ['communeCode'],
        },
      );
      const [{ n }] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM correction_request WHERE intellectual_id = $1`,
        [p.id],
      );
      expect(n).toBe(0);
    });
  });

  describe('linking accounts to profiles', () => {
    it('issues a one-time invitation code, stored only as a hash, that creates a linked account once', async () => {
      const profile = await createIntellectual(t, officer);
      const issued = await t.http
        .post(`/api/v1/intellectuals/${profile.id}/invitations`)
        .set(bearer(officer.token))
        .send({});
      expect(issued.status).toBe(201);
      expect(issued.body).toEqual({
        id: expect.any(String),
        intellectualId: profile.id,
        code: expect.stringMatching(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/),
        expiresAt: expect.any(String),
      });
      const days = (Date.parse(issued.body.expiresAt) - Date.now()) / 86_400_000;
      expect(days).toBeGreaterThan(13.9);
      const [stored] = await t.dataSource.query(`SELECT code_hash FROM profile_invitation WHERE id = $1`, [
        issued.body.id,
      ]);
      expect(stored.code_hash).not.toContain(issued.body.code);
      expect(stored.code_hash).toMatch(/^[0-9a-f]{64}$/);

      const accept = (code: string, email: string) =>
        t.http.post('/api/v1/invitations/accept').send({ code, email, password: 'mật khẩu đủ dài' });
      expectProblem(await accept('AAAA-BBBB-CCCC-DDDD', 'someone@test.local'), 422, 'UNPROCESSABLE', {
        fields: ['code'],
      });
      const accepted = await accept((issued.body.code as string).toLowerCase(), 'Chau.Invited@Test.Local');
      expect(accepted.status).toBe(201);
      expect(accepted.body).toEqual(
        expect.objectContaining({
          email: 'chau.invited@test.local',
          roles: ['intellectual'],
          intellectualId: profile.id,
        }),
      );
      expectProblem(await accept(issued.body.code, 'second@test.local'), 422, 'UNPROCESSABLE');

      const login = await t.http
        .post('/api/v1/auth/login')
        .send({ email: 'chau.invited@test.local', password: 'mật khẩu đủ dài' })
        .expect(200);
      const mine = await t.http.get('/api/v1/me').set(bearer(login.body.accessToken)).expect(200);
      expect(mine.body.id).toBe(profile.id);
      expectProblem(
        await t.http
          .post(`/api/v1/intellectuals/${profile.id}/invitations`)
          .set(bearer(officer.token))
          .send({}),
        409,
        'ACCOUNT_ALREADY_LINKED',
      );
      const actions = actionsOf(await audit(profile.id));
      expect(actions).toEqual([
        'intellectual.create',
        'intellectual.invitation_issued',
        'intellectual.invitation_accepted',
      ]);
    });

    it('lets association staff invite an expert without an account, audited as theirs; not an intellectual', async () => {
      const staff = await t.account(['association_staff']);
      const profile = await createIntellectual(t, officer);
      const p = await person();
      for (const refused of [p.account]) {
        expectProblem(
          await t.http
            .post(`/api/v1/intellectuals/${profile.id}/invitations`)
            .set(bearer(refused.token))
            .send({}),
          403,
          'FORBIDDEN',
        );
      }
      const issued = await t.http
        .post(`/api/v1/intellectuals/${profile.id}/invitations`)
        .set(bearer(staff.token))
        .send({ email: 'chuyen.gia@test.local' })
        .expect(201);
      const accepted = await t.http
        .post('/api/v1/invitations/accept')
        .send({ code: issued.body.code, email: 'chuyen.gia@test.local', password: 'mật khẩu đủ dài' })
        .expect(201);
      expect(accepted.body).toEqual(
        expect.objectContaining({ roles: ['intellectual'], intellectualId: profile.id }),
      );
      const rows = await audit(profile.id);
      const issuedRow = rows.find(({ action }) => action === 'intellectual.invitation_issued');
      expect(issuedRow?.actor_account_id).toBe(staff.id);
      // staff still do not edit the record itself
      expectProblem(
        await t.http
          .patch(`/api/v1/intellectuals/${profile.id}`)
          .set(bearer(staff.token))
          .set('If-Match', '"1"')
          .send({ position: 'Giảng viên' }),
        403,
        'FORBIDDEN',
      );
    });

    it('binds an invitation to its email when given, and a newer code replaces an older one', async () => {
      const profile = await createIntellectual(t, officer);
      const first = await t.http
        .post(`/api/v1/intellectuals/${profile.id}/invitations`)
        .set(bearer(officer.token))
        .send({});
      const second = await t.http
        .post(`/api/v1/intellectuals/${profile.id}/invitations`)
        .set(bearer(officer.token))
        .send({ email: 'only.me@test.local' });
      const accept = (code: string, email: string) =>
        t.http.post('/api/v1/invitations/accept').send({ code, email, password: 'mật khẩu đủ dài' });
      expectProblem(await accept(first.body.code, 'only.me@test.local'), 422, 'UNPROCESSABLE');
      expectProblem(await accept(second.body.code, 'someone.else@test.local'), 422, 'UNPROCESSABLE');
      expect((await accept(second.body.code, 'only.me@test.local')).status).toBe(201);
    });

    it('validates intellectualId on POST and PATCH /accounts: existing, not deleted, linked once', async () => {
      const profile = await createIntellectual(t, officer);
      const create = (intellectualId: string, email: string) =>
        t.http
          .post('/api/v1/accounts')
          .set(bearer(admin.token))
          .send({
            email,
            password: 'a long enough password',
            displayName: 'Người dùng',
            roles: ['intellectual'],
            intellectualId,
          });
      expectProblem(
        await create('00000000-0000-4000-8000-000000000000', 'ghost@test.local'),
        400,
        'VALIDATION_FAILED',
        {
          fields: ['intellectualId'],
        },
      );
      expect((await create(profile.id, 'first.link@test.local')).status).toBe(201);
      expectProblem(await create(profile.id, 'second.link@test.local'), 409, 'ACCOUNT_ALREADY_LINKED', {
        fields: ['intellectualId'],
      });

      const deleted = await createIntellectual(t, officer);
      await t.http
        .delete(`/api/v1/intellectuals/${deleted.id}`)
        .set(bearer(officer.token))
        .set('If-Match', '"1"')
        .expect(204);
      const loose = await t.account(['intellectual']);
      expectProblem(
        await t.http
          .patch(`/api/v1/accounts/${loose.id}`)
          .set(bearer(admin.token))
          .send({ intellectualId: deleted.id }),
        400,
        'VALIDATION_FAILED',
        { fields: ['intellectualId'] },
      );
    });
  });
});
