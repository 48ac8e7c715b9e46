import { vietnamToday } from '../../../src/honors/nominations/nomination-rules';
import { IntellectualsService } from '../../../src/intellectuals/intellectuals.service';
import { createCampaign, day, openCampaign } from '../../support/factories/honor-campaign.factory';
import { intellectualInput } from '../../support/factories/intellectual.factory';
import { bearer, TestAccount, TestApp, startTestApp } from '../../support/test-app';

jest.setTimeout(90_000);

const CAMPAIGNS = '/api/v1/honor-campaigns';
const NOMINATIONS = '/api/v1/nominations';
const MINE = '/api/v1/me/nominations';

const DECLARATION = 'Tôi cam đoan không đang chấp hành án, không có tiền án.';
/** The factory's person has one SCIE paper (2021) in the ten years: one short of two. */
const CRITERIA = [
  { kind: 'resides_or_works_in_province' },
  { kind: 'active' },
  { kind: 'min_degree_or_title', level: 'doctorate' },
  { kind: 'publications', indexClasses: ['SCIE'], withinYears: 10, minCount: 2 },
  { kind: 'declaration', declarationText: DECLARATION },
];
const CATEGORIES = ['Nghiên cứu khoa học', 'Ứng dụng công nghệ'];

interface Problem {
  code: string;
  detail: string;
  detailVi: string;
  errors: Array<{ field: string; message: string; messageVi: string }>;
}
const problemOf = (response: { body: unknown }) => response.body as Problem;
const fieldsOf = (response: { body: unknown }) => problemOf(response).errors.map((e) => e.field);

describe('nominations', () => {
  let t: TestApp;
  let staff: TestAccount;
  let agency: TestAccount;
  let otherAgency: TestAccount;
  let stranger: TestAccount;
  let officer: TestAccount;
  let organizationId: string;

  beforeAll(async () => {
    t = await startTestApp();
    staff = await t.account(['association_staff']);
    officer = await t.account(['personnel_officer']);
    const [ntu, other] = await t.dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM organization WHERE short_name IN ('NTU', 'SKHCN') ORDER BY short_name`,
    );
    organizationId = ntu.id;
    agency = await t.account(['agency'], { organizationId });
    otherAgency = await t.account(['agency'], { organizationId: other.id });
    stranger = await t.account(['intellectual'], { intellectualId: (await profile()).id });
  });
  afterAll(() => t.close());

  async function profile(overrides: Record<string, unknown> = {}) {
    const created = await t.app
      .get(IntellectualsService)
      .create(intellectualInput(overrides) as never, undefined, 'self_declared');
    return { id: created.body.id as string, name: created.body.fullName as string };
  }

  /** A person with a linked account, as a nominee who answers. */
  async function nominee(overrides: Record<string, unknown> = {}) {
    const created = await profile(overrides);
    const account = await t.account(['intellectual'], { intellectualId: created.id });
    return { ...created, account };
  }

  async function newCampaign(overrides: Record<string, unknown> = {}): Promise<string> {
    const { id } = await openCampaign(t.http, staff.token, {
      kind: 'provincial_st_award',
      title: 'Giải thưởng Khoa học và Công nghệ tỉnh Khánh Hòa lần thứ III',
      year: Number(vietnamToday().slice(0, 4)),
      organizerName: 'Sở Khoa học và Công nghệ tỉnh Khánh Hòa',
      nominationsOpen: day(-30),
      nominationsClose: day(30),
      categories: CATEGORIES,
      criteria: CRITERIA,
      ...overrides,
    });
    return id;
  }

  const work = (title = 'Vắc xin phòng bệnh cho cá chẽm nuôi lồng') => ({
    title,
    summary: 'Vắc xin bất hoạt giúp giảm tỷ lệ chết của cá chẽm nuôi lồng tại vịnh Nha Trang.',
    appliedIn: 'Vịnh Nha Trang, Vạn Ninh',
    fromYear: 2019,
    toYear: 2024,
  });

  function draft(token: string, body: Record<string, unknown>) {
    return t.http
      .post(NOMINATIONS)
      .set(bearer(token))
      .send({ nominatedBy: 'organization', category: CATEGORIES[0], work: work(), ...body });
  }

  async function submitted(token: string, body: Record<string, unknown>) {
    const created = await draft(token, body);
    expect(created.status).toBe(201);
    const response = await t.http
      .post(`${NOMINATIONS}/${created.body.id}/submit`)
      .set(bearer(token))
      .set('If-Match', created.headers.etag);
    expect(response.status).toBe(200);
    return response;
  }

  const auditOf = (id: string) =>
    t.dataSource.query<
      Array<{ action: string; actor_account_id: string | null; changes: Record<string, unknown> }>
    >(
      `SELECT action, actor_account_id, changes FROM audit_event
        WHERE entity_type = 'honor_nomination' AND entity_id = $1 ORDER BY id`,
      [id],
    );

  it('staff nominate; submitting stores eligibility with its facts and failing criteria, and mails the nominee', async () => {
    const campaignId = await newCampaign();
    const person = await nominee();
    const created = await draft(staff.token, { campaignId, nomineeId: person.id, nominatedBy: 'staff' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      state: 'draft',
      nominatedBy: 'staff',
      nomineeName: person.name,
      eligible: null,
      criteria: [],
    });
    const response = await t.http
      .post(`${NOMINATIONS}/${created.body.id}/submit`)
      .set(bearer(staff.token))
      .set('If-Match', created.headers.etag)
      .expect(200);
    expect(response.headers.etag).toBe('"2"');
    expect(response.body).toMatchObject({ state: 'submitted', eligible: false, failingCriteria: [3, 4] });
    const outcomes = (response.body.criteria as Array<{ kind: string; effectiveOutcome: string }>).map(
      (c) => `${c.kind}:${c.effectiveOutcome}`,
    );
    expect(outcomes).toEqual([
      'resides_or_works_in_province:pass',
      'active:pass',
      'min_degree_or_title:pass',
      'publications:fail',
      'declaration:needs_declaration',
    ]);
    expect(response.body.criteria[0].facts).toEqual([
      { source: 'residence', id: null, label: 'Phường Nha Trang', year: null, detail: '22366' },
    ]);
    expect(response.body.criteria[3]).toMatchObject({ count: 1, required: 2, facts: [{ year: 2021 }] });
    const [mail] = await t.dataSource.query<
      Array<{ template: string; locale: string; data: Record<string, string> }>
    >(
      `SELECT template, locale, data FROM mail_outbox WHERE "to" = (SELECT email FROM intellectual WHERE id = $1)`,
      [person.id],
    );
    expect(mail).toMatchObject({ template: 'nomination-request', locale: 'vi', data: { nominator: null } });
    expect(mail.data.answerUrl).toMatch(/\/me\/nominations$/);
    expect((await auditOf(created.body.id)).map((row) => row.action)).toEqual([
      'honor_nomination.create',
      'honor_nomination.submit',
    ]);
    const ineligible = await t.http
      .get(NOMINATIONS)
      .query({ campaignId, eligible: 'false' })
      .set(bearer(staff.token))
      .expect(200);
    expect(ineligible.body.items).toMatchObject([{ id: created.body.id, failingCriteria: [3, 4] }]);
  });

  it('nominators list the open campaigns and check a draft’s eligibility live, nothing stored', async () => {
    const campaignId = await newCampaign({ allowsSelfNomination: true });
    const draftCampaign = await createCampaign(t.http, staff.token, {
      kind: 'exemplary_intellectual',
      title: 'Trí thức tiêu biểu (nháp)',
      year: Number(vietnamToday().slice(0, 4)),
      organizerName: 'Liên hiệp các Hội KH&KT tỉnh Khánh Hòa',
      nominationsOpen: day(-1),
      nominationsClose: day(10),
    });
    const open = await t.http
      .get(`${CAMPAIGNS}/open`)
      .query({ limit: 100 })
      .set(bearer(agency.token))
      .expect(200);
    const ids = (open.body.items as Array<{ id: string }>).map((item) => item.id);
    expect(ids).toContain(campaignId);
    expect(ids).not.toContain(draftCampaign.id);
    const listed = (open.body.items as Array<Record<string, unknown>>).find((item) => item.id === campaignId);
    expect(listed).toMatchObject({
      kind: 'provincial_st_award',
      categories: CATEGORIES,
      allowsSelfNomination: true,
      requiresWork: true,
      nominationsClose: day(30),
    });
    expect(listed).not.toHaveProperty('scoring');
    expect((listed!.criteria as Array<{ kind: string; mode: string }>)[4]).toMatchObject({
      kind: 'declaration',
      mode: 'declared',
      declarationText: DECLARATION,
    });
    await t.http.get(`${CAMPAIGNS}/open`).set(bearer(officer.token)).expect(403);

    const person = await nominee();
    const created = await draft(agency.token, { campaignId, nomineeId: person.id });
    expect(created.status).toBe(201);
    const check = await t.http
      .get(`${NOMINATIONS}/${created.body.id}/eligibility`)
      .set(bearer(agency.token))
      .expect(200);
    expect(check.body).toMatchObject({
      nominationId: created.body.id,
      eligible: false,
      failingCriteria: [3, 4],
    });
    expect(check.body.criteria[3]).toMatchObject({ kind: 'publications', count: 1, required: 2 });
    const signed = await t.http
      .post(`${NOMINATIONS}/${created.body.id}/declarations`)
      .set(bearer(agency.token))
      .set('If-Match', created.headers.etag)
      .send({ criterionIndex: 4, declarationText: DECLARATION })
      .expect(200);
    const again = await t.http
      .get(`${NOMINATIONS}/${created.body.id}/eligibility`)
      .set(bearer(agency.token))
      .expect(200);
    expect(again.body.failingCriteria).toEqual([3]);
    expect(again.body.criteria[4]).toMatchObject({
      effectiveOutcome: 'pass',
      signature: { signedAs: 'nominator', text: DECLARATION },
    });
    // nothing stored: the draft stays unevaluated at the version the signature made
    const read = await t.http.get(`${NOMINATIONS}/${created.body.id}`).set(bearer(agency.token)).expect(200);
    expect(read.headers.etag).toBe(signed.headers.etag);
    expect(read.body).toMatchObject({ eligible: null, criteria: [] });
    // only the nominator checks a draft: another organization and the nominee are told it does not
    // exist; staff, who read every nomination, are refused the nominator's check
    for (const token of [otherAgency.token, person.account.token]) {
      await t.http.get(`${NOMINATIONS}/${created.body.id}/eligibility`).set(bearer(token)).expect(404);
    }
    await t.http.get(`${NOMINATIONS}/${created.body.id}/eligibility`).set(bearer(staff.token)).expect(403);
  });

  it('the nominee sees it, signs the declaration and accepts; only then it counts', async () => {
    const campaignId = await newCampaign();
    const person = await nominee();
    const { body } = await submitted(agency.token, { campaignId, nomineeId: person.id });
    const mine = await t.http.get(MINE).set(bearer(person.account.token)).expect(200);
    expect(mine.body.items).toMatchObject([{ id: body.id, state: 'submitted' }]);
    const read = await t.http.get(`${NOMINATIONS}/${body.id}`).set(bearer(person.account.token)).expect(200);
    const wrongText = await t.http
      .post(`${NOMINATIONS}/${body.id}/declarations`)
      .set(bearer(person.account.token))
      .set('If-Match', read.headers.etag)
      .send({ criterionIndex: 4, declarationText: 'Tôi cam đoan một điều khác hẳn.' });
    expect(wrongText.status).toBe(400);
    expect(fieldsOf(wrongText)).toEqual(['declarationText']);
    const notADeclaration = await t.http
      .post(`${NOMINATIONS}/${body.id}/declarations`)
      .set(bearer(person.account.token))
      .set('If-Match', read.headers.etag)
      .send({ criterionIndex: 1, declarationText: DECLARATION });
    expect(fieldsOf(notADeclaration)).toEqual(['criterionIndex']);
    const signed = await t.http
      .post(`${NOMINATIONS}/${body.id}/declarations`)
      .set(bearer(person.account.token))
      .set('If-Match', read.headers.etag)
      .send({ criterionIndex: 4, declarationText: DECLARATION })
      .expect(200);
    expect(signed.body.criteria[4]).toMatchObject({
      effectiveOutcome: 'pass',
      signature: { text: DECLARATION, signedAs: 'nominee', signedByAccountId: person.account.id },
    });
    expect(Object.keys(signed.body.criteria[4].signature).sort()).toEqual([
      'signedAs',
      'signedAt',
      'signedByAccountId',
      'text',
    ]);
    const accepted = await t.http
      .post(`${MINE}/${body.id}/accept`)
      .set(bearer(person.account.token))
      .expect(200);
    expect(accepted.body).toMatchObject({ state: 'accepted', failingCriteria: [3] });
    expect(accepted.body.answeredAt).not.toBeNull();
    const again = await t.http.post(`${MINE}/${body.id}/accept`).set(bearer(person.account.token));
    expect(again.status).toBe(409);
    expect(problemOf(again).code).toBe('INVALID_TRANSITION');
  });

  it('a declined nomination does not count, and the person is not nominated again in that campaign', async () => {
    const campaignId = await newCampaign({ allowsSelfNomination: true });
    const person = await nominee();
    const { body } = await submitted(agency.token, { campaignId, nomineeId: person.id });
    const declined = await t.http
      .post(`${MINE}/${body.id}/decline`)
      .set(bearer(person.account.token))
      .send({ reason: 'Tôi muốn nhường cơ hội cho đồng nghiệp trẻ.' })
      .expect(200);
    expect(declined.body).toMatchObject({
      state: 'declined',
      declineReason: 'Tôi muốn nhường cơ hội cho đồng nghiệp trẻ.',
    });
    const again = await draft(otherAgency.token, {
      campaignId,
      nomineeId: person.id,
      work: work('Một công trình khác hẳn của cùng người'),
    });
    expect(again.status).toBe(409);
    expect(problemOf(again).code).toBe('NOMINEE_DECLINED');
    expect(problemOf(again).errors[0].message).toContain(body.id);
    // only they can change their mind: nominating themself where the campaign allows
    const self = await submitted(person.account.token, {
      campaignId,
      nomineeId: person.id,
      nominatedBy: 'self',
    });
    expect(self.body).toMatchObject({ state: 'accepted', nominatedBy: 'self' });
  });

  it('refuses a submission outside the campaign’s dates, naming them in both languages', async () => {
    const campaignId = await newCampaign({ nominationsOpen: day(2), nominationsClose: day(20) });
    const person = await nominee();
    const created = await draft(agency.token, { campaignId, nomineeId: person.id }).expect(201);
    const response = await t.http
      .post(`${NOMINATIONS}/${created.body.id}/submit`)
      .set(bearer(agency.token))
      .set('If-Match', created.headers.etag);
    expect(response.status).toBe(409);
    expect(problemOf(response).code).toBe('NOMINATIONS_CLOSED');
    const [y, m, d] = day(2).split('-');
    expect(problemOf(response).detailVi).toContain(`từ ngày ${d}/${m}/${y}`);
    expect(problemOf(response).detail).toContain(`from ${day(2)} to ${day(20)}`);
    const still = await t.http.get(`${NOMINATIONS}/${created.body.id}`).set(bearer(agency.token)).expect(200);
    expect(still.body).toMatchObject({ state: 'draft', version: 1 });
  });

  it('refuses a second nomination of the same person and category, or of the same work, naming the first', async () => {
    const campaignId = await newCampaign();
    const person = await nominee();
    const first = await submitted(agency.token, { campaignId, nomineeId: person.id });
    const samePerson = await draft(otherAgency.token, {
      campaignId,
      nomineeId: person.id,
      work: work('Mô hình nuôi tôm hùm tuần hoàn'),
    });
    expect(samePerson.status).toBe(409);
    expect(problemOf(samePerson)).toMatchObject({
      code: 'DUPLICATE_NOMINATION',
      errors: [{ field: 'nomineeId' }],
    });
    expect(problemOf(samePerson).errors[0].messageVi).toContain(first.body.id);
    const other = await profile();
    const sameWork = await draft(otherAgency.token, {
      campaignId,
      nomineeId: other.id,
      work: work('VẮC-XIN phòng bệnh cho cá chẽm, nuôi lồng.'),
    });
    expect(sameWork.status).toBe(409);
    expect(problemOf(sameWork).errors).toMatchObject([{ field: 'work.title' }]);
    // another category is another nomination
    await draft(otherAgency.token, {
      campaignId,
      nomineeId: person.id,
      category: CATEGORIES[1],
      work: work('Quy trình ương giống cá chẽm'),
    }).expect(201);
    // withdrawn, the first no longer stands
    const read = await t.http.get(`${NOMINATIONS}/${first.body.id}`).set(bearer(agency.token)).expect(200);
    await t.http
      .post(`${NOMINATIONS}/${first.body.id}/withdraw`)
      .set(bearer(agency.token))
      .set('If-Match', read.headers.etag)
      .expect(200);
    await draft(otherAgency.token, {
      campaignId,
      nomineeId: other.id,
      work: work('Vắc xin phòng bệnh cho cá chẽm nuôi lồng'),
    }).expect(201);
  });

  it('evaluates again when the nominee’s facts change, while the campaign is open, audited', async () => {
    const campaignId = await newCampaign();
    const person = await nominee();
    const { body } = await submitted(agency.token, { campaignId, nomineeId: person.id });
    expect(body.criteria[3].effectiveOutcome).toBe('fail');
    const me = await t.http.get('/api/v1/me').set(bearer(person.account.token)).expect(200);
    await t.http
      .post('/api/v1/me/publications')
      .set(bearer(person.account.token))
      .set('If-Match', me.headers.etag)
      .send({ title: 'Streptococcus iniae in cage-farmed seabass', year: 2025, indexClass: 'SCIE' })
      .expect(201);
    const read = await t.http.get(`${NOMINATIONS}/${body.id}`).set(bearer(staff.token)).expect(200);
    expect(read.body.criteria[3]).toMatchObject({ effectiveOutcome: 'pass', count: 2 });
    expect(read.body.failingCriteria).toEqual([4]);
    expect(read.body.version).toBe(body.version + 1);
    expect(read.body.updatedAt > body.updatedAt).toBe(true);
    const audit = await auditOf(body.id);
    expect(audit.at(-1)).toMatchObject({
      action: 'honor_nomination.reevaluate',
      actor_account_id: null,
      changes: { 'criteria[3].outcome': { before: 'fail', after: 'pass' } },
    });
    // unchanged facts store nothing new
    const twice = await t.http.get(`${NOMINATIONS}/${body.id}`).set(bearer(staff.token)).expect(200);
    expect(twice.body.version).toBe(read.body.version);
  });

  it('staff override one criterion with a reason, audited before → after', async () => {
    const campaignId = await newCampaign();
    const person = await nominee();
    const { body, headers } = await submitted(agency.token, { campaignId, nomineeId: person.id });
    const override = (index: string | number, send: object, ifMatch = headers.etag, token = staff.token) =>
      t.http
        .post(`${NOMINATIONS}/${body.id}/criteria/${index}/override`)
        .set(bearer(token))
        .set('If-Match', ifMatch)
        .send(send);
    const reason = 'Bài báo năm 2020 trên tạp chí SCIE chưa được nhập vào hồ sơ; đã đối chiếu bản gốc.';
    expect(fieldsOf(await override(4, { outcome: 'pass', reason }))).toEqual(['index']);
    expect(fieldsOf(await override(9, { outcome: 'pass', reason }))).toEqual(['index']);
    expect(fieldsOf(await override('x', { outcome: 'pass', reason }))).toEqual(['index']);
    expect((await override(3, { outcome: 'pass', reason }, headers.etag, agency.token)).status).toBe(403);
    const done = await override(3, { outcome: 'pass', reason }).expect(200);
    expect(done.body.criteria[3]).toMatchObject({
      outcome: 'fail',
      effectiveOutcome: 'pass',
      override: { outcome: 'pass', reason, byAccountId: staff.id },
    });
    expect(done.body.failingCriteria).toEqual([4]);
    await override(3, { outcome: 'fail', reason }).expect(412);
    const [entry] = (await auditOf(body.id)).filter(
      (row) => row.action === 'honor_nomination.override_criterion',
    );
    expect(entry).toMatchObject({
      actor_account_id: staff.id,
      changes: {
        'criteria[3].outcome': { before: 'fail', after: 'pass' },
        'criteria[3].overrideReason': { before: null, after: reason },
      },
    });
  });

  it('shows a nomination to its nominator, its nominee once submitted, and staff; others are told it does not exist', async () => {
    const campaignId = await newCampaign();
    const person = await nominee();
    const created = await draft(agency.token, { campaignId, nomineeId: person.id }).expect(201);
    const read = (token: string) => t.http.get(`${NOMINATIONS}/${created.body.id}`).set(bearer(token));
    expect((await read(agency.token)).status).toBe(200);
    expect((await read(staff.token)).status).toBe(200);
    // a draft is the nominator's until it is sent
    expect((await read(person.account.token)).status).toBe(404);
    expect((await read(otherAgency.token)).status).toBe(404);
    expect((await read(stranger.token)).status).toBe(404);
    expect((await read(officer.token)).status).toBe(403);
    const listed = await t.http.get(NOMINATIONS).set(bearer(otherAgency.token)).expect(200);
    expect((listed.body.items as Array<{ id: string }>).map((i) => i.id)).not.toContain(created.body.id);
    await t.http
      .post(`${NOMINATIONS}/${created.body.id}/submit`)
      .set(bearer(agency.token))
      .set('If-Match', created.headers.etag)
      .expect(200);
    expect((await read(person.account.token)).status).toBe(200);
    // the nominee reads it but is not its nominator
    const withdraw = await t.http
      .post(`${NOMINATIONS}/${created.body.id}/withdraw`)
      .set(bearer(person.account.token))
      .set('If-Match', '"2"');
    expect(withdraw.status).toBe(403);
    const othersAnswer = await t.http.post(`${MINE}/${created.body.id}/accept`).set(bearer(stranger.token));
    expect(othersAnswer.status).toBe(404);
    expect((await t.http.get(MINE).set(bearer(staff.token))).status).toBe(403);
  });

  it('refuses bad input with a 400 naming each field, in both languages, writing nothing', async () => {
    const campaignId = await newCampaign();
    const person = await nominee();
    const before = await t.dataSource.query<Array<{ n: string }>>(
      `SELECT count(*) AS n FROM honor_nomination`,
    );
    const unknownField = await draft(agency.token, { campaignId, nomineeId: person.id, prize: 'A' });
    expect(unknownField.status).toBe(400);
    const [{ id: foreignPaper }] = await t.dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM publication WHERE intellectual_id <> $1 LIMIT 1`,
      [person.id],
    );
    const [{ id: ownPaper }] = await t.dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM publication WHERE intellectual_id = $1 LIMIT 1`,
      [person.id],
    );
    const response = await draft(agency.token, {
      campaignId,
      nomineeId: person.id,
      category: 'Khoa học xã hội',
      work: { ...work(), fromYear: 2024, toYear: 2019 },
      publicationIds: [ownPaper, foreignPaper],
    });
    expect(response.status).toBe(400);
    expect(fieldsOf(response)).toEqual(['category', 'work.toYear', 'publicationIds[1]']);
    for (const problem of problemOf(response).errors) expect(problem.messageVi).not.toBe(problem.message);
    const noWork = await draft(agency.token, { campaignId, nomineeId: person.id, work: undefined });
    expect(fieldsOf(noWork)).toEqual(['work']);
    const notOpen = await draft(agency.token, { campaignId: person.id, nomineeId: person.id });
    expect(fieldsOf(notOpen)).toEqual(['campaignId']);
    const selfNotAllowed = await draft(person.account.token, {
      campaignId,
      nomineeId: person.id,
      nominatedBy: 'self',
    });
    expect(selfNotAllowed.status).toBe(422);
    expect(problemOf(selfNotAllowed).code).toBe('SELF_NOMINATION_NOT_ALLOWED');
    const selfForAnother = await draft(stranger.token, {
      campaignId,
      nomineeId: person.id,
      nominatedBy: 'self',
    });
    expect(fieldsOf(selfForAnother)).toEqual(['nomineeId']);
    const staffOnly = await draft(agency.token, { campaignId, nomineeId: person.id, nominatedBy: 'staff' });
    expect(staffOnly.status).toBe(403);
    const after = await t.dataSource.query<Array<{ n: string }>>(
      `SELECT count(*) AS n FROM honor_nomination`,
    );
    expect(after[0].n).toBe(before[0].n);
  });

  it('lists the works a nominator may link (an organization: a public profile’s only) and names the linked ones', async () => {
    const campaignId = await newCampaign();
    const person = await nominee({
      researchProjects: [
        { title: 'Quy trình sản xuất vắc xin cá chẽm', level: 'provincial', startYear: 2018, endYear: 2020 },
      ],
    });
    const created = await draft(agency.token, { campaignId, nomineeId: person.id }).expect(201);
    const url = `${NOMINATIONS}/${created.body.id}/linkable-works`;
    type Works = {
      visible: boolean;
      items: Array<{ kind: string; id: string; title: string; year: number }>;
    };
    // a private profile: the organization sees nothing to choose, and cannot link by id either
    const hidden = await t.http.get(url).set(bearer(agency.token)).expect(200);
    expect(hidden.body).toEqual({ nominationId: created.body.id, visible: false, items: [] });
    const [{ id: paper }] = await t.dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM publication WHERE intellectual_id = $1 ORDER BY year DESC LIMIT 1`,
      [person.id],
    );
    const refused = await t.http
      .patch(`${NOMINATIONS}/${created.body.id}`)
      .set(bearer(agency.token))
      .set('If-Match', created.headers.etag)
      .send({ publicationIds: [paper] });
    expect(refused.status).toBe(400);
    expect(fieldsOf(refused)).toEqual(['publicationIds[0]']);
    // only the draft's nominator (and staff) ask: another organization and the nominee meet no draft
    expect((await t.http.get(url).set(bearer(otherAgency.token))).status).toBe(404);
    expect((await t.http.get(url).set(bearer(person.account.token))).status).toBe(404);
    await t.dataSource.query(`UPDATE intellectual SET public_profile = true WHERE id = $1`, [person.id]);
    const listed = await t.http.get(url).set(bearer(agency.token)).expect(200);
    const works = listed.body as Works;
    expect(works.visible).toBe(true);
    expect(works.items.map((w) => [w.kind, w.title, w.year])).toEqual([
      ['publication', 'Vaccination of Asian seabass against Streptococcus iniae', 2021],
      ['intellectual_property', 'Lồng nuôi tôm hùm chống sóng', 2020],
      ['publication', 'Nuôi tôm hùm lồng bền vững ở Khánh Hòa', 2019],
      ['research_project', 'Quy trình sản xuất vắc xin cá chẽm', 2018],
    ]);
    const byKind = (kind: string) => works.items.filter((w) => w.kind === kind).map((w) => w.id);
    const linked = await t.http
      .patch(`${NOMINATIONS}/${created.body.id}`)
      .set(bearer(agency.token))
      .set('If-Match', created.headers.etag)
      .send({
        publicationIds: [paper],
        intellectualPropertyIds: byKind('intellectual_property'),
        researchProjectIds: byKind('research_project'),
      })
      .expect(200);
    expect((linked.body.linkedWorks as Works['items']).map((w) => [w.kind, w.title, w.year])).toEqual([
      ['publication', 'Vaccination of Asian seabass against Streptococcus iniae', 2021],
      ['intellectual_property', 'Lồng nuôi tôm hùm chống sóng', 2020],
      ['research_project', 'Quy trình sản xuất vắc xin cá chẽm', 2018],
    ]);
    // the profile private again: what was linked stays named for its readers, nothing new is linkable
    await t.dataSource.query(`UPDATE intellectual SET public_profile = false WHERE id = $1`, [person.id]);
    expect((await t.http.get(url).set(bearer(agency.token)).expect(200)).body.visible).toBe(false);
    const read = await t.http.get(`${NOMINATIONS}/${created.body.id}`).set(bearer(staff.token)).expect(200);
    expect(read.body.linkedWorks).toHaveLength(3);
    // the association's own draft: staff read every profile, so every work is there to link
    const staffDraft = await draft(staff.token, {
      campaignId: await newCampaign(),
      nomineeId: person.id,
      nominatedBy: 'staff',
    }).expect(201);
    const staffView = await t.http
      .get(`${NOMINATIONS}/${staffDraft.body.id}/linkable-works`)
      .set(bearer(staff.token))
      .expect(200);
    expect(staffView.body).toMatchObject({ visible: true, items: works.items });
    const submittedOne = await t.http
      .post(`${NOMINATIONS}/${created.body.id}/submit`)
      .set(bearer(agency.token))
      .set('If-Match', linked.headers.etag)
      .expect(200);
    expect(submittedOne.body.linkedWorks).toHaveLength(3);
    const mine = await t.http.get(MINE).set(bearer(person.account.token)).expect(200);
    expect((mine.body.items as Array<{ linkedWorks: unknown[] }>)[0].linkedWorks).toHaveLength(3);
  });

  it('changes a draft with If-Match only, and freezes it once submitted', async () => {
    const campaignId = await newCampaign();
    const person = await nominee();
    const created = await draft(agency.token, { campaignId, nomineeId: person.id }).expect(201);
    const patch = (body: object, ifMatch?: string) => {
      const request = t.http.patch(`${NOMINATIONS}/${created.body.id}`).set(bearer(agency.token));
      return (ifMatch ? request.set('If-Match', ifMatch) : request).send(body);
    };
    await patch({ statement: 'Đề nghị xét tặng.' }).expect(428);
    const updated = await patch({ statement: 'Đề nghị xét tặng giải thưởng.' }, created.headers.etag).expect(
      200,
    );
    expect(updated.body.statement).toBe('Đề nghị xét tặng giải thưởng.');
    await patch({ statement: 'Một lời đề nghị khác.' }, created.headers.etag).expect(412);
    await t.http
      .post(`${NOMINATIONS}/${created.body.id}/submit`)
      .set(bearer(agency.token))
      .set('If-Match', updated.headers.etag)
      .expect(200);
    const frozen = await patch({ statement: 'Sửa sau khi gửi.' }, '"3"');
    expect(frozen.status).toBe(409);
    expect(problemOf(frozen).code).toBe('NOMINATION_NOT_EDITABLE');
  });
});
