import { Page } from 'playwright-core';
import { IndexerService } from '../../src/search/indexer/indexer.service';
import { createIntellectual } from '../support/factories/intellectual.factory';
import { bearer, TestAccount } from '../support/test-app';
import {
  BrowserApp,
  clickUntilShown,
  expectAccessible,
  expectHeading,
  fitsViewport,
  PHONE,
  startBrowserApp,
  WIDE_PHONE,
} from './support/browser';

jest.setTimeout(180_000);

/**
 * The personnel officer's records journey in Chromium: start page, people list with a search, the
 * profile with provenance and history, an edit that meets someone else's save (ETag conflict) and is
 * reapplied, verify, delete and restore; every page checked with axe, and at 375 px.
 */
describe('Officer: people list, profile, editing with an ETag conflict, verify, delete and restore', () => {
  let b: BrowserApp;
  let officer: TestAccount;
  let colleague: TestAccount;
  let lobster: string;

  beforeAll(async () => {
    b = await startBrowserApp();
    officer = await b.testApp.account(['personnel_officer']);
    colleague = await b.testApp.account(['personnel_officer']);
    lobster = (
      await createIntellectual(b.testApp, officer, {
        fullName: 'Trần Thị Biển Xanh',
        expertise: ['nuôi tôm hùm lồng'],
        position: 'Nghiên cứu viên',
        phone: '0912345678',
      })
    ).id;
    const forester = (
      await createIntellectual(b.testApp, officer, {
        fullName: 'Đặng Văn Rừng',
        expertise: ['lâm nghiệp'],
        publications: [],
        intellectualProperties: [],
      })
    ).id;
    await b.testApp.app.get(IndexerService).drain();
    // the forester asks for a correction: the officer's start page shows it waiting
    const person = await b.testApp.account(['intellectual'], { intellectualId: forester });
    await b.testApp.http
      .post('/api/v1/me/correction-requests')
      .set(bearer(person.token))
      .send({ changes: { position: 'Trưởng trạm' }, reason: 'Quyết định bổ nhiệm số 12/QĐ' })
      .expect(201);
  });
  afterAll(() => b?.close());

  const profileOf = async (id: string) =>
    (await b.testApp.http.get(`/api/v1/intellectuals/${id}`).set(bearer(officer.token)).expect(200)).body as {
      position: string;
      phone: string;
      hometown: unknown;
      academicTitle: unknown;
    };

  const openProfileEditor = async (page: Page) => {
    await page.goto(`/people/${lobster}`);
    await expectHeading(page, 'Trần Thị Biển Xanh');
    await page.getByRole('button', { name: 'Sửa thông tin' }).click();
    await page.getByRole('heading', { name: 'Sửa thông tin hồ sơ' }).waitFor();
  };

  it('shows the start page and finds a person by what they do, with the search in the address bar', async () => {
    const { page } = await b.newPage({ as: officer });
    await page.goto('/officer');
    await expectHeading(page, 'Việc cần làm');
    await page.getByRole('heading', { name: 'Yêu cầu đính chính đang chờ' }).waitFor();
    await page.getByText('Đang chờ: 1').waitFor();
    await page.getByRole('link', { name: 'Quyết định bổ nhiệm số 12/QĐ' }).waitFor();
    await page.getByRole('link', { name: 'Xem hàng đợi đính chính' }).waitFor();
    await expectAccessible(page);

    await page.goto('/officer/people');
    await expectHeading(page, 'Hồ sơ trí thức');
    await page.getByRole('searchbox', { name: 'Tìm trong hồ sơ' }).fill('tom hum');
    await page.getByRole('searchbox', { name: 'Tìm trong hồ sơ' }).press('Enter');
    await page.waitForURL(/\/officer\/people\?q=tom\+hum/);
    await page.getByText('1 hồ sơ').waitFor();
    const table = page.getByRole('table');
    await table.getByRole('link', { name: 'Trần Thị Biển Xanh' }).waitFor();
    expect(await table.getByRole('link', { name: 'Đặng Văn Rừng' }).count()).toBe(0);
    // the export downloads exactly this search
    expect(await page.getByRole('link', { name: 'Xuất CSV' }).getAttribute('href')).toBe(
      '/api/v1/exports/intellectuals.csv?q=tom+hum',
    );
    await expectAccessible(page);

    await table.getByRole('link', { name: 'Trần Thị Biển Xanh' }).click();
    await page.waitForURL(`**/people/${lobster}`);
    await expectHeading(page, 'Trần Thị Biển Xanh');
    await page.getByRole('heading', { name: 'Lịch sử thay đổi' }).waitFor();
    await page.getByText('Tạo hồ sơ').first().waitFor();
    await page.getByText('Nguồn: Cán bộ nhập').first().waitFor();
    await expectAccessible(page);
  });

  it('meets a colleague’s save as a conflict, sees their change, reapplies mine and saves both', async () => {
    const { page } = await b.newPage({ as: officer });
    await openProfileEditor(page);
    await page.getByLabel('Chức vụ').fill('Trưởng phòng thí nghiệm');

    // a colleague, in another browser, saves the same profile first
    const other = await b.newPage({ as: colleague });
    await openProfileEditor(other.page);
    await other.page.getByLabel('Số điện thoại').fill('0987654321');
    await other.page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await other.page.getByText('Đã lưu thay đổi.').waitFor();
    const theirPhone = (await profileOf(lobster)).phone;

    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    const conflict = page.getByRole('alert').filter({ hasText: 'Người khác đã thay đổi hồ sơ này' });
    await conflict.waitFor();
    await conflict.getByRole('listitem').filter({ hasText: colleague.email }).waitFor();
    const row = conflict.getByRole('row').filter({ hasText: 'Số điện thoại' });
    await row.getByText(theirPhone).waitFor();
    expect((await profileOf(lobster)).position).toBe('Nghiên cứu viên');
    await expectAccessible(page);

    await conflict.getByRole('button', { name: 'Áp dụng lại thay đổi của tôi' }).click();
    await page.getByText('Đã áp dụng lại thay đổi của bạn').waitFor();
    expect(await page.getByLabel('Chức vụ').inputValue()).toBe('Trưởng phòng thí nghiệm');
    expect(await page.getByLabel('Số điện thoại').inputValue()).toBe(theirPhone);
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await page.getByText('Đã lưu thay đổi.').waitFor();
    expect(await profileOf(lobster)).toMatchObject({
      position: 'Trưởng phòng thí nghiệm',
      phone: theirPhone,
    });
    // the history names both edits, newest first
    const history = page.getByRole('region', { name: 'Lịch sử thay đổi' });
    await history.getByText('Trưởng phòng thí nghiệm').waitFor();
    await history.getByText(colleague.email, { exact: false }).first().waitFor();
  });

  it('adds, changes and removes a part item (an award), each with its provenance', async () => {
    const { page } = await b.newPage({ as: officer });
    await page.goto(`/people/${lobster}`);
    const dialog = page.getByRole('dialog', { name: 'Thêm mục: Giải thưởng' });
    await clickUntilShown(page.getByRole('button', { name: 'Thêm mục: Giải thưởng' }), dialog);
    await dialog.getByLabel('Tên giải thưởng').fill('Giải thưởng Sáng tạo KH&CN tỉnh');
    await dialog.getByLabel('Năm').fill('2023');
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await page.getByText('Đã lưu mục.').waitFor();
    const awards = page.getByRole('region', { name: 'Giải thưởng', exact: true });
    await awards.getByText('Giải thưởng Sáng tạo KH&CN tỉnh').waitFor();

    const edit = page.getByRole('dialog', { name: 'Sửa mục: Giải thưởng' });
    await clickUntilShown(awards.getByRole('button', { name: 'Sửa', exact: true }), edit);
    await edit.getByLabel('Năm').fill('2024');
    await edit.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await awards.getByText('2024').waitFor();

    await awards.getByRole('button', { name: 'Xóa', exact: true }).click();
    await page.getByRole('tooltip').getByRole('button', { name: 'Xóa' }).click();
    await page.getByText('Đã xóa mục.').waitFor();
    await page.getByRole('region', { name: 'Lịch sử thay đổi' }).getByText('Xóa mục Giải thưởng').waitFor();
    // the history and the profile are read again separately: either may come back first
    await awards.getByText('Giải thưởng Sáng tạo KH&CN tỉnh').waitFor({ state: 'detached' });
  });

  it('sets the hometown and the academic title through the catalog pickers and sees them named on the profile', async () => {
    const { page } = await b.newPage({ as: officer });
    await openProfileEditor(page);
    // typed without diacritics, the commune list keeps the one match, which Enter picks
    const hometown = page.getByRole('combobox', { name: 'Quê quán: xã, phường ở Khánh Hòa' });
    await hometown.click();
    await hometown.fill('bac nha trang');
    expect(await page.getByRole('listbox', { name: 'Quê quán: xã, phường ở Khánh Hòa' }).count()).toBe(1);
    await expectAccessible(page);
    await hometown.press('Enter');
    const title = page.getByRole('combobox', { name: 'Học hàm', exact: true });
    await title.click();
    await title.press('Enter');
    await page.getByLabel('Học hàm: năm được công nhận').fill('2019');
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await page.getByText('Đã lưu thay đổi.').waitFor();

    // the profile and its history name the commune and the title, not their codes
    const facts = page.getByRole('region', { name: 'Thông tin hồ sơ' });
    await facts.getByText('Phường Bắc Nha Trang').waitFor();
    await facts.getByText('Phó giáo sư 2019').waitFor();
    await page.getByRole('region', { name: 'Lịch sử thay đổi' }).getByText('Phường Bắc Nha Trang').waitFor();
    expect(await profileOf(lobster)).toMatchObject({
      hometown: { communeCode: '22333' },
      academicTitle: { code: 'associate_professor', year: 2019 },
    });
  });

  it('verifies the profile, then deletes it after confirming and restores it', async () => {
    const { page } = await b.newPage({ as: officer });
    await page.goto(`/people/${lobster}`);
    await expectHeading(page, 'Trần Thị Biển Xanh');
    await page.getByRole('button', { name: 'Xác minh toàn bộ hồ sơ' }).click();
    await page.getByText('Đã ghi nhận xác minh.').waitFor();
    await page.getByText(`Xác minh bởi ${officer.email}`).first().waitFor();
    expect(await page.getByRole('button', { name: 'Xác minh toàn bộ hồ sơ' }).count()).toBe(0);

    const dialog = page.getByRole('dialog', { name: 'Xóa hồ sơ Trần Thị Biển Xanh?' });
    await clickUntilShown(page.getByRole('button', { name: 'Xóa hồ sơ' }), dialog);
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Xóa hồ sơ' }).click();
    await expectHeading(page, 'Hồ sơ đã bị xóa.');
    await b.testApp.http.get(`/api/v1/intellectuals/${lobster}`).set(bearer(officer.token)).expect(404);
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Khôi phục hồ sơ' }).click();
    await expectHeading(page, 'Trần Thị Biển Xanh');
    await profileOf(lobster);

    // deleted again, it is listed among the deleted profiles and restored from there
    await page.getByRole('button', { name: 'Xóa hồ sơ' }).click();
    await dialog.getByRole('button', { name: 'Xóa hồ sơ' }).click();
    await expectHeading(page, 'Hồ sơ đã bị xóa.');
    await page.getByRole('link', { name: 'Xem danh sách hồ sơ đã xóa' }).click();
    await page.waitForURL('**/officer/people?status=deleted');
    await page.getByText('Đang xem các hồ sơ đã xóa').waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Khôi phục: Trần Thị Biển Xanh' }).click();
    await page.getByText('Đã khôi phục hồ sơ Trần Thị Biển Xanh.').waitFor();
    await profileOf(lobster);
  });

  it('fits a phone screen: the people list and the profile, with no sideways scrolling', async () => {
    // the restored profile is back in search once the indexer has caught up
    await b.testApp.app.get(IndexerService).drain();
    const { page } = await b.newPage({ as: officer, viewport: PHONE });
    await page.goto('/officer/people?q=tom+hum');
    await page.getByRole('link', { name: 'Trần Thị Biển Xanh' }).waitFor();
    expect(await fitsViewport(page)).toBe(true);
    await expectAccessible(page);
    // a larger phone, and a list with no row (no link to focus in it): nothing scrolls sideways
    await page.setViewportSize(WIDE_PHONE);
    await page.goto('/officer/people?q=khong+ai+ten+nay');
    await page.getByText('Không có hồ sơ nào khớp.').waitFor();
    expect(await fitsViewport(page)).toBe(true);
    await expectAccessible(page);
    await page.setViewportSize(PHONE);
    await page.goto(`/people/${lobster}`);
    await expectHeading(page, 'Trần Thị Biển Xanh');
    expect(await fitsViewport(page)).toBe(true);
    await expectAccessible(page);
    // the edit form too, with its pickers and composite facts
    await page.getByRole('button', { name: 'Sửa thông tin' }).click();
    await page.getByRole('heading', { name: 'Sửa thông tin hồ sơ' }).waitFor();
    expect(await fitsViewport(page)).toBe(true);
    await expectAccessible(page);
  });
});
