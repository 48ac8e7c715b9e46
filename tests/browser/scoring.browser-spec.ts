import { oneNomineeRound } from '../support/factories/honor-review.factory';
import { createExpert } from '../support/factories/panel.factory';
import { openCampaign } from '../support/factories/honor-campaign.factory';
import { bearer, TestAccount } from '../support/test-app';
import {
  BrowserApp,
  clickUntilShown,
  expectAccessible,
  expectHeading,
  fitsViewport,
  PHONE,
  startBrowserApp,
} from './support/browser';

jest.setTimeout(240_000);

const CAMPAIGNS = '/api/v1/honor-campaigns';
/** A member's total is (2·innovation + impact) / 3. */
const SCORING = {
  criteria: [
    { code: 'innovation', name: 'Tính mới, sáng tạo', weight: 2 },
    { code: 'impact', name: 'Hiệu quả ứng dụng', weight: 1 },
  ],
  method: 'mean',
  tieBreak: ['criterion:impact'],
  thresholds: [{ round: 1, minScore: 60 }],
};

interface Person {
  id: string;
  name: string;
  account: TestAccount;
}

/** A council member scores and submits a sheet in the browser; the secretary follows and confirms. */
describe('Honor council scoring in the browser', () => {
  let b: BrowserApp;
  let staff: TestAccount;

  beforeAll(async () => {
    b = await startBrowserApp();
    staff = await b.testApp.account(['association_staff']);
  });

  afterAll(async () => {
    await b?.close();
  });

  async function person(name: string): Promise<Person> {
    const expert = await createExpert(b.testApp.dataSource, { fullName: name });
    return {
      id: expert.id,
      name,
      account: await b.testApp.account(['intellectual'], { intellectualId: expert.id }),
    };
  }

  async function scoreByApi(base: string, who: Person, nominationId: string, scores: Record<string, number>) {
    const http = b.testApp.http;
    const read = await http.get(`${base}/sheets/${nominationId}`).set(bearer(who.account.token)).expect(200);
    const saved = await http
      .put(`${base}/sheets/${nominationId}`)
      .set(bearer(who.account.token))
      .set('If-Match', read.headers.etag)
      .send({ scores })
      .expect(200);
    await http
      .post(`${base}/sheets/${nominationId}/submit`)
      .set(bearer(who.account.token))
      .set('If-Match', saved.headers.etag)
      .expect(200);
  }

  it('lets a member score and submit a sheet, locked after, and the secretary confirm once all are in', async () => {
    const [chair, secretary, member, nominee] = [
      await person('Trần Chủ Tịch'),
      await person('Lê Thư Ký'),
      await person('Phạm Thành Viên'),
      await person('Nguyễn Văn An'),
    ];
    const { id: campaignId } = await openCampaign(b.testApp.http, staff.token, {
      kind: 'provincial_st_award',
      title: 'Giải thưởng KH&CN tỉnh Khánh Hòa, chấm điểm',
      year: 2026,
      organizerName: 'Sở Khoa học và Công nghệ tỉnh Khánh Hòa',
      nominationsOpen: '2026-01-01',
      nominationsClose: '2026-09-30',
      prizeLevels: [],
      rounds: [
        { name: 'Cấp cơ sở', deadline: '2026-11-01' },
        { name: 'Cấp tỉnh', deadline: '2026-12-15' },
      ],
      criteria: [{ kind: 'active' }],
      scoring: SCORING,
    });
    const nominationId = await oneNomineeRound(b.testApp.dataSource, {
      campaignId,
      nominee: { id: nominee.id, fullName: nominee.name },
      staffId: staff.id,
      council: { chair, secretary, member },
    });
    const roundPage = `/council/campaigns/${campaignId}/rounds/1`;
    const roundApi = `${CAMPAIGNS}/${campaignId}/rounds/1`;

    // the member: my nominees, then the sheet
    const { page } = await b.newPage({ as: member.account });
    await page.goto('/');
    await page.getByRole('link', { name: 'Hội đồng xét chọn' }).first().click();
    await expectHeading(page, 'Hội đồng xét chọn');
    await page.getByText('Cấp cơ sở', { exact: true }).waitFor();
    await expectAccessible(page);
    await page.getByRole('link', { name: /Giải thưởng KH&CN tỉnh Khánh Hòa, chấm điểm/ }).click();
    await expectHeading(page, 'Chấm điểm vòng 1');
    await page.getByText('Vai trò của bạn trong hội đồng: Ủy viên').waitFor();
    await page.getByText('Chưa chấm', { exact: true }).waitFor();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Nguyễn Văn An' }).click();
    await expectHeading(page, 'Phiếu chấm: Nguyễn Văn An');
    await page.getByText('Chấm đủ các tiêu chí để thấy tổng điểm').waitFor();
    await page.getByLabel('Tính mới, sáng tạo (trọng số 2)', { exact: true }).fill('80');
    await page.getByLabel('Hiệu quả ứng dụng (trọng số 1)', { exact: true }).fill('71');
    // the live weighted total: (2·80 + 71) / 3
    await page.getByText('Tổng điểm có trọng số: 77', { exact: true }).waitFor();
    await page.getByLabel('Nhận xét', { exact: true }).fill('Công trình có giá trị ứng dụng.');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Lưu nháp' }).click();
    await page.getByText('Đã lưu phiếu').waitFor();
    await page.getByText('Bản nháp', { exact: true }).waitFor();
    await clickUntilShown(
      page.getByRole('button', { name: 'Nộp phiếu' }),
      page.getByText('Nộp phiếu? Sau khi nộp, phiếu bị khóa'),
    );
    await page.getByRole('button', { name: 'Nộp', exact: true }).click();
    await page.getByText(/Phiếu đã nộp lúc .* và đã khóa\./).waitFor();
    expect(await page.getByRole('button', { name: 'Lưu nháp' }).count()).toBe(0);
    expect(await page.getByLabel('Tính mới, sáng tạo (trọng số 2)', { exact: true }).count()).toBe(0);
    await page.getByText('Tổng điểm có trọng số: 77', { exact: true }).waitFor();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Về danh sách hồ sơ' }).click();
    await page.getByText('Đã nộp', { exact: true }).waitFor();

    // the secretary follows the progress
    const secretaryPage = (await b.newPage({ as: secretary.account })).page;
    await secretaryPage.goto(`${roundPage}/overview`);
    await expectHeading(secretaryPage, 'Tiến độ và kết quả vòng 1');
    await secretaryPage.getByText('Đã nộp 1 trên 3 phiếu.').waitFor();
    await secretaryPage.getByText('Còn thiếu 2 trên 3 phiếu.').waitFor();
    await expectAccessible(secretaryPage);

    // the others submit theirs; the secretary confirms
    await scoreByApi(roundApi, chair, nominationId, { innovation: 70, impact: 70 });
    await scoreByApi(roundApi, secretary, nominationId, { innovation: 60, impact: 90 });
    await secretaryPage.reload();
    await secretaryPage.getByText('Đã nộp 3 trên 3 phiếu.').waitFor();
    // (77 + 70 + 70) / 3
    await secretaryPage
      .getByText('72,33', { exact: true })
      .waitFor({ timeout: 10_000 })
      .catch(async (error: unknown) => {
        throw new Error(`${String(error)}\n${await secretaryPage.locator('main').innerText()}`);
      });
    // the means by the campaign's names of the criteria, not their codes
    await secretaryPage
      .getByText(/Tính mới, sáng tạo: [\d,]+ · Hiệu quả ứng dụng: [\d,]+/)
      .first()
      .waitFor();
    await clickUntilShown(
      secretaryPage.getByRole('button', { name: 'Xác nhận kết quả' }),
      secretaryPage.getByText('Xác nhận kết quả vòng này?'),
    );
    await secretaryPage.getByRole('button', { name: 'Xác nhận', exact: true }).click();
    await secretaryPage.getByText(/Thư ký xác nhận lúc/).waitFor();
    await secretaryPage.getByText('Chủ tịch chưa xác nhận').waitFor();
    expect(await secretaryPage.getByRole('button', { name: 'Xác nhận kết quả' }).count()).toBe(0);
    await expectAccessible(secretaryPage);

    // a phone reads the member's pages and the overview without sideways scrolling
    const phone = (await b.newPage({ as: member.account, viewport: PHONE })).page;
    await phone.goto(roundPage);
    await phone.getByRole('link', { name: 'Nguyễn Văn An' }).waitFor();
    expect(await fitsViewport(phone)).toBe(true);
    await expectAccessible(phone);
    await phone.goto(`${roundPage}/sheets/${nominationId}`);
    await phone.getByText(/Phiếu đã nộp lúc/).waitFor();
    expect(await fitsViewport(phone)).toBe(true);
    const chairPhone = (await b.newPage({ as: chair.account, viewport: PHONE })).page;
    await chairPhone.goto(`${roundPage}/overview`);
    await chairPhone.getByText(/Thư ký xác nhận lúc/).waitFor();
    await chairPhone.getByRole('button', { name: 'Xác nhận kết quả' }).waitFor();
    expect(await fitsViewport(chairPhone)).toBe(true);
    await expectAccessible(chairPhone);
  });
});
