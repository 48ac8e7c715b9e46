import { createReviewRequest } from '../support/factories/review-request.factory';
import { createProfile } from '../support/factories/search-profile.factory';
import type { TestAccount } from '../support/test-app';
import { IndexerService } from '../../src/search/indexer/indexer.service';
import {
  BrowserApp,
  expectAccessible,
  expectHeading,
  fitsViewport,
  PHONE,
  startBrowserApp,
} from './support/browser';

const NEED_TITLE = 'Đặt hàng giải pháp giảm tôm hùm chết ở vịnh Xuân Đài';
const EXPERT_NAME = 'Phạm Văn Biển';
const NOTE = 'Tôi đã làm mô hình lồng HDPE ở Vạn Ninh';

/** The needs board: an expert finds a task order in their field and offers help; staff see and shortlist them. */
describe('Needs board in the browser', () => {
  let b: BrowserApp;
  let expert: TestAccount;
  let staff: TestAccount;
  let agency: TestAccount;
  let needId: string;

  beforeAll(async () => {
    b = await startBrowserApp();
    const { dataSource } = b.testApp;
    const [organization] = await dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM organization WHERE short_name = 'SKHCN'`,
    );
    const person = await createProfile(dataSource, {
      fullName: EXPERT_NAME,
      primaryFieldCode: '405',
      fieldCodes: ['405'],
      expertise: ['tôm hùm', 'lồng nuôi HDPE'],
    });
    // other experts, so that "tôm hùm" is a term worth matching on
    for (const [i, topic] of [
      'du lịch biển',
      'điện gió',
      'vắc xin',
      'quy hoạch đô thị',
      'muối biển',
    ].entries()) {
      await createProfile(dataSource, {
        fullName: `Chuyên Gia Khác ${i}`,
        fieldCodes: ['299'],
        expertise: [topic],
      });
    }
    await b.testApp.app.get(IndexerService).drain();
    expert = await b.testApp.account(['intellectual'], { intellectualId: person.id });
    staff = await b.testApp.account(['association_staff']);
    agency = await b.testApp.account(['agency'], { organizationId: organization.id });
    needId = (
      await createReviewRequest(dataSource, {
        kind: 'task_order',
        title: NEED_TITLE,
        summary:
          'Tôm hùm nuôi lồng chết hàng loạt mỗi mùa mưa; Sở cần chuyên gia đề xuất quy trình phòng bệnh.',
        fieldCodes: ['405'],
        state: 'accepted',
        deadline: '2099-03-31',
        requestingOrganizationId: organization.id,
        createdBy: agency.id,
      })
    ).id;
  });

  afterAll(async () => {
    await b?.close();
  });

  it('shows the expert the task order in their field on a phone, and takes their interest with a note', async () => {
    const { page } = await b.newPage({ as: expert, viewport: PHONE });
    await page.goto('/me/matching-needs');
    await expectHeading(page, 'Nhu cầu phù hợp với tôi');
    const card = page.getByRole('region', { name: NEED_TITLE });
    await card.getByText('Sở Khoa học và Công nghệ tỉnh Khánh Hòa').waitFor();
    await card.getByText('405 Thủy sản').waitFor();
    await expectAccessible(page);
    expect(await fitsViewport(page)).toBe(true);

    await card.getByLabel('Ghi chú gửi Liên hiệp các Hội (không bắt buộc)').fill(NOTE);
    await card.getByRole('button', { name: 'Bày tỏ quan tâm' }).click();
    await card.getByRole('status').filter({ hasText: 'Bạn đã bày tỏ quan tâm lúc' }).waitFor();
    await card.getByRole('button', { name: 'Rút quan tâm' }).waitFor();
    await card.getByRole('button', { name: 'Cập nhật ghi chú' }).waitFor();
    await expectAccessible(page);
  });

  it('shows staff on a phone the interested expert with the matcher’s reasons, and shortlists them', async () => {
    const { page } = await b.newPage({ as: staff, viewport: PHONE });
    await page.goto(`/review-requests/${needId}`);
    await expectHeading(page, NEED_TITLE);
    const section = page.getByRole('region', { name: 'Quan tâm' });
    await section.getByText('1 chuyên gia quan tâm, 0 trong danh sách rút gọn').waitFor();
    await section.getByText(`Ghi chú: ${NOTE}`).waitFor();
    await section
      .getByText(/Hạng 1 trong kết quả ghép nối/)
      .first()
      .waitFor();
    await expectAccessible(page);
    expect(await fitsViewport(page)).toBe(true);

    await section.getByRole('button', { name: `Đưa vào danh sách rút gọn: ${EXPERT_NAME}` }).click();
    await section.getByText('1 chuyên gia quan tâm, 1 trong danh sách rút gọn').waitFor();
    await section.getByRole('button', { name: `Bỏ khỏi danh sách rút gọn: ${EXPERT_NAME}` }).waitFor();
  });

  it('tells the agency how many are interested, never who', async () => {
    const { page } = await b.newPage({ as: agency, viewport: PHONE });
    await page.goto(`/agency/requests/${needId}`);
    await expectHeading(page, NEED_TITLE);
    await page.getByText('Chuyên gia quan tâm: 1; Liên hiệp các Hội đã chọn sơ bộ: 1').waitFor();
    expect(await page.getByText(EXPERT_NAME).count()).toBe(0);
    await expectAccessible(page);
  });
});
