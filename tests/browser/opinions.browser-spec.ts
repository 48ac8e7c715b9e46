import type { Page } from 'playwright-core';
import type { ExpertInvitationPage } from '../../src/panels/invitations/invitations.views';
import { createExpert } from '../support/factories/panel.factory';
import { waitForMail } from '../support/mail';
import { bearer, type TestAccount } from '../support/test-app';
import {
  BrowserApp,
  clickUntilShown,
  expectAccessible,
  expectHeading,
  fitsViewport,
  PHONE,
  startBrowserApp,
} from './support/browser';

jest.setTimeout(180_000);

const TITLE = 'Phản biện đề án quan trắc môi trường vùng nuôi biển vịnh Vân Phong';
const CHAIR_TEXT = 'Chủ tịch: đề án cần nêu rõ tần suất quan trắc trong mùa mưa bão.';
const MY_TEXT = 'Đề án cần bổ sung số liệu quan trắc chất lượng nước tại các lồng nuôi tôm hùm.';
const EDITED_ELSEWHERE = 'Bản lưu từ điện thoại: cần thêm bản đồ vùng nuôi.';
const MY_EDIT = `${MY_TEXT}\nĐề nghị bổ sung kinh phí duy trì trạm quan trắc tự động.`;
const FILE_NAME = 'Phụ lục số liệu.txt';
const LINK_TEXT = 'Thư ký: cần đối chiếu số liệu với trạm quan trắc của tỉnh.';

type Role = 'chair' | 'secretary' | 'reviewer';

/**
 * A panel's opinions in the browser, on a panel seated through the real routes (the agency's request,
 * staff's acceptance, panel and invitations, the experts' answers): staff start the review (refused
 * in words while the chair has not accepted), a member writes an opinion with a file (a save from
 * elsewhere meanwhile is a 412 they resolve), another member reads it by their opinion link (and is
 * told in words when a download fails), staff read it and lock, the member's page turns read-only.
 */
describe('Panel opinions in the browser', () => {
  let b: BrowserApp;
  let staff: TestAccount;
  let requestId: string;
  const people = {} as Record<Role, { id: string; fullName: string; account: TestAccount }>;

  const as = (account: TestAccount) => bearer(account.token);
  const url = (path = '') => `/api/v1/review-requests/${requestId}${path}`;

  /** The expert accepts their invitation signed in, confirming the declaration as the page shows it. */
  async function acceptInvitation(role: Role): Promise<void> {
    const { http } = b.testApp;
    const mine = await http.get('/api/v1/me/panel-invitations').set(as(people[role].account)).expect(200);
    const invitation = (mine.body as ExpertInvitationPage).items.find(
      (item) => item.reviewRequestId === requestId,
    )!;
    await http
      .post(`/api/v1/me/panel-invitations/${invitation.id}/accept`)
      .set(as(people[role].account))
      .send({ declaration: 'no_conflict', declarationText: invitation.declaration.vi })
      .expect(200);
  }

  beforeAll(async () => {
    b = await startBrowserApp();
    const { dataSource, http } = b.testApp;
    staff = await b.testApp.account(['association_staff']);
    const [agencyOrg] = await dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM organization WHERE short_name = 'SKHCN'`,
    );
    // one employer each: the panel rules allow few members from one organization
    const employers = await dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM organization WHERE id <> $1 ORDER BY name_vi LIMIT 3`,
      [agencyOrg.id],
    );
    const names: Record<Role, string> = {
      chair: 'Nguyễn Văn Quan Trắc',
      secretary: 'Trần Thị Tổng Hợp',
      reviewer: 'Lê Minh Phản Biện',
    };
    for (const [index, role] of (['chair', 'secretary', 'reviewer'] as const).entries()) {
      const person = await createExpert(dataSource, {
        fullName: names[role],
        email: `${role}@opinions.test`,
        fieldCodes: ['405'],
        organizationId: employers[index].id,
      });
      const account = await b.testApp.account(['intellectual'], { intellectualId: person.id });
      people[role] = { id: person.id, fullName: names[role], account };
    }

    const agency = await b.testApp.account(['agency'], { organizationId: agencyOrg.id });
    const created = await http
      .post('/api/v1/review-requests')
      .set(as(agency))
      .send({
        kind: 'critique',
        title: TITLE,
        summary: 'Xây dựng mạng lưới quan trắc tự động cho vùng nuôi biển.',
        fieldCodes: ['405'],
        panelSizeMin: 3,
        panelSizeMax: 5,
        deadline: '2099-03-31',
        opinionsVisibleToMembers: true,
      })
      .expect(201);
    requestId = created.body.id as string;
    const submitted = await http
      .post(url('/submit'))
      .set(as(agency))
      .set('If-Match', created.headers.etag)
      .expect(200);
    await http.post(url('/accept')).set(as(staff)).set('If-Match', submitted.headers.etag).expect(200);
    const panel = await http
      .put(url('/panel/members'))
      .set(as(staff))
      .set('If-Match', '"0"')
      .send({
        members: (['chair', 'secretary', 'reviewer'] as const).map((role) => ({
          intellectualId: people[role].id,
          role,
        })),
      })
      .expect(200);
    await http
      .post(url('/panel/invitations'))
      .set(as(staff))
      .set('If-Match', panel.headers.etag)
      .send({})
      .expect(200);
    // the chair answers later: the review cannot start before
    await acceptInvitation('secretary');
    await acceptInvitation('reviewer');
  });

  afterAll(async () => {
    await b?.close();
  });

  const opinionsSection = (page: Page) => page.getByRole('region', { name: 'Ý kiến', exact: true });
  const myOpinionPage = (id = requestId) => `/me/review-requests/${id}/opinion`;

  it('tells staff in words that the chair has not accepted, then starts the review once they have', async () => {
    const { page } = await b.newPage({ as: staff });
    await page.goto(`/review-requests/${requestId}`);
    await expectHeading(page, TITLE);
    const section = opinionsSection(page);
    await section.getByText('Việc phản biện chưa bắt đầu', { exact: false }).waitFor();
    await section.getByRole('button', { name: 'Bắt đầu phản biện' }).click();
    const refusal = section.getByRole('alert').filter({ hasText: 'Chưa thể bắt đầu phản biện' });
    await refusal.getByText('Chủ tịch hội đồng chưa nhận lời tham gia').waitFor();
    expect(await refusal.getByRole('listitem').count()).toBe(1);
    await expectAccessible(page);

    await acceptInvitation('chair');
    await page.reload();
    await expectHeading(page, TITLE);
    await opinionsSection(page).getByRole('button', { name: 'Bắt đầu phản biện' }).click();
    await opinionsSection(page).getByText('Đã bắt đầu phản biện', { exact: false }).waitFor();
    await page.getByText('Đang phản biện', { exact: true }).first().waitFor();
    await opinionsSection(page).getByRole('button', { name: 'Khóa ý kiến' }).waitFor();
    expect(await opinionsSection(page).getByRole('button', { name: 'Bắt đầu phản biện' }).count()).toBe(0);
  });

  it('lets the member write an opinion, attach a file and resolve a save made elsewhere meanwhile', async () => {
    const { http } = b.testApp;
    // the chair has written theirs; this request lets members read each other's
    const chairRead = await http.get(`/api/v1${myOpinionPage()}`).set(as(people.chair.account)).expect(200);
    await http
      .put(`/api/v1${myOpinionPage()}`)
      .set(as(people.chair.account))
      .set('If-Match', chairRead.headers.etag)
      .send({ text: CHAIR_TEXT })
      .expect(200);

    const { page } = await b.newPage({ as: people.reviewer.account });
    await page.goto('/me/panel-invitations');
    await expectHeading(page, 'Thư mời tham gia hội đồng');
    await page.getByRole('link', { name: 'Viết ý kiến' }).click();
    await expectHeading(page, 'Ý kiến của tôi');
    await page.getByText(TITLE).first().waitFor();
    await page.getByText('Ủy viên phản biện', { exact: true }).waitFor();
    await page.getByText('Lưu nội dung ý kiến trước, rồi đính kèm tệp.').waitFor();
    const others = page.getByRole('region', { name: 'Ý kiến của các thành viên khác' });
    await others.getByText(CHAIR_TEXT).waitFor();
    expect(await others.getByText(people.reviewer.fullName).count()).toBe(0);
    await expectAccessible(page);

    await page.getByLabel('Nội dung ý kiến').fill(MY_TEXT);
    await page.getByRole('button', { name: 'Lưu ý kiến' }).click();
    await page.getByText(/^Gửi lần đầu lúc /).waitFor();
    await page.getByLabel('Đính kèm tệp (PDF, DOCX, TXT)').setInputFiles({
      name: FILE_NAME,
      mimeType: 'text/plain',
      buffer: Buffer.from('Nhiệt độ nước: 28,5 °C; độ mặn: 32 ‰\n', 'utf8'),
    });
    await page.getByRole('link', { name: FILE_NAME }).waitFor();

    // saved from the person's phone while this page still holds version 1
    await http
      .put(`/api/v1${myOpinionPage()}`)
      .set(as(people.reviewer.account))
      .set('If-Match', '"1"')
      .send({ text: EDITED_ELSEWHERE })
      .expect(200);
    await page.getByLabel('Nội dung ý kiến').fill(MY_EDIT);
    await page.getByRole('button', { name: 'Lưu ý kiến' }).click();
    const conflict = page.getByRole('alert').filter({ hasText: 'Ý kiến vừa được lưu ở nơi khác' });
    await conflict.getByText(EDITED_ELSEWHERE).waitFor();
    await conflict.getByRole('button', { name: 'Giữ nội dung tôi đang sửa (rồi lưu lại)' }).click();
    await conflict.waitFor({ state: 'detached' });
    expect(await page.getByLabel('Nội dung ý kiến').inputValue()).toBe(MY_EDIT);
    // the page already shows version 2's 'Sửa lần cuối': wait for this save's answer itself
    const saving = page.waitForResponse(
      (response) => response.request().method() === 'PUT' && response.url().endsWith(myOpinionPage()),
    );
    await page.getByRole('button', { name: 'Lưu ý kiến' }).click();
    expect((await saving).status()).toBe(200);
    const saved = await http.get(`/api/v1${myOpinionPage()}`).set(as(people.reviewer.account)).expect(200);
    expect(saved.headers.etag).toBe('"3"');
    expect(saved.body.opinion).toMatchObject({ text: MY_EDIT, files: [{ fileName: FILE_NAME }] });

    await page.reload();
    await expectHeading(page, 'Ý kiến của tôi');
    expect(await page.getByLabel('Nội dung ý kiến').inputValue()).toBe(MY_EDIT);
    await expectAccessible(page);

    const phone = await b.newPage({ as: people.reviewer.account, viewport: PHONE });
    await phone.page.goto(myOpinionPage());
    await expectHeading(phone.page, 'Ý kiến của tôi');
    await phone.page.getByRole('link', { name: FILE_NAME }).waitFor();
    expect(await fitsViewport(phone.page)).toBe(true);
  });

  it('opens the mailed opinion link without signing in, writes the opinion and saves it', async () => {
    const mails = await waitForMail(b.testApp.mailDir!, 'secretary@opinions.test', { count: 2 });
    const link = /https?:\/\/[^\s]+(\/opinions\/write#token=[A-Za-z0-9_-]{43})/.exec(
      mails.map((mail) => mail.text).join('\n'),
    );
    expect(link).not.toBeNull();
    const { page } = await b.newPage();
    await page.goto(link![1]);
    await expectHeading(page, 'Ý kiến của tôi');
    await page.getByText(TITLE).first().waitFor();
    await page.getByText('Thư ký', { exact: true }).first().waitFor();
    await expectAccessible(page);
    await page.getByLabel('Nội dung ý kiến').fill(LINK_TEXT);
    await page.getByRole('button', { name: 'Lưu ý kiến' }).click();
    await page.getByText(/^Gửi lần đầu lúc /).waitFor();
    await page.reload();
    await expectHeading(page, 'Ý kiến của tôi');
    expect(await page.getByLabel('Nội dung ý kiến').inputValue()).toBe(LINK_TEXT);

    const { page: wrong } = await b.newPage();
    await wrong.goto(`/opinions/write#token=${'A'.repeat(43)}`);
    await expectHeading(wrong, 'Liên kết không hợp lệ');
  });

  it('shows another member’s opinion on the link page, downloads its file, and says so when the link has expired', async () => {
    const mails = await waitForMail(b.testApp.mailDir!, 'chair@opinions.test', { count: 2 });
    const link = /https?:\/\/[^\s]+(\/opinions\/write#token=[A-Za-z0-9_-]{43})/.exec(
      mails.map((mail) => mail.text).join('\n'),
    );
    const { page } = await b.newPage();
    await page.goto(link![1]);
    await expectHeading(page, 'Ý kiến của tôi');
    // the request lets members read each other's: the same list as signed in, without the chair
    const others = page.getByRole('region', { name: 'Ý kiến của các thành viên khác' });
    const reviewer = others.getByRole('article', { name: people.reviewer.fullName });
    await reviewer.getByText(MY_EDIT.split('\n')[1], { exact: false }).waitFor();
    await others.getByRole('article', { name: people.secretary.fullName }).getByText(LINK_TEXT).waitFor();
    expect(await others.getByRole('article', { name: people.chair.fullName }).count()).toBe(0);
    const fileLink = reviewer.getByRole('link', { name: FILE_NAME });
    // by keyboard: the page is checked as it stands, not under a hovering pointer
    const downloading = page.waitForEvent('download');
    await fileLink.press('Enter');
    expect((await downloading).suggestedFilename()).toBe(FILE_NAME);
    await expectAccessible(page);

    // the link expires while the page is open: the next download says why, next to the link
    await b.testApp.dataSource.query(
      `UPDATE action_token SET expires_at = now() - interval '1 second'
       WHERE purpose = 'panel-opinion' AND subject_id = (SELECT m.id FROM panel_member m
         JOIN panel p ON p.id = m.panel_id WHERE p.review_request_id = $1 AND m.intellectual_id = $2)`,
      [requestId, people.chair.id],
    );
    await fileLink.press('Enter');
    const failure = reviewer.getByRole('alert').filter({ hasText: `Không tải được ${FILE_NAME}` });
    await failure.getByText('liên kết gửi ý kiến đã hết hạn', { exact: false }).waitFor();
    expect(await fileLink.getAttribute('aria-describedby')).toBe(await failure.getAttribute('id'));
    await expectAccessible(page);
  });

  it('shows staff each member’s opinion, locks after confirming, and the member’s page turns read-only', async () => {
    const { page } = await b.newPage({ as: staff });
    await page.goto(`/review-requests/${requestId}`);
    await expectHeading(page, TITLE);
    const section = opinionsSection(page);
    await section.getByText('3/3 thành viên đã gửi ý kiến', { exact: false }).waitFor();
    const reviewer = section.getByRole('article', { name: people.reviewer.fullName });
    await reviewer.getByText(/^Đã gửi lúc /).waitFor();
    await reviewer.getByText(MY_EDIT.split('\n')[1], { exact: false }).waitFor();
    await reviewer.getByRole('link', { name: FILE_NAME }).waitFor();
    await section.getByRole('article', { name: people.secretary.fullName }).getByText(LINK_TEXT).waitFor();
    await expectAccessible(page);

    const dialog = page.getByRole('dialog').filter({ hasText: 'Khóa ý kiến của hội đồng?' });
    await clickUntilShown(section.getByRole('button', { name: 'Khóa ý kiến' }), dialog);
    await dialog.getByRole('button', { name: 'Khóa ý kiến' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await section.getByText('Đã khóa ý kiến.').waitFor();
    await section.getByText(/^Thư ký đã khóa hội đồng lúc /).waitFor();
    expect(await section.getByRole('button', { name: 'Khóa ý kiến' }).count()).toBe(0);

    const phone = await b.newPage({ as: staff, viewport: PHONE });
    await phone.page.goto(`/review-requests/${requestId}`);
    await expectHeading(phone.page, TITLE);
    await opinionsSection(phone.page).getByText(CHAIR_TEXT).waitFor();
    expect(await fitsViewport(phone.page)).toBe(true);

    const member = await b.newPage({ as: people.reviewer.account });
    await member.page.goto(myOpinionPage());
    await expectHeading(member.page, 'Ý kiến của tôi');
    await member.page.getByText(/^Thư ký đã khóa hội đồng lúc .*không thể viết hoặc sửa nữa\.$/).waitFor();
    await member.page.getByText(MY_EDIT.split('\n')[0], { exact: false }).first().waitFor();
    await member.page.getByRole('link', { name: FILE_NAME }).first().waitFor();
    expect(await member.page.getByLabel('Nội dung ý kiến').count()).toBe(0);
    expect(await member.page.getByRole('button', { name: 'Lưu ý kiến' }).count()).toBe(0);
    expect(await member.page.getByLabel('Đính kèm tệp (PDF, DOCX, TXT)').count()).toBe(0);
    expect(await member.page.getByRole('button', { name: `Xóa tệp ${FILE_NAME}` }).count()).toBe(0);
    await expectAccessible(member.page);
  });
});
