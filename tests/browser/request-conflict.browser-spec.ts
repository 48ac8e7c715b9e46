import type { Page } from 'playwright-core';
import type { TestAccount } from '../support/test-app';
import {
  BrowserApp,
  expectAccessible,
  expectHeading,
  fitsViewport,
  PHONE,
  startBrowserApp,
} from './support/browser';

const TITLE = 'Phản biện đề án kè chống sạt lở bờ sông Cái Nha Trang';
const MY_TITLE = 'Phản biện đề án kè chống sạt lở bờ sông Cái, đoạn qua Nha Trang';
const THEIR_TITLE = 'Phản biện đề án kè sông Cái giai đoạn 2027–2030';
const SUMMARY = 'Kè bờ tả sông Cái dài 3 km, kết hợp đường ven sông.';
const THEIR_SUMMARY = 'Kè bờ tả sông Cái dài 3,5 km, kết hợp đường ven sông và công viên.';

/**
 * Two accounts of the same agency edit one draft: the one who saves second sees what the other
 * changed, reapplies their own change on the new version, and both changes are kept.
 */
describe('A review request changed by someone else while it is edited', () => {
  let b: BrowserApp;
  let agency: TestAccount;
  let colleague: TestAccount;
  let id: string;

  beforeAll(async () => {
    b = await startBrowserApp();
    const [organization] = await b.testApp.dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM organization WHERE short_name = 'SKHCN'`,
    );
    agency = await b.testApp.account(['agency'], { organizationId: organization.id });
    colleague = await b.testApp.account(['agency'], { organizationId: organization.id });
    const created = await b.testApp.http
      .post('/api/v1/review-requests')
      .set('Authorization', `Bearer ${agency.token}`)
      .send({
        kind: 'critique',
        title: TITLE,
        summary: SUMMARY,
        proposalText: 'Thuyết minh đề án kè sông Cái\nPhần 1. Sự cần thiết',
        fieldCodes: ['405'],
        panelSizeMin: 5,
        panelSizeMax: 7,
        deadline: '2099-06-30',
        drafters: [{ name: 'Lê Văn Sơn' }],
      })
      .expect(201);
    id = created.body.id as string;
  });

  afterAll(async () => {
    await b?.close();
  });

  /** The colleague saves the draft through the API, from the version stored now. */
  async function colleagueChanges(body: Record<string, unknown>): Promise<void> {
    const current = await b.testApp.http
      .get(`/api/v1/review-requests/${id}`)
      .set('Authorization', `Bearer ${colleague.token}`)
      .expect(200);
    await b.testApp.http
      .patch(`/api/v1/review-requests/${id}`)
      .set('Authorization', `Bearer ${colleague.token}`)
      .set('If-Match', current.headers.etag)
      .send(body)
      .expect(200);
  }

  const notice = (page: Page) =>
    page.getByRole('alert').filter({ hasText: 'Người khác đã thay đổi yêu cầu này' });

  it('shows their change, keeps mine in the form, and saves both after a reapply', async () => {
    const { page } = await b.newPage({ as: agency, viewport: PHONE });
    await page.goto(`/agency/requests/${id}/edit`);
    await expectHeading(page, 'Sửa yêu cầu');
    await page.getByLabel('Tiêu đề').fill(MY_TITLE);

    await colleagueChanges({ summary: THEIR_SUMMARY, panelSizeMax: 9 });
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();

    const conflict = notice(page);
    await conflict.waitFor();
    await conflict.getByRole('row', { name: `Tóm tắt ${SUMMARY} ${THEIR_SUMMARY}` }).waitFor();
    await conflict.getByRole('row', { name: 'Số thành viên hội đồng tối đa 7 9' }).waitFor();
    // only their changes are listed, and mine is still in the form, unsaved
    expect(await conflict.getByRole('row').count()).toBe(3);
    expect(await page.getByLabel('Tiêu đề').inputValue()).toBe(MY_TITLE);
    await expectAccessible(page);
    expect(await fitsViewport(page)).toBe(true);

    await conflict.getByRole('button', { name: 'Áp dụng lại thay đổi của tôi lên bản mới' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã áp dụng lại thay đổi của bạn' }).waitFor();
    expect(await page.getByLabel('Tiêu đề').inputValue()).toBe(MY_TITLE);
    expect(await page.getByLabel('Tóm tắt').inputValue()).toBe(THEIR_SUMMARY);
    expect(await page.getByLabel('Số thành viên hội đồng tối đa').inputValue()).toBe('9');

    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await expectHeading(page, MY_TITLE);
    await page.getByText(THEIR_SUMMARY).waitFor();
    const stored = await b.testApp.http
      .get(`/api/v1/review-requests/${id}`)
      .set('Authorization', `Bearer ${agency.token}`)
      .expect(200);
    expect(stored.body).toMatchObject({
      title: MY_TITLE,
      summary: THEIR_SUMMARY,
      panelSizeMin: 5,
      panelSizeMax: 9,
      drafters: [expect.objectContaining({ name: 'Lê Văn Sơn' })],
    });
  });

  it('loads their version in the form when I discard mine', async () => {
    const { page } = await b.newPage({ as: agency });
    await page.goto(`/agency/requests/${id}/edit`);
    await expectHeading(page, 'Sửa yêu cầu');
    await page.getByLabel('Tóm tắt').fill('Tóm tắt của tôi, sẽ bị bỏ đi vì người khác đã sửa.');

    await colleagueChanges({ title: THEIR_TITLE });
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    const conflict = notice(page);
    await conflict.getByRole('row', { name: `Tiêu đề ${MY_TITLE} ${THEIR_TITLE}` }).waitFor();
    await conflict.getByRole('button', { name: 'Bỏ thay đổi của tôi, tải bản của họ' }).click();
    await conflict.waitFor({ state: 'detached' });
    expect(await page.getByLabel('Tiêu đề').inputValue()).toBe(THEIR_TITLE);
    expect(await page.getByLabel('Tóm tắt').inputValue()).toBe(THEIR_SUMMARY);
    await expectAccessible(page);

    // nothing of mine is left: the save sends nothing
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await page.getByText('Không có thay đổi nào để lưu.').waitFor();
  });
});
