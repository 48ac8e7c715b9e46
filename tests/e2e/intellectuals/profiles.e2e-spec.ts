import { CreateIntellectualDto } from '../../../src/intellectuals/dto/profile.dto';
import { IntellectualsService } from '../../../src/intellectuals/intellectuals.service';
import { IndexerService } from '../../../src/search/indexer/indexer.service';
import { bearer, startTestApp, TestAccount, TestApp } from '../../support/test-app';
import {
  createIntellectual,
  intellectualInput,
  nationalId,
} from '../../support/factories/intellectual.factory';
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

const API = '/api/v1/intellectuals';

describe('intellectual profiles (staff side)', () => {
  let t: TestApp;
  let officer: TestAccount;
  let admin: TestAccount;
  let association: TestAccount;
  let outboxCount: (id: string) => Promise<number>;
  beforeAll(async () => {
    t = await startTestApp();
    outboxCount = await logOutbox(t);
    officer = await t.account(['personnel_officer']);
    admin = await t.account(['admin']);
    association = await t.account(['association_staff']);
  });
  afterAll(() => t.close());

  const auditOf = async (id: string) =>
    t.dataSource.query<AuditRow[]>(
      `SELECT action, actor_account_id, changes, purpose FROM audit_event WHERE entity_type = 'intellectual' AND entity_id = $1 ORDER BY id`,
      [id],
    );

  describe('create and read', () => {
    it('creates a profile with parts, provenance and derived facts, audits it and queues it for search', async () => {
      const response = await t.http
        .post(API)
        .set(bearer(officer.token))
        .send(intellectualInput({ fullName: 'Lê Văn Đức' }));
      expect(response.status).toBe(201);
      expect(response.headers.etag).toBe('"1"');
      const body = response.body;
      expect(body).toEqual(
        expect.objectContaining({
          id: expect.stringMatching(/^[0-9a-f-]{36}$/),
          fullName: 'Lê Văn Đức',
          birthDate: '1980-05-17',
          birthYear: 1980,
          ageBand: expect.stringMatching(/^(35_44|45_54)$/),
          overseas: false,
          countryCode: 'VN',
          highestDegree: 'doctorate',
          publicationCounts: { SCIE: 1, SSCI: 0, AHCI: 0, ESCI: 0, Scopus: 0, domestic_scored: 1, other: 0 },
          ipCount: 1,
          publicProfile: false,
          verification: 'unverified',
          version: 1,
        }),
      );
      const unverifiedOfficer = {
        source: 'officer',
        verification: { status: 'unverified', verifiedBy: null, verifiedAt: null },
      };
      expect(body.provenance).toEqual({
        identity: unverifiedOfficer,
        residence: unverifiedOfficer,
        contact: unverifiedOfficer,
        expertise: unverifiedOfficer,
        titles: unverifiedOfficer,
        employment: unverifiedOfficer,
      });
      expect((body.educations as Array<{ level: string }>).map((e) => e.level)).toEqual([
        'bachelor',
        'doctorate',
      ]);
      expect(body.educations[0]).toEqual({
        id: expect.any(String),
        level: 'bachelor',
        fieldCode: '401',
        major: null,
        institution: 'Trường Đại học Nha Trang',
        countryCode: 'VN',
        year: 2002,
        ...unverifiedOfficer,
      });

      const [audit] = await auditOf(body.id);
      expect(audit).toEqual({
        action: 'intellectual.create',
        actor_account_id: officer.id,
        purpose: 'source: officer',
        changes: expect.objectContaining({
          fullName: { before: null, after: 'Lê Văn Đức' },
          educations: { before: null, after: expect.any(Array) },
        }),
      });
      expect(await outboxCount(body.id)).toBe(1);
    });

    it('stores names in NFC whatever the client sent', async () => {
      const nfd = 'Trần Thị Ánh'.normalize('NFD');
      const created = await createIntellectual(t, officer, { fullName: nfd });
      expect(created.body.fullName).toBe('Trần Thị Ánh'.normalize('NFC'));
      const [row] = await t.dataSource.query(`SELECT full_name FROM intellectual WHERE id = $1`, [
        created.id,
      ]);
      expect(row.full_name).toBe('Trần Thị Ánh'.normalize('NFC'));
    });

    it('returns the ETag on GET and shows association staff no restricted attributes', async () => {
      const { id } = await createIntellectual(t, officer);
      const asAssociation = await t.http.get(`${API}/${id}`).set(bearer(association.token)).expect(200);
      expect(asAssociation.headers.etag).toBe('"1"');
      for (const restricted of [
        'birthDate',
        'nationalId',
        'ethnicGroupCode',
        'hometown',
        'disability',
        'homeAddress',
      ]) {
        expect(asAssociation.body).not.toHaveProperty(restricted);
      }
      expect(asAssociation.body).toEqual(
        expect.objectContaining({ gender: 'female', email: expect.any(String), ageBand: expect.any(String) }),
      );
      const before = (await auditOf(id)).length;
      expect((await auditOf(id)).filter((e) => e.action === 'intellectual.read_restricted')).toHaveLength(0);

      const asOfficer = await t.http.get(`${API}/${id}`).set(bearer(officer.token)).expect(200);
      expect(asOfficer.body.nationalId).toMatch(/^\d{12}$/);
      const after = await auditOf(id);
      expect(after).toHaveLength(before + 1);
      expect(after[after.length - 1]).toEqual(
        expect.objectContaining({ action: 'intellectual.read_restricted', actor_account_id: officer.id }),
      );
    });

    it('lets the seed and imports create through the service with a source and no actor', async () => {
      const created = await t.app
        .get(IntellectualsService)
        .create(intellectualInput() as unknown as CreateIntellectualDto, undefined, 'hr_import');
      expect(created.version).toBe(1);
      expect(created.body.provenance).toEqual(
        expect.objectContaining({ identity: expect.objectContaining({ source: 'hr_import' }) }),
      );
      expect(created.body.nationalId).toMatch(/^\d{12}$/);
    });
  });

  describe('fact groups', () => {
    it('names each group with its facts, and a change to a fact takes that group’s provenance', async () => {
      const response = await t.http.get(`${API}/fact-groups`).set(bearer(association.token)).expect(200);
      const groups = response.body.groups as Array<{ group: string; fields: string[] }>;
      expect(groups.map((g) => g.group)).toEqual([
        'identity',
        'residence',
        'contact',
        'expertise',
        'titles',
        'employment',
        'overseas',
      ]);
      // every fact a PATCH takes (as the OpenAPI document describes its body) is in exactly one group
      const { body: document } = await t.http.get('/api/docs-json').expect(200);
      const patchable = Object.keys(
        (document as { components: { schemas: Record<string, { properties: object }> } }).components.schemas
          .UpdateIntellectualDto.properties,
      ).filter((field) => field !== 'source');
      const fields = groups.flatMap((g) => g.fields);
      expect(new Set(fields).size).toBe(fields.length);
      expect([...fields].sort()).toEqual(patchable.sort());
      const titles = groups.find((g) => g.group === 'titles')!;
      expect(titles.fields).toEqual(['academicTitle', 'honoraryTitles']);

      const { id } = await createIntellectual(t, officer, { source: 'hr_import' });
      const patched = await t.http
        .patch(`${API}/${id}`)
        .set(bearer(officer.token))
        .set('If-Match', '"1"')
        .send({ academicTitle: { code: 'professor', year: 2024 } })
        .expect(200);
      expect(patched.body.provenance.titles.source).toBe('officer');
      expect(patched.body.provenance.identity.source).toBe('hr_import');
      await t.http.get(`${API}/fact-groups`).expect(401);
    });
  });

  describe('validation: 400/409 naming the field, nothing written', () => {
    const cases: Array<[string, Record<string, unknown>, string[]]> = [
      ['a one-letter name', { fullName: 'A' }, ['fullName']],
      ['a national ID of 11 digits', { nationalId: '05608000123' }, ['nationalId']],
      ['a birth date in the future', { birthDate: '2999-01-01' }, ['birthDate']],
      [
        'a 10-year-old',
        { birthDate: `${new Date().getUTCFullYear() - 10}-01-01`, educations: [] },
        ['birthDate'],
      ],
      ['an impossible date', { birthDate: '1980-02-30' }, ['birthDate']],
      ['a bad email', { email: 'not-an-email' }, ['email']],
      ['a bad phone', { phone: '12345' }, ['phone']],
      ['an unknown gender', { gender: 'x' }, ['gender']],
      ['an unknown field code', { fieldCodes: ['401', '999'] }, ['fieldCodes.1']],
      ['an unknown commune', { communeCode: '99999' }, ['communeCode']],
      ['an unknown ethnic group', { ethnicGroupCode: '99' }, ['ethnicGroupCode']],
      ['an unknown honorary title', { honoraryTitles: [{ code: 'XYZ' }] }, ['honoraryTitles.0.code']],
      ['an unknown civil-service rank', { civilService: { rankCode: '99.999' } }, ['civilService.rankCode']],
      ['two residences', { communeCode: '22366', provinceName: 'Hà Nội' }, ['communeCode']],
      ['no residence', { communeCode: undefined }, ['communeCode']],
      ['a hometown with both forms', { hometown: { communeCode: '22366', text: 'Huế' } }, ['hometown']],
      ['a year before 1900', { academicTitle: { code: 'professor', year: 1899 } }, ['academicTitle.year']],
      [
        'an unknown academic title',
        { academicTitle: { code: 'lecturer', year: 2010 } },
        ['academicTitle.code'],
      ],
      [
        'a degree at age 10',
        { educations: [{ level: 'bachelor', institution: 'Trường Đại học Nha Trang', year: 1990 }] },
        ['educations.0.year'],
      ],
      [
        'an unknown degree level',
        { educations: [{ level: 'phd', institution: 'X University' }] },
        ['educations.0.level'],
      ],
      [
        'a bad DOI',
        { publications: [{ title: 'A paper', year: 2020, indexClass: 'SCIE', doi: '11.1/x' }] },
        ['publications.0.doi'],
      ],
      [
        'an ISSN with a wrong check digit',
        { publications: [{ title: 'A paper', year: 2020, indexClass: 'SCIE', issn: '0044-8487' }] },
        ['publications.0.issn'],
      ],
      [
        'an ISBN with a wrong check digit',
        { publications: [{ title: 'A book', year: 2020, indexClass: 'other', isbn: '978-3-16-148410-1' }] },
        ['publications.0.isbn'],
      ],
      [
        'an unknown index class',
        { publications: [{ title: 'A paper', year: 2020, indexClass: 'WoS' }] },
        ['publications.0.indexClass'],
      ],
      [
        'a publication year after this year',
        { publications: [{ title: 'A paper', year: 3000, indexClass: 'SCIE' }] },
        ['publications.0.year'],
      ],
      [
        'too many expertise keywords',
        { expertise: Array.from({ length: 51 }, (_, i) => `k${i}`) },
        ['expertise'],
      ],
      ['an unknown attribute', { salary: 1000 }, ['salary']],
      [
        'an unknown organization',
        { organizationName: undefined, organizationId: '00000000-0000-4000-8000-000000000000' },
        ['organizationId'],
      ],
    ];
    it.each(cases)('refuses %s', async (_, overrides, fields) => {
      const before = (await t.dataSource.query(`SELECT count(*)::int AS n FROM intellectual`))[0].n;
      const response = await t.http.post(API).set(bearer(officer.token)).send(intellectualInput(overrides));
      const problem = expectProblem(response, 400, 'VALIDATION_FAILED', { fields });
      for (const error of problem.errors)
        expect(error).toEqual(expect.objectContaining({ messageVi: expect.any(String) }));
      expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM intellectual`))[0].n).toBe(before);
    });

    it('gives the message in English and Vietnamese', async () => {
      const response = await t.http
        .post(API)
        .set(bearer(officer.token))
        .send(intellectualInput({ nationalId: 'abc' }));
      expect(response.body.errors).toEqual([
        {
          field: 'nationalId',
          message: 'nationalId must be exactly 12 digits (personal identification number)',
          messageVi: 'nationalId phải gồm đúng 12 chữ số (số định danh cá nhân)',
        },
      ]);
    });

    it('accepts international phone numbers and overseas residence', async () => {
      const created = await createIntellectual(t, officer, {
        communeCode: undefined,
        countryCode: 'JP',
        phone: '+81 90 1234 5678',
        overseasInfo: { willingToContribute: true, topics: ['AI'], contactPreference: 'email' },
      });
      expect(created.body).toEqual(
        expect.objectContaining({
          overseas: true,
          countryCode: 'JP',
          communeCode: null,
          phone: '+819012345678',
          overseasInfo: { willingToContribute: true, topics: ['AI'], contactPreference: 'email' },
        }),
      );
    });

    it('refuses a duplicate national ID with 409 naming nationalId', async () => {
      const id = nationalId();
      await createIntellectual(t, officer, { nationalId: id });
      const response = await t.http
        .post(API)
        .set(bearer(officer.token))
        .send(intellectualInput({ nationalId: id }));
      expectProblem(response, 409, 'NATIONAL_ID_TAKEN', { fields: ['nationalId'] });
      const [{ n }] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM intellectual WHERE national_id = $1`,
        [id],
      );
      expect(n).toBe(1);
    });
  });

  describe('never lose a write', () => {
    it('requires If-Match (428), refuses a stale one (412) and bumps the version on success', async () => {
      const { id } = await createIntellectual(t, officer);
      expectProblem(
        await t.http.patch(`${API}/${id}`).set(bearer(officer.token)).send({ position: 'Viện trưởng' }),
        428,
        'PRECONDITION_REQUIRED',
      );
      expectProblem(
        await t.http
          .patch(`${API}/${id}`)
          .set(bearer(officer.token))
          .set('If-Match', '"7"')
          .send({ position: 'Viện trưởng' }),
        412,
        'PRECONDITION_FAILED',
      );
      const ok = await t.http
        .patch(`${API}/${id}`)
        .set(bearer(officer.token))
        .set('If-Match', '"1"')
        .send({ position: 'Viện trưởng' });
      expect(ok.status).toBe(200);
      expect(ok.headers.etag).toBe('"2"');
      expect(ok.body.position).toBe('Viện trưởng');
      expectProblem(
        await t.http
          .patch(`${API}/${id}`)
          .set(bearer(officer.token))
          .set('If-Match', '"1"')
          .send({ position: 'x' }),
        412,
        'PRECONDITION_FAILED',
      );
    });

    it('answers a weak ETag in If-Match with WEAK_ETAG naming the strong one, writing nothing', async () => {
      const { id } = await createIntellectual(t, officer);
      const problem = expectProblem(
        await t.http
          .patch(`${API}/${id}`)
          .set(bearer(officer.token))
          .set('If-Match', 'W/"1"')
          .send({ position: 'Viện trưởng' }),
        412,
        'WEAK_ETAG',
      );
      expect(problem.detail).toBe(
        'If-Match needs the strong ETag the profile was read with ("1"), not a weak one (W/"1")',
      );
      const [row] = await t.dataSource.query(`SELECT version, position FROM intellectual WHERE id = $1`, [
        id,
      ]);
      expect(row).toEqual({ version: 1, position: 'Phó Viện trưởng' });
    });

    it('lets exactly one of 10 concurrent writers with the same ETag win', async () => {
      const { id } = await createIntellectual(t, officer);
      const responses = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          t.http
            .patch(`${API}/${id}`)
            .set(bearer(officer.token))
            .set('If-Match', '"1"')
            .send({ position: `Chức vụ ${i}` }),
        ),
      );
      const statuses = responses.map((r) => r.status).sort();
      expect(statuses).toEqual([200, 412, 412, 412, 412, 412, 412, 412, 412, 412]);
      const winner = responses.find((r) => r.status === 200)!;
      const [row] = await t.dataSource.query(`SELECT version, position FROM intellectual WHERE id = $1`, [
        id,
      ]);
      expect(row).toEqual({ version: 2, position: winner.body.position });
      const updates = (await auditOf(id)).filter((e) => e.action === 'intellectual.update');
      expect(updates).toHaveLength(1);
      expect(await outboxCount(id)).toBe(2); // the creation and the one winner; losers enqueue nothing
    });

    it('audits an update with the changed fields before and after, resets provenance and queues search', async () => {
      const { id } = await createIntellectual(t, officer, { position: 'Giảng viên' });
      const outboxBefore = await outboxCount(id);
      const response = await t.http
        .patch(`${API}/${id}`)
        .set(bearer(admin.token))
        .set('If-Match', '"1"')
        .send({ position: 'Trưởng khoa', source: 'association' });
      expect(response.status).toBe(200);
      expect(response.body.provenance.employment.source).toBe('association');
      const audit = await auditOf(id);
      expect(audit[audit.length - 1]).toEqual({
        action: 'intellectual.update',
        actor_account_id: admin.id,
        purpose: null,
        changes: { position: { before: 'Giảng viên', after: 'Trưởng khoa' } },
      });
      expect(await outboxCount(id)).toBe(outboxBefore + 1);
    });

    it('replaces the residence as a whole and refuses a PATCH that breaks cross-field rules', async () => {
      const { id } = await createIntellectual(t, officer);
      const moved = await t.http
        .patch(`${API}/${id}`)
        .set(bearer(officer.token))
        .set('If-Match', '"1"')
        .send({ countryCode: 'DE' });
      expect(moved.status).toBe(200);
      expect(moved.body).toEqual(
        expect.objectContaining({ countryCode: 'DE', communeCode: null, overseas: true }),
      );
      const tooYoung = await t.http
        .patch(`${API}/${id}`)
        .set(bearer(officer.token))
        .set('If-Match', '"2"')
        .send({ birthDate: '1995-01-01' });
      expectProblem(tooYoung, 400, 'VALIDATION_FAILED', { fields: ['birthDate'] });
      const noName = await t.http
        .patch(`${API}/${id}`)
        .set(bearer(officer.token))
        .set('If-Match', '"2"')
        .send({ fullName: null });
      expectProblem(noName, 400, 'VALIDATION_FAILED', { fields: ['fullName'] });
      const [row] = await t.dataSource.query(
        `SELECT version, birth_date::text AS b FROM intellectual WHERE id = $1`,
        [id],
      );
      expect(row).toEqual({ version: 2, b: '1980-05-17' });
    });
  });

  describe('parts', () => {
    it('adds, changes and removes an item with If-Match on the profile ETag, each audited', async () => {
      const { id } = await createIntellectual(t, officer);
      const added = await t.http
        .post(`${API}/${id}/awards`)
        .set(bearer(officer.token))
        .set('If-Match', '"1"')
        .send({
          name: 'Giải thưởng KH&CN tỉnh Khánh Hòa',
          prizeCode: 'GT_KHCN_KH',
          level: 'provincial',
          year: 2022,
        });
      expect(added.status).toBe(201);
      expect(added.headers.etag).toBe('"2"');
      expect(added.body).toEqual({
        id: expect.any(String),
        name: 'Giải thưởng KH&CN tỉnh Khánh Hòa',
        prizeCode: 'GT_KHCN_KH',
        level: 'provincial',
        issuer: null,
        year: 2022,
        source: 'officer',
        verification: { status: 'unverified', verifiedBy: null, verifiedAt: null },
      });
      const changed = await t.http
        .patch(`${API}/${id}/awards/${added.body.id}`)
        .set(bearer(officer.token))
        .set('If-Match', '"2"')
        .send({ year: 2023 });
      expect(changed.status).toBe(200);
      expect(changed.body.year).toBe(2023);
      expect(changed.headers.etag).toBe('"3"');
      expectProblem(
        await t.http
          .delete(`${API}/${id}/awards/${added.body.id}`)
          .set(bearer(officer.token))
          .set('If-Match', '"2"'),
        412,
        'PRECONDITION_FAILED',
      );
      const removed = await t.http
        .delete(`${API}/${id}/awards/${added.body.id}`)
        .set(bearer(officer.token))
        .set('If-Match', '"3"');
      expect(removed.status).toBe(204);
      expect(removed.headers.etag).toBe('"4"');
      const actions = actionsOf(await auditOf(id));
      expect(actions).toEqual([
        'intellectual.create',
        'intellectual.awards.add',
        'intellectual.awards.update',
        'intellectual.awards.delete',
      ]);
      const update = (await auditOf(id))[2];
      expect(update.changes).toEqual({ [`awards.${added.body.id}.year`]: { before: 2022, after: 2023 } });
      expect(await outboxCount(id)).toBe(4);
    });

    it('validates part bodies per kind, names the field, and 404s an unknown part kind or item', async () => {
      const { id } = await createIntellectual(t, officer);
      const bad = await t.http
        .post(`${API}/${id}/publications`)
        .set(bearer(officer.token))
        .set('If-Match', '"1"')
        .send({ title: 'x', year: 2020, indexClass: 'SCIE', doi: 'nope', extra: 1 });
      expectProblem(bad, 400, 'VALIDATION_FAILED', { fields: ['extra', 'title', 'doi'] });
      const early = await t.http
        .post(`${API}/${id}/educations`)
        .set(bearer(officer.token))
        .set('If-Match', '"1"')
        .send({ level: 'master', institution: 'Trường Đại học Nha Trang', year: 1990 });
      expectProblem(early, 400, 'VALIDATION_FAILED', { fields: ['educations.year'] });
      expectProblem(
        await t.http.post(`${API}/${id}/salaries`).set(bearer(officer.token)).set('If-Match', '"1"').send({}),
        404,
        'NOT_FOUND',
      );
      expectProblem(
        await t.http
          .patch(`${API}/${id}/awards/00000000-0000-4000-8000-000000000000`)
          .set(bearer(officer.token))
          .set('If-Match', '"1"')
          .send({ year: 2020 }),
        404,
        'NOT_FOUND',
      );
      const [row] = await t.dataSource.query(`SELECT version FROM intellectual WHERE id = $1`, [id]);
      expect(row.version).toBe(1);
    });

    it('declares relations to other intellectuals and queues both for search', async () => {
      const a = await createIntellectual(t, officer);
      const b = await createIntellectual(t, officer);
      const before = await outboxCount(b.id);
      const added = await t.http
        .post(`${API}/${a.id}/relations`)
        .set(bearer(officer.token))
        .set('If-Match', a.etag)
        .send({ relatedIntellectualId: b.id, kind: 'advisor_student', fromYear: 2005, toYear: 2010 });
      expect(added.status).toBe(201);
      expect(await outboxCount(b.id)).toBe(before + 1);
      const self = await t.http
        .post(`${API}/${a.id}/relations`)
        .set(bearer(officer.token))
        .set('If-Match', '"2"')
        .send({ relatedIntellectualId: a.id, kind: 'family' });
      expectProblem(self, 400, 'VALIDATION_FAILED', { fields: ['relations.relatedIntellectualId'] });
    });
  });

  describe('soft delete, restore, verify, history', () => {
    it('deletes softly: gone from lists and reads, restorable by an officer with the ETag', async () => {
      const { id } = await createIntellectual(t, officer, { fullName: 'Phạm Xóa Mềm' });
      const deleted = await t.http.delete(`${API}/${id}`).set(bearer(officer.token)).set('If-Match', '"1"');
      expect(deleted.status).toBe(204);
      expect(deleted.headers.etag).toBe('"2"');
      expectProblem(await t.http.get(`${API}/${id}`).set(bearer(admin.token)), 404, 'NOT_FOUND');
      const list = await t.http.get(`${API}?q=Xóa Mềm`).set(bearer(admin.token)).expect(200);
      expect(list.body.total).toBe(0);
      const trash = await t.http.get(`${API}?q=Xoa Mem&deleted=true`).set(bearer(admin.token)).expect(200);
      expect(idsOf(trash.body)).toEqual([id]);
      expectProblem(await t.http.get(`${API}?deleted=true`).set(bearer(association.token)), 403, 'FORBIDDEN');
      expectProblem(
        await t.http
          .patch(`${API}/${id}`)
          .set(bearer(officer.token))
          .set('If-Match', '"2"')
          .send({ position: 'x' }),
        404,
        'NOT_FOUND',
      );
      const restored = await t.http
        .post(`${API}/${id}/restore`)
        .set(bearer(officer.token))
        .set('If-Match', '"2"');
      expect(restored.status).toBe(200);
      expect(restored.headers.etag).toBe('"3"');
      await t.http.get(`${API}/${id}`).set(bearer(association.token)).expect(200);
      const actions = actionsOf(await auditOf(id));
      expect(actions).toEqual(expect.arrayContaining(['intellectual.delete', 'intellectual.restore']));
      expect(await outboxCount(id)).toBe(3);
    });

    it('verifies fact groups and part items, recording who and when', async () => {
      const { id, body } = await createIntellectual(t, officer);
      const verified = await t.http
        .post(`${API}/${id}/verify`)
        .set(bearer(officer.token))
        .set('If-Match', '"1"')
        .send({ groups: ['identity'], parts: [{ part: 'educations', id: body.educations[1].id }] });
      expect(verified.status).toBe(200);
      expect(verified.body.provenance.identity.verification).toEqual({
        status: 'verified',
        verifiedBy: officer.id,
        verifiedAt: expect.stringMatching(/^\d{4}-/),
      });
      expect(verified.body.educations[1].verification.status).toBe('verified');
      expect(verified.body.educations[0].verification.status).toBe('unverified');
      expect(verified.body.verification).toBe('unverified');
      const audit = await auditOf(id);
      expect(audit[audit.length - 1]).toEqual(
        expect.objectContaining({
          action: 'intellectual.verify',
          changes: {
            'provenance.identity.verification': { before: 'unverified', after: 'verified' },
            [`educations.${body.educations[1].id}.verification`]: { before: 'unverified', after: 'verified' },
          },
        }),
      );
      const all = await t.http
        .post(`${API}/${id}/verify`)
        .set(bearer(officer.token))
        .set('If-Match', '"2"')
        .send({ all: true });
      expect(all.body.verification).toBe('verified');
      const list = await t.http.get(`${API}?verified=true&limit=100`).set(bearer(officer.token)).expect(200);
      expect(idsOf(list.body)).toContain(id);
      const unverifiedList = await t.http
        .get(`${API}?verified=false&limit=100`)
        .set(bearer(officer.token))
        .expect(200);
      expect(idsOf(unverifiedList.body)).not.toContain(id);
      expectProblem(
        await t.http
          .post(`${API}/${id}/verify`)
          .set(bearer(officer.token))
          .set('If-Match', '"3"')
          .send({ groups: ['overseas'] }),
        400,
        'VALIDATION_FAILED',
        { fields: ['groups.0'] },
      );
    });

    it('shows the history to staff, hiding restricted values from association staff', async () => {
      const { id } = await createIntellectual(t, officer);
      await t.http
        .patch(`${API}/${id}`)
        .set(bearer(officer.token))
        .set('If-Match', '"1"')
        .send({ birthDate: '1979-01-02', position: 'Viện trưởng' })
        .expect(200);
      const asOfficer = await t.http.get(`${API}/${id}/history`).set(bearer(officer.token)).expect(200);
      expect(asOfficer.body).toEqual({ items: expect.any(Array), total: 2, limit: 20, offset: 0 });
      expect(asOfficer.body.items[0]).toEqual({
        id: expect.any(String),
        at: expect.any(String),
        action: 'intellectual.update',
        actor: { accountId: officer.id, email: officer.email },
        changes: {
          birthDate: { before: '1980-05-17', after: '1979-01-02' },
          position: { before: 'Phó Viện trưởng', after: 'Viện trưởng' },
        },
        purpose: null,
      });
      const asAssociation = await t.http
        .get(`${API}/${id}/history`)
        .set(bearer(association.token))
        .expect(200);
      expect(asAssociation.body.items[0].changes).toEqual({
        birthDate: { before: '(hidden)', after: '(hidden)' },
        position: { before: 'Phó Viện trưởng', after: 'Viện trưởng' },
      });
    });
  });

  describe('list', () => {
    let ids: Record<string, string>;
    beforeAll(async () => {
      const [{ id: organizationId }] = await t.dataSource.query(
        `SELECT id FROM organization WHERE short_name = 'NTU'`,
      );
      const make = async (overrides: Record<string, unknown>) =>
        (await createIntellectual(t, officer, overrides)).id;
      ids = {
        agronomist: await make({
          fullName: 'Zeta Nông Học',
          fieldCodes: ['401'],
          primaryFieldCode: '401',
          gender: 'male',
        }),
        computing: await make({
          fullName: 'Zeta Tin Học',
          primaryFieldCode: '102',
          fieldCodes: ['102'],
          organizationName: undefined,
          organizationId,
          academicTitle: null,
          educations: [{ level: 'master', institution: 'Trường Đại học Nha Trang', year: 2008 }],
        }),
        abroad: await make({
          fullName: 'Zeta Hải Ngoại',
          communeCode: undefined,
          countryCode: 'AU',
          status: 'retired',
          fieldCodes: ['405'],
          primaryFieldCode: '405',
        }),
      };
      // q is full-text: the list finds people through the search index
      await t.app.get(IndexerService).drain();
    });
    const names = (response: { body: { items: Array<{ fullName: string }> } }) =>
      response.body.items.map((i) => i.fullName);
    const list = (query: string) =>
      t.http.get(`${API}?q=Zeta&${query}`).set(bearer(association.token)).expect(200);

    it('filters by field including sub-fields, degree, title, organization, gender, overseas and status', async () => {
      expect(names(await list('fieldCode=4'))).toEqual(['Zeta Nông Học', 'Zeta Hải Ngoại']);
      expect(names(await list('fieldCode=102'))).toEqual(['Zeta Tin Học']);
      expect(names(await list('degreeLevel=master'))).toEqual(['Zeta Tin Học']);
      expect(names(await list('degreeLevel=doctorate'))).toEqual(['Zeta Nông Học', 'Zeta Hải Ngoại']);
      expect(names(await list('academicTitle=associate_professor'))).toEqual([
        'Zeta Nông Học',
        'Zeta Hải Ngoại',
      ]);
      expect(
        names(
          await list(
            `organizationId=${(await t.dataSource.query(`SELECT id FROM organization WHERE short_name = 'NTU'`))[0].id}`,
          ),
        ),
      ).toEqual(['Zeta Tin Học']);
      expect(names(await list('gender=male'))).toEqual(['Zeta Nông Học']);
      expect(names(await list('overseas=true'))).toEqual(['Zeta Hải Ngoại']);
      expect(names(await list('status=retired'))).toEqual(['Zeta Hải Ngoại']);
      expect(names(await list('communeCode=22366&sector=university'))).toEqual([
        'Zeta Nông Học',
        'Zeta Tin Học',
      ]);
    });

    it('sorts and pages, in the one page shape, with summaries and never restricted attributes', async () => {
      const page = await list('sort=-fullName&limit=2&offset=0');
      expect(page.body).toEqual({ items: expect.any(Array), total: 3, limit: 2, offset: 0 });
      // by given name ("Ngoại" after "Học"), then the whole name
      expect(names(page)).toEqual(['Zeta Hải Ngoại', 'Zeta Tin Học']);
      const asAdmin = await t.http.get(`${API}?q=Zeta`).set(bearer(admin.token)).expect(200);
      for (const item of asAdmin.body.items) {
        expect(item).not.toHaveProperty('nationalId');
        expect(item).not.toHaveProperty('educations');
        expect(item).toEqual(expect.objectContaining({ highestDegree: expect.any(String), ipCount: 1 }));
      }
      expect(ids.computing).toBeDefined();
    });

    it('orders names as a Vietnamese list does: by given name, Đ after D, Ă and Â after A', async () => {
      const people = ['Trần Thị Bình', 'Nguyễn Văn An', 'Lê Đức', 'Phạm Dung', 'Hoàng Ân', 'Võ Ăn', 'Đỗ An'];
      for (const fullName of people)
        await createIntellectual(t, officer, { fullName, expertise: ['xếp thứ tự tên'] });
      await t.app.get(IndexerService).drain();
      const listed = await t.http
        .get(`${API}?q=${encodeURIComponent('xếp thứ tự tên')}&limit=100`)
        .set(bearer(officer.token))
        .expect(200);
      expect(names(listed)).toEqual([
        'Đỗ An',
        'Nguyễn Văn An',
        'Võ Ăn',
        'Hoàng Ân',
        'Trần Thị Bình',
        'Phạm Dung',
        'Lê Đức',
      ]);
    });

    it('rejects unknown filters and a page larger than 100', async () => {
      expectProblem(
        await t.http.get(`${API}?limit=101`).set(bearer(officer.token)),
        400,
        'VALIDATION_FAILED',
        { fields: ['limit'] },
      );
      expectProblem(
        await t.http.get(`${API}?salary=1`).set(bearer(officer.token)),
        400,
        'VALIDATION_FAILED',
        { fields: ['salary'] },
      );
      expectProblem(
        await t.http.get(`${API}?sort=password`).set(bearer(officer.token)),
        400,
        'VALIDATION_FAILED',
        { fields: ['sort'] },
      );
    });
  });
});
