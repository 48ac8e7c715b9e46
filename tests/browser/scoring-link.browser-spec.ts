import { vietnamToday } from '../../src/honors/nominations/nomination-rules';
import { day, openCampaign } from '../support/factories/honor-campaign.factory';
import { oneNomineeRound } from '../support/factories/honor-review.factory';
import { createExpert } from '../support/factories/panel.factory';
import { waitForMail } from '../support/mail';
import { bearer } from '../support/test-app';
import {
  BrowserApp,
  clickUntilShown,
  expectAccessible,
  expectHeading,
  fitsViewport,
  startBrowserApp,
  WIDE_PHONE,
} from './support/browser';

jest.setTimeout(180_000);

const CAMPAIGNS = '/api/v1/honor-campaigns';

/**
 * A council member without an account scores by the personal link mailed when scoring opens: the
 * round's nominees, one sheet scored, saved, submitted with a confirmation and shown locked, on a
 * 390 px phone, with axe on the list and the sheet.
 */
describe('Scoring by the personal link', () => {
  let b: BrowserApp;

  beforeAll(async () => {
    b = await startBrowserApp();
  });
  afterAll(() => b?.close());

  it('scores and submits one sheet through the mailed link, without signing in', async () => {
    const staff = await b.testApp.account(['association_staff']);
    const people: Array<[string, string | null]> = [
      ['Trần Chủ Tịch', 'chair.link@experts.test'],
      ['Lê Thư Ký', 'secretary.link@experts.test'],
      ['Phạm Thành Viên', 'member.link@experts.test'],
      ['Nguyễn Văn An', null],
    ];
    const [chair, secretary, member, nominee] = await Promise.all(
      people.map(([fullName, email]) => createExpert(b.testApp.dataSource, { fullName, email })),
    );
    const title = 'Giải thưởng KH&CN tỉnh Khánh Hòa, chấm qua liên kết';
    const { id: campaignId } = await openCampaign(b.testApp.http, staff.token, {
      kind: 'provincial_st_award',
      title,
      year: Number(vietnamToday().slice(0, 4)),
      organizerName: 'Sở Khoa học và Công nghệ tỉnh Khánh Hòa',
      nominationsOpen: day(-30),
      nominationsClose: day(10),
      prizeLevels: [],
      rounds: [{ name: 'Cấp tỉnh', deadline: day(30) }],
      criteria: [{ kind: 'active' }],
      scoring: {
        criteria: [
          { code: 'innovation', name: 'Tính mới, sáng tạo', weight: 2 },
          { code: 'impact', name: 'Hiệu quả ứng dụng', weight: 1 },
        ],
        method: 'mean',
        tieBreak: [],
        thresholds: [],
      },
    });
    await oneNomineeRound(b.testApp.dataSource, {
      campaignId,
      nominee,
      staffId: staff.id,
      council: { chair, secretary, member },
      scoringOpen: false,
    });
    // opening scoring mails the link
    await b.testApp.http
      .post(`${CAMPAIGNS}/${campaignId}/rounds/1/council/open-scoring`)
      .set(bearer(staff.token))
      .set('If-Match', '"1"')
      .expect(200);
    const [mail] = await waitForMail(b.testApp.mailDir!, 'member.link@experts.test');
    const link = /https?:\/\/[^\s\]]+(\/scoring-link#token=[A-Za-z0-9_-]{43})/.exec(mail.text);
    expect(link).not.toBeNull();

    const { page } = await b.newPage({ viewport: WIDE_PHONE });
    await page.goto(link![1]);
    await expectHeading(page, 'Chấm điểm vòng 1');
    await page.getByText(title).waitFor();
    await page.getByText('Phiếu chấm của Phạm Thành Viên (Ủy viên)').waitFor();
    await page.getByText('Hội đồng đang chấm điểm: bạn có thể lưu và nộp phiếu.').waitFor();
    await expectAccessible(page);
    expect(await fitsViewport(page)).toBe(true);

    await page.getByRole('link', { name: 'Nguyễn Văn An' }).click();
    await expectHeading(page, 'Phiếu chấm: Nguyễn Văn An');
    await page.getByLabel('Tính mới, sáng tạo (trọng số 2)', { exact: true }).fill('82');
    await page.getByLabel('Hiệu quả ứng dụng (trọng số 1)', { exact: true }).fill('70');
    await page.getByLabel('Nhận xét', { exact: true }).fill('Công trình ứng dụng tốt tại Cam Ranh.');
    await page.getByRole('button', { name: 'Lưu nháp' }).click();
    await page.getByText('Đã lưu phiếu').waitFor();
    await expectAccessible(page);
    expect(await fitsViewport(page)).toBe(true);

    await clickUntilShown(
      page.getByRole('button', { name: 'Nộp phiếu' }),
      page.getByText('Nộp phiếu? Sau khi nộp, phiếu bị khóa'),
    );
    await page.getByRole('button', { name: 'Nộp', exact: true }).click();
    await page.getByText(/Phiếu đã nộp lúc .* và đã khóa\./).waitFor();
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Về danh sách hồ sơ' }).click();
    await expectHeading(page, 'Chấm điểm vòng 1');
    await page.getByText('Đã nộp', { exact: true }).waitFor();

    const [stored] = await b.testApp.dataSource.query<
      Array<{ scores: Record<string, number>; comment: string; submitted_at: Date | null }>
    >(
      `SELECT s.scores, s.comment, s.submitted_at FROM honor_score_sheet s
         JOIN honor_council_member m ON m.id = s.council_member_id WHERE m.intellectual_id = $1`,
      [member.id],
    );
    expect(stored.scores).toEqual({ innovation: 82, impact: 70 });
    expect(stored.comment).toBe('Công trình ứng dụng tốt tại Cam Ranh.');
    expect(stored.submitted_at).not.toBeNull();
  });
});
