import type { Locator, Page } from 'playwright-core';
import { IndexerService } from '../../src/search/indexer/indexer.service';
import { EXPERTS, PROPOSALS } from '../e2e/panels/labelled-proposals';
import { createProfile } from '../support/factories/search-profile.factory';
import { readMailbox, SinkMail, waitForMail } from '../support/mail';
import { bearer, type TestAccount } from '../support/test-app';
import {
  animationsDone,
  BrowserApp,
  expectAccessible,
  expectHeading,
  fitsViewport,
  PHONE,
  startBrowserApp,
} from './support/browser';

jest.setTimeout(180_000);

const CONFLICT = 'Tôi là cố vấn khoa học của hợp tác xã đề xuất dự án';
const DECLINE_REASON = 'Đang công tác dài ngày ở nước ngoài';

/**
 * Panel invitations in the browser: staff send them from the request page, the experts answer from
 * the links in the real mail (no sign-in): accept with the declaration, declare a conflict, decline
 * with a reason; used and wrong links are pages of their own; a signed-in expert answers at
 * /me/panel-invitations; staff read every answer.
 */
describe('Panel invitations in the browser', () => {
  let b: BrowserApp;
  let staff: TestAccount;
  let engineer: TestAccount;
  let requestId: string;
  const ids = {} as Record<string, string>;
  const emails = {} as Record<string, string>;
  const lobster = PROPOSALS.find(({ expected }) => expected.includes('lobsterAcademic'))!;
  const names = (key: string): string => EXPERTS[key].fullName!;

  beforeAll(async () => {
    b = await startBrowserApp();
    const { dataSource, http } = b.testApp;
    for (const [key, spec] of Object.entries(EXPERTS)) {
      if (!/^(lobster|ocean)/.test(key) || /Deceased|Retired/.test(key)) continue;
      emails[key] = `${key.toLowerCase()}@experts.test`;
      ids[key] = (await createProfile(dataSource, { ...spec, email: emails[key] })).id;
    }
    await b.testApp.app.get(IndexerService).drain();
    const [organization] = await dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM organization WHERE short_name = 'SKHCN'`,
    );
    const agency = await b.testApp.account(['agency'], { organizationId: organization.id });
    staff = await b.testApp.account(['association_staff']);
    engineer = await b.testApp.account(['intellectual'], { intellectualId: ids.oceanEngineer });

    // the request reaches panel_forming through the API, as the agency and staff pages drive it
    const created = await http
      .post('/api/v1/review-requests')
      .set(bearer(agency.token))
      .send({
        kind: 'critique',
        title: lobster.title,
        summary: 'Chuyển lồng bè gỗ sang lồng HDPE cho nghề nuôi tôm hùm.',
        proposalText: lobster.text,
        fieldCodes: lobster.fieldCodes,
        panelSizeMin: 3,
        panelSizeMax: 5,
        deadline: '2099-03-31',
      })
      .expect(201);
    requestId = created.body.id as string;
    const submitted = await http
      .post(`/api/v1/review-requests/${requestId}/submit`)
      .set(bearer(agency.token))
      .set('If-Match', created.headers.etag)
      .expect(200);
    await http
      .post(`/api/v1/review-requests/${requestId}/accept`)
      .set(bearer(staff.token))
      .set('If-Match', submitted.headers.etag)
      .expect(200);
    await http
      .put(`/api/v1/review-requests/${requestId}/panel/members`)
      .set(bearer(staff.token))
      .set('If-Match', '"0"')
      .send({
        members: [
          { intellectualId: ids.lobsterAcademic, role: 'chair' },
          { intellectualId: ids.lobsterFarmer, role: 'secretary' },
          { intellectualId: ids.oceanAcademic, role: 'member' },
          { intellectualId: ids.oceanEngineer, role: 'reviewer' },
        ],
      })
      .expect(200);
  });

  afterAll(async () => {
    await b?.close();
  });

  const card = (page: Page): Locator =>
    page.locator('.ant-card').filter({ has: page.getByRole('heading', { name: 'Thư mời hội đồng' }) });
  const memberLine = (page: Page, key: string): Locator =>
    card(page)
      .getByRole('listitem')
      .filter({ has: page.getByText(names(key), { exact: true }) });

  /** The path and fragment of a link in the mail: the page it opens, on the app under test. */
  async function linkIn(key: string, action: 'accept' | 'decline'): Promise<string> {
    const [mail]: SinkMail[] = await waitForMail(b.testApp.mailDir!, emails[key]);
    const match = new RegExp(`https?://[^\\s/]+(/invitations/${action}#token=[A-Za-z0-9_-]{43})`).exec(
      mail.text,
    );
    if (!match) throw new Error(`no ${action} link in the mail to ${emails[key]}: ${mail.text}`);
    return match[1];
  }

  /** A page without sign-in, as opened from a mail client. */
  async function anonymous(viewport = PHONE): Promise<Page> {
    const context = await b.newContext({ viewport });
    return context.newPage();
  }

  let acceptLink: string;

  it('lets staff send the invitations from the request page and shows each member waiting', async () => {
    const { page } = await b.newPage({ as: staff });
    await page.goto(`/review-requests/${requestId}`);
    await expectHeading(page, lobster.title);
    await card(page).getByText('Gửi thư mời đến 4 thành viên dự kiến.').waitFor();
    await memberLine(page, 'lobsterAcademic').getByText('Dự kiến').waitFor();
    await expectAccessible(page);
    expect(await readMailbox(b.testApp.mailDir!)).toEqual([]);

    await card(page).getByRole('button', { name: 'Gửi thư mời' }).click();
    await card(page).getByRole('status').getByText('Đã gửi thư mời.').waitFor();
    for (const key of ['lobsterAcademic', 'lobsterFarmer', 'oceanAcademic', 'oceanEngineer'])
      await memberLine(page, key).getByText('Chờ trả lời').waitFor();
    await card(page).getByText('Không có thành viên dự kiến nào chờ gửi thư mời.').waitFor();
    expect(await card(page).getByRole('button', { name: 'Gửi thư mời' }).isDisabled()).toBe(true);
    await expectAccessible(page);

    const [mail] = await waitForMail(b.testApp.mailDir!, emails.lobsterAcademic);
    expect(mail.subject).toBe(`Thư mời tham gia hội đồng tư vấn, phản biện: ${lobster.title}`);
    expect(mail.text).toContain('Quý vị');
  });

  it('accepts from the mailed link without sign-in, confirming the declaration, on a phone', async () => {
    acceptLink = await linkIn('lobsterAcademic', 'accept');
    const page = await anonymous();
    await page.goto(acceptLink);
    await expectHeading(page, 'Nhận lời tham gia hội đồng');
    await page.getByText(`Kính gửi ${names('lobsterAcademic')},`).waitFor();
    await page.getByRole('cell', { name: 'Chủ tịch', exact: true }).waitFor();
    await page
      .getByText('Tôi cam đoan không có xung đột lợi ích với đề nghị này', { exact: false })
      .waitFor();
    expect(await page.getByRole('radio', { name: 'Tôi xác nhận lời cam đoan dưới đây' }).isChecked()).toBe(
      true,
    );
    await expectAccessible(page);
    expect(await fitsViewport(page)).toBe(true);

    await page.getByRole('button', { name: 'Xác nhận nhận lời' }).click();
    await page
      .getByRole('status')
      .getByText('Trân trọng cảm ơn Quý vị đã nhận lời tham gia hội đồng.')
      .waitFor();
    await page.getByText(/Lời cam đoan của Quý vị đã được ghi nhận lúc/).waitFor();
    await expectHeading(page, 'Nhận lời tham gia hội đồng');
    await expectAccessible(page);
    expect(await fitsViewport(page)).toBe(true);
  });

  it('shows a used link and a wrong one as Vietnamese pages of their own', async () => {
    const page = await anonymous();
    await page.goto(acceptLink);
    await expectHeading(page, 'Liên kết đã được sử dụng');
    await page.getByText('mỗi liên kết chỉ dùng được một lần', { exact: false }).waitFor();
    await expectAccessible(page);
    expect(await fitsViewport(page)).toBe(true);
    // the other link of an answered invitation is used up with it
    await page.goto(await linkIn('lobsterAcademic', 'decline'));
    await expectHeading(page, 'Liên kết đã được sử dụng');

    await page.goto(`/invitations/accept#token=${'x'.repeat(43)}`);
    await expectHeading(page, 'Liên kết không hợp lệ');
    await expectAccessible(page);
    await page.goto('/invitations/decline');
    await expectHeading(page, 'Liên kết thiếu mã xác nhận');
    await expectAccessible(page);
  });

  it('takes a declared conflict from the accept link, asking for its description', async () => {
    const page = await anonymous();
    await page.goto(await linkIn('oceanAcademic', 'accept'));
    await expectHeading(page, 'Nhận lời tham gia hội đồng');
    await page.getByRole('radio', { name: 'Tôi có xung đột lợi ích với đề nghị này' }).check();
    const submit = page.getByRole('button', { name: 'Gửi khai báo xung đột lợi ích' });
    await submit.click();
    await page.getByText('Vui lòng mô tả xung đột lợi ích (ít nhất 3 ký tự)').waitFor();
    await page.getByText('Khi Quý vị khai báo xung đột lợi ích', { exact: false }).waitFor();
    await expectAccessible(page);
    await page.getByLabel('Mô tả xung đột lợi ích').fill(CONFLICT);
    await submit.click();
    await page.getByRole('status').getByText('Đã ghi nhận khai báo xung đột lợi ích của Quý vị.').waitFor();
    await expectAccessible(page);
  });

  it('declines from the accept link too, with a reason', async () => {
    const page = await anonymous();
    await page.goto(await linkIn('lobsterFarmer', 'accept'));
    await expectHeading(page, 'Nhận lời tham gia hội đồng');
    await page.getByRole('button', { name: 'Tôi muốn từ chối thư mời' }).click();
    await expectHeading(page, 'Từ chối tham gia hội đồng');
    await page.getByLabel('Lý do (không bắt buộc)').fill(DECLINE_REASON);
    await expectAccessible(page);
    expect(await fitsViewport(page)).toBe(true);
    await page.getByRole('button', { name: 'Xác nhận từ chối' }).click();
    await page.getByRole('status').getByText('Đã ghi nhận việc Quý vị từ chối thư mời.').waitFor();
    await expectAccessible(page);
    // the decline link of the same invitation is used up with it
    await page.goto(await linkIn('lobsterFarmer', 'decline'));
    await expectHeading(page, 'Liên kết đã được sử dụng');
  });

  it('lets a signed-in expert answer at /me/panel-invitations, on a phone', async () => {
    const { page } = await b.newPage({ as: engineer, viewport: PHONE });
    await page.goto('/me/panel-invitations');
    await expectHeading(page, 'Thư mời tham gia hội đồng');
    await page.getByText('gửi đến Quý vị', { exact: false }).waitFor();
    const invitation = page
      .locator('.ant-card')
      .filter({ has: page.getByRole('heading', { name: lobster.title }) });
    await invitation.getByText('Chờ trả lời').waitFor();
    await invitation.getByRole('cell', { name: 'Ủy viên phản biện', exact: true }).waitFor();
    await expectAccessible(page);
    expect(await fitsViewport(page)).toBe(true);

    await invitation.getByRole('button', { name: 'Nhận lời' }).click();
    await invitation.getByRole('button', { name: 'Xác nhận nhận lời' }).click();
    await invitation
      .getByRole('status')
      .getByText('Trân trọng cảm ơn Quý vị đã nhận lời tham gia hội đồng.')
      .waitFor();
    await invitation.getByText('Đã nhận lời', { exact: true }).waitFor();
    await invitation.getByText('Nhận lời, đã cam đoan không có xung đột lợi ích').waitFor();
    expect(await invitation.getByRole('button', { name: 'Nhận lời' }).count()).toBe(0);
    await expectAccessible(page);
    expect(await fitsViewport(page)).toBe(true);
  });

  it('shows staff every answer, also on a phone', async () => {
    const { page } = await b.newPage({ as: staff, viewport: PHONE });
    await page.goto(`/review-requests/${requestId}`);
    await expectHeading(page, lobster.title);
    const chair = memberLine(page, 'lobsterAcademic');
    await chair.getByText('Đã nhận lời').waitFor();
    await chair
      .getByText('Lời cam đoan: “Tôi cam đoan không có xung đột lợi ích', { exact: false })
      .waitFor();
    const conflicted = memberLine(page, 'oceanAcademic');
    await conflicted.getByText('Đã từ chối').waitFor();
    await conflicted.getByText(`Xung đột tự khai: ${CONFLICT}`).waitFor();
    const declined = memberLine(page, 'lobsterFarmer');
    await declined.getByText('Đã từ chối').waitFor();
    await declined.getByText(`Lý do: ${DECLINE_REASON}`).waitFor();
    await memberLine(page, 'oceanEngineer').getByText('Đã nhận lời').waitFor();
    // a replacement is suggested for a seat that was declined (as many as this small registry has
    // eligible experts off the panel), naming whom it replaces and the seat
    await card(page).getByText('Gợi ý người thay thế').waitFor();
    const declinedNames = ['oceanAcademic', 'lobsterFarmer'].map(names).join('|');
    await card(page)
      .getByText(new RegExp(`^Thay (${declinedNames}) \\((Ủy viên phản biện|Ủy viên|Thư ký|Chủ tịch)\\): `))
      .first()
      .waitFor();

    await animationsDone(page);
    await expectAccessible(page);
    expect(await fitsViewport(page)).toBe(true);
  });
});
