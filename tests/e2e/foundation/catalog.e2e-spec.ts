import { bearer, startTestApp, TestAccount, TestApp } from '../../support/test-app';
import { expectProblem, nullOrString } from './problem';

// Real servers and argon2 need more than the default 5 s under load (Jest only reads testTimeout
// from the top level of its configuration, not from a project).
jest.setTimeout(60_000);

interface Entry {
  code: string;
  parentCode: string | null;
  level: number;
  nameVi: string;
  nameEn: string | null;
  attributes: Record<string, unknown>;
}

describe('catalogs', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const all = async (name: string, query = ''): Promise<{ items: Entry[]; total: number }> => {
    const response = await t.http.get(`/api/v1/catalog/${name}?limit=100${query}`).expect(200);
    return response.body as { items: Entry[]; total: number };
  };

  it.each([
    ['communes', 65],
    ['ethnic-groups', 55],
    ['fields', 52],
    ['degree-levels', 8],
    ['academic-titles', 2],
    ['honorary-titles', 10],
    ['countries', 250],
  ])('%s has %i entries', async (name, size) => {
    const response = await t.http.get(`/api/v1/catalog/${name}?limit=1`).expect(200);
    expect(response.body).toEqual({ items: [expect.any(Object)], total: size, limit: 1, offset: 0 });
    expect(response.body.items[0]).toEqual({
      code: expect.any(String),
      parentCode: null,
      level: 1,
      nameVi: expect.any(String),
      nameEn: nullOrString,
      attributes: expect.any(Object),
    });
  });

  it('serves anonymously, pages with limit and offset, and caps the page at 100', async () => {
    const first = await t.http.get('/api/v1/catalog/countries?limit=100&offset=0').expect(200);
    const second = await t.http.get('/api/v1/catalog/countries?limit=100&offset=100').expect(200);
    expect(first.body.items).toHaveLength(100);
    expect(second.body).toMatchObject({ total: 250, limit: 100, offset: 100 });
    const codes = [...first.body.items, ...second.body.items].map((item: Entry) => item.code);
    expect(new Set(codes).size).toBe(200);
    expectProblem(await t.http.get('/api/v1/catalog/countries?limit=500'), 400, 'VALIDATION_FAILED', {
      fields: ['limit'],
    });
    expectProblem(await t.http.get('/api/v1/catalog/countries?offset=-1'), 400, 'VALIDATION_FAILED', {
      fields: ['offset'],
    });
  });

  it('has 6 level-1 fields and 46 level-2 fields, each under a level-1 parent, with the FORD mapping', async () => {
    const { items } = await all('fields');
    const level1 = items.filter((item) => item.level === 1);
    const level2 = items.filter((item) => item.level === 2);
    expect(level1).toHaveLength(6);
    expect(level2).toHaveLength(46);
    expect(level1.every((item) => item.parentCode === null)).toBe(true);
    const parents = new Set(level1.map((item) => item.code));
    expect(level2.every((item) => item.parentCode !== null && parents.has(item.parentCode))).toBe(true);
    expect(items.every((item) => typeof item.attributes.fordCode === 'string')).toBe(true);

    let children = 0;
    for (const parent of parents) {
      const page = await all('fields', `&parentCode=${parent}`);
      expect(page.items.every((item) => item.parentCode === parent && item.level === 2)).toBe(true);
      children += page.total;
    }
    expect(children).toBe(46);
    expect((await all('fields', '&parentCode=1')).items.map((item) => item.nameEn)).toContain(
      'Mathematics and statistics',
    );
  });

  it('has the 54 ethnic groups plus foreigners (code 55)', async () => {
    const { items } = await all('ethnic-groups');
    expect(items.find((item) => item.code === '01')).toMatchObject({ nameVi: 'Kinh' });
    expect(items.find((item) => item.code === '55')).toBeDefined();
    expect(new Set(items.map((item) => item.code)).size).toBe(55);
  });

  it('finds entries by name without diacritics, in any case, or by exact code', async () => {
    const nhaTrang = await all('communes', '&q=nha trang');
    expect(nhaTrang.items.map((item) => item.nameVi)).toContain('Phường Nha Trang');
    expect(nhaTrang.items.every((item) => /Nha Trang/.test(item.nameVi))).toBe(true);

    const folded = await all('communes', `&q=${encodeURIComponent('PHUONG BAC NHA TRANG')}`);
    expect(folded.items.map((item) => item.nameVi)).toEqual(['Phường Bắc Nha Trang']);

    const accented = await all('communes', `&q=${encodeURIComponent('Bắc Nha Trang')}`);
    expect(accented.items.map((item) => item.nameVi)).toEqual(['Phường Bắc Nha Trang']);

    const byCode = await all('communes', '&q=22366');
    expect(byCode.items.map((item) => item.nameVi)).toEqual(['Phường Nha Trang']);

    const vietNam = await all('countries', `&q=${encodeURIComponent('viet nam')}`);
    expect(vietNam.items.map((item) => item.code)).toContain('VN');

    expect((await all('communes', `&q=${encodeURIComponent('%')}`)).total).toBe(0);
  });

  it('answers 404 problem details for an unknown catalog', async () => {
    const response = await t.http.get('/api/v1/catalog/planets');
    const body = expectProblem(response, 404, 'NOT_FOUND');
    expect(body.detail).toContain('communes');
  });
});

describe('organizations catalog', () => {
  let t: TestApp;
  let officer: TestAccount;
  let staff: TestAccount;
  let admin: TestAccount;
  beforeAll(async () => {
    t = await startTestApp();
    officer = await t.account(['personnel_officer']);
    staff = await t.account(['association_staff']);
    admin = await t.account(['admin']);
  });
  afterAll(() => t.close());

  const organization = {
    nameVi: 'Trung tâm Quan trắc Môi trường Biển Khánh Hòa',
    nameEn: 'Khanh Hoa Marine Environment Monitoring Centre',
    shortName: 'QTMTB',
    sector: 'research_institute',
    communeCode: '22366',
  };

  it('lists organizations to anonymous callers and searches them without diacritics', async () => {
    const response = await t.http.get('/api/v1/catalog/organizations?limit=5').expect(200);
    expect(response.body).toEqual({
      items: expect.any(Array),
      total: expect.any(Number),
      limit: 5,
      offset: 0,
    });
    expect(response.body.total).toBeGreaterThan(5);
    expect(response.body.items[0]).toEqual({
      id: expect.any(String),
      nameVi: expect.any(String),
      nameEn: nullOrString,
      shortName: nullOrString,
      sector: expect.any(String),
      communeCode: nullOrString,
    });
    const found = await t.http.get(
      `/api/v1/catalog/organizations?q=${encodeURIComponent('dai hoc nha trang')}`,
    );
    expect((found.body.items as Array<{ nameVi: string }>).map((item) => item.nameVi)).toContain(
      'Trường Đại học Nha Trang',
    );
  });

  it('lets a personnel officer add one (201, audited), refuses association staff (403) and anonymous (401)', async () => {
    const created = await t.http
      .post('/api/v1/catalog/organizations')
      .set(bearer(officer.token))
      .send(organization)
      .expect(201);
    expect(created.body).toEqual({ id: expect.any(String), ...organization });

    const found = await t.http.get(
      `/api/v1/catalog/organizations?q=${encodeURIComponent('quan trac moi truong bien')}`,
    );
    expect(found.body.items).toEqual([created.body]);

    const [audit] = await t.dataSource.query(
      `SELECT action, actor_account_id FROM audit_event WHERE entity_type = 'organization' AND entity_id = $1`,
      [created.body.id],
    );
    expect(audit).toEqual({ action: 'organization.create', actor_account_id: officer.id });

    expectProblem(
      await t.http
        .post('/api/v1/catalog/organizations')
        .set(bearer(staff.token))
        .send({ ...organization, nameVi: 'Tổ chức khác' }),
      403,
      'FORBIDDEN',
    );
    expectProblem(
      await t.http.post('/api/v1/catalog/organizations').send({ ...organization, nameVi: 'Tổ chức khác' }),
      401,
      'UNAUTHENTICATED',
    );
    expectProblem(
      await t.http.post('/api/v1/catalog/organizations').set(bearer(admin.token)).send(organization),
      409,
      'ORGANIZATION_NAME_TAKEN',
      { fields: ['nameVi'] },
    );
  });

  it('lets an admin edit one with PATCH', async () => {
    const created = await t.http
      .post('/api/v1/catalog/organizations')
      .set(bearer(admin.token))
      .send({ nameVi: 'Công ty Cổ phần Thử nghiệm Cam Ranh', sector: 'enterprise' })
      .expect(201);
    const updated = await t.http
      .patch(`/api/v1/catalog/organizations/${created.body.id}`)
      .set(bearer(admin.token))
      .send({ shortName: 'TNCR' })
      .expect(200);
    expect(updated.body).toEqual({ ...created.body, shortName: 'TNCR' });
    expectProblem(
      await t.http
        .patch(`/api/v1/catalog/organizations/${created.body.id}`)
        .set(bearer(staff.token))
        .send({ shortName: 'X' }),
      403,
      'FORBIDDEN',
    );
  });

  it('rejects an invalid sector and an unknown commune code with 400 naming the field', async () => {
    expectProblem(
      await t.http
        .post('/api/v1/catalog/organizations')
        .set(bearer(officer.token))
        .send({ ...organization, nameVi: 'Tổ chức A', sector: 'military' }),
      400,
      'VALIDATION_FAILED',
      { fields: ['sector'] },
    );
    expectProblem(
      await t.http
        .post('/api/v1/catalog/organizations')
        .set(bearer(officer.token))
        .send({ ...organization, nameVi: 'Tổ chức B', communeCode: '99999' }),
      400,
      'VALIDATION_FAILED',
      { fields: ['communeCode'] },
    );
    const [{ count }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM organization WHERE name_vi IN ('Tổ chức A', 'Tổ chức B')`,
    );
    expect(count).toBe(0);
  });
});
