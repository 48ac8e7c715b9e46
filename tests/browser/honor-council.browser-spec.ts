import { IndexerService } from '../../src/search/indexer/indexer.service';
import { vietnamToday } from '../../src/honors/nominations/nomination-rules';
import { day, openCampaign, transition } from '../support/factories/honor-campaign.factory';
import { acceptedNomination } from '../support/factories/honor-review.factory';
import { someOrganizations } from '../support/factories/panel.factory';
import { createProfile } from '../support/factories/search-profile.factory';
import { TestAccount } from '../support/test-app';
import {
  BrowserApp,
  chooseOption,
  clickUntilShown,
  expectAccessible,
  expectHeading,
  pickListedOption,
  startBrowserApp,
} from './support/browser';

jest.setTimeout(240_000);

/** Staff seat a round's council in the browser, see the recusal it finds, and open scoring. */
describe('Honor council seating in the browser', () => {
  let b: BrowserApp;
  let staff: TestAccount;

  beforeAll(async () => {
    b = await startBrowserApp();
    staff = await b.testApp.account(['association_staff']);
  });

  afterAll(async () => {
    await b?.close();
  });

  it('seats chair, secretary and member, shows the member recused from a nominee of their organization, opens scoring and lifts the recusal', async () => {
    const { dataSource, http } = b.testApp;
    const [home, other] = await someOrganizations(dataSource, 2);
    const expert = (fullName: string, organizationId: string) =>
      createProfile(dataSource, { fullName, organizationId, status: 'active', email: null });
    const nominee = await expert('Nguyễn Văn Đề Cử', home.id);
    await expert('Trần Văn Chủ Tọa', other.id);
    await expert('Lê Thị Ghi Chép', other.id);
    await expert('Phạm Văn Đồng Sở', home.id);
    await b.testApp.app.get(IndexerService).drain();

    const campaign = await openCampaign(http, staff.token, {
      kind: 'provincial_st_award',
      title: 'Giải thưởng KH&CN tỉnh Khánh Hòa, hội đồng',
      year: Number(vietnamToday().slice(0, 4)),
      organizerName: 'Sở Khoa học và Công nghệ tỉnh Khánh Hòa',
      nominationsOpen: day(-30),
      nominationsClose: day(30),
      rounds: [
        { name: 'Cấp cơ sở', deadline: day(40) },
        { name: 'Cấp tỉnh', deadline: day(60) },
      ],
      criteria: [{ kind: 'active' }],
      scoring: {
        criteria: [{ code: 'novelty', name: 'Tính mới', weight: 1 }],
        method: 'mean',
        tieBreak: [],
        thresholds: [],
      },
    });
    const campaignId = campaign.id;
    await acceptedNomination(dataSource, {
      campaignId,
      nomineeId: nominee.id,
      createdBy: staff.id,
      submittedAt: new Date(),
      title: 'Công trình của Nguyễn Văn Đề Cử',
    });
    const started = await transition(http, staff.token, campaign, 'in_review');
    expect(started.status).toBe(200);

    const { page } = await b.newPage({ as: staff });
    await page.goto(`/honors/campaigns/${campaignId}`);
    await expectHeading(page, 'Giải thưởng KH&CN tỉnh Khánh Hòa, hội đồng');
    await page.getByRole('link', { name: 'Vòng 2: hội đồng' }).waitFor();
    await page.getByRole('link', { name: 'Vòng 1: hội đồng' }).click();
    await expectHeading(page, 'Hội đồng vòng 1');
    await page.getByText('Chưa có thành viên').waitFor();
    await expectAccessible(page);

    for (const name of ['Trần Văn Chủ Tọa', 'Lê Thị Ghi Chép', 'Phạm Văn Đồng Sở']) {
      await page.getByLabel('Thêm trí thức vào hội đồng').fill(name);
      await pickListedOption(page, new RegExp(name));
      await page.getByRole('button', { name: 'Thêm vào danh sách' }).click();
      await page.getByRole('button', { name: `Bỏ ${name} khỏi hội đồng` }).waitFor();
    }
    await chooseOption(page.getByRole('combobox', { name: 'Vai trò của Trần Văn Chủ Tọa' }), 'Chủ tịch');
    await chooseOption(page.getByRole('combobox', { name: 'Vai trò của Lê Thị Ghi Chép' }), 'Thư ký');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Lưu hội đồng' }).click();
    await page
      .getByText('Đã lưu hội đồng')
      .waitFor()
      .catch(async (error: unknown) => {
        throw new Error(`${String(error)}\n${await page.locator('main').innerText()}`);
      });

    const recusal = page.getByRole('row', { name: /Phạm Văn Đồng Sở.*Nguyễn Văn Đề Cử/ });
    await recusal.getByText('Sẽ ghi nhận khi mở chấm').waitFor();
    await expectAccessible(page);

    await clickUntilShown(
      page.getByRole('button', { name: 'Mở chấm điểm' }),
      page.getByText('Mở chấm điểm vòng này?', { exact: false }),
    );
    await page.getByRole('button', { name: 'Xác nhận', exact: true }).click();
    await page.getByText(/Đã mở chấm điểm lúc/).waitFor();
    await recusal.getByText('Đã ghi nhận').waitFor();
    expect(await page.getByRole('button', { name: 'Lưu hội đồng' }).count()).toBe(0);
    await expectAccessible(page);

    const dialog = page.getByRole('dialog', { name: 'Gỡ tránh xung đột' });
    await clickUntilShown(
      recusal.getByRole('button', { name: 'Gỡ tránh: Phạm Văn Đồng Sở với Nguyễn Văn Đề Cử' }),
      dialog,
    );
    await dialog.getByLabel('Lý do').fill('Không còn công tác cùng đơn vị với người được đề cử.');
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Gỡ tránh', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await recusal.getByText('Đã gỡ').waitFor();
    await expectAccessible(page);
  });
});
