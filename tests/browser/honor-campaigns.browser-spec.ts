import { createIntellectual } from '../support/factories/intellectual.factory';
import { bearer, TestAccount } from '../support/test-app';
import {
  BrowserApp,
  chooseOption,
  clickUntilShown,
  expectAccessible,
  expectHeading,
  fitsViewport,
  pickListedOption,
  PHONE,
  startBrowserApp,
} from './support/browser';

const TITLE = 'Giải thưởng Khoa học và Công nghệ tỉnh Khánh Hòa lần thứ III';
const DECLARATION = 'Tôi cam đoan công trình chưa được trao giải thưởng cấp tỉnh nào.';

/** Association staff set up an award campaign through the form, open it, and preview a person's eligibility. */
describe('Honor campaigns in the browser', () => {
  let b: BrowserApp;
  let staff: TestAccount;

  beforeAll(async () => {
    b = await startBrowserApp();
    staff = await b.testApp.account(['association_staff']);
    const officer = await b.testApp.account(['personnel_officer']);
    await createIntellectual(b.testApp, officer, { fullName: 'Phạm Minh Khôi' });
    // the picker searches the index, which follows PostgreSQL a moment later
    const searchable = async () =>
      (await b.testApp.http.get('/api/v1/intellectuals').query({ q: 'Minh Khôi' }).set(bearer(staff.token)))
        .body.total > 0;
    for (let tries = 0; !(await searchable()) && tries < 100; tries++)
      await new Promise((r) => setTimeout(r, 200));
  });

  afterAll(async () => {
    await b?.close();
  });

  it('lets staff create an award campaign, fix a bad round date, open it and check a person', async () => {
    const { page } = await b.newPage({ as: staff });
    await page.goto('/honors/campaigns');
    await expectHeading(page, 'Đợt xét chọn, tôn vinh');
    await page.getByText('Chưa có đợt xét chọn nào').waitFor();
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Tạo đợt xét chọn' }).click();
    await expectHeading(page, 'Tạo đợt xét chọn');
    await chooseOption(
      page.getByRole('combobox', { name: 'Loại đợt' }),
      'Giải thưởng Khoa học và Công nghệ tỉnh Khánh Hòa',
    );
    // the award's usual shape is suggested
    await page.getByText('Đã điền sẵn lĩnh vực').waitFor();
    expect(await page.getByLabel('Lĩnh vực 3', { exact: true }).inputValue()).toBe('Ứng dụng công nghệ');
    expect(await page.getByLabel('Số lượng giải 4', { exact: true }).inputValue()).toBe('12');
    expect(await page.getByLabel('Tên vòng 2', { exact: true }).inputValue()).toBe('Cấp chuyên ngành');
    await page.getByLabel('Tên đợt', { exact: true }).fill(TITLE);
    await page.getByLabel('Năm', { exact: true }).fill('2026');
    await page
      .getByLabel('Tên cơ quan tổ chức', { exact: true })
      .fill('Sở Khoa học và Công nghệ tỉnh Khánh Hòa');
    await page.getByLabel('Ngày mở nhận đề cử', { exact: true }).fill('2026-03-01');
    await page.getByLabel('Ngày hết hạn đề cử', { exact: true }).fill('2026-05-31');
    await page.getByLabel('Ngày lễ trao tặng', { exact: true }).fill('2026-12-01');
    await page.getByLabel('Số lượng giải 1', { exact: true }).fill('2');
    // round 1 due before nominations close: the API refuses it
    await page.getByLabel('Hạn vòng 1', { exact: true }).fill('2026-05-01');
    await page.getByLabel('Hạn vòng 2', { exact: true }).fill('2026-08-31');
    await page.getByLabel('Hạn vòng 3', { exact: true }).fill('2026-10-31');

    await page.getByRole('button', { name: 'Thêm tiêu chí' }).click();
    await chooseOption(
      page.getByRole('combobox', { name: 'Loại tiêu chí 1' }),
      'Công bố khoa học theo phân loại',
    );
    const classes = page.getByRole('combobox', { name: 'Phân loại công bố (tiêu chí 1)' });
    await classes.click();
    await classes.fill('SCIE');
    await classes.press('Enter');
    await classes.press('Escape');
    await page.getByLabel('Trong số năm gần nhất (tiêu chí 1)', { exact: true }).fill('5');
    await page.getByLabel('Số lượng tối thiểu (tiêu chí 1)', { exact: true }).fill('1');
    await page.getByRole('button', { name: 'Thêm tiêu chí' }).click();
    await chooseOption(page.getByRole('combobox', { name: 'Loại tiêu chí 2' }), 'Cam kết');
    await page.getByLabel('Nội dung cam kết (tiêu chí 2)', { exact: true }).fill(DECLARATION);
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
    const roundError = page.getByText('Hạn của vòng 1 phải sau ngày hết hạn đề cử');
    await roundError.waitFor();
    // shown on the round's own field
    expect(
      await page
        .locator('.ant-form-item')
        .filter({ has: page.getByLabel('Hạn vòng 1', { exact: true }) })
        .getByText('Hạn của vòng 1 phải sau ngày hết hạn đề cử')
        .count(),
    ).toBe(1);
    await page.getByLabel('Hạn vòng 1', { exact: true }).fill('2026-06-30');
    await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await expectHeading(page, TITLE);
    const id = new URL(page.url()).pathname.split('/').pop()!;
    await page.getByText('Bản nháp', { exact: true }).first().waitFor();
    await page.getByText('Giải A (A): 2 giải').waitFor();
    await page.getByText('1. Cấp cơ sở: hạn 30/06/2026').waitFor();
    await page.getByText('Công bố khoa học theo phân loại: SCIE: ít nhất 1 trong 5 năm gần nhất').waitFor();
    // set up without scoring: the page says its councils could not score before the review starts
    await page.getByText('Đợt xét chọn chưa có cách chấm điểm', { exact: false }).waitFor();
    await expectAccessible(page);

    await clickUntilShown(
      page.getByRole('button', { name: 'Mở nhận đề cử' }),
      page.getByRole('button', { name: 'Xác nhận' }),
    );
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await page.getByText('Đang nhận đề cử', { exact: true }).first().waitFor();
    expect(await page.getByRole('button', { name: 'Mở nhận đề cử' }).count()).toBe(0);

    await page.getByLabel('Trí thức', { exact: true }).fill('Minh Khôi');
    await pickListedOption(page, /Phạm Minh Khôi/);
    await page.getByText('Chưa đạt tiêu chí tự động').waitFor();
    await page.getByText('Có 0, cần 1').waitFor();
    await page.getByText('Cần ký cam kết').waitFor();
    await expectAccessible(page);

    // a phone reads the same page without sideways scrolling
    const phone = await b.newPage({ as: staff, viewport: PHONE });
    await phone.page.goto(`/honors/campaigns/${id}`);
    await expectHeading(phone.page, TITLE);
    expect(await fitsViewport(phone.page)).toBe(true);
    await phone.page.goto('/honors/campaigns');
    await phone.page.getByRole('link', { name: TITLE }).waitFor();
    expect(await fitsViewport(phone.page)).toBe(true);
    await expectAccessible(phone.page);
  });
});
