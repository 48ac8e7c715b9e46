import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { WorkforceRefresher } from '../../src/stats';
import { createProfile } from '../support/factories/search-profile.factory';
import { docxText } from '../support/report-text';
import {
  BrowserApp,
  chooseOption,
  expectAccessible,
  expectHeading,
  fitsViewport,
  PHONE,
  startBrowserApp,
} from './support/browser';

jest.setTimeout(180_000);

interface Cell {
  value: number | null;
  suppression: 'small' | 'complementary' | null;
}
/** The options of the select list open now. */
const openOptions = (page: Page) =>
  page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option');
/** A cell as the page and the workbook mark it. */
const shown = (cell: Cell) =>
  cell.suppression === 'small' ? '<5' : cell.suppression ? 'x' : String(cell.value);

/** Workforce statistics: an officer builds a breakdown and downloads it; anyone reads the open data. */
describe('workforce statistics', () => {
  let b: BrowserApp;
  beforeAll(async () => {
    b = await startBrowserApp();
    // 7 men and 2 women at a university, 6 men at a research institute
    const people: Array<{ sector: 'university' | 'research_institute'; gender: 'male' | 'female' }> = [
      ...Array.from({ length: 7 }, () => ({ sector: 'university' as const, gender: 'male' as const })),
      ...Array.from({ length: 2 }, () => ({ sector: 'university' as const, gender: 'female' as const })),
      ...Array.from({ length: 6 }, () => ({
        sector: 'research_institute' as const,
        gender: 'male' as const,
      })),
    ];
    for (const [i, person] of people.entries()) {
      await createProfile(b.testApp.dataSource, { fullName: `Thống Kê Viên ${i}`, ...person });
    }
    await b.testApp.app.get(WorkforceRefresher).drain();
  });
  afterAll(() => b.close());

  it('lets an officer count people by sector and gender, read the table, and download exactly it', async () => {
    const { page } = await b.newPage({ as: ['personnel_officer'] });
    await page.goto('/stats');
    await expectHeading(page, 'Thống kê đội ngũ trí thức');
    await page.getByText('Chọn tiêu chí thống kê rồi bấm “Xem số liệu”.').waitFor();
    await expectAccessible(page);

    await chooseOption(page.getByLabel('Thống kê theo'), 'Khu vực công tác');
    await chooseOption(page.getByLabel('Chia cột theo'), 'Giới tính');
    await page.getByRole('button', { name: 'Xem số liệu' }).click();
    await page.waitForURL(/by=sector%2Cgender|by=sector,gender/);
    const table = page.getByRole('table');
    const university = table.getByRole('row', { name: /Cơ sở giáo dục đại học/ });
    await university.waitFor();
    // the page shows what the API answers, withheld cells marked: the 2 women at the university are
    // "<5", and what would give them away is withheld too
    const api = await b.testApp.http
      .get('/api/v1/stats/workforce?by=sector,gender')
      .set('authorization', `Bearer ${(await b.testApp.account(['personnel_officer'])).token}`)
      .expect(200);
    const body = api.body as {
      rows: Array<{ key: string }>;
      cells: Cell[][];
      rowTotals: Cell[];
      columnTotals: Cell[];
      total: Cell;
    };
    const at = body.rows.findIndex((row) => row.key === 'university');
    const universityCells = [...body.cells[at], body.rowTotals[at]];
    expect(body.cells[at][1]).toEqual({ value: null, suppression: 'small' });
    expect(await university.getByRole('cell').allInnerTexts()).toEqual(universityCells.map(shown));
    expect(
      await table
        .getByRole('row', { name: /Tổng cộng/ })
        .getByRole('cell')
        .allInnerTexts(),
    ).toEqual([...body.columnTotals, body.total].map(shown));
    await page
      .getByRole('heading', { name: /Số người theo khu vực công tác và giới tính, tại ngày/ })
      .waitFor();
    await expectAccessible(page);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Tải về Excel' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('thong-ke-tri-thuc.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await download.path());
    const sheet = book.getWorksheet('Số liệu')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Khu vực công tác', 'Nam', 'Nữ', 'Tổng cộng']);
    const rows = sheet.getRows(2, sheet.rowCount - 1)!.map((row) => row.values);
    expect(rows).toContainEqual([
      undefined,
      'Cơ sở giáo dục đại học',
      ...universityCells.map((cell) => (cell.suppression ? shown(cell) : cell.value)),
    ]);

    // a sensitive dimension asks why first
    await page.getByLabel('Thống kê theo').click();
    await openOptions(page).first().waitFor();
    expect(await openOptions(page).filter({ hasText: 'nhạy cảm' }).count()).toBe(2);
    await page.keyboard.press('Escape');
    await chooseOption(page.getByLabel('Thống kê theo'), 'Dân tộc thiểu số (nhạy cảm)');
    await page.getByLabel('Mục đích sử dụng số liệu nhạy cảm').fill('Báo cáo năm cho Sở KH&CN');
    await page.getByRole('button', { name: 'Xem số liệu' }).click();
    await page.getByRole('heading', { name: /Số người theo dân tộc thiểu số/ }).waitFor();
    await expectAccessible(page);
  });

  it('lets an officer make the yearly report, and says so when a year has no data', async () => {
    const { page } = await b.newPage({ as: ['personnel_officer'] });
    await page.goto('/stats');
    await page
      .getByRole('navigation', { name: 'Các trang thống kê' })
      .getByRole('link', { name: 'Báo cáo năm' })
      .click();
    await expectHeading(page, 'Báo cáo tình hình đội ngũ trí thức');
    await expectAccessible(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tạo báo cáo Word' }).click(),
    ]);
    const year = new Date().getFullYear();
    expect(download.suggestedFilename()).toBe(`bao-cao-doi-ngu-tri-thuc-${year}.docx`);
    const text = await docxText(await readFile(await download.path()));
    expect(text).toContain(`BÁO CÁO TÌNH HÌNH ĐỘI NGŨ TRÍ THỨC TỈNH KHÁNH HÒA NĂM ${year}`);
    expect(text).toContain('Cơ sở giáo dục đại học');

    await page.getByLabel('Năm báo cáo').fill('2005');
    await page.getByRole('button', { name: 'Tạo báo cáo PDF' }).click();
    await page.getByText('Cơ sở dữ liệu chưa có trí thức nào trong năm 2005').first().waitFor();
    await expectAccessible(page);
  });

  it('shows association staff the results by year against the targets, and no forecasts', async () => {
    const { page } = await b.newPage({ as: ['association_staff'] });
    await page.goto('/stats/trends');
    await expectHeading(page, 'Kết quả theo năm so với chỉ tiêu');
    const papers = page.getByRole('region', { name: 'Bài báo khoa học' });
    await papers.getByRole('row', { name: /Bài báo quốc tế/ }).waitFor();
    await papers.getByText('Chỉ tiêu: ≥ 100').first().waitFor();
    const nav = page.getByRole('navigation', { name: 'Các trang thống kê' });
    expect(await nav.getByRole('link').allInnerTexts()).toEqual([
      'Cơ cấu đội ngũ',
      'Kết quả theo năm và chỉ tiêu',
    ]);
    await expectAccessible(page);
  });

  it('shows the open data to a visitor on a phone, without the sensitive dimensions', async () => {
    const { page } = await b.newPage({ viewport: PHONE });
    await page.goto('/');
    await page.getByRole('link', { name: 'Số liệu thống kê (dữ liệu mở)' }).click();
    await expectHeading(page, 'Dữ liệu mở: đội ngũ trí thức tỉnh Khánh Hòa');
    await page.getByLabel('Thống kê theo').click();
    await openOptions(page).first().waitFor();
    expect(await openOptions(page).count()).toBe(12);
    expect(await openOptions(page).filter({ hasText: 'nhạy cảm' }).count()).toBe(0);
    await page.keyboard.press('Escape');
    await page.goto('/open-data?by=sector');
    const research = page.getByRole('row', { name: /Viện, trung tâm nghiên cứu/ });
    await research.waitFor();
    expect(await research.getByRole('cell').allInnerTexts()).toEqual(['6']);
    expect(await fitsViewport(page)).toBe(true);
    await expectAccessible(page);
  });
});
