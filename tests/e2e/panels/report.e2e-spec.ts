import { createHash } from 'node:crypto';
import { AuditEvent } from '../../../src/audit';
import { ReviewRequest } from '../../../src/panels/requests';
import type { ReviewRequestView } from '../../../src/panels/requests/review-request.views';
import type { ReportView } from '../../../src/panels/report/report.views';
import { createExpert } from '../../support/factories/panel.factory';
import { binary } from '../../support/fixtures/imports/run-import';
import { waitForMail } from '../../support/mail';
import { ReviewFlow } from '../../support/panels/review-flow';
import { docxText, pdfPageTexts } from '../../support/report-text';
import { bearer, startTestApp, TestAccount, TestApp } from '../../support/test-app';

jest.setTimeout(180_000);

const REQUESTS = '/api/v1/review-requests';

/**
 * The consolidated report over HTTP: the secretary drafts it once the panel is locked, generates the
 * PDF and Word files, sends it to the agency (mail in the SMTP sink), the agency reads it and answers
 * every recommendation, staff close the request; other agencies and non-members see nothing. The
 * panel reviewing it is formed, invited, accepted and locked through the routes.
 */
describe('consolidated report', () => {
  let t: TestApp;
  let staff: TestAccount;
  let agency: TestAccount;
  let otherAgency: TestAccount;
  let secretary: TestAccount;
  let chair: TestAccount;
  let outsider: TestAccount;
  let flow: ReviewFlow;
  let request: ReviewRequestView;
  let agencyOrganization: string;

  const organizationId = async (shortName: string) =>
    (
      await t.dataSource.query<Array<{ id: string }>>(`SELECT id FROM organization WHERE short_name = $1`, [
        shortName,
      ])
    )[0].id;
  const report = (who: TestAccount) => t.http.get(`${REQUESTS}/${request.id}/report`).set(bearer(who.token));
  const save = (who: TestAccount, version: number, body: object) =>
    t.http
      .put(`${REQUESTS}/${request.id}/report`)
      .set(bearer(who.token))
      .set('If-Match', `"${version}"`)
      .send(body);
  const post = (who: TestAccount, path: string, version: number) =>
    t.http.post(`${REQUESTS}/${request.id}/${path}`).set(bearer(who.token)).set('If-Match', `"${version}"`);
  const download = (who: TestAccount, format: 'pdf' | 'docx') =>
    t.http
      .get(`${REQUESTS}/${request.id}/report.${format}`)
      .set(bearer(who.token))
      .buffer(true)
      .parse(binary);
  const answer = (version: number, answers: object[]) =>
    t.http
      .put(`${REQUESTS}/${request.id}/answer`)
      .set(bearer(agency.token))
      .set('If-Match', `"${version}"`)
      .send({ answers });
  const audited = async (action: string) =>
    t.dataSource.manager.count(AuditEvent, {
      where: { entityType: 'review_request', entityId: request.id, action },
    });

  beforeAll(async () => {
    t = await startTestApp();
    agencyOrganization = await organizationId('SKHCN');
    staff = await t.account(['association_staff']);
    agency = await t.account(['agency'], { organizationId: agencyOrganization });
    otherAgency = await t.account(['agency'], { organizationId: await organizationId('SYT') });
    flow = new ReviewFlow(t, staff);
    const expert = async (
      fullName: string,
      email: string,
      spec: Parameters<typeof createExpert>[1] = {},
    ) => ({ intellectualId: (await createExpert(t.dataSource, { fullName, email, ...spec })).id, email });
    const chairExpert = await expert('Nguyễn Thị Hồng', 'hong@experts.test');
    const secretaryExpert = await expert('Trần Văn Đức', 'duc@experts.test');
    // works at the requesting organization: a blocking conflict, seated with an override
    const reviewerExpert = await expert('Lê Quốc Khánh', 'khanh@experts.test', {
      jobs: [{ organizationId: agencyOrganization, toYear: null }],
    });
    const outsiderExpert = await expert('Phạm Ngoài Hội', 'hoi@experts.test');
    chair = await t.account(['intellectual'], { intellectualId: chairExpert.intellectualId });
    secretary = await t.account(['intellectual'], { intellectualId: secretaryExpert.intellectualId });
    outsider = await t.account(['intellectual'], { intellectualId: outsiderExpert.intellectualId });
    request = await flow.reviewing(
      agency,
      [
        { ...chairExpert, role: 'chair' },
        { ...secretaryExpert, role: 'secretary' },
        {
          ...reviewerExpert,
          role: 'reviewer',
          conflictOverrideReason: 'Chuyên gia duy nhất của tỉnh về lồng nuôi HDPE',
        },
      ],
      { title: 'Dự thảo Nghị quyết về nuôi biển công nghệ cao', opinionsAttributed: true },
    );
  });

  afterAll(() => t?.close());

  const CHAIR_OPINION = 'Cần ưu tiên vùng nuôi xa khu dân cư và được quan trắc môi trường định kỳ.';
  const DRAFT = {
    conclusion: 'Hội đồng thống nhất đề nghị hoàn thiện dự thảo trước khi trình.',
    recommendations: [
      { text: 'Bổ sung đánh giá tác động môi trường' },
      { text: 'Làm rõ cơ chế ưu tiên tín dụng' },
    ],
  };

  it('refuses a draft before the panel is locked, and from a member who is not the secretary', async () => {
    const early = await save(secretary, 0, DRAFT).expect(409);
    expect(early.body.code).toBe('PANEL_NOT_LOCKED');
    // while the review runs, the chair writes an opinion; the secretary writes none
    await t.http
      .put(`/api/v1/me/review-requests/${request.id}/opinion`)
      .set(bearer(chair.token))
      .set('If-Match', '"0"')
      .send({ text: CHAIR_OPINION })
      .expect(200);
    await flow.lock(request.id, secretary);
    expect((await save(chair, 0, DRAFT).expect(403)).body.code).toBe('FORBIDDEN');
    await save(outsider, 0, DRAFT).expect(404);
    await save(otherAgency, 0, DRAFT).expect(404);
    expect(await audited('review_report.save_draft')).toBe(0);
  });

  it('lets the secretary save the draft with If-Match, refuses a stale one, and validates the body', async () => {
    const saved = await save(secretary, 0, DRAFT).expect(200);
    expect(saved.headers.etag).toBe('"1"');
    const view = saved.body as ReportView;
    expect(view.recommendations.map((r) => [r.position, r.text])).toEqual([
      [1, 'Bổ sung đánh giá tác động môi trường'],
      [2, 'Làm rõ cơ chế ưu tiên tín dụng'],
    ]);
    expect(view.editable).toBe(true);
    await save(staff, 0, DRAFT).expect(412);
    const invalid = await save(secretary, 1, { conclusion: 'x', recommendations: [{ text: '' }] }).expect(
      400,
    );
    expect(JSON.stringify(invalid.body.errors)).toContain('recommendations');
    expect(await audited('review_report.save_draft')).toBe(1);
  });

  it('does not send a report whose files were not generated from the draft', async () => {
    expect((await post(secretary, 'report/send', 1).expect(409)).body.code).toBe('REPORT_NOT_GENERATED');
  });

  it('generates a PDF and a Word document whose text names the panel, the override and the conclusion', async () => {
    const generated = (await post(secretary, 'report/generate', 1).expect(200)).body as ReportView;
    expect(generated.version).toBe(2);
    expect(generated.generatedAt).not.toBeNull();
    const pdf = await download(staff, 'pdf').expect(200).expect('Content-Type', 'application/pdf');
    const bytes = pdf.body as Buffer;
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(generated.pdf!.sha256);
    const text = (await pdfPageTexts(bytes)).join(' ');
    expect(text).toContain('Dự thảo Nghị quyết về nuôi biển công nghệ cao');
    expect(text).toContain('Lê Quốc Khánh: Ủy viên phản biện');
    expect(text).toContain('Lý do vẫn mời tham gia: Chuyên gia duy nhất của tỉnh về lồng nuôi HDPE');
    expect(text).toContain('2. Làm rõ cơ chế ưu tiên tín dụng');
    expect(text).toContain(DRAFT.conclusion);
    // the opinion, attributed as the request chose; a member who wrote nothing has none
    expect(text).toContain('Nguyễn Thị Hồng');
    expect(text).toContain(CHAIR_OPINION);
    const docx = await download(secretary, 'docx').expect(200);
    expect(await docxText(docx.body as Buffer)).toContain('Lý do vẫn mời tham gia: Chuyên gia duy nhất');
    // the agency sees nothing before it is sent
    await report(agency).expect(404);
    await download(agency, 'pdf').expect(404);
    expect(await audited('review_report.generate')).toBe(1);
  });

  it('sends it to the agency: report_sent, a mail with the link to its request page, and the files to read', async () => {
    const sent = (await post(secretary, 'report/send', 2).expect(200)).body as ReportView;
    expect(sent.sentAt).not.toBeNull();
    expect((await t.dataSource.manager.findOneByOrFail(ReviewRequest, { id: request.id })).state).toBe(
      'report_sent',
    );
    const [mail] = await waitForMail(t.mailDir!, agency.email);
    expect(mail.subject).toBe('Báo cáo tổng hợp ý kiến: Dự thảo Nghị quyết về nuôi biển công nghệ cao');
    expect(mail.html).toContain(`/agency/requests/${request.id}`);
    const view = (await report(agency).expect(200)).body as ReportView;
    expect(view.editable).toBe(false);
    await download(agency, 'pdf').expect(200);
    await download(agency, 'docx').expect(200);
    await report(otherAgency).expect(404);
    await download(otherAgency, 'pdf').expect(404);
    await report(outsider).expect(404);
    await report(chair).expect(200);
    expect((await save(secretary, 3, DRAFT).expect(409)).body.code).toBe('REPORT_ALREADY_SENT');
  });

  it('takes the agency’s answer only with a decision for every recommendation and reasons where not accepted', async () => {
    const { recommendations, version } = (await report(agency).expect(200)).body as ReportView;
    const [first, second] = recommendations;
    const noReason = await answer(version, [
      { recommendationId: first.id, decision: 'accepted' },
      { recommendationId: second.id, decision: 'not_accepted' },
    ]).expect(422);
    expect(noReason.body.errors).toEqual([
      expect.objectContaining({
        field: 'answers[1].reason',
        message: expect.stringContaining('Recommendation 2'),
      }),
    ]);
    const missing = await answer(version, [{ recommendationId: first.id, decision: 'accepted' }]).expect(422);
    expect(missing.body.errors).toEqual([
      expect.objectContaining({ field: 'answers', messageVi: 'Kiến nghị 2 chưa được trả lời' }),
    ]);
    await t.http
      .put(`${REQUESTS}/${request.id}/answer`)
      .set(bearer(otherAgency.token))
      .set('If-Match', `"${version}"`)
      .send({ answers: [] })
      .expect(404);
    const answered = (
      await answer(version, [
        { recommendationId: first.id, decision: 'accepted' },
        { recommendationId: second.id, decision: 'partly_accepted', reason: 'Ngân sách năm 2027 có hạn' },
      ]).expect(200)
    ).body as ReportView;
    expect(answered.recommendations.map((r) => [r.answer?.decision, r.answer?.reason])).toEqual([
      ['accepted', null],
      ['partly_accepted', 'Ngân sách năm 2027 có hạn'],
    ]);
    expect((await t.dataSource.manager.findOneByOrFail(ReviewRequest, { id: request.id })).state).toBe(
      'answered',
    );
    await answer(answered.version, []).expect(409);
  });

  it('lets staff, not the agency, close the answered request, every step in the timeline', async () => {
    const current = await t.http.get(`${REQUESTS}/${request.id}`).set(bearer(staff.token)).expect(200);
    await t.http
      .post(`${REQUESTS}/${request.id}/close`)
      .set(bearer(agency.token))
      .set('If-Match', current.headers.etag)
      .expect(403);
    const closed = await t.http
      .post(`${REQUESTS}/${request.id}/close`)
      .set(bearer(staff.token))
      .set('If-Match', current.headers.etag)
      .expect(200);
    expect(closed.body.state).toBe('closed');
    const timeline = await t.http
      .get(`${REQUESTS}/${request.id}/timeline`)
      .set(bearer(agency.token))
      .expect(200);
    expect((timeline.body as Array<{ toState: string }>).map((event) => event.toState)).toEqual([
      'draft',
      'submitted',
      'accepted',
      'panel_forming',
      'in_review',
      'report_sent',
      'answered',
      'closed',
    ]);
    expect(await audited('review_report.send')).toBe(1);
    expect(await audited('review_report.answer')).toBe(1);
  });
});
