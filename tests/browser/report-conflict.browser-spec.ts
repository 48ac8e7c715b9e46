import type { Page } from 'playwright-core';
import type { ReportView } from '../../src/panels/report/report.views';
import { eventually } from '../support/eventually';
import { createExpert } from '../support/factories/panel.factory';
import { ReviewFlow } from '../support/panels/review-flow';
import { bearer, type TestAccount } from '../support/test-app';
import {
  BrowserApp,
  expectAccessible,
  expectHeading,
  fitsViewport,
  PHONE,
  startBrowserApp,
} from './support/browser';

jest.setTimeout(180_000);

const TITLE = 'Phản biện đề án nuôi biển công nghệ cao vịnh Cam Ranh';
const CONCLUSION = 'Hội đồng thống nhất đề nghị hoàn thiện đề án trước khi trình.';
const MY_CONCLUSION = 'Hội đồng thống nhất đề án khả thi, cần bổ sung kinh phí quan trắc môi trường.';
const FIRST = 'Bổ sung đánh giá tác động môi trường';
const THEIR_FIRST = 'Bổ sung đánh giá tác động môi trường vùng nuôi';
const THEIR_SECOND = 'Làm rõ cơ chế ưu tiên tín dụng cho hộ nuôi';
const THEIR_CONCLUSION = 'Hội đồng thông qua đề án.';

/**
 * Two staff members compile one report draft: the one who saves second keeps what they typed,
 * sees what the other changed (the conclusion, each recommendation), reapplies theirs on the new
 * version and stores both, or drops theirs and gets the other's version in the form. The panel is
 * formed, invited, accepted and locked through the routes.
 */
describe('A report draft saved by someone else while staff write it', () => {
  let b: BrowserApp;
  let staff: TestAccount;
  let colleague: TestAccount;
  let requestId: string;

  const report = (who: TestAccount) =>
    b.testApp.http.get(`/api/v1/review-requests/${requestId}/report`).set(bearer(who.token)).expect(200);

  /** The other staff member saves this draft through the API, over the version stored now. */
  async function colleagueSaves(draft: { conclusion: string; recommendations: string[] }): Promise<void> {
    const current = await report(colleague);
    await b.testApp.http
      .put(`/api/v1/review-requests/${requestId}/report`)
      .set(bearer(colleague.token))
      .set('If-Match', current.headers.etag)
      .send({
        conclusion: draft.conclusion,
        recommendations: draft.recommendations.map((text) => ({ text })),
      })
      .expect(200);
  }

  const stored = async () => {
    const { conclusion, recommendations, version } = (await report(staff)).body as ReportView;
    return { conclusion, recommendations: recommendations.map(({ text }) => text), version };
  };

  beforeAll(async () => {
    b = await startBrowserApp();
    const { dataSource } = b.testApp;
    const [organization] = await dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM organization WHERE short_name = 'SKHCN'`,
    );
    const agency = await b.testApp.account(['agency'], { organizationId: organization.id });
    staff = await b.testApp.account(['association_staff']);
    colleague = await b.testApp.account(['association_staff']);
    const seat = async (fullName: string, email: string, role: 'chair' | 'secretary' | 'reviewer') => ({
      intellectualId: (await createExpert(dataSource, { fullName, email })).id,
      email,
      role,
    });
    const flow = new ReviewFlow(b.testApp, staff);
    const request = await flow.reviewing(
      agency,
      [
        await seat('Nguyễn Thị Hải Yến', 'yen@report-conflict.test', 'chair'),
        await seat('Trần Văn Lồng Bè', 'be@report-conflict.test', 'secretary'),
        await seat('Lê Quốc Rong Biển', 'rong@report-conflict.test', 'reviewer'),
      ],
      { title: TITLE },
    );
    requestId = request.id;
    await flow.lock(requestId);
  });

  afterAll(async () => {
    await b?.close();
  });

  const draftSection = (page: Page) => page.getByRole('region', { name: 'Báo cáo tổng hợp' });
  const notice = (page: Page) =>
    page.getByRole('alert').filter({ hasText: 'Người khác đã lưu dự thảo báo cáo này' });

  async function openDraft(page: Page): Promise<void> {
    await page.goto(`/review-requests/${requestId}`);
    await expectHeading(page, TITLE);
    await draftSection(page).getByLabel('Kết luận').waitFor();
  }

  it('keeps my conclusion, shows their recommendations, and saves both after a reapply', async () => {
    await colleagueSaves({ conclusion: CONCLUSION, recommendations: [FIRST] });
    const { page } = await b.newPage({ as: staff, viewport: PHONE });
    await openDraft(page);
    const section = draftSection(page);
    await section.getByLabel('Kết luận').fill(MY_CONCLUSION);

    await colleagueSaves({ conclusion: CONCLUSION, recommendations: [THEIR_FIRST, THEIR_SECOND] });
    await section.getByRole('button', { name: 'Lưu dự thảo' }).click();

    const conflict = notice(page);
    await conflict.getByRole('row', { name: `Kiến nghị 1 ${FIRST} ${THEIR_FIRST}` }).waitFor();
    await conflict.getByRole('row', { name: `Kiến nghị 2 (trống) ${THEIR_SECOND}` }).waitFor();
    // only their changes are listed (and the header), and mine is still in the form, unsaved
    expect(await conflict.getByRole('row').count()).toBe(3);
    expect(await section.getByLabel('Kết luận').inputValue()).toBe(MY_CONCLUSION);
    expect(await section.getByRole('textbox', { name: 'Kiến nghị 1' }).inputValue()).toBe(FIRST);
    expect((await stored()).conclusion).toBe(CONCLUSION);
    await expectAccessible(page);
    expect(await fitsViewport(page)).toBe(true);

    await conflict.getByRole('button', { name: 'Áp dụng lại thay đổi của tôi lên bản mới' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã áp dụng lại thay đổi của bạn' }).waitFor();
    expect(await section.getByLabel('Kết luận').inputValue()).toBe(MY_CONCLUSION);
    expect(await section.getByRole('textbox', { name: 'Kiến nghị 1' }).inputValue()).toBe(THEIR_FIRST);
    expect(await section.getByRole('textbox', { name: 'Kiến nghị 2' }).inputValue()).toBe(THEIR_SECOND);

    await section.getByRole('button', { name: 'Lưu dự thảo' }).click();
    await page.getByText('Đã lưu dự thảo').first().waitFor();
    expect(await stored()).toEqual({
      conclusion: MY_CONCLUSION,
      recommendations: [THEIR_FIRST, THEIR_SECOND],
      version: 3,
    });

    // the form now starts from what I saved: a further save is mine alone, with no conflict
    await section.getByRole('button', { name: 'Xóa kiến nghị 2' }).click();
    await section.getByRole('button', { name: 'Lưu dự thảo' }).click();
    const after = await eventually(stored, ({ version }) => version === 4);
    expect(after).toEqual({ conclusion: MY_CONCLUSION, recommendations: [THEIR_FIRST], version: 4 });
    expect(await notice(page).count()).toBe(0);
  });

  it('loads their draft in the form when I discard mine', async () => {
    const { page } = await b.newPage({ as: staff });
    await openDraft(page);
    const section = draftSection(page);
    await section.getByRole('textbox', { name: 'Kiến nghị 1' }).fill('Kiến nghị của tôi, sẽ bị bỏ đi.');

    await colleagueSaves({ conclusion: THEIR_CONCLUSION, recommendations: [THEIR_FIRST] });
    await section.getByRole('button', { name: 'Lưu dự thảo' }).click();
    const conflict = notice(page);
    await conflict.getByRole('row', { name: `Kết luận ${MY_CONCLUSION} ${THEIR_CONCLUSION}` }).waitFor();
    await expectAccessible(page);
    await conflict.getByRole('button', { name: 'Bỏ thay đổi của tôi, tải bản của họ' }).click();
    await conflict.waitFor({ state: 'detached' });
    expect(await section.getByLabel('Kết luận').inputValue()).toBe(THEIR_CONCLUSION);
    expect(await section.getByRole('textbox', { name: 'Kiến nghị 1' }).inputValue()).toBe(THEIR_FIRST);

    // nothing of mine is left: the save sends nothing
    await section.getByRole('button', { name: 'Lưu dự thảo' }).click();
    await page.getByText('Dự thảo không có thay đổi nào để lưu.').waitFor();
    expect(await stored()).toEqual({
      conclusion: THEIR_CONCLUSION,
      recommendations: [THEIR_FIRST],
      version: 5,
    });
  });
  it('asks before Generate drops unsaved typing: back to editing keeps it, save-then-generate stores it', async () => {
    const { page } = await b.newPage({ as: staff });
    await openDraft(page);
    const section = draftSection(page);
    const generate = section.getByRole('button', { name: 'Tạo tệp PDF và Word' });
    const ask = page.getByRole('dialog').filter({ hasText: 'Dự thảo có thay đổi chưa lưu' });
    const before = await stored();
    const MINE = 'Hội đồng đề nghị bổ sung phương án quan trắc, chưa lưu.';
    await section.getByLabel('Kết luận').fill(MINE);

    await generate.click();
    await ask.waitFor();
    await expectAccessible(page);
    await ask.getByRole('button', { name: 'Quay lại soạn tiếp' }).click();
    await ask.waitFor({ state: 'hidden' });
    // nothing was generated or saved, and what I typed is still there
    expect(await section.getByLabel('Kết luận').inputValue()).toBe(MINE);
    expect(await stored()).toEqual(before);
    expect(await section.getByRole('link', { name: 'Tải báo cáo (PDF)' }).count()).toBe(0);

    await generate.click();
    await ask.getByRole('button', { name: 'Lưu rồi tạo tệp' }).click();
    await section.getByRole('link', { name: 'Tải báo cáo (PDF)' }).waitFor();
    // saved, then generated from what was saved: two versions on, and the form shows it
    const after = await eventually(stored, ({ version }) => version === before.version + 2);
    expect(after).toEqual({ ...before, conclusion: MINE, version: before.version + 2 });
    expect(await section.getByLabel('Kết luận').inputValue()).toBe(MINE);
    const { body } = await report(staff);
    expect((body as ReportView).generatedAt).not.toBeNull();

    // dropping unsaved typing is a choice the user makes, and only then the form shows the stored draft
    await section.getByRole('textbox', { name: 'Kiến nghị 1' }).fill('Kiến nghị sẽ bị bỏ khi tạo tệp.');
    await generate.click();
    await ask.getByRole('button', { name: 'Bỏ thay đổi chưa lưu và tạo tệp' }).click();
    await eventually(stored, ({ version }) => version === before.version + 3);
    const first = section.getByRole('textbox', { name: 'Kiến nghị 1' });
    await eventually(
      () => first.inputValue(),
      (value) => value === THEIR_FIRST,
    );
    expect((await stored()).recommendations).toEqual([THEIR_FIRST]);

    // with nothing unsaved, Generate does not ask
    await generate.click();
    await eventually(stored, ({ version }) => version === before.version + 4);
    expect(await ask.count()).toBe(0);
  });

  it('asks before Send leaves unsaved typing out: back to editing sends nothing, save-make-send sends what I see', async () => {
    const { page } = await b.newPage({ as: staff });
    await openDraft(page);
    const section = draftSection(page);
    const send = section.getByRole('button', { name: 'Gửi cơ quan đặt hàng' });
    const ask = page.getByRole('dialog').filter({ hasText: 'Dự thảo có thay đổi chưa lưu' });
    const before = await stored();
    const SENT = 'Hội đồng thống nhất đề án khả thi; đề nghị bổ sung quan trắc trước khi trình.';
    await section.getByLabel('Kết luận').fill(SENT);

    await send.click();
    await ask.getByText('sẽ không được gửi', { exact: false }).waitFor();
    await expectAccessible(page);
    await ask.getByRole('button', { name: 'Quay lại soạn tiếp' }).click();
    await ask.waitFor({ state: 'hidden' });
    // nothing saved or sent, my typing still in the form
    expect(await section.getByLabel('Kết luận').inputValue()).toBe(SENT);
    expect(await stored()).toEqual(before);
    expect(((await report(staff)).body as ReportView).sentAt).toBeNull();

    await send.click();
    await ask.getByRole('button', { name: 'Lưu, tạo lại tệp rồi gửi' }).click();
    await page.getByText('Đã gửi cơ quan đặt hàng lúc', { exact: false }).waitFor();
    // saved, the files made from it, and sent: the agency has what I typed
    const sent = (await report(staff)).body as ReportView;
    expect(sent.conclusion).toBe(SENT);
    expect(sent.sentAt).not.toBeNull();
    expect(sent.version).toBeGreaterThanOrEqual(before.version + 2);
    await page.getByText(SENT).waitFor();
    await expectAccessible(page);
  });
});
