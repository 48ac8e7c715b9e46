import { vietnamToday } from '../../src/honors/nominations/nomination-rules';
import { day, openCampaign } from '../support/factories/honor-campaign.factory';
import { IntellectualsService } from '../../src/intellectuals/intellectuals.service';
import { intellectualInput } from '../support/factories/intellectual.factory';
import { waitForMail } from '../support/mail';
import { bearer } from '../support/test-app';
import {
  BrowserApp,
  expectAccessible,
  expectHeading,
  fitsViewport,
  PHONE,
  startBrowserApp,
} from './support/browser';

jest.setTimeout(180_000);

/**
 * A nominee without an account answers from the mailed link on a phone: the page shows what the
 * mail said, declining asks for an optional reason, the used link is a page of its own.
 */
describe('Answering a nomination from the mail in the browser', () => {
  let b: BrowserApp;
  let nominationId: string;
  let staffToken: string;

  beforeAll(async () => {
    b = await startBrowserApp();
    const { http } = b.testApp;
    const staff = await b.testApp.account(['association_staff']);
    staffToken = staff.token;
    const campaign = await openCampaign(http, staff.token, {
      kind: 'exemplary_intellectual',
      title: 'Tuyên dương Trí thức tiêu biểu tỉnh Khánh Hòa',
      year: Number(vietnamToday().slice(0, 4)),
      organizerName: 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Khánh Hòa',
      nominationsOpen: day(-10),
      nominationsClose: day(10),
      criteria: [{ kind: 'active' }],
    });
    const person = await b.testApp.app
      .get(IntellectualsService)
      .create(
        intellectualInput({ fullName: 'Võ Thị Ngọc Hân', email: 'han@nomination.test' }) as never,
        undefined,
        'self_declared',
      );
    const draft = await http
      .post('/api/v1/nominations')
      .set(bearer(staff.token))
      .send({
        campaignId: campaign.id,
        nomineeId: person.body.id,
        nominatedBy: 'staff',
        work: { title: 'Bảo tồn rạn san hô Hòn Mun', summary: 'Phục hồi 12 ha rạn san hô cùng cộng đồng.' },
      })
      .expect(201);
    nominationId = draft.body.id as string;
    await http
      .post(`/api/v1/nominations/${nominationId}/submit`)
      .set(bearer(staff.token))
      .set('If-Match', draft.headers.etag)
      .expect(200);
  });
  afterAll(() => b?.close());

  it('declines from the mailed link on a phone, with a reason, once', async () => {
    const [mail] = await waitForMail(b.testApp.mailDir!, 'han@nomination.test');
    const link = /https?:\/\/[^\s/]+(\/nomination-answer\/decline#token=[A-Za-z0-9_-]{43})/.exec(
      mail.text,
    )![1];
    const context = await b.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(link);
    await expectHeading(page, 'Trả lời đề cử');
    await page.getByText('Kính gửi Võ Thị Ngọc Hân,').waitFor();
    await page.getByText('Bảo tồn rạn san hô Hòn Mun').waitFor();
    await page.getByText('Chờ Quý vị trả lời').waitFor();
    expect(await page.getByLabel('Tôi từ chối').isChecked()).toBe(true);
    await expectAccessible(page);
    expect(await fitsViewport(page)).toBe(true);

    const reason = page.getByLabel(/Lý do từ chối/);
    await reason.fill('Tôi đã nhận danh hiệu này năm trước.');
    // choosing to accept hides the reason; it is not sent with an acceptance
    await page.getByLabel('Tôi đồng ý được đề cử').check();
    expect(await reason.count()).toBe(0);
    await page.getByLabel('Tôi từ chối').check();
    await page.getByLabel(/Lý do từ chối/).fill('Tôi đã nhận danh hiệu này năm trước.');
    await page.getByRole('button', { name: 'Gửi câu trả lời' }).click();
    await page.getByText('Đã ghi nhận việc Quý vị từ chối đề cử.', { exact: false }).waitFor();
    await expectAccessible(page);

    const stored = await b.testApp.http
      .get(`/api/v1/nominations/${nominationId}`)
      .set(bearer(staffToken))
      .expect(200);
    expect(stored.body).toMatchObject({
      state: 'declined',
      declineReason: 'Tôi đã nhận danh hiệu này năm trước.',
    });

    await page.goto('/');
    await page.goto(link);
    await expectHeading(page, 'Liên kết đã được sử dụng');
    await page.goto('/nomination-answer/accept');
    await expectHeading(page, 'Liên kết thiếu mã xác nhận');
    await expectAccessible(page);
  });
});
