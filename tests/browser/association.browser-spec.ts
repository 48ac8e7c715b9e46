import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { IndexerService } from '../../src/search/indexer/indexer.service';
import { createProfile } from '../support/factories/search-profile.factory';
import { BrowserApp, expectAccessible, fitsViewport, PHONE, startBrowserApp } from './support/browser';

describe('Association staff find experts in the browser', () => {
  let b: BrowserApp;
  let hai: string;

  beforeAll(async () => {
    b = await startBrowserApp();
    const { dataSource } = b.testApp;
    // none of them made a public profile: staff search everyone
    hai = (
      await createProfile(dataSource, {
        fullName: 'Nguyễn Văn Hải',
        publicProfile: false,
        organization: 'NTU',
        degrees: ['doctorate'],
        expertise: ['bệnh học thủy sản'],
      })
    ).id;
    await createProfile(dataSource, {
      fullName: 'Nguyễn Văn Hùng',
      publicProfile: false,
      degrees: ['master'],
      expertise: ['cơ khí tàu thủy'],
    });
    await createProfile(dataSource, {
      fullName: 'Phạm Thị Lan',
      publicProfile: false,
      degrees: ['doctorate'],
      expertise: ['kinh tế biển'],
    });
    await b.testApp.app.get(IndexerService).drain();
  });

  afterAll(async () => {
    await b?.close();
  });

  const box = (page: Page) => page.getByLabel('Tìm theo tên, chuyên môn, lĩnh vực, công trình, cơ quan');
  const results = (page: Page) => page.getByRole('region', { name: 'Kết quả' });
  const names = (page: Page) => results(page).getByRole('heading', { level: 3 }).allTextContents();
  const found = (page: Page, count: number) =>
    page.getByRole('status').getByText(`Tìm thấy ${count} người`).waitFor();

  it('finds people as one types, without diacritics and with a typo, with the matches marked', async () => {
    const { page } = await b.newPage({ as: ['association_staff'] });
    await page.goto('/experts');
    await found(page, 3);
    await expectAccessible(page);

    await box(page).pressSequentially('nguyen van');
    await page.waitForURL(/q=nguyen(\+|%20)van/);
    await found(page, 2);
    expect((await names(page)).sort()).toEqual(['Nguyễn Văn Hải', 'Nguyễn Văn Hùng'].sort());
    const marks = await results(page).locator('h3 mark').allTextContents();
    expect(marks.join(' ')).toMatch(/^Nguyễn Văn Nguyễn Văn$/);
    await expectAccessible(page);

    await box(page).fill('nguyen vam hai');
    await page.waitForURL(/q=nguyen(\+|%20)vam(\+|%20)hai/);
    await page.getByRole('heading', { level: 3, name: 'Nguyễn Văn Hải' }).waitFor();
    expect((await names(page))[0]).toBe('Nguyễn Văn Hải');
  });

  it('filters by facets in the address, exports exactly those results, and opens a profile', async () => {
    const { page } = await b.newPage({ as: ['association_staff'] });
    await page.goto('/experts?q=nguyen+van');
    await found(page, 2);
    await expect(box(page).inputValue()).resolves.toBe('nguyen van');
    const degree = page.getByRole('group', { name: 'Học vị' });
    await degree.getByRole('button', { name: 'Tiến sĩ (1)' }).click();
    await page.waitForURL(/degreeLevel=doctorate/);
    await found(page, 1);
    expect(await names(page)).toEqual(['Nguyễn Văn Hải']);

    // a colleague opening the same address sees the same search
    const { page: colleague } = await b.newPage({ as: ['association_staff'] });
    await colleague.goto(page.url());
    await found(colleague, 1);
    expect(await names(colleague)).toEqual(['Nguyễn Văn Hải']);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải Excel' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('chuyen-gia.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.worksheets[0];
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const nameColumn = header.indexOf('Họ và tên') + 1;
    expect(nameColumn).toBeGreaterThan(0);
    const people = [];
    for (let row = 2; row <= sheet.rowCount; row++) people.push(sheet.getRow(row).getCell(nameColumn).text);
    expect(people).toEqual(['Nguyễn Văn Hải']);

    await results(page).getByRole('link', { name: 'Nguyễn Văn Hải' }).click();
    await page.waitForURL(`**/people/${hai}`);
  });

  it('lets staff issue an account invitation code from a profile page, and the code creates the account', async () => {
    const { page } = await b.newPage({ as: ['association_staff'] });
    await page.goto(`/people/${hai}`);
    await page.getByRole('heading', { level: 1, name: 'Nguyễn Văn Hải' }).waitFor();
    // staff invite, they do not edit or delete the record
    expect(await page.getByRole('button', { name: 'Xóa hồ sơ' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Cấp mã mời tạo tài khoản' }).click();
    const dialog = page.getByRole('dialog', { name: 'Mời Nguyễn Văn Hải tạo tài khoản' });
    await dialog.getByLabel('Email của người được mời (không bắt buộc)').fill('hai.nguyen@invite.test');
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Cấp mã mời' }).click();
    const code = await dialog.locator('code').textContent();
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    await dialog.getByText(/^Hết hạn lúc /).waitFor();
    await expectAccessible(page);

    const accepted = await b.testApp.http
      .post('/api/v1/invitations/accept')
      .send({ code, email: 'hai.nguyen@invite.test', password: 'mật khẩu đủ dài' })
      .expect(201);
    expect(accepted.body.intellectualId).toBe(hai);
  });

  it('works on a phone: the search fits 375 px and the filters fold away', async () => {
    const { page } = await b.newPage({ as: ['association_staff'], viewport: PHONE });
    await page.goto('/experts?q=nguyen+van');
    await found(page, 2);
    expect(await fitsViewport(page)).toBe(true);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Hiện bộ lọc (0 đang chọn)' }).click();
    await page.getByRole('group', { name: 'Học vị' }).getByRole('button', { name: 'Thạc sĩ (1)' }).click();
    await found(page, 1);
    expect(await names(page)).toEqual(['Nguyễn Văn Hùng']);
    expect(await fitsViewport(page)).toBe(true);
  });
});
