import { CreateIntellectualDto } from '../../../src/intellectuals/dto/profile.dto';
import { IntellectualsService } from '../../../src/intellectuals/intellectuals.service';
import { IndexerService } from '../../../src/search/indexer/indexer.service';
import { bearer, startTestApp, TestApp } from '../../support/test-app';
import { expectProblem } from '../foundation/problem';

jest.setTimeout(30_000);

describe('duplicates and merge', () => {
  let t: TestApp;
  let officer: string;
  let survivor: string;
  let other: string;

  const create = async (input: Partial<CreateIntellectualDto>, source: 'hr_import' | 'self_declared') => {
    const view = await t.app
      .get(IntellectualsService)
      .create({ communeCode: '22366', ...input } as CreateIntellectualDto, undefined, source);
    return view.body.id as string;
  };

  beforeAll(async () => {
    t = await startTestApp();
    // keep outbox rows in place so that tests can see them (the indexer would consume them)
    await t.app.get(IndexerService).beforeApplicationShutdown();
    officer = (await t.account(['personnel_officer'])).token;
    const degree = { level: 'master' as const, institution: 'Trường Đại học Nha Trang', year: 2005 };
    survivor = await create(
      { fullName: 'Nguyễn Thị Hợp', birthDate: '1970-05-06', educations: [degree] },
      'hr_import',
    );
    other = await create(
      {
        fullName: 'Nguyen Thi Hop',
        birthDate: '1970-05-06',
        nationalId: '056170000001',
        phone: '0912345678',
        educations: [degree, { level: 'doctorate', institution: 'Đại học Quốc gia Hà Nội', year: 2012 }],
        awards: [{ name: 'Bằng khen UBND tỉnh', year: 2020 }],
      },
      'self_declared',
    );
    await t.account(['intellectual'], { intellectualId: other });
  });
  afterAll(() => t.close());

  it('lists the pair with a score and the reasons, before /intellectuals/:id can take the path', async () => {
    const response = await t.http.get('/api/v1/intellectuals/duplicates').set(bearer(officer)).expect(200);
    expect(response.body).toEqual({
      items: [
        {
          score: 0.9,
          reasons: [
            {
              code: 'same_name_and_birth_date',
              message: 'Same name and date of birth',
              messageVi: 'Trùng họ tên và ngày sinh',
            },
          ],
          first: expect.objectContaining({ id: expect.any(String), birthDate: '1970-05-06' }),
          second: expect.objectContaining({ id: expect.any(String) }),
        },
      ],
      total: 1,
      limit: 20,
      offset: 0,
    });
    expect([response.body.items[0].first.id, response.body.items[0].second.id].sort()).toEqual(
      [survivor, other].sort(),
    );
  });

  it('is for officers and admins only', async () => {
    const staff = (await t.account(['association_staff'])).token;
    expectProblem(await t.http.get('/api/v1/intellectuals/duplicates').set(bearer(staff)), 403, 'FORBIDDEN');
    expectProblem(await t.http.get('/api/v1/intellectuals/duplicates'), 401, 'UNAUTHENTICATED');
    expectProblem(
      await t.http
        .post(`/api/v1/intellectuals/${survivor}/merge`)
        .set(bearer(staff))
        .set('If-Match', '"1"')
        .send({ otherId: other }),
      403,
      'FORBIDDEN',
    );
  });

  it('requires If-Match and refuses a stale version', async () => {
    const merge = () =>
      t.http.post(`/api/v1/intellectuals/${survivor}/merge`).set(bearer(officer)).send({ otherId: other });
    expectProblem(await merge(), 428, 'PRECONDITION_REQUIRED');
    expectProblem(await merge().set('If-Match', '"99"'), 412, 'PRECONDITION_FAILED');
  });

  it('merges the other record into the survivor in one transaction: parts, facts, account; audited and reindexed', async () => {
    const [{ version }] = await t.dataSource.query(`SELECT version FROM intellectual WHERE id = $1`, [
      survivor,
    ]);
    const outbox = await t.dataSource.query(`SELECT max(id) AS id FROM outbox_event`);
    await t.dataSource.query(
      `INSERT INTO correction_request (intellectual_id, reason) VALUES ($1, 'Sai năm sinh')`,
      [other],
    );
    await t.dataSource.query(
      `INSERT INTO profile_invitation (intellectual_id, code_hash, expires_at)
       VALUES ($1, 'hash-of-an-open-code', now() + interval '14 days')`,
      [other],
    );
    const response = await t.http
      .post(`/api/v1/intellectuals/${survivor}/merge`)
      .set(bearer(officer))
      .set('If-Match', `"${version}"`)
      .send({ otherId: other });
    expect(response.status).toBe(200);
    expect(response.headers.etag).toBe(`"${version + 1}"`);
    expect(response.body).toMatchObject({ id: survivor, nationalId: '056170000001', phone: '0912345678' });

    const educations = await t.dataSource.query(
      `SELECT level, source FROM education WHERE intellectual_id = $1 ORDER BY level`,
      [survivor],
    );
    expect(educations).toEqual([
      { level: 'doctorate', source: 'self_declared' },
      { level: 'master', source: 'hr_import' },
    ]);
    expect(
      await t.dataSource.query(`SELECT name, source FROM award WHERE intellectual_id = $1`, [survivor]),
    ).toEqual([{ name: 'Bằng khen UBND tỉnh', source: 'self_declared' }]);
    const [merged] = await t.dataSource.query(
      `SELECT deleted_at IS NOT NULL AS deleted, merged_into_id, national_id FROM intellectual WHERE id = $1`,
      [other],
    );
    expect(merged).toEqual({ deleted: true, merged_into_id: survivor, national_id: null });
    expect(
      await t.dataSource.query(`SELECT count(*)::int AS n FROM education WHERE intellectual_id = $1`, [
        other,
      ]),
    ).toEqual([{ n: 0 }]);
    expect(
      await t.dataSource.query(`SELECT count(*)::int AS n FROM account WHERE intellectual_id = $1`, [
        survivor,
      ]),
    ).toEqual([{ n: 1 }]);
    expect(
      await t.dataSource.query(
        `SELECT intellectual_id FROM correction_request WHERE reason = 'Sai năm sinh'`,
      ),
    ).toEqual([{ intellectual_id: survivor }]);
    expect(
      await t.dataSource.query(`SELECT revoked_at IS NOT NULL AS revoked FROM profile_invitation`),
    ).toEqual([{ revoked: true }]);
    const audits = await t.dataSource.query(
      `SELECT action, entity_id FROM audit_event WHERE action IN ('intellectual.merge', 'intellectual.merged_into') ORDER BY id`,
    );
    expect(audits).toEqual([
      { action: 'intellectual.merge', entity_id: survivor },
      { action: 'intellectual.merged_into', entity_id: other },
    ]);
    const queued = await t.dataSource.query(`SELECT aggregate_id FROM outbox_event WHERE id > $1`, [
      outbox[0].id ?? 0,
    ]);
    expect((queued as Array<{ aggregate_id: string }>).map((row) => row.aggregate_id).sort()).toEqual(
      [survivor, other].sort(),
    );
    const after = await t.http.get('/api/v1/intellectuals/duplicates').set(bearer(officer)).expect(200);
    expect(after.body.total).toBe(0);
  });
});
