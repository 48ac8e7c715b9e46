import type { Page } from 'playwright-core';
import { IndexerService } from '../../src/search/indexer/indexer.service';
import { intellectualInput } from '../support/factories/intellectual.factory';
import { SinkMail, waitForMail } from '../support/mail';
import { bearer, type TestAccount } from '../support/test-app';
import {
  BrowserApp,
  chooseOption,
  clickUntilShown,
  DESKTOP,
  expectAccessible,
  expectHeading,
  fitsViewport,
  PHONE,
  startBrowserApp,
} from './support/browser';

jest.setTimeout(240_000);

const TITLE = 'Phản biện đề án quan trắc tự động vùng nuôi tôm hùm lồng vịnh Vân Phong';
const PROPOSAL =
  'Đề án lắp đặt trạm quan trắc tự động chất lượng nước tại các vùng nuôi tôm hùm lồng ở vịnh Vân Phong, ' +
  'cảnh báo sớm dịch bệnh tôm hùm và ô nhiễm, kết nối dữ liệu quan trắc với người nuôi qua điện thoại.';
const CONCLUSION = 'Hội đồng thống nhất đề án khả thi, cần bổ sung kinh phí vận hành trạm quan trắc.';
const RECOMMENDATIONS = [
  'Bổ sung kinh phí duy trì trạm quan trắc trong 5 năm đầu.',
  'Chia sẻ dữ liệu quan trắc công khai cho người nuôi.',
];
const PARTLY_REASON = 'Chỉ chia sẻ các chỉ số chính; dữ liệu thô cần thẩm định trước khi công bố.';

/** The experts the proposal is about: each has an account, so each writes an opinion signed in. */
const EXPERTS = [
  { fullName: 'Võ Thị Quan Trắc', organizationName: 'Viện Hải dương học' },
  { fullName: 'Hồ Văn Tôm Hùm', organizationName: 'Trường Đại học Nha Trang' },
  { fullName: 'Đinh Minh Lồng Bè', organizationName: 'Trung tâm Khuyến nông Khánh Hòa' },
];

const OTHERS = [
  {
    fullName: 'Phan Thị Du Lịch',
    fieldCodes: ['502'],
    primaryFieldCode: '502',
    expertise: ['du lịch cộng đồng', 'quy hoạch bãi biển'],
    biography: 'Nghiên cứu phát triển du lịch cộng đồng ven biển Nha Trang.',
  },
  {
    fullName: 'Lưu Văn Điện Gió',
    fieldCodes: ['202'],
    primaryFieldCode: '202',
    expertise: ['điện gió ngoài khơi', 'lưới điện thông minh'],
    biography: 'Thiết kế trang trại điện gió và điện mặt trời ở Ninh Thuận.',
  },
  {
    fullName: 'Tạ Thị Vắc Xin',
    fieldCodes: ['301'],
    primaryFieldCode: '301',
    expertise: ['vắc xin phòng bệnh dại', 'y tế dự phòng'],
    biography: 'Nghiên cứu vắc xin và dịch tễ học tại Viện Pasteur Nha Trang.',
  },
  {
    fullName: 'Mai Văn Đô Thị',
    fieldCodes: ['201'],
    primaryFieldCode: '201',
    expertise: ['quy hoạch đô thị', 'giao thông công cộng'],
    biography: 'Tư vấn quy hoạch đô thị và hạ tầng giao thông cho các phường.',
  },
  {
    fullName: 'Khúc Thị Muối',
    fieldCodes: ['401'],
    primaryFieldCode: '401',
    expertise: ['sản xuất muối sạch', 'canh tác vùng khô hạn'],
    biography: 'Nghiên cứu nghề muối và nông nghiệp vùng khô hạn Cam Ranh.',
  },
];

/**
 * One request through the pages from the agency's submission to its answer, with every mail read from
 * the local SMTP sink: the agency drafts and sends it, staff accept it, suggest and save a panel and
 * invite it, the experts accept from the mailed links without signing in, staff start the review,
 * each member writes an opinion, staff lock, compile and send the report (mailed to the agency), and
 * the agency answers each recommendation.
 */
describe('A review request from submission to the agency answer, in the browser', () => {
  let b: BrowserApp;
  let agency: TestAccount;
  let staff: TestAccount;
  let fieldName: string;
  let requestId: string;
  const experts: Array<{ id: string; email: string; account: TestAccount }> = [];

  const staffRequestPage = async (page: Page) => {
    await page.goto(`/review-requests/${requestId}`);
    await expectHeading(page, TITLE);
  };
  /** A member's line in the staff's invitations card, once it shows `status`. */
  const memberLine = (page: Page, name: string, status: string) =>
    page.getByRole('listitem').filter({ hasText: name }).filter({ hasText: status }).first();
  const state = async () =>
    (
      await b.testApp.dataSource.query<Array<{ state: string }>>(
        `SELECT state FROM review_request WHERE id = $1`,
        [requestId],
      )
    )[0].state;
  /** The path (and fragment) of the first link in `mail` to `page`, opened on this test's app. */
  const linkTo = (mail: SinkMail, page: string) => {
    const link = new RegExp(`https?://[^\\s"<>\\]]+(${page}[^\\s"<>\\])]*)`).exec(mail.text);
    if (!link) throw new Error(`no link to ${page} in the mail "${mail.subject}": ${mail.text}`);
    return link[1];
  };

  beforeAll(async () => {
    b = await startBrowserApp();
    const { dataSource, http, app } = b.testApp;
    const [organization] = await dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM organization WHERE short_name = 'SKHCN'`,
    );
    [{ name_vi: fieldName }] = await dataSource.query<Array<{ name_vi: string }>>(
      `SELECT name_vi FROM catalog_entry WHERE catalog = 'fields' AND code = '405'`,
    );
    agency = await b.testApp.account(['agency'], { organizationId: organization.id });
    staff = await b.testApp.account(['association_staff']);
    const officer = await b.testApp.account(['personnel_officer']);
    for (const [index, expert] of EXPERTS.entries()) {
      const email = `chuyen.gia.${index + 1}@review-flow.test`;
      const created = await http
        .post('/api/v1/intellectuals')
        .set(bearer(officer.token))
        .send(
          intellectualInput({
            ...expert,
            email,
            primaryFieldCode: '405',
            fieldCodes: ['405'],
            expertise: ['quan trắc môi trường vùng nuôi', 'nuôi tôm hùm lồng', 'dịch bệnh tôm hùm'],
            biography:
              'Nghiên cứu quan trắc chất lượng nước và dịch bệnh tôm hùm nuôi lồng ở vịnh Vân Phong.',
          }),
        )
        .expect(201);
      const id = (created.body as { id: string }).id;
      experts.push({ id, email, account: await b.testApp.account(['intellectual'], { intellectualId: id }) });
    }
    // others in the registry, on other subjects: what the experts share is rare across it, as in a real one
    // (matching skips terms on over a fifth of the profiles, so a registry of a handful would leave none)
    for (const branch of ['Nha Trang', 'Cam Ranh', 'Ninh Hòa'])
      for (const other of OTHERS)
        await http
          .post('/api/v1/intellectuals')
          .set(bearer(officer.token))
          .send(
            intellectualInput({
              ...other,
              fullName: `${other.fullName} ${branch}`,
              publications: [],
              intellectualProperties: [],
            }),
          )
          .expect(201);
    await app.get(IndexerService).drain();
  });

  afterAll(async () => {
    await b?.close();
  });

  it('lets the agency draft the request and send it to the association', async () => {
    const { page } = await b.newPage({ as: agency, viewport: DESKTOP });
    await page.goto('/agency/requests/new');
    await expectHeading(page, 'Tạo yêu cầu');
    await chooseOption(page.getByRole('combobox', { name: 'Hình thức' }), 'Phản biện');
    await page.getByLabel('Tiêu đề').fill(TITLE);
    await page.getByLabel('Tóm tắt').fill('Trạm quan trắc tự động và cảnh báo sớm cho vùng nuôi tôm hùm.');
    await page.getByLabel('Nội dung đề án').fill(PROPOSAL);
    const fields = page.getByRole('combobox', { name: 'Lĩnh vực khoa học và công nghệ' });
    await fields.click();
    await fields.fill(fieldName);
    await fields.press('Enter');
    await fields.press('Escape');
    await page.getByLabel('Số thành viên hội đồng tối thiểu').fill('3');
    await page.getByLabel('Số thành viên hội đồng tối đa').fill('3');
    await page.getByLabel('Hạn hoàn thành').fill('2099-06-30');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await expectHeading(page, TITLE);
    requestId = new URL(page.url()).pathname.split('/').pop()!;

    await clickUntilShown(
      page.getByRole('button', { name: 'Gửi Liên hiệp các Hội' }),
      page.getByRole('button', { name: 'Xác nhận' }),
    );
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await page.getByRole('region', { name: 'Tiến trình' }).getByText('Bản nháp → Đã gửi').waitFor();
    expect(await state()).toBe('submitted');
  });

  it('lets staff accept it, suggest and save a panel, and invite its members by mail', async () => {
    const { page } = await b.newPage({ as: staff, viewport: DESKTOP });
    await staffRequestPage(page);
    await clickUntilShown(
      page.getByRole('button', { name: 'Tiếp nhận' }),
      page.getByRole('button', { name: 'Xác nhận' }),
    );
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await page.getByRole('region', { name: 'Tiến trình' }).getByText('Đã gửi → Đã tiếp nhận').waitFor();

    await page.getByRole('link', { name: 'Lập hội đồng' }).click();
    await expectHeading(page, 'Lập hội đồng');
    await page.getByRole('button', { name: 'Đề xuất hội đồng' }).click();
    const members = page.getByRole('region', { name: /^Thành viên/ });
    for (const expert of EXPERTS) await members.getByRole('link', { name: expert.fullName }).waitFor();
    await page
      .locator('section[aria-labelledby="panel-rules"][aria-busy="false"]')
      .getByText('Hội đồng đạt các quy tắc bắt buộc')
      .waitFor();
    await page.getByRole('button', { name: 'Lưu hội đồng' }).click();
    await page.getByText('Đã lưu hội đồng').waitFor();

    await staffRequestPage(page);
    await page.getByRole('button', { name: 'Gửi thư mời' }).click();
    await page.getByText('Đã gửi thư mời.').waitFor();
    for (const expert of EXPERTS) await memberLine(page, expert.fullName, 'Chờ trả lời').waitFor();
    await expectAccessible(page);
  });

  it('lets each expert accept from the mailed link without signing in', async () => {
    for (const [index, expert] of experts.entries()) {
      const [mail] = await waitForMail(b.testApp.mailDir!, expert.email);
      expect(mail.subject).toBe(`Thư mời tham gia hội đồng tư vấn, phản biện: ${TITLE}`);
      const { page } = await b.newPage({ viewport: DESKTOP });
      await page.goto(linkTo(mail, '/invitations/accept'));
      await expectHeading(page, 'Nhận lời tham gia hội đồng');
      await page.getByText(`Kính gửi ${EXPERTS[index].fullName},`).waitFor();
      await page.getByRole('radio', { name: 'Tôi xác nhận lời cam đoan dưới đây' }).waitFor();
      if (index === 0) await expectAccessible(page);
      await page.getByRole('button', { name: 'Xác nhận nhận lời' }).click();
      await page.getByText(/đã nhận lời tham gia hội đồng/).waitFor();
    }
    const { page } = await b.newPage({ as: staff, viewport: DESKTOP });
    await staffRequestPage(page);
    for (const expert of EXPERTS) await memberLine(page, expert.fullName, 'Đã nhận lời').waitFor();
  });

  it('lets staff start the review and every member write an opinion', async () => {
    const staffPage = (await b.newPage({ as: staff, viewport: DESKTOP })).page;
    await staffRequestPage(staffPage);
    const opinions = staffPage.getByRole('region', { name: 'Ý kiến', exact: true });
    await opinions.getByRole('button', { name: 'Bắt đầu phản biện' }).click();
    await opinions.getByRole('button', { name: 'Khóa ý kiến' }).waitFor();
    expect(await state()).toBe('in_review');

    for (const [index, expert] of experts.entries()) {
      const { page } = await b.newPage({ as: expert.account, viewport: DESKTOP });
      await page.goto('/me/panel-invitations');
      await expectHeading(page, 'Thư mời tham gia hội đồng');
      await page.getByRole('link', { name: 'Viết ý kiến' }).click();
      await expectHeading(page, 'Ý kiến của tôi');
      await page
        .getByLabel('Nội dung ý kiến')
        .fill(`Ý kiến của ${EXPERTS[index].fullName}: ${RECOMMENDATIONS[index % 2]}`);
      await page.getByRole('button', { name: 'Lưu ý kiến' }).click();
      await page.getByText(/^Gửi lần đầu lúc /).waitFor();
    }

    await staffPage.reload();
    await expectHeading(staffPage, TITLE);
    await opinions.getByText('3/3 thành viên đã gửi ý kiến').waitFor();
  });

  it('lets staff lock the opinions, compile the report and send it to the agency', async () => {
    const { page } = await b.newPage({ as: staff, viewport: DESKTOP });
    await staffRequestPage(page);
    const opinions = page.getByRole('region', { name: 'Ý kiến', exact: true });
    const lock = page.getByRole('dialog').filter({ hasText: 'Khóa ý kiến của hội đồng?' });
    await clickUntilShown(opinions.getByRole('button', { name: 'Khóa ý kiến' }), lock);
    await lock.getByRole('button', { name: 'Khóa ý kiến' }).click();
    await opinions.getByText('Đã khóa ý kiến.').waitFor();

    const report = page.getByRole('region', { name: 'Báo cáo tổng hợp' });
    await report.getByLabel('Kết luận').fill(CONCLUSION);
    for (const [index, text] of RECOMMENDATIONS.entries()) {
      await report.getByRole('button', { name: 'Thêm kiến nghị' }).click();
      await report.getByRole('textbox', { name: `Kiến nghị ${index + 1}` }).fill(text);
    }
    await report.getByRole('button', { name: 'Lưu dự thảo' }).click();
    await page.getByText('Đã lưu dự thảo').waitFor();
    await report.getByRole('button', { name: 'Tạo tệp PDF và Word' }).click();
    await report.getByRole('link', { name: 'Tải báo cáo (PDF)' }).waitFor();
    await expectAccessible(page);
    await clickUntilShown(
      report.getByRole('button', { name: 'Gửi cơ quan đặt hàng' }),
      page.getByRole('button', { name: 'Đồng ý' }),
    );
    await page.getByRole('button', { name: 'Đồng ý' }).click();
    await report.getByText(/^Đã gửi cơ quan đặt hàng lúc /).waitFor();
    // what was sent stays readable, each recommendation waiting for the agency's answer
    await report.getByText(CONCLUSION).waitFor();
    expect(await report.getByText('Cơ quan chưa trả lời kiến nghị này.').count()).toBe(
      RECOMMENDATIONS.length,
    );
    expect(await state()).toBe('report_sent');
  });

  it('lets the agency open the mailed report and answer each recommendation', async () => {
    const [mail] = await waitForMail(b.testApp.mailDir!, agency.email);
    expect(mail.subject).toBe(`Báo cáo tổng hợp ý kiến: ${TITLE}`);
    const { page } = await b.newPage({ as: agency, viewport: DESKTOP });
    await page.goto(linkTo(mail, `/agency/requests/${requestId}`));
    await expectHeading(page, TITLE);
    const report = page.getByRole('region', { name: 'Báo cáo tổng hợp' });
    await report.getByText(CONCLUSION).waitFor();
    await expectAccessible(page);

    await report
      .getByRole('radiogroup', { name: 'Quyết định về kiến nghị 1' })
      .getByText('Tiếp thu', { exact: true })
      .click();
    await report
      .getByRole('radiogroup', { name: 'Quyết định về kiến nghị 2' })
      .getByText('Tiếp thu một phần', { exact: true })
      .click();
    await report.getByRole('button', { name: 'Gửi ý kiến tiếp thu' }).click();
    // a partly accepted recommendation needs its reason: nothing is sent without it
    await report.getByText('Hãy nêu lý do khi không tiếp thu đầy đủ').waitFor();
    await report.getByLabel('Lý do (kiến nghị 2)').fill(PARTLY_REASON);
    await report.getByRole('button', { name: 'Gửi ý kiến tiếp thu' }).click();
    await page
      .getByRole('region', { name: 'Tiến trình' })
      .getByText('Đã gửi báo cáo → Đã phản hồi')
      .waitFor();
    await report.getByText(PARTLY_REASON).waitFor();
    await expectAccessible(page);

    expect(await state()).toBe('answered');
    const answers = await b.testApp.dataSource.query<
      Array<{ text: string; decision: string; reason: string }>
    >(
      `SELECT r.text, a.decision, a.reason
         FROM review_recommendation r JOIN review_recommendation_answer a ON a.recommendation_id = r.id
         JOIN review_report rep ON rep.id = r.report_id
        WHERE rep.review_request_id = $1 ORDER BY r.position`,
      [requestId],
    );
    expect(answers).toEqual([
      { text: RECOMMENDATIONS[0], decision: 'accepted', reason: null },
      { text: RECOMMENDATIONS[1], decision: 'partly_accepted', reason: PARTLY_REASON },
    ]);
  });

  it('shows staff the agency’s answer to each recommendation, with its date and reason', async () => {
    const { page } = await b.newPage({ as: staff, viewport: PHONE });
    await staffRequestPage(page);
    const report = page.getByRole('region', { name: 'Báo cáo tổng hợp' });
    const answers = report.getByText(/^Tiếp thu/);
    await answers.first().waitFor();
    const [first, second] = await answers.allTextContents();
    expect(first).toMatch(/^Tiếp thu \(\d{2}\/\d{2}\/\d{4}\)$/);
    expect(second).toMatch(/^Tiếp thu một phần \(\d{2}\/\d{2}\/\d{4}\): /);
    expect(second.endsWith(`: ${PARTLY_REASON}`)).toBe(true);
    await expectAccessible(page);
    expect(await fitsViewport(page)).toBe(true);
  });
});
