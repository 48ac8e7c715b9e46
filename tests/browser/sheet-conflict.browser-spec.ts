import { oneNomineeRound } from '../support/factories/honor-review.factory';
import { createExpert } from '../support/factories/panel.factory';
import { openCampaign } from '../support/factories/honor-campaign.factory';
import { bearer } from '../support/test-app';
import { BrowserApp, expectAccessible, expectHeading, startBrowserApp } from './support/browser';

jest.setTimeout(180_000);

const CAMPAIGNS = '/api/v1/honor-campaigns';

/**
 * A member with the same sheet open in two tabs: the second tab's save does not silently replace
 * the first's. It shows what the other tab saved, and the member's own change can be reapplied on it.
 */
describe('A score sheet edited in two tabs', () => {
  let b: BrowserApp;

  beforeAll(async () => {
    b = await startBrowserApp();
  });
  afterAll(() => b?.close());

  it('shows the other tab’s save and reapplies mine on it', async () => {
    const staff = await b.testApp.account(['association_staff']);
    const [chair, secretary, member, nominee] = await Promise.all(
      ['Trần Chủ Tịch', 'Lê Thư Ký', 'Phạm Thành Viên', 'Nguyễn Văn An'].map((fullName) =>
        createExpert(b.testApp.dataSource, { fullName }),
      ),
    );
    const account = await b.testApp.account(['intellectual'], { intellectualId: member.id });
    const { id: campaignId } = await openCampaign(b.testApp.http, staff.token, {
      kind: 'provincial_st_award',
      title: 'Giải thưởng KH&CN tỉnh Khánh Hòa, hai thẻ',
      year: 2026,
      organizerName: 'Sở Khoa học và Công nghệ tỉnh Khánh Hòa',
      nominationsOpen: '2026-01-01',
      nominationsClose: '2026-09-30',
      prizeLevels: [],
      rounds: [{ name: 'Cấp tỉnh', deadline: '2026-12-31' }],
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
    const nominationId = await oneNomineeRound(b.testApp.dataSource, {
      campaignId,
      nominee,
      staffId: staff.id,
      council: { chair, secretary, member },
    });
    const sheetPage = `/council/campaigns/${campaignId}/rounds/1/sheets/${nominationId}`;
    const innovation = 'Tính mới, sáng tạo (trọng số 2)';
    const impact = 'Hiệu quả ứng dụng (trọng số 1)';

    const { page: first, context } = await b.newPage({ as: account });
    const second = await context.newPage();
    for (const tab of [first, second]) {
      await tab.goto(sheetPage);
      await expectHeading(tab, 'Phiếu chấm: Nguyễn Văn An');
    }

    await first.getByLabel(innovation, { exact: true }).fill('80');
    await first.getByLabel(impact, { exact: true }).fill('71');
    await first.getByRole('button', { name: 'Lưu nháp' }).click();
    await first.getByText('Đã lưu phiếu').waitFor();

    await second.getByLabel(impact, { exact: true }).fill('90');
    await second.getByLabel('Nhận xét', { exact: true }).fill('Hiệu quả ứng dụng rõ ở Vân Phong.');
    await second.getByRole('button', { name: 'Lưu nháp' }).click();
    await second.getByText('Phiếu đã được lưu ở nơi khác').waitFor();
    // the other tab's save, as it is now stored
    await second.getByText('80', { exact: true }).first().waitFor();
    await expectAccessible(second);

    await second.getByRole('button', { name: 'Áp dụng lại thay đổi của tôi' }).click();
    await second.getByRole('button', { name: 'Lưu nháp' }).click();
    await second.getByText('Đã lưu phiếu').waitFor();

    const stored = await b.testApp.http
      .get(`${CAMPAIGNS}/${campaignId}/rounds/1/sheets/${nominationId}`)
      .set(bearer(account.token))
      .expect(200);
    // the first tab's innovation kept, the second tab's impact and comment applied on it
    expect(stored.body.scores).toEqual({ innovation: 80, impact: 90 });
    expect(stored.body.comment).toBe('Hiệu quả ứng dụng rõ ở Vân Phong.');
  });
});
