import { vietnamToday } from '../../src/honors/nominations/nomination-rules';
import { day, openCampaign } from '../support/factories/honor-campaign.factory';
import { IntellectualsService } from '../../src/intellectuals/intellectuals.service';
import { intellectualInput } from '../support/factories/intellectual.factory';
import { confirmedFinalRound } from '../support/factories/honor-results.factory';
import { bearer, type TestAccount } from '../support/test-app';
import {
  BrowserApp,
  clickUntilShown,
  expectAccessible,
  expectHeading,
  startBrowserApp,
} from './support/browser';

jest.setTimeout(180_000);

const TITLE = 'Giải thưởng Khoa học và Công nghệ tỉnh Khánh Hòa lần thứ III';
/**
 * The end of a campaign on its page: once the council confirmed the final round (written by the
 * factory), staff record the decision with its number and date, then publish, and the honoree's
 * profile carries the award.
 */
describe('Recording the decision and publishing in the browser', () => {
  let b: BrowserApp;
  let staff: TestAccount;
  let campaignId: string;
  let honoreeId: string;

  beforeAll(async () => {
    b = await startBrowserApp();
    const { http } = b.testApp;
    staff = await b.testApp.account(['association_staff']);
    ({ id: campaignId } = await openCampaign(http, staff.token, {
      kind: 'provincial_st_award',
      title: TITLE,
      year: Number(vietnamToday().slice(0, 4)),
      organizerName: 'Sở Khoa học và Công nghệ tỉnh Khánh Hòa',
      nominationsOpen: day(-30),
      nominationsClose: day(30),
      categories: ['Nghiên cứu khoa học'],
      prizeLevels: [{ code: 'A', name: 'Giải A', quota: 1 }],
      rounds: [{ name: 'Cấp tỉnh', deadline: day(60) }],
      scoring: {
        criteria: [{ code: 'novelty', name: 'Tính mới', weight: 1 }],
        method: 'mean',
        tieBreak: [],
        thresholds: [],
      },
    }));
    const person = await b.testApp.app
      .get(IntellectualsService)
      .create(intellectualInput({ fullName: 'Đặng Minh Khoa' }) as never, undefined, 'self_declared');
    honoreeId = person.body.id as string;
    await confirmedFinalRound(b.testApp.dataSource, campaignId, [{ nomineeId: honoreeId, level: 'A' }]);
  });
  afterAll(() => b?.close());

  it('records the decision, refusing it without a number, then publishes the results', async () => {
    const { page } = await b.newPage({ as: staff });
    await page.goto(`/honors/campaigns/${campaignId}`);
    await expectHeading(page, TITLE);
    await page.getByRole('heading', { name: 'Quyết định khen thưởng' }).waitFor();
    await expectAccessible(page);

    await page.getByLabel('Ngày quyết định').fill(day(-1));
    await page.getByRole('button', { name: 'Ghi nhận quyết định' }).click();
    await page.getByText('Nhập số quyết định').waitFor();
    await page.getByLabel('Số quyết định').fill('125/QĐ-SKHCN');
    await page.getByRole('button', { name: 'Ghi nhận quyết định' }).click();
    await page.getByText('Đã có quyết định', { exact: false }).first().waitFor();
    expect(await page.getByRole('heading', { name: 'Quyết định khen thưởng' }).count()).toBe(0);

    // the popconfirm zooms in: a click before it settles lands beside its button on a loaded machine
    await clickUntilShown(
      page.getByRole('button', { name: 'Công bố kết quả' }),
      page.getByText('Giải thưởng được ghi vào hồ sơ', { exact: false }),
    );
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await page.getByText('Đã công bố', { exact: false }).first().waitFor();
    await expectAccessible(page);

    const profile = await b.testApp.http
      .get(`/api/v1/intellectuals/${honoreeId}`)
      .set(bearer(staff.token))
      .expect(200);
    const awards = JSON.stringify(profile.body);
    expect(awards).toContain('Giải A');
  });
});
