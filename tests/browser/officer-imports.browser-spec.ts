import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Download, Page } from 'playwright-core';
import { IMPORT_COLUMNS } from '../../src/imports/rows/import-columns';
import { intellectualInput } from '../support/factories/intellectual.factory';
import { importClient } from '../support/fixtures/imports/run-import';
import { importWorkbook, Person } from '../support/fixtures/imports/spreadsheets';
import { bearer, TestAccount } from '../support/test-app';
import {
  BrowserApp,
  clickUntilShown,
  DESKTOP,
  expectAccessible,
  expectHeading,
  fitsViewport,
  PHONE,
  startBrowserApp,
  WIDE_PHONE,
} from './support/browser';

jest.setTimeout(120_000);

const home = { commune: 'Phường Nha Trang' };
const column = (key: string) => IMPORT_COLUMNS.findIndex((c) => c.key === key) + 1;

async function workbookOf(download: Download): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await readFile(await download.path())) as unknown as ArrayBuffer);
  return book;
}

async function uploadFile(
  page: Page,
  name: string,
  content: Buffer,
  options: { dryRun?: boolean } = {},
): Promise<void> {
  await page.goto('/officer/imports');
  await page.getByLabel('Tệp dữ liệu').setInputFiles({
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: content,
  });
  if (options.dryRun) await page.getByLabel('Chạy thử: chỉ kiểm tra và đếm, không ghi dữ liệu').check();
  await page.getByRole('button', { name: 'Bắt đầu nhập' }).click();
  // the job's own heading: until it shows, the list page (with older jobs "Hoàn tất") may still be there
  await page.getByRole('heading', { level: 1, name: `Lượt nhập ${name}` }).waitFor();
  await page.getByText('Hoàn tất', { exact: true }).waitFor();
}

describe('Personnel officer: imports, duplicates and correction requests in the browser', () => {
  let b: BrowserApp;
  let officer: TestAccount;

  beforeAll(async () => {
    b = await startBrowserApp();
    officer = await b.testApp.account(['personnel_officer']);
  });

  afterAll(async () => {
    await b?.close();
  });

  it('before any import, shows the empty lists on a 390 px phone, reachable and accessible', async () => {
    // an empty jobs table has no link to focus: a sideways-scrolling one was out of a keyboard's reach
    const { page } = await b.newPage({ as: officer, viewport: WIDE_PHONE });
    for (const [path, heading] of [
      ['/officer/imports', 'Nhập dữ liệu'],
      ['/officer/duplicates', 'Hồ sơ có thể trùng'],
      ['/officer/corrections?status=all', 'Yêu cầu đính chính'],
    ] as const) {
      await page.goto(path);
      await expectHeading(page, heading);
      await page.waitForLoadState('networkidle');
      expect({ path, fits: await fitsViewport(page) }).toEqual({ path, fits: true });
      await expectAccessible(page);
    }
  });

  it('downloads the template, sees the row errors, fixes errors.xlsx, re-uploads it and resolves a possible duplicate', async () => {
    // a person already registered, whom a row of the upload resembles (same name and birth date)
    const existing: Person = { ...home, fullName: 'Chu Trùng Tên', birthDate: '03/03/1983' };
    const { runImport } = importClient(
      () => b.testApp,
      () => officer.token,
    );
    await runImport(await importWorkbook([existing]));

    const { page } = await b.newPage({ as: officer, viewport: DESKTOP });
    await page.goto('/officer/imports');
    await expectHeading(page, 'Nhập dữ liệu');
    await expectAccessible(page);

    const [template] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải tệp mẫu (.xlsx)' }).click(),
    ]);
    expect(template.suggestedFilename()).toBe('mau-nhap-tri-thuc.xlsx');
    const headers = (await workbookOf(template)).getWorksheet('Danh sách')!.getRow(1);
    expect(headers.getCell(column('fullName')).text).toBe('Họ và tên (*)');

    const file = await importWorkbook([
      { ...home, fullName: 'Chu Đúng Ngay', nationalId: '056080000101' },
      {
        ...home,
        fullName: 'Chu Sai Ngày',
        nationalId: '056080000102',
        birthDate: '31/02/1980',
        gender: 'khác',
      },
      { ...existing, position: 'Kỹ sư' },
    ]);
    await uploadFile(page, 'danh-sach.xlsx', file);
    const progress = page.getByRole('progressbar', { name: 'Tiến độ nhập' });
    expect(await progress.getAttribute('aria-valuenow')).toBe('100');

    const errors = page.getByRole('region', { name: 'Các ô bị lỗi' });
    const rows = errors.getByRole('row');
    await rows.nth(1).waitFor();
    const table = await rows.allInnerTexts();
    expect(table.map((row) => row.split('\t').map((cell) => cell.trim()))).toEqual([
      ['Dòng', 'Cột', 'Giá trị trong tệp', 'Vấn đề'],
      ['3', 'Giới tính', 'khác', 'phải là Nam hoặc Nữ'],
      ['3', 'Ngày sinh', '31/02/1980', expect.stringContaining('không phải ngày có thật')],
    ]);
    await expectAccessible(page);

    // the possible duplicate goes to the person already registered
    const duplicate = page.getByRole('region', { name: 'Có thể trùng với hồ sơ đã có' });
    await duplicate.getByRole('button', { name: 'Ghi vào hồ sơ Chu Trùng Tên' }).click();
    await duplicate.getByText('Đã ghi vào hồ sơ').waitFor();
    const [person] = await b.testApp.dataSource.query<Array<{ position: string }>>(
      `SELECT position FROM intellectual WHERE full_name = 'Chu Trùng Tên' AND deleted_at IS NULL`,
    );
    expect(person.position).toBe('Kỹ sư');

    const [report] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải tệp lỗi (errors.xlsx)' }).click(),
    ]);
    const book = await workbookOf(report);
    const sheet = book.getWorksheet('Danh sách')!;
    expect(sheet.getRow(2).getCell(column('fullName')).text).toBe('Chu Sai Ngày');
    sheet.getRow(2).getCell(column('birthDate')).value = '28/02/1980';
    sheet.getRow(2).getCell(column('gender')).value = 'Nữ';
    const fixed = Buffer.from(await book.xlsx.writeBuffer());

    await page.getByRole('link', { name: 'Tải lên tệp đã sửa' }).click();
    await page.waitForURL('**/officer/imports');
    await uploadFile(page, 'loi-da-sua.xlsx', fixed);
    const outcome = page.getByRole('region', { name: 'Kết quả' });
    await expect(outcome.innerText()).resolves.toMatch(/Tạo mới\s+1/);
    await expect(outcome.innerText()).resolves.toMatch(/Dòng lỗi\s+0/);
    expect(await page.getByRole('region', { name: 'Các ô bị lỗi' }).count()).toBe(0);
    const [created] = await b.testApp.dataSource.query<Array<{ birth_date: string; gender: string }>>(
      `SELECT birth_date::text AS birth_date, gender FROM intellectual WHERE national_id = '056080000102'`,
    );
    expect(created).toEqual({ birth_date: '1980-02-28', gender: 'female' });

    // the list shows both jobs, newest first
    await page.getByRole('link', { name: 'Tất cả lượt nhập' }).click();
    const jobs = page.getByRole('region', { name: 'Các lượt nhập gần đây' });
    await jobs.getByRole('link', { name: 'loi-da-sua.xlsx' }).waitFor();
    expect(await jobs.getByRole('link').allInnerTexts()).toEqual([
      'loi-da-sua.xlsx',
      'danh-sach.xlsx',
      'danh-sach.xlsx',
    ]);
  });

  it('a dry run writes nothing; the real run asks about an identity conflict, which the officer skips', async () => {
    const { runImport } = importClient(
      () => b.testApp,
      () => officer.token,
    );
    await runImport(
      await importWorkbook([
        { ...home, fullName: 'Phan Văn Gốc', gender: 'Nam', nationalId: '056080000201' },
      ]),
    );
    const file = await importWorkbook([
      { ...home, fullName: 'Đoàn Thị Khác', gender: 'Nữ', nationalId: '056080000201' },
      { ...home, fullName: 'Vi Chạy Thử', nationalId: '056080000202' },
    ]);
    const { page } = await b.newPage({ as: officer, viewport: DESKTOP });
    await uploadFile(page, 'chay-thu.xlsx', file, { dryRun: true });
    await page.getByText('Đây là lượt chạy thử: không có dữ liệu nào được ghi.', { exact: false }).waitFor();
    const conflicts = page.getByRole('region', { name: 'Xung đột định danh' });
    await conflicts.getByText('Lượt chạy thử không xử lý được các dòng; hãy nhập thật.').waitFor();
    expect(await conflicts.getByRole('button').count()).toBe(0);
    const written = async () =>
      Number(
        (
          await b.testApp.dataSource.query<Array<{ n: string }>>(
            `SELECT count(*) AS n FROM intellectual WHERE national_id = '056080000202'`,
          )
        )[0].n,
      );
    expect(await written()).toBe(0);

    await uploadFile(page, 'that.xlsx', file);
    expect(await written()).toBe(1);
    const conflict = page.getByRole('region', { name: 'Xung đột định danh' });
    await conflict.getByText(/hồ sơ ghi "Phan Văn Gốc", tệp ghi "Đoàn Thị Khác"/).waitFor();
    // a conflict's national ID is taken: no new profile is offered, only the profile that has it or skipping
    expect(await conflict.getByRole('button').allInnerTexts()).toEqual([
      'Ghi vào hồ sơ Phan Văn Gốc',
      'Bỏ qua dòng này',
    ]);
    await expectAccessible(page);
    await conflict.getByRole('button', { name: 'Bỏ qua dòng này' }).click();
    await conflict.getByText('Đã bỏ qua').waitFor();
    const [kept] = await b.testApp.dataSource.query<Array<{ full_name: string }>>(
      `SELECT full_name FROM intellectual WHERE national_id = '056080000201'`,
    );
    expect(kept.full_name).toBe('Phan Văn Gốc');
  });

  it('merges two records of one person, choosing the value of every fact they hold differently', async () => {
    const create = async (overrides: Record<string, unknown>) =>
      (
        await b.testApp.http
          .post('/api/v1/intellectuals')
          .set(bearer(officer.token))
          .send(intellectualInput({ fullName: 'Đặng Hai Bản', birthDate: '1975-07-07', ...overrides }))
          .expect(201)
      ).body as { id: string };
    const kept = await create({ position: 'Trưởng phòng', nationalId: undefined });
    const other = await create({ position: 'Phó phòng', nationalId: undefined });

    const { page } = await b.newPage({ as: officer, viewport: DESKTOP });
    await page.goto('/officer/duplicates');
    await page.getByRole('heading', { level: 1, name: 'Hồ sơ có thể trùng' }).waitFor();
    await page.getByRole('button', { name: /^So sánh và gộp: Đặng Hai Bản và Đặng Hai Bản/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Gộp hai hồ sơ' }).waitFor();
    await expectAccessible(page);
    // on a phone the comparison is one column per fact, with its choice under the two values
    const phone = await b.newPage({ as: officer, viewport: WIDE_PHONE });
    await phone.page.goto(page.url());
    await phone.page.getByRole('radiogroup', { name: 'Giữ giá trị: Chức vụ' }).waitFor();
    expect(await fitsViewport(phone.page)).toBe(true);
    await expectAccessible(phone.page);
    await phone.page.close();

    // choosing up front where the records visibly differ…
    const position = page.getByRole('radiogroup', { name: 'Giữ giá trị: Chức vụ' });
    await position.getByText(/Phó phòng/).click();
    // …a choice names the record, so it holds across a swap of the kept record, whichever order showed first
    const swap = async () => {
      const survivorBefore = new URL(page.url()).searchParams.get('survivor');
      await page.getByRole('button', { name: 'Đổi hồ sơ giữ lại' }).click();
      await page.waitForURL((url) => url.searchParams.get('survivor') !== survivorBefore);
    };
    await swap();
    if (!page.url().includes(`survivor=${kept.id}`)) await swap();
    await position
      .getByRole('radio', { name: 'Giữ giá trị của hồ sơ gộp vào: Phó phòng', checked: true })
      .waitFor();
    const mergeNow = async () => {
      const confirm = page.getByRole('dialog').getByRole('button', { name: 'Xác nhận gộp' });
      await clickUntilShown(page.getByRole('button', { name: 'Gộp hồ sơ' }), confirm);
      await confirm.click();
    };
    await mergeNow();
    // …the server names the one fact still without a choice (the two emails), and nothing is merged yet
    await page.getByRole('alert').getByText('Chưa chọn giá trị cho: Thư điện tử').waitFor();
    await expectAccessible(page);
    await page
      .getByRole('radiogroup', { name: 'Giữ giá trị: Thư điện tử' })
      .getByText(/hồ sơ giữ lại/)
      .click();
    await mergeNow();
    await page.waitForURL(`**/people/${kept.id}`);

    const [survivor] = await b.testApp.dataSource.query<Array<{ position: string }>>(
      `SELECT position FROM intellectual WHERE id = $1`,
      [kept.id],
    );
    expect(survivor.position).toBe('Phó phòng');
    const [merged] = await b.testApp.dataSource.query<Array<{ merged_into_id: string }>>(
      `SELECT merged_into_id FROM intellectual WHERE id = $1`,
      [other.id],
    );
    expect(merged.merged_into_id).toBe(kept.id);
  });

  it('approves one correction request and rejects another with a reason', async () => {
    const personWithAccount = async (fullName: string) => {
      const { id } = (
        await b.testApp.http
          .post('/api/v1/intellectuals')
          .set(bearer(officer.token))
          .send(intellectualInput({ fullName }))
          .expect(201)
      ).body as { id: string };
      return { id, account: await b.testApp.account(['intellectual'], { intellectualId: id }) };
    };
    const file = async (account: TestAccount, body: Record<string, unknown>) =>
      b.testApp.http.post('/api/v1/me/correction-requests').set(bearer(account.token)).send(body).expect(201);
    const promoted = await personWithAccount('Lâm Được Duyệt');
    const mistaken = await personWithAccount('Lâm Bị Từ Chối');
    await file(promoted.account, {
      changes: { position: 'Viện trưởng' },
      reason: 'Quyết định bổ nhiệm số 12/QĐ-ĐHNT',
    });
    await file(mistaken.account, { changes: { gender: 'male' }, reason: 'Nhập sai giới tính' });

    const { page } = await b.newPage({ as: officer, viewport: DESKTOP });
    await page.goto('/officer/corrections');
    await page.getByRole('heading', { level: 1, name: 'Yêu cầu đính chính' }).waitFor();
    const card = (name: string) => page.getByRole('region', { name, exact: true });
    const approveCard = card('Lâm Được Duyệt');
    await approveCard.getByRole('cell', { name: 'Viện trưởng', exact: true }).waitFor();
    expect(await approveCard.getByRole('row').allInnerTexts()).toEqual([
      expect.stringMatching(/Thông tin\s+Hiện tại\s+Đề nghị/),
      expect.stringMatching(/Chức vụ\s+Phó Viện trưởng\s+Viện trưởng/),
    ]);
    await expectAccessible(page);

    await clickUntilShown(
      approveCard.getByRole('button', { name: 'Duyệt', exact: true }),
      page.getByRole('button', { name: 'Duyệt và áp dụng' }),
    );
    await page.getByRole('button', { name: 'Duyệt và áp dụng' }).click();
    await page.getByText('Đã duyệt và áp dụng vào hồ sơ').waitFor();
    await approveCard.waitFor({ state: 'detached' });

    const rejectCard = card('Lâm Bị Từ Chối');
    const dialog = page.getByRole('dialog', { name: 'Từ chối yêu cầu của Lâm Bị Từ Chối' });
    await clickUntilShown(rejectCard.getByRole('button', { name: 'Từ chối' }), dialog);
    await dialog.getByRole('button', { name: 'Từ chối yêu cầu' }).click();
    await dialog.getByText('Vui lòng ghi lý do, ít nhất 5 ký tự').waitFor();
    await expectAccessible(page);
    await dialog
      .getByLabel('Lý do từ chối (gửi cho người đề nghị)')
      .fill('Hồ sơ gốc ghi giới tính nữ, cần giấy tờ');
    await dialog.getByRole('button', { name: 'Từ chối yêu cầu' }).click();
    await page.getByText('Đã từ chối yêu cầu').waitFor();
    await rejectCard.waitFor({ state: 'detached' });

    await page.getByRole('radiogroup', { name: 'Lọc theo trạng thái' }).getByText('Đã từ chối').click();
    await page.waitForURL(/status=rejected/);
    await card('Lâm Bị Từ Chối').getByText('Hồ sơ gốc ghi giới tính nữ, cần giấy tờ').waitFor();

    const profiles = await b.testApp.dataSource.query<
      Array<{ id: string; position: string; gender: string }>
    >(`SELECT id, position, gender FROM intellectual WHERE id = ANY($1)`, [[promoted.id, mistaken.id]]);
    expect(profiles.find((p) => p.id === promoted.id)?.position).toBe('Viện trưởng');
    expect(profiles.find((p) => p.id === mistaken.id)?.gender).toBe('female');
  });

  it('refuses to approve over a change made after the page loaded, then approves on the fresh profile', async () => {
    const { id } = (
      await b.testApp.http
        .post('/api/v1/intellectuals')
        .set(bearer(officer.token))
        .send(intellectualInput({ fullName: 'Lâm Đổi Giữa Chừng' }))
        .expect(201)
    ).body as { id: string };
    const person = await b.testApp.account(['intellectual'], { intellectualId: id });
    await b.testApp.http
      .post('/api/v1/me/correction-requests')
      .set(bearer(person.token))
      .send({ changes: { position: 'Viện trưởng' }, reason: 'Quyết định bổ nhiệm số 31/QĐ-ĐHNT' })
      .expect(201);

    const { page } = await b.newPage({ as: officer, viewport: DESKTOP });
    await page.goto('/officer/corrections');
    const card = page.getByRole('region', { name: 'Lâm Đổi Giữa Chừng', exact: true });
    await card.getByRole('cell', { name: 'Phó Viện trưởng', exact: true }).waitFor();

    // a colleague saves the profile through the API while this page still holds the old ETag
    const read = await b.testApp.http
      .get(`/api/v1/intellectuals/${id}`)
      .set(bearer(officer.token))
      .expect(200);
    await b.testApp.http
      .patch(`/api/v1/intellectuals/${id}`)
      .set(bearer(officer.token))
      .set('If-Match', read.headers.etag)
      .send({ position: 'Trưởng phòng Đào tạo' })
      .expect(200);

    await clickUntilShown(
      card.getByRole('button', { name: 'Duyệt', exact: true }),
      page.getByRole('button', { name: 'Duyệt và áp dụng' }),
    );
    await page.getByRole('button', { name: 'Duyệt và áp dụng' }).click();
    await card
      .getByRole('alert')
      .getByText(/Hồ sơ vừa được người khác thay đổi/)
      .waitFor();
    // the colleague's value is shown as the current one, and nothing was applied
    await card.getByRole('cell', { name: 'Trưởng phòng Đào tạo', exact: true }).waitFor();
    await expectAccessible(page);
    const [untouched] = await b.testApp.dataSource.query<Array<{ position: string }>>(
      'SELECT position FROM intellectual WHERE id = $1',
      [id],
    );
    expect(untouched.position).toBe('Trưởng phòng Đào tạo');
    const [{ status: stillPending }] = await b.testApp.dataSource.query<Array<{ status: string }>>(
      'SELECT status FROM correction_request WHERE intellectual_id = $1',
      [id],
    );
    expect(stillPending).toBe('pending');

    await clickUntilShown(
      card.getByRole('button', { name: 'Duyệt', exact: true }),
      page.getByRole('button', { name: 'Duyệt và áp dụng' }),
    );
    await page.getByRole('button', { name: 'Duyệt và áp dụng' }).click();
    await page.getByText('Đã duyệt và áp dụng vào hồ sơ').waitFor();
    await card.waitFor({ state: 'detached' });
    const [approved] = await b.testApp.dataSource.query<Array<{ position: string }>>(
      'SELECT position FROM intellectual WHERE id = $1',
      [id],
    );
    expect(approved.position).toBe('Viện trưởng');
  });

  it('fits a 375 px phone on every page and stays accessible there', async () => {
    const { page } = await b.newPage({ as: officer, viewport: PHONE });
    for (const [path, heading] of [
      ['/officer/imports', 'Nhập dữ liệu'],
      ['/officer/duplicates', 'Hồ sơ có thể trùng'],
      ['/officer/corrections?status=all', 'Yêu cầu đính chính'],
    ] as const) {
      await page.goto(path);
      await expectHeading(page, heading);
      await page.waitForLoadState('networkidle');
      expect({ path, fits: await fitsViewport(page) }).toEqual({ path, fits: true });
      await expectAccessible(page);
    }
    const [job] = await b.testApp.dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM import_job ORDER BY created_at LIMIT 1`,
    );
    await page.goto(`/officer/imports/${job.id}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByText('Hoàn tất', { exact: true }).waitFor();
    expect(await fitsViewport(page)).toBe(true);
    await expectAccessible(page);
  });
});
