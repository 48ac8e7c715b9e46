import { vietnamToday } from '../../src/honors/nominations/nomination-rules';
import { day, openCampaign } from '../support/factories/honor-campaign.factory';
import { createIntellectual } from '../support/factories/intellectual.factory';
import { bearer, TestAccount } from '../support/test-app';
import {
  BrowserApp,
  clickUntilShown,
  expectAccessible,
  expectHeading,
  fitsViewport,
  pickListedOption,
  PHONE,
  startBrowserApp,
} from './support/browser';

jest.setTimeout(240_000);

const TITLE = 'Bình chọn Trí thức tiêu biểu tỉnh Khánh Hòa';
const DECLARATION = 'Tôi cam đoan không đang chấp hành án, không có tiền án.';
const NOMINEE = 'Phạm Minh Khôi';
/** One of the factory person's publications (intellectual.factory.ts). */
const PAPER = 'Vaccination of Asian seabass against Streptococcus iniae';

/**
 * Staff nominate a person through the form, seeing the live eligibility check, sign the declaration
 * and submit; the nominee accepts at /me/nominations; staff see it accepted and eligible in the
 * campaign's nominations. Axe on each page, and a phone reads them without sideways scrolling.
 */
describe('Nominations in the browser', () => {
  let b: BrowserApp;
  let staff: TestAccount;
  let nominee: TestAccount;
  let campaignId: string;

  beforeAll(async () => {
    b = await startBrowserApp();
    staff = await b.testApp.account(['association_staff']);
    const officer = await b.testApp.account(['personnel_officer']);
    const person = await createIntellectual(b.testApp, officer, { fullName: NOMINEE });
    nominee = await b.testApp.account(['intellectual'], { intellectualId: person.id });
    ({ id: campaignId } = await openCampaign(b.testApp.http, staff.token, {
      kind: 'exemplary_intellectual',
      title: TITLE,
      year: Number(vietnamToday().slice(0, 4)),
      organizerName: 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Khánh Hòa',
      nominationsOpen: day(-10),
      nominationsClose: day(20),
      criteria: [
        { kind: 'resides_or_works_in_province' },
        { kind: 'declaration', declarationText: DECLARATION },
      ],
    }));
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

  it('runs from the nomination form through the nominee’s acceptance to the staff’s list', async () => {
    const { page } = await b.newPage({ as: staff });
    await page.goto('/nominations');
    await expectHeading(page, 'Đề cử của tôi');
    await page.getByText(TITLE).waitFor();
    await page.getByText('Chưa có hồ sơ đề cử nào').waitFor();
    await expectAccessible(page);

    await page.getByRole('link', { name: `Đề cử cho ${TITLE}` }).click();
    await expectHeading(page, 'Đề cử mới');
    // creating without a nominee: the form says so on the field
    await page.getByRole('button', { name: 'Tạo bản nháp' }).click();
    await page.getByText('Chọn người được đề cử').waitFor();
    await page.getByLabel('Người được đề cử', { exact: true }).fill('Minh Khôi');
    await pickListedOption(page, new RegExp(NOMINEE));
    await page.getByLabel('Tên công trình', { exact: true }).fill('Nghiên cứu nuôi cá chẽm lồng bè');
    await page
      .getByLabel('Tóm tắt công trình và kết quả', { exact: true })
      .fill('Quy trình nuôi cá chẽm lồng bè cho ngư dân vịnh Nha Trang.');
    await page.getByLabel('Ý kiến của bên đề cử', { exact: true }).fill('Đề nghị xét chọn.');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Tạo bản nháp' }).click();

    await expectHeading(page, `Hồ sơ đề cử: ${NOMINEE}`);
    const nominationPath = new URL(page.url()).pathname;
    // the live check: residence met with the fact used, the declaration still to sign
    await page.getByText('Còn tiêu chí chưa đạt hoặc chưa ký cam kết').waitFor();
    await page.getByText('Cần ký cam kết').waitFor();
    await page.getByText('Dữ liệu đã dùng', { exact: true }).waitFor();
    await expectAccessible(page);

    // the nominee's works in the registry: staff see them all and link a paper and a utility solution
    const works = page.getByRole('group', { name: 'Công trình trong cơ sở dữ liệu' });
    await works.getByRole('checkbox', { name: new RegExp(PAPER) }).check();
    await works.getByRole('checkbox', { name: /Lồng nuôi tôm hùm chống sóng/ }).check();
    await works.getByText('· Giải pháp hữu ích').waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await page.getByText('Đã lưu bản nháp').waitFor();
    expect(
      await page
        .getByRole('group', { name: 'Công trình trong cơ sở dữ liệu' })
        .getByRole('checkbox', { name: new RegExp(PAPER) })
        .isChecked(),
    ).toBe(true);

    await clickUntilShown(
      page.getByRole('button', { name: 'Ký cam kết' }),
      page.getByText(`Tôi xác nhận cam kết: "${DECLARATION}"`),
    );
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await page.getByText('Người đề cử đã ký lúc', { exact: false }).waitFor();
    await page.getByText('Đủ mọi tiêu chí nếu gửi lúc này').waitFor();

    await clickUntilShown(
      page.getByRole('button', { name: 'Gửi đề cử' }),
      page.getByText('Gửi hồ sơ đề cử? Sau khi gửi không sửa được nữa', { exact: false }),
    );
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await page.getByText('Đã gửi, chờ người được đề cử đồng ý').first().waitFor();
    await page.getByText('Hồ sơ đã gửi nên không sửa được nữa.').waitFor();
    await page.getByRole('button', { name: 'Rút đề cử' }).waitFor();
    const linked = page.getByRole('region', { name: 'Công trình liên kết' });
    await linked.getByText(`${PAPER} (năm 2021)`).waitFor();
    await linked.getByText('Lồng nuôi tôm hùm chống sóng (năm 2020)').waitFor();
    await expectAccessible(page);

    // the nominee answers
    const mine = await b.newPage({ as: nominee, viewport: PHONE });
    await mine.page.goto('/me/nominations');
    await expectHeading(mine.page, 'Đề cử tôi');
    await mine.page.getByRole('heading', { name: TITLE }).waitFor();
    await mine.page.getByText('Bên đề cử: Liên hiệp hội đề cử').waitFor();
    await mine.page.getByText('Công trình: Nghiên cứu nuôi cá chẽm lồng bè').waitFor();
    await mine.page.getByRole('region', { name: 'Công trình liên kết' }).getByText(PAPER).waitFor();
    expect(await fitsViewport(mine.page)).toBe(true);
    await expectAccessible(mine.page);
    await mine.page.getByRole('button', { name: 'Đồng ý' }).click();
    await mine.page.getByText('Bạn đã đồng ý đề cử này').waitFor();
    await mine.page.getByText('Người được đề cử đã đồng ý').waitFor();
    await expectAccessible(mine.page);

    // staff see it accepted, eligible, with its criteria
    await page.goto(`/honors/campaigns/${campaignId}`);
    await expectHeading(page, TITLE);
    const section = page.locator('section', { has: page.getByRole('heading', { name: 'Hồ sơ đề cử' }) });
    await section.getByText(NOMINEE).first().waitFor();
    await section.getByText('Người được đề cử đã đồng ý').waitFor();
    await section.getByText('Đủ điều kiện', { exact: true }).waitFor();
    await section.getByRole('button', { name: `Chi tiết điều kiện: ${NOMINEE}` }).click();
    await section.getByText('Người đề cử đã ký lúc', { exact: false }).waitFor();
    await section.getByRole('region', { name: 'Công trình liên kết' }).getByText(PAPER).waitFor();
    await section.getByRole('button', { name: 'Quyết định thay' }).waitFor();
    await expectAccessible(page);

    // the nominator's list shows the answer; a phone reads the pages without sideways scrolling
    const phone = await b.newPage({ as: staff, viewport: PHONE });
    await phone.page.goto('/nominations');
    await expectHeading(phone.page, 'Đề cử của tôi');
    await phone.page.getByText('Đồng ý lúc', { exact: false }).waitFor();
    expect(await fitsViewport(phone.page)).toBe(true);
    await expectAccessible(phone.page);
    await phone.page.goto(nominationPath);
    await expectHeading(phone.page, `Hồ sơ đề cử: ${NOMINEE}`);
    expect(await fitsViewport(phone.page)).toBe(true);
    await phone.page.goto(`/honors/campaigns/${campaignId}`);
    await expectHeading(phone.page, TITLE);
    await phone.page.getByText('Người được đề cử đã đồng ý').waitFor();
    expect(await fitsViewport(phone.page)).toBe(true);
    await expectAccessible(phone.page);
  });
});
