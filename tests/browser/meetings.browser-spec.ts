import type { Page } from 'playwright-core';
import { IndexerService } from '../../src/search/indexer/indexer.service';
import { createCampaign } from '../support/factories/honor-campaign.factory';
import { createProfile } from '../support/factories/search-profile.factory';
import { waitForMail } from '../support/mail';
import { type TestAccount } from '../support/test-app';
import {
  BrowserApp,
  expectAccessible,
  expectHeading,
  fitsViewport,
  PHONE,
  startBrowserApp,
} from './support/browser';

jest.setTimeout(180_000);

const TITLE = 'Gặp mặt cán bộ khoa học tiêu biểu năm 2026';
const DAY = 24 * 3600 * 1000;
const dateIn = (days: number) =>
  new Date(Date.now() + 7 * 3600 * 1000 + days * DAY).toISOString().slice(0, 10);

/**
 * The meeting invitation list in the browser: staff open the meeting, add people from a search, send
 * the invitations; the invited person answers from the mailed link on a phone, without signing in;
 * the used link is a page of its own; staff see the answer.
 */
describe('Meeting invitation list in the browser', () => {
  let b: BrowserApp;
  let staff: TestAccount;
  let campaignId: string;

  beforeAll(async () => {
    b = await startBrowserApp();
    const { dataSource, http } = b.testApp;
    const coral = { expertise: ['sinh thái rạn san hô Hòn Mun'], status: 'active' as const };
    await createProfile(dataSource, { ...coral, fullName: 'Trần Thị Lan', email: 'lan@coral.test' });
    await createProfile(dataSource, { ...coral, fullName: 'Phạm Thị Hoa', email: null });
    await b.testApp.app.get(IndexerService).drain();
    staff = await b.testApp.account(['association_staff']);
    ({ id: campaignId } = await createCampaign(http, staff.token, {
      kind: 'exemplary_scientist_meeting',
      title: TITLE,
      year: 2026,
      organizerName: 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Khánh Hòa',
      nominationsOpen: dateIn(-40),
      nominationsClose: dateIn(-30),
      ceremonyDate: dateIn(20),
    }));
  });

  afterAll(async () => {
    await b?.close();
  });

  const row = (page: Page, name: string) => page.getByRole('row').filter({ hasText: name });

  it('lets staff build the list from a search and send the invitations', async () => {
    const { page } = await b.newPage({ as: staff });
    await page.goto('/honor-meetings');
    await expectHeading(page, 'Danh sách mời gặp mặt');
    await page.getByRole('link', { name: TITLE }).click();
    await expectHeading(page, TITLE);
    await page.getByText('Danh sách mời còn trống').waitFor();
    await expectAccessible(page);

    await page.getByLabel('Từ khóa tìm kiếm').fill('san hô');
    await page.getByRole('button', { name: 'Thêm vào danh sách' }).click();
    await page.getByText('Tìm thấy 2 người: thêm mới 2, đã có trong danh sách 0.').waitFor();
    await row(page, 'Phạm Thị Hoa').getByText('Không có email').waitFor();
    await row(page, 'Trần Thị Lan').getByText('Chưa gửi').waitFor();

    await page.getByLabel('Địa điểm (không bắt buộc)').fill('Hội trường 2/4, Nha Trang');
    await page.getByRole('button', { name: 'Gửi thư mời' }).click();
    await page.getByText('Đã đưa 1 thư mời vào hàng đợi gửi.').waitFor();
    await row(page, 'Trần Thị Lan').getByText('Đã gửi').waitFor();
    await expectAccessible(page);
  });

  it('takes the answer from the mailed link on a phone, once, and staff see it', async () => {
    const [mail] = await waitForMail(b.testApp.mailDir!, 'lan@coral.test');
    const link = /https?:\/\/[^\s/]+(\/meeting-rsvp\/accept#token=[A-Za-z0-9_-]{43})/.exec(mail.text)![1];
    const context = await b.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(link);
    await expectHeading(page, 'Trả lời thư mời');
    await page.getByText('Kính gửi Trần Thị Lan,').waitFor();
    await page.getByText('Hội trường 2/4, Nha Trang').waitFor();
    expect(await page.getByLabel('Tôi sẽ tham dự').isChecked()).toBe(true);
    await expectAccessible(page);
    expect(await fitsViewport(page)).toBe(true);
    await page.getByLabel('Ghi chú cho ban tổ chức (không bắt buộc)').fill('Tôi đi cùng một trợ lý.');
    await page.getByRole('button', { name: 'Gửi câu trả lời' }).click();
    await page.getByText('Trân trọng cảm ơn Quý vị đã nhận lời tham dự.').waitFor();

    await page.goto('/');
    await page.goto(link);
    await expectHeading(page, 'Liên kết đã được sử dụng');

    const staffPage = (await b.newPage({ as: staff })).page;
    await staffPage.goto(`/honor-meetings/${campaignId}`);
    await row(staffPage, 'Trần Thị Lan').getByText('Sẽ tham dự').waitFor();
    await row(staffPage, 'Trần Thị Lan').getByText('Tôi đi cùng một trợ lý.').waitFor();
  });
});
