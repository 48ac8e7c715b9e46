import type { Locator, Page } from 'playwright-core';
import { BootstrapAccountsService } from '../../src/accounts';
import { DemoSeedService } from '../../src/seed';
import { IndexerService } from '../../src/search/indexer/indexer.service';
import { bearer, type TestAccount } from '../support/test-app';
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

type Member = { intellectualId: string; fullName: string; role: string };

const OVERRIDE_REASON = 'Chuyên gia duy nhất về lồng HDPE chịu sóng trong tỉnh';
const ROLE_NAMES: Record<string, string> = {
  chair: 'Chủ tịch',
  vice_chair: 'Phó chủ tịch',
  secretary: 'Thư ký',
  reviewer: 'Ủy viên phản biện',
  member: 'Ủy viên',
};

/**
 * The staff's matching and panel pages on the demo data: the demo agency's submitted request on
 * sea farming, with one of its best-matched experts named as a drafter (a blocking conflict).
 */
describe('Candidates and the panel builder in the browser', () => {
  let b: BrowserApp;
  let staff: TestAccount;
  let requestId: string;
  let title: string;
  /** The expert named a drafter: matched, and blocked. */
  let drafter: { id: string; fullName: string };
  let suggested: Member[];

  const api = (path: string) => `/api/v1/review-requests/${requestId}${path}`;

  beforeAll(async () => {
    b = await startBrowserApp({
      config: { seedDemo: true, admin: { email: 'admin@test.local', password: 'a long admin password' } },
    });
    const { app, http } = b.testApp;
    await app.get(BootstrapAccountsService).ensureAccounts();
    await app.get(DemoSeedService).seedIfEmpty();
    await app.get(IndexerService).drain();
    staff = await b.testApp.account(['association_staff']);

    const listed = await http
      .get('/api/v1/review-requests?state=submitted')
      .set(bearer(staff.token))
      .expect(200);
    const demo = (listed.body as { items: Array<{ id: string; title: string }> }).items[0];
    requestId = demo.id;
    title = demo.title;
    const read = await http.get(api('')).set(bearer(staff.token)).expect(200);
    const request = read.body as {
      requestingOrganization: { id: string };
      drafters: Array<{ name: string }>;
    };

    // the demo agency names one of the experts the search finds for its subject as a drafter
    const found = await http
      .get('/api/v1/search/intellectuals')
      .query({ q: 'nuôi biển lồng HDPE', limit: 1 })
      .set(bearer(staff.token))
      .expect(200);
    const [hit] = (found.body as { items: Array<{ id: string; fullName: string }> }).items;
    drafter = { id: hit.id, fullName: hit.fullName };
    const agency = await b.testApp.account(['agency'], { organizationId: request.requestingOrganization.id });
    const edited = await http
      .patch(api(''))
      .set(bearer(agency.token))
      .set('If-Match', read.headers.etag)
      .send({
        drafters: [
          ...request.drafters.map(({ name }) => ({ name })),
          { intellectualId: drafter.id, name: drafter.fullName },
        ],
      })
      .expect(200);
    await http.post(api('/accept')).set(bearer(staff.token)).set('If-Match', edited.headers.etag).expect(200);

    const candidates = await http.get(api('/candidates')).set(bearer(staff.token)).expect(200);
    const blocked = (
      candidates.body as { items: Array<{ intellectualId: string; worstSeverity: string }> }
    ).items.find((candidate) => candidate.intellectualId === drafter.id);
    if (blocked?.worstSeverity !== 'block')
      throw new Error(`the drafter ${drafter.fullName} is not a blocked candidate on the first page`);
    // the suggester is deterministic: the page shows this same panel
    const suggestion = await http.post(api('/panel/suggest')).set(bearer(staff.token)).send({}).expect(200);
    suggested = (suggestion.body as { members: Member[] }).members;
  });

  afterAll(async () => {
    await b?.close();
  });

  const rules = (page: Page) => page.getByRole('region', { name: 'Quy tắc' });
  const members = (page: Page) => page.getByRole('region', { name: /^Thành viên/ });

  async function chooseRole(page: Page, name: string, role: string): Promise<void> {
    await chooseOption(page.getByRole('combobox', { name: `Vai trò của ${name}` }), ROLE_NAMES[role]);
  }

  /** Waits until the live check has answered for the draft as it is now. */
  async function settled(page: Page): Promise<Locator> {
    await page.locator('section[aria-labelledby="panel-rules"][aria-busy="false"]').waitFor();
    return rules(page);
  }

  it('shows the candidates with reasons, fields, load and the blocking conflict, also on a phone', async () => {
    const { page } = await b.newPage({ as: staff });
    await page.goto(`/review-requests/${requestId}`);
    await expectHeading(page, title);
    await page.getByRole('link', { name: 'Chuyên gia phù hợp' }).click();
    await expectHeading(page, 'Chuyên gia phù hợp');
    await page.getByText(/^Cụm từ khóa của đề án: /).waitFor();
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: drafter.fullName }) });
    await row.getByText('Chặn', { exact: true }).first().waitFor();
    await row.getByText(`${drafter.fullName} có tên trong danh sách người soạn thảo đề án`).waitFor();
    // reasons in words: where the proposal's phrases were found on the profile
    await page.getByRole('list', { name: 'Cụm từ khớp' }).first().waitFor();
    await page.getByRole('heading', { name: 'Quy định về xung đột lợi ích' }).waitFor();
    await page.getByText('Tối đa 2 thành viên từ cùng một cơ quan', { exact: false }).waitFor();
    await expectAccessible(page);
    // the next page starts at rank 11
    await page.locator('.ant-pagination-item-2').click();
    await page.getByRole('cell', { name: '11', exact: true }).waitFor();

    const phone = await b.newPage({ as: staff, viewport: PHONE });
    await phone.page.goto(`/review-requests/${requestId}/candidates`);
    await expectHeading(phone.page, 'Chuyên gia phù hợp');
    await phone.page.getByText('Hạng 1 · điểm', { exact: false }).waitFor();
    await expectAccessible(phone.page);
    expect(await fitsViewport(phone.page)).toBe(true);

    // the request queue fits the phone too: one column, nothing scrolling sideways inside the table
    await phone.page.goto('/review-requests?state=all');
    await phone.page.getByRole('cell', { name: title }).getByText('Đã tiếp nhận').waitFor();
    expect(await fitsViewport(phone.page)).toBe(true);
    const sideways = await phone.page.evaluate(() =>
      [...document.querySelectorAll('.ant-table-content, .ant-table-body')].some(
        (box) => box.scrollWidth > box.clientWidth,
      ),
    );
    expect(sideways).toBe(false);
    await expectAccessible(phone.page);
  });

  it('suggests a panel, re-checks it on every change, takes an override for a blocked member and saves', async () => {
    const { page } = await b.newPage({ as: staff });
    await page.goto(`/review-requests/${requestId}`);
    await page.getByRole('link', { name: 'Lập hội đồng' }).click();
    await expectHeading(page, 'Lập hội đồng');
    await members(page).getByText('Chưa có thành viên. Nhấn', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Đề xuất hội đồng' }).click();
    await members(page).getByRole('link', { name: suggested[0].fullName }).waitFor();
    expect(
      await members(page)
        .getByRole('listitem')
        .filter({ has: page.getByRole('combobox') })
        .count(),
    ).toBe(suggested.length);
    await (await settled(page)).getByText('Hội đồng đạt các quy tắc bắt buộc').waitFor();
    await page.getByRole('region', { name: 'Cơ cấu hội đồng' }).getByText('Số thành viên').waitFor();
    await expectAccessible(page);

    // two chairs: the rule says so next to the draft and on both members; one back and it is gone
    const plain = suggested.find((member) => member.role === 'member') ?? suggested.at(-1)!;
    await chooseRole(page, plain.fullName, 'chair');
    await (await settled(page)).getByText('Hội đồng chỉ có một chủ tịch').waitFor();
    await page.getByRole('list', { name: `Quy tắc chưa đạt của ${plain.fullName}` }).waitFor();
    await expectAccessible(page);
    await chooseRole(page, plain.fullName, plain.role);
    await (await settled(page)).getByText('Hội đồng đạt các quy tắc bắt buộc').waitFor();
    expect(await rules(page).getByText('Hội đồng chỉ có một chủ tịch').count()).toBe(0);

    // the blocked drafter replaces a plain member: refused until the override has its reason
    await members(page)
      .getByRole('button', { name: `Bỏ khỏi hội đồng ${plain.fullName}` })
      .click();
    await page.getByRole('button', { name: `Thêm vào hội đồng ${drafter.fullName}` }).click();
    await members(page).getByRole('link', { name: drafter.fullName }).waitFor();
    const blocked = 'Thành viên có xung đột lợi ích ở mức chặn cần có lý do chấp nhận ngoại lệ';
    await (await settled(page)).getByText(blocked).waitFor();
    await page.getByLabel(`Lý do chấp nhận ngoại lệ cho ${drafter.fullName}`).fill(OVERRIDE_REASON);
    await (await settled(page)).getByText('Hội đồng đạt các quy tắc bắt buộc').waitFor();
    expect(await rules(page).getByText(blocked).count()).toBe(0);
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Lưu hội đồng' }).click();
    await page.getByText('Đã lưu hội đồng').waitFor();
    const saved = await b.testApp.http.get(api('/panel')).set(bearer(staff.token)).expect(200);
    const view = saved.body as {
      members: Array<{ intellectualId: string; status: string; override: { reason: string } | null }>;
    };
    const seated = view.members.filter((member) => member.status !== 'removed');
    expect(seated.map((member) => member.intellectualId).sort()).toEqual(
      [
        ...suggested.filter((member) => member !== plain).map((member) => member.intellectualId),
        drafter.id,
      ].sort(),
    );
    expect(seated.find((member) => member.intellectualId === drafter.id)?.override?.reason).toBe(
      OVERRIDE_REASON,
    );

    // the panel as saved, on a phone
    const phone = await b.newPage({ as: staff, viewport: PHONE });
    await phone.page.goto(`/review-requests/${requestId}/panel`);
    await expectHeading(phone.page, 'Lập hội đồng');
    await members(phone.page).getByRole('link', { name: drafter.fullName }).waitFor();
    expect(await phone.page.getByLabel(`Lý do chấp nhận ngoại lệ cho ${drafter.fullName}`).inputValue()).toBe(
      OVERRIDE_REASON,
    );
    await expectAccessible(phone.page);
    expect(await fitsViewport(phone.page)).toBe(true);
  });

  it('says someone else changed the panel when a save meets a newer version, and reloads it', async () => {
    const { page } = await b.newPage({ as: staff });
    await page.goto(`/review-requests/${requestId}/panel`);
    await expectHeading(page, 'Lập hội đồng');
    await members(page).getByRole('link', { name: drafter.fullName }).waitFor();

    // meanwhile a colleague saves the panel with the drafter as secretary
    const current = await b.testApp.http.get(api('/panel')).set(bearer(staff.token)).expect(200);
    const seated = (
      current.body as { members: Array<Member & { status: string; override: { reason: string } | null }> }
    ).members.filter((member) => member.status !== 'removed');
    const secretary = seated.find((member) => member.role === 'secretary')!;
    await b.testApp.http
      .put(api('/panel/members'))
      .set(bearer(staff.token))
      .set('If-Match', current.headers.etag)
      .send({
        members: seated.map((member) => ({
          intellectualId: member.intellectualId,
          role:
            member.intellectualId === drafter.id
              ? 'secretary'
              : member.intellectualId === secretary.intellectualId
                ? 'member'
                : member.role,
          ...(member.override ? { conflictOverrideReason: member.override.reason } : {}),
        })),
      })
      .expect(200);

    // this page still holds the version before it
    const vice = seated.find((member) => member.role === 'member' && member.intellectualId !== drafter.id)!;
    await chooseRole(page, vice.fullName, 'vice_chair');
    await settled(page);
    await page.getByRole('button', { name: 'Lưu hội đồng' }).click();
    const notice = page.getByRole('alert').filter({ hasText: 'Người khác vừa thay đổi hội đồng này' });
    await notice.waitFor();
    await notice.getByText(`${drafter.fullName}: Thư ký`).waitFor();
    await expectAccessible(page);
    await notice.getByRole('button', { name: 'Tải lại hội đồng' }).click();
    const seat = (name: string) =>
      members(page)
        .getByRole('listitem')
        .filter({ has: page.getByRole('link', { name }) });
    await seat(drafter.fullName).getByText('Thư ký', { exact: true }).waitFor();
    await seat(vice.fullName).getByText('Ủy viên', { exact: true }).waitFor();
    expect(await notice.count()).toBe(0);
    expect(await page.getByText('Có thay đổi chưa lưu').count()).toBe(0);
  });
});
