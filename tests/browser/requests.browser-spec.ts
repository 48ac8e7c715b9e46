import type { Page } from 'playwright-core';
import type { TestAccount } from '../support/test-app';
import {
  BrowserApp,
  chooseOption,
  clickUntilShown,
  expectAccessible,
  expectHeading,
  fitsViewport,
  PHONE,
  startBrowserApp,
} from './support/browser';

const OUR_TITLE = 'Phản biện đề án nuôi biển công nghệ cao vịnh Vân Phong';
const OTHER_TITLE = 'Tư vấn quy hoạch bãi tắm Dốc Lết giai đoạn 2027';
const DECLINE_REASON = 'Hồ sơ thiếu thuyết minh kinh phí, đề nghị bổ sung rồi gửi lại';

/** An agency drafts and sends a request through the form; staff decide; the agency reads the outcome. */
describe('Review requests in the browser', () => {
  let b: BrowserApp;
  let agency: TestAccount;
  let staff: TestAccount;
  let fieldName: string;
  let otherId: string;

  beforeAll(async () => {
    b = await startBrowserApp();
    const { dataSource } = b.testApp;
    const [organization] = await dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM organization WHERE short_name = 'SKHCN'`,
    );
    [{ name_vi: fieldName }] = await dataSource.query<Array<{ name_vi: string }>>(
      `SELECT name_vi FROM catalog_entry WHERE catalog = 'fields' AND code = '405'`,
    );
    agency = await b.testApp.account(['agency'], { organizationId: organization.id });
    staff = await b.testApp.account(['association_staff']);
    // a second request, already submitted, for staff to decline
    const created = await b.testApp.http
      .post('/api/v1/review-requests')
      .set('Authorization', `Bearer ${agency.token}`)
      .send({
        kind: 'consulting',
        title: OTHER_TITLE,
        summary: 'Quy hoạch bãi tắm, dịch vụ và bảo vệ rạn san hô ven bờ.',
        fieldCodes: ['405'],
        panelSizeMin: 3,
        panelSizeMax: 5,
        deadline: '2099-03-31',
      })
      .expect(201);
    otherId = created.body.id as string;
    await b.testApp.http
      .post(`/api/v1/review-requests/${otherId}/submit`)
      .set('Authorization', `Bearer ${agency.token}`)
      .set('If-Match', created.headers.etag)
      .expect(200);
  });

  afterAll(async () => {
    await b?.close();
  });

  const timeline = (page: Page) => page.getByRole('region', { name: 'Tiến trình' });

  let ourId: string;

  it('lets the agency draft a request on a phone through the form, then send it', async () => {
    const { page } = await b.newPage({ as: agency, viewport: PHONE });
    await page.goto('/agency/requests');
    await expectHeading(page, 'Yêu cầu của tôi');
    await page.getByRole('cell', { name: OTHER_TITLE }).waitFor();
    await page.getByRole('cell', { name: 'Đã gửi' }).waitFor();
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Tạo yêu cầu' }).click();
    await expectHeading(page, 'Tạo yêu cầu');
    await chooseOption(page.getByRole('combobox', { name: 'Hình thức' }), 'Phản biện');
    await page.getByLabel('Tiêu đề').fill(OUR_TITLE);
    await page.getByLabel('Tóm tắt').fill('Chuyển lồng bè gỗ sang lồng HDPE và quan trắc môi trường.');
    const proposal = 'Đề án đề xuất thay lồng gỗ bằng lồng HDPE chịu sóng.';
    await page.getByLabel('Nội dung đề án').fill(proposal);
    await page.getByText(`${proposal.length} / 200.000 ký tự`).waitFor();
    const fields = page.getByRole('combobox', { name: 'Lĩnh vực khoa học và công nghệ' });
    await fields.click();
    await fields.fill(fieldName);
    await fields.press('Enter');
    await fields.press('Escape');
    await page.getByLabel('Hạn hoàn thành').fill('2099-06-30');
    await page.getByRole('button', { name: 'Thêm người soạn thảo' }).click();
    await page.getByLabel('Họ tên người soạn thảo 1').fill('Trần Thị Bình');
    await expectAccessible(page);
    expect(await fitsViewport(page)).toBe(true);

    await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await expectHeading(page, OUR_TITLE);
    ourId = new URL(page.url()).pathname.split('/').pop()!;
    await page.getByText('Bản nháp', { exact: true }).first().waitFor();
    await page.getByText('Trần Thị Bình').waitFor();
    await clickUntilShown(
      page.getByRole('button', { name: 'Gửi Liên hiệp các Hội' }),
      page.getByRole('button', { name: 'Xác nhận' }),
    );
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await timeline(page).getByText('Bản nháp → Đã gửi').waitFor();
    expect(await page.getByRole('button', { name: 'Gửi Liên hiệp các Hội' }).count()).toBe(0);
    await expectAccessible(page);
  });

  it('lets staff decline one request with a reason and accept the other', async () => {
    const { page } = await b.newPage({ as: staff });
    await page.goto('/review-requests');
    await expectHeading(page, 'Yêu cầu phản biện');
    await page.getByRole('link', { name: OUR_TITLE }).waitFor();
    await expectAccessible(page);

    await page.getByRole('link', { name: OTHER_TITLE }).click();
    await expectHeading(page, OTHER_TITLE);
    const dialog = page.getByRole('dialog', { name: 'Từ chối yêu cầu' });
    await clickUntilShown(page.getByRole('button', { name: 'Từ chối' }), dialog);
    // the reason is required
    await dialog.getByRole('button', { name: 'Xác nhận' }).click();
    await dialog.getByText('Vui lòng nêu lý do').waitFor();
    await expectAccessible(page);
    await dialog.getByLabel('Lý do').fill(DECLINE_REASON);
    await dialog.getByRole('button', { name: 'Xác nhận' }).click();
    await timeline(page).getByText(`Lý do: ${DECLINE_REASON}`).waitFor();
    await timeline(page).getByText('Đã gửi → Bị từ chối').waitFor();
    expect(await page.getByRole('button', { name: 'Tiếp nhận' }).count()).toBe(0);

    await page.goto(`/review-requests/${ourId}`);
    await expectHeading(page, OUR_TITLE);
    await clickUntilShown(
      page.getByRole('button', { name: 'Tiếp nhận' }),
      page.getByRole('button', { name: 'Xác nhận' }),
    );
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await timeline(page).getByText('Đã gửi → Đã tiếp nhận').waitFor();
    await expectAccessible(page);
  });

  it('fits the request queue at laptop widths (1280 and 1024 px) without sideways scrolling', async () => {
    for (const width of [1280, 1024]) {
      const { page } = await b.newPage({ as: staff, viewport: { width, height: 800 } });
      await page.goto('/review-requests?state=all');
      await expectHeading(page, 'Yêu cầu phản biện');
      await page.getByRole('link', { name: OUR_TITLE }).waitFor();
      await page.getByRole('columnheader', { name: 'Cập nhật' }).waitFor();
      const scroll = await page.evaluate(() => {
        const { scrollWidth, clientWidth } = document.scrollingElement!;
        // nor inside the table: a sideways-scrolling box is out of a keyboard's reach
        const boxes = [...document.querySelectorAll('.ant-table-content, .ant-table-body')].map(
          (box) => box.scrollWidth - box.clientWidth,
        );
        return { overflow: scrollWidth - clientWidth, boxes: boxes.filter((extra) => extra > 0) };
      });
      // document.scrollingElement.scrollWidth <= clientWidth
      expect({ width, ...scroll }).toEqual({ width, overflow: 0, boxes: [] });
      expect(await fitsViewport(page)).toBe(true);
    }
  });

  it('lets an admin make an agency account only with the organization it acts for', async () => {
    const { page } = await b.newPage({ as: ['admin'] });
    await page.goto('/admin/accounts');
    const dialog = page.getByRole('dialog', { name: 'Tạo tài khoản' });
    await clickUntilShown(page.getByRole('button', { name: 'Tạo tài khoản' }), dialog);
    await dialog.getByLabel('Thư điện tử').fill('van.thu.skhcn@test.local');
    await dialog.getByLabel('Tên hiển thị').fill('Văn thư Sở KH&CN');
    await dialog.getByRole('checkbox', { name: 'Cơ quan đặt hàng' }).check();
    await dialog.getByLabel('Mật khẩu ban đầu').fill('mật khẩu ban đầu dài');
    await dialog.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await dialog.getByText('Chọn cơ quan mà tài khoản đặt hàng đại diện').waitFor();
    const organization = dialog.getByRole('combobox', { name: 'Cơ quan, đơn vị' });
    await organization.click();
    await organization.fill('so khoa hoc va cong nghe');
    await organization.press('Enter');
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page
      .getByRole('row', { name: /van\.thu\.skhcn@test\.local/ })
      .getByText('Sở Khoa học và Công nghệ tỉnh Khánh Hòa')
      .waitFor();
  });

  it('shows the agency the accepted state and who moved it when', async () => {
    const { page } = await b.newPage({ as: agency });
    await page.goto(`/agency/requests/${ourId}`);
    await expectHeading(page, OUR_TITLE);
    await page.getByText('Đã tiếp nhận', { exact: true }).first().waitFor();
    const steps = timeline(page);
    await steps.getByText('Tạo yêu cầu: Bản nháp').waitFor();
    await steps.getByText('Bản nháp → Đã gửi').waitFor();
    await steps.getByText('Đã gửi → Đã tiếp nhận').waitFor();
    await steps.getByText(`bởi ${staff.email}`).waitFor();
    await expectAccessible(page);

    await page.goto('/agency/requests');
    await page.getByRole('cell', { name: 'Đã tiếp nhận' }).waitFor();
    await page.getByRole('cell', { name: 'Bị từ chối' }).waitFor();
  });
});
