import { IntellectualsService } from '../../../src/intellectuals/intellectuals.service';
import { intellectualInput } from '../../support/factories/intellectual.factory';
import { bearer, startTestApp, TestAccount, TestApp } from '../../support/test-app';

jest.setTimeout(60_000);

const BASE = '/api/v1/honor-campaigns';

/** The campaign year is fixed so that each window's edges are known: 2022–2026 for "within 5 years". */
const CRITERIA = [
  { kind: 'resides_or_works_in_province' },
  { kind: 'active' },
  { kind: 'min_degree_or_title', level: 'doctorate' },
  { kind: 'publications', indexClasses: ['SCIE', 'Scopus'], withinYears: 5, minCount: 2 },
  { kind: 'patents_or_utility_solutions', minCount: 2 },
  { kind: 'research_projects', level: 'provincial', minCount: 1 },
  { kind: 'not_previously_honored' },
  { kind: 'declaration', declarationText: 'Tôi cam đoan không đang chấp hành án, không có tiền án.' },
];

function campaignBody(overrides: Record<string, unknown> = {}) {
  return {
    kind: 'provincial_st_award',
    title: 'Giải thưởng Khoa học và Công nghệ tỉnh Khánh Hòa lần thứ III',
    year: 2026,
    organizerName: 'Sở Khoa học và Công nghệ tỉnh Khánh Hòa',
    nominationsOpen: '2026-03-01',
    nominationsClose: '2026-06-30',
    ceremonyDate: '2026-12-15',
    categories: ['Nghiên cứu khoa học', 'Phát triển công nghệ', 'Ứng dụng công nghệ'],
    prizeLevels: [
      { code: 'A', name: 'Giải A', quota: 3 },
      { code: 'B', name: 'Giải B', quota: 4 },
      { code: 'C', name: 'Giải C', quota: 7 },
      { code: 'KK', name: 'Giải khuyến khích', quota: 12 },
    ],
    rounds: [
      { name: 'Cấp cơ sở', deadline: '2026-08-15' },
      { name: 'Chuyên ngành', deadline: '2026-09-30' },
      { name: 'Cấp tỉnh', deadline: '2026-11-15' },
    ],
    criteria: CRITERIA,
    ...overrides,
  };
}

const ip = (title: string, status: string) => ({ kind: 'patent', title, year: 2024, status });
const paper = (title: string, year: number, indexClass = 'SCIE') => ({ title, year, indexClass });

/** Every automatic criterion just inside its window. */
const INSIDE = {
  communeCode: '22366',
  status: 'active',
  educations: [{ level: 'doctorate', institution: 'Wageningen University', countryCode: 'NL', year: 2010 }],
  publications: [paper('Vaccination of seabass', 2022), paper('Lobster cage design', 2026, 'Scopus')],
  intellectualProperties: [ip('Lồng nuôi chống sóng', 'granted'), ip('Phao neo lồng', 'granted')],
  researchProjects: [{ title: 'Vắc xin cho cá chẽm', level: 'provincial' }],
  awards: [{ name: 'Bằng khen của Chủ tịch UBND tỉnh', year: 2020 }],
};

/** Every automatic criterion just outside it. */
const OUTSIDE = {
  communeCode: null,
  provinceName: 'Đắk Lắk',
  organizationName: 'Công ty Cà phê Tây Nguyên',
  status: 'retired',
  academicTitle: null,
  educations: [{ level: 'master', institution: 'Trường Đại học Nha Trang', countryCode: 'VN', year: 2005 }],
  publications: [paper('Vaccination of seabass', 2021), paper('Lobster cage design', 2026, 'Scopus')],
  intellectualProperties: [ip('Lồng nuôi chống sóng', 'granted'), ip('Phao neo lồng', 'filed')],
  researchProjects: [{ title: 'Mô hình nuôi cấp xã', level: 'grassroots' }],
  awards: [{ name: 'Giải ba', prizeCode: 'GT_KHCN_KH', year: 2021 }],
};

interface Problem {
  code: string;
  errors: Array<{ field: string; message: string; messageVi: string }>;
}
interface Evaluated {
  criteria: Array<{ kind: string; outcome: string }>;
}
const fieldsOf = (response: { body: unknown }) => (response.body as Problem).errors.map((e) => e.field);

describe('honor campaigns', () => {
  let t: TestApp;
  let staff: TestAccount;

  beforeAll(async () => {
    t = await startTestApp();
    staff = await t.account(['association_staff']);
  });
  afterAll(() => t.close());

  async function create(overrides: Record<string, unknown> = {}) {
    const response = await t.http.post(BASE).set(bearer(staff.token)).send(campaignBody(overrides));
    expect(response.status).toBe(201);
    return { id: response.body.id as string, etag: response.headers.etag, body: response.body };
  }

  async function profile(overrides: Record<string, unknown>): Promise<string> {
    const created = await t.app
      .get(IntellectualsService)
      .create(intellectualInput(overrides) as never, undefined, 'self_declared');
    return created.body.id as string;
  }

  it('creates a draft with its setup and criteria as data, audited', async () => {
    const { id, etag, body } = await create();
    expect(etag).toBe('"1"');
    expect(body).toMatchObject({
      kind: 'provincial_st_award',
      year: 2026,
      state: 'draft',
      nextStates: ['open', 'archived'],
      organizerOrganizationId: null,
      organizerName: 'Sở Khoa học và Công nghệ tỉnh Khánh Hòa',
      prizeLevels: [{ code: 'A', quota: 3 }, { code: 'B' }, { code: 'C' }, { code: 'KK', quota: 12 }],
      rounds: [{ name: 'Cấp cơ sở' }, { name: 'Chuyên ngành' }, { name: 'Cấp tỉnh', deadline: '2026-11-15' }],
    });
    expect(body.criteria[3]).toEqual({
      kind: 'publications',
      mode: 'automatic',
      indexClasses: ['SCIE', 'Scopus'],
      withinYears: 5,
      minCount: 2,
    });
    expect(body.criteria[7]).toMatchObject({ kind: 'declaration', mode: 'declared' });
    const read = await t.http.get(`${BASE}/${id}`).set(bearer(staff.token)).expect(200);
    expect(read.body).toEqual(body);
    const audit = await t.dataSource.query<Array<{ action: string }>>(
      `SELECT action FROM audit_event WHERE entity_type = 'honor_campaign' AND entity_id = $1`,
      [id],
    );
    expect(audit.map((row) => row.action)).toEqual(['honor_campaign.create']);
    const listed = await t.http.get(BASE).query({ state: 'draft' }).set(bearer(staff.token)).expect(200);
    expect((listed.body as { items: Array<{ id: string }> }).items.map((item) => item.id)).toContain(id);
  });

  it('takes the organizer’s name from the catalog when the organization is given', async () => {
    const [{ id: organizationId }] = await t.dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM organization WHERE short_name = 'SKHCN'`,
    );
    const { body } = await create({ organizerOrganizationId: organizationId, organizerName: undefined });
    expect(body.organizerOrganizationId).toBe(organizationId);
    expect(body.organizerName).toMatch(/Khoa học và Công nghệ/);
  });

  it('refuses criteria that cannot be evaluated with one 400 naming each field, in both languages', async () => {
    const response = await t.http
      .post(BASE)
      .set(bearer(staff.token))
      .send(
        campaignBody({
          criteria: [
            { kind: 'no_criminal_record_lookup' },
            { kind: 'publications', indexClasses: ['ISI'], withinYears: 5, minCount: 1 },
            { kind: 'research_projects', level: 'district' },
          ],
        }),
      );
    expect(response.status).toBe(400);
    expect(fieldsOf(response)).toEqual([
      'criteria[0].kind',
      'criteria[1].indexClasses',
      'criteria[2].minCount',
      'criteria[2].level',
    ]);
    for (const problem of (response.body as Problem).errors)
      expect(problem.messageVi).not.toBe(problem.message);
    const count = await t.dataSource.query<Array<{ n: string }>>(`SELECT count(*) AS n FROM honor_campaign`);
    const before = Number(count[0].n);
    await t.http
      .post(BASE)
      .set(bearer(staff.token))
      .send(campaignBody({ criteria: [{ kind: 'active', unknown: 1 }] }))
      .expect(400);
    expect(Number((await t.dataSource.query(`SELECT count(*) AS n FROM honor_campaign`))[0].n)).toBe(before);
  });

  const SCORING = {
    criteria: [
      { code: 'novelty', name: 'Tính mới, tính sáng tạo', weight: 3 },
      { code: 'impact', name: 'Hiệu quả kinh tế - xã hội', weight: 2 },
    ],
    method: 'trimmed_mean',
    tieBreak: ['criterion:novelty', 'score_count', 'submitted_at'],
    thresholds: [
      { round: 1, minScore: 60 },
      { round: 3, minScore: 70 },
    ],
  };

  it('stores the scoring definition with the default scale, returns it, and clears it with null', async () => {
    const { id, etag, body } = await create({ scoring: SCORING });
    expect(body.scoring).toEqual({ ...SCORING, scale: { min: 0, max: 100 } });
    const read = await t.http.get(`${BASE}/${id}`).set(bearer(staff.token)).expect(200);
    expect(read.body.scoring).toEqual(body.scoring);
    const scaled = await t.http
      .patch(`${BASE}/${id}`)
      .set(bearer(staff.token))
      .set('If-Match', etag)
      .send({ scoring: { ...SCORING, method: 'mean', scale: { min: 1, max: 10 }, thresholds: [] } })
      .expect(200);
    expect(scaled.body.scoring).toMatchObject({ method: 'mean', scale: { min: 1, max: 10 }, thresholds: [] });
    const cleared = await t.http
      .patch(`${BASE}/${id}`)
      .set(bearer(staff.token))
      .set('If-Match', scaled.headers.etag)
      .send({ scoring: null })
      .expect(200);
    expect(cleared.body.scoring).toBeNull();
    expect((await create()).body.scoring).toBeNull();
  });

  it('refuses a scoring definition that cannot be evaluated, naming each field in both languages', async () => {
    const response = await t.http
      .post(BASE)
      .set(bearer(staff.token))
      .send(
        campaignBody({
          scoring: {
            criteria: [
              { code: 'novelty', name: 'Tính mới', weight: 1 },
              { code: 'novelty', name: 'Tính mới lần nữa', weight: 2 },
            ],
            scale: { min: 10, max: 10 },
            method: 'mean',
            tieBreak: ['criterion:impact', 'fewer_recusals', 'score_count', 'score_count'],
            thresholds: [
              { round: 4, minScore: 5 },
              { round: 1, minScore: 5 },
              { round: 1, minScore: 10 },
            ],
          },
        }),
      );
    expect(response.status).toBe(400);
    expect(fieldsOf(response)).toEqual([
      'scoring.criteria[1].code',
      'scoring.scale.max',
      'scoring.tieBreak[0]',
      'scoring.tieBreak[1]',
      'scoring.tieBreak[3]',
      'scoring.thresholds[0].round',
      'scoring.thresholds[0].minScore',
      'scoring.thresholds[1].minScore',
      'scoring.thresholds[2].round',
    ]);
    for (const problem of (response.body as Problem).errors)
      expect(problem.messageVi).not.toBe(problem.message);
    const shape = await t.http
      .post(BASE)
      .set(bearer(staff.token))
      .send(
        campaignBody({
          scoring: { criteria: [{ code: 'novelty', name: 'Tính mới', weight: 0 }], method: 'median' },
        }),
      );
    expect(shape.status).toBe(400);
    expect(fieldsOf(shape)).toEqual(
      expect.arrayContaining([expect.stringMatching(/weight/), expect.stringMatching(/method/)]),
    );
    const { id, etag } = await create({ scoring: SCORING });
    const fewerRounds = await t.http
      .patch(`${BASE}/${id}`)
      .set(bearer(staff.token))
      .set('If-Match', etag)
      .send({ rounds: [{ name: 'Cấp tỉnh', deadline: '2026-11-15' }] });
    expect(fewerRounds.status).toBe(400);
    expect(fieldsOf(fewerRounds)).toEqual(['scoring.thresholds[1].round']);
  });

  it('refuses dates out of order, naming the field', async () => {
    const response = await t.http
      .post(BASE)
      .set(bearer(staff.token))
      .send(
        campaignBody({
          nominationsClose: '2026-02-01',
          rounds: [
            { name: 'Cấp cơ sở', deadline: '2026-08-15' },
            { name: 'Cấp tỉnh', deadline: '2026-08-01' },
          ],
          ceremonyDate: '2026-08-10',
        }),
      );
    expect(response.status).toBe(400);
    expect(fieldsOf(response)).toEqual(['nominationsClose', 'rounds[1].deadline', 'ceremonyDate']);
  });

  it('updates with If-Match, and refuses stale or missing versions', async () => {
    const { id, etag } = await create();
    const patch = (body: object, ifMatch?: string) => {
      const request = t.http.patch(`${BASE}/${id}`).set(bearer(staff.token));
      return (ifMatch ? request.set('If-Match', ifMatch) : request).send(body);
    };
    await patch({ title: 'Giải thưởng KH&CN tỉnh Khánh Hòa 2026' }).expect(428);
    const updated = await patch({ criteria: [{ kind: 'active' }] }, etag).expect(200);
    expect(updated.headers.etag).toBe('"2"');
    expect(updated.body.criteria).toEqual([{ kind: 'active', mode: 'automatic' }]);
    expect(updated.body.rounds).toHaveLength(3);
    await patch({ title: 'Một tên khác cho đợt xét chọn' }, etag).expect(412);
    const audit = await t.dataSource.query<Array<{ changes: Record<string, unknown> }>>(
      `SELECT changes FROM audit_event WHERE entity_id = $1 AND action = 'honor_campaign.update'`,
      [id],
    );
    expect(audit).toHaveLength(1);
    expect(Object.keys(audit[0].changes)).toEqual(['criteria']);
  });

  it('moves through the states one by one, audited, and freezes the setup once in review', async () => {
    const { id } = await create();
    let etag = '"1"';
    const move = (to: string, ifMatch = etag) =>
      t.http.post(`${BASE}/${id}/transitions`).set(bearer(staff.token)).set('If-Match', ifMatch).send({ to });
    const skipped = await move('decided');
    expect(skipped.status).toBe(409);
    expect(skipped.body).toMatchObject({ code: 'INVALID_TRANSITION', errors: [{ field: 'to' }] });
    for (const to of ['open', 'in_review']) {
      const moved = await move(to).expect(200);
      expect(moved.body.state).toBe(to);
      etag = moved.headers.etag;
    }
    const frozen = await t.http
      .patch(`${BASE}/${id}`)
      .set(bearer(staff.token))
      .set('If-Match', etag)
      .send({ title: 'Đổi tên khi đang xét chọn' });
    expect(frozen.status).toBe(409);
    expect(frozen.body.code).toBe('CAMPAIGN_NOT_EDITABLE');
    // deciding and publishing have their own routes with their checks (results.e2e-spec.ts)
    const routed = await move('decided');
    expect(routed.status).toBe(409);
    expect(routed.body).toMatchObject({ code: 'USE_RESULT_ROUTE', errors: [{ field: 'to' }] });
    await t.dataSource.query(`UPDATE honor_campaign SET state = 'published' WHERE id = $1`, [id]);
    etag = (await move('archived').expect(200)).headers.etag;
    await move('open').expect(409);
    await move('open', '"1"').expect(412);
    const audit = await t.dataSource.query<Array<{ changes: { state: { before: string; after: string } } }>>(
      `SELECT changes FROM audit_event WHERE entity_id = $1 AND action = 'honor_campaign.transition'
       ORDER BY id`,
      [id],
    );
    expect(audit.map((row) => `${row.changes.state.before}→${row.changes.state.after}`)).toEqual([
      'draft→open',
      'open→in_review',
      'published→archived',
    ]);
  });

  it('evaluates every criterion just inside its window as passing, with the facts used', async () => {
    const { id } = await create();
    const personId = await profile(INSIDE);
    const response = await t.http
      .get(`${BASE}/${id}/eligibility/${personId}`)
      .set(bearer(staff.token))
      .expect(200);
    expect(response.body).toMatchObject({ campaignId: id, intellectualId: personId, automaticPass: true });
    const outcomes = (response.body as Evaluated).criteria.map((c) => `${c.kind}:${c.outcome}`);
    expect(outcomes).toEqual([
      'resides_or_works_in_province:pass',
      'active:pass',
      'min_degree_or_title:pass',
      'publications:pass',
      'patents_or_utility_solutions:pass',
      'research_projects:pass',
      'not_previously_honored:pass',
      'declaration:needs_declaration',
    ]);
    const publications = response.body.criteria[3];
    expect(publications).toMatchObject({ count: 2, required: 2, fromYear: 2022, toYear: 2026 });
    const [stored] = await t.dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM publication WHERE intellectual_id = $1 AND year = 2022`,
      [personId],
    );
    expect(publications.facts).toEqual(
      expect.arrayContaining([
        { source: 'publication', id: stored.id, label: 'Vaccination of seabass', year: 2022, detail: 'SCIE' },
      ]),
    );
    expect(response.body.criteria[0].facts).toEqual([
      { source: 'residence', id: null, label: 'Phường Nha Trang', year: null, detail: '22366' },
    ]);
    expect(response.body.criteria[7].declarationText).toBe(CRITERIA[7].declarationText);
  });

  it('evaluates every criterion just outside its window as failing, with what it found', async () => {
    const { id } = await create();
    const personId = await profile(OUTSIDE);
    const response = await t.http
      .get(`${BASE}/${id}/eligibility/${personId}`)
      .set(bearer(staff.token))
      .expect(200);
    expect(response.body.automaticPass).toBe(false);
    const outcomes = (response.body as Evaluated).criteria.map((c) => `${c.kind}:${c.outcome}`);
    expect(outcomes).toEqual([
      'resides_or_works_in_province:fail',
      'active:fail',
      'min_degree_or_title:fail',
      'publications:fail',
      'patents_or_utility_solutions:fail',
      'research_projects:fail',
      'not_previously_honored:fail',
      'declaration:needs_declaration',
    ]);
    expect(response.body.criteria[3]).toMatchObject({
      count: 1,
      facts: [{ label: 'Lobster cage design', year: 2026 }],
    });
    expect(response.body.criteria[4]).toMatchObject({ count: 1, facts: [{ label: 'Lồng nuôi chống sóng' }] });
    expect(response.body.criteria[6].facts).toMatchObject([{ source: 'award', detail: 'GT_KHCN_KH' }]);
  });

  it('answers 404 for an unknown campaign or person, and 403 for other roles', async () => {
    const { id } = await create();
    const nobody = '00000000-0000-4000-8000-000000000000';
    await t.http.get(`${BASE}/${nobody}`).set(bearer(staff.token)).expect(404);
    await t.http.get(`${BASE}/${id}/eligibility/${nobody}`).set(bearer(staff.token)).expect(404);
    const officer = await t.account(['personnel_officer']);
    await t.http.get(`${BASE}/${id}`).set(bearer(officer.token)).expect(403);
  });
});
