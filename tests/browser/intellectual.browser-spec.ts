import { Page } from 'playwright-core';
import { createIntellectual } from '../support/factories/intellectual.factory';
import { bearer, TestAccount } from '../support/test-app';
import {
  BrowserApp,
  clickUntilShown,
  expectAccessible,
  fitsViewport,
  PHONE,
  startBrowserApp,
} from './support/browser';

jest.setTimeout(180_000);

/** The intellectual's pages: what is theirs to edit, what Sở Nội vụ keeps, consent, claiming a profile. */
describe('the intellectual', () => {
  let b: BrowserApp;
  let officer: TestAccount;
  beforeAll(async () => {
    b = await startBrowserApp();
    officer = await b.testApp.account(['personnel_officer']);
  });
  afterAll(() => b.close());

  /** A profile from the HR records (its facts are Sở Nội vụ's) and the person's linked account. */
  async function person() {
    const profile = await createIntellectual(b.testApp, officer, { source: 'hr_import' });
    const account = await b.testApp.account(['intellectual'], { intellectualId: profile.id });
    return { id: profile.id, account };
  }
  const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name }).waitFor();
  const row = async (id: string) =>
    (
      await b.testApp.dataSource.query<
        Array<{ biography: string; public_profile: boolean; position: string }>
      >(`SELECT biography, public_profile, position FROM intellectual WHERE id = $1`, [id])
    )[0];

  it('edits what is theirs, asks for a correction of a locked fact pre-filled, and sees it in their requests', async () => {
    const { id, account } = await person();
    const { page } = await b.newPage({ as: account });
    await page.goto('/me');
    await heading(page, 'Hồ sơ của tôi');
    await expectAccessible(page);

    // the biography is the person's: edited at once
    await page.getByRole('link', { name: 'Sửa thông tin của tôi' }).click();
    await heading(page, 'Sửa thông tin của tôi');
    expect(await page.getByLabel('Chức vụ', { exact: true }).count()).toBe(0);
    await expectAccessible(page);
    await page.getByLabel('Giới thiệu bản thân').fill('Chuyên gia vắc xin cho cá biển nuôi lồng.');
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await heading(page, 'Hồ sơ của tôi');
    await page.getByText('Chuyên gia vắc xin cho cá biển nuôi lồng.').waitFor();
    expect((await row(id)).biography).toBe('Chuyên gia vắc xin cho cá biển nuôi lồng.');

    // the position came from Sở Nội vụ: locked, with a correction request pre-filled
    await page.getByRole('link', { name: 'Đề nghị sửa: Chức vụ' }).click();
    await heading(page, 'Yêu cầu đính chính');
    const value = page.getByLabel('Chức vụ: giá trị đúng');
    expect(await value.inputValue()).toBe('Phó Viện trưởng');
    await expectAccessible(page);
    await value.fill('Viện trưởng');
    await page.getByLabel('Lý do và căn cứ').fill('Quyết định bổ nhiệm số 12/QĐ-UBND ngày 01/11/2026');
    await page.getByRole('button', { name: 'Gửi yêu cầu' }).click();

    await heading(page, 'Yêu cầu đính chính của tôi');
    await page.getByText('Đã gửi yêu cầu đính chính.').waitFor();
    await page.getByText('Đang chờ xử lý', { exact: true }).waitFor();
    await page.getByText('Viện trưởng', { exact: true }).waitFor();
    await expectAccessible(page);
    const [request] = await b.testApp.dataSource.query<Array<{ changes: unknown; status: string }>>(
      `SELECT changes, status FROM correction_request WHERE intellectual_id = $1`,
      [id],
    );
    expect(request).toEqual({ changes: { position: 'Viện trưởng' }, status: 'pending' });
    expect((await row(id)).position).toBe('Phó Viện trưởng');

    // a pending request can be taken back
    await clickUntilShown(
      page.getByRole('button', { name: 'Rút lại yêu cầu' }),
      page.getByRole('button', { name: 'Xác nhận', exact: true }),
    );
    await page.getByRole('button', { name: 'Xác nhận', exact: true }).click();
    await page.getByText('Đã rút lại').waitFor();
  });

  it('adds a research project of their own, and asks for a correction of the recorded hometown through its picker', async () => {
    const { id, account } = await person();
    const { page } = await b.newPage({ as: account });
    await page.goto('/me');
    await heading(page, 'Hồ sơ của tôi');

    // projects are the person's: added at once with the same form officers use
    const dialog = page.getByRole('dialog', { name: 'Thêm mục: Đề tài, dự án' });
    await clickUntilShown(page.getByRole('button', { name: 'Thêm mục: Đề tài, dự án' }), dialog);
    await dialog.getByLabel('Tên đề tài').fill('Vắc xin cho cá chẽm nuôi lồng ở vịnh Nha Trang');
    const level = dialog.getByRole('combobox', { name: 'Cấp', exact: true });
    await level.click();
    await level.press('ArrowDown');
    await level.press('ArrowDown');
    await level.press('Enter');
    await dialog.getByLabel('Năm bắt đầu').fill('2024');
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await page.getByText('Đã lưu mục.').waitFor();
    await page.getByText('Vắc xin cho cá chẽm nuôi lồng ở vịnh Nha Trang').waitFor();
    const projects = await b.testApp.dataSource.query<
      Array<{ title: string; level: string; source: string }>
    >(`SELECT title, level, source FROM research_project WHERE intellectual_id = $1`, [id]);
    expect(projects).toEqual([
      {
        title: 'Vắc xin cho cá chẽm nuôi lồng ở vịnh Nha Trang',
        level: 'provincial',
        source: 'self_declared',
      },
    ]);
    await page.getByRole('button', { name: 'Sửa: Vắc xin cho cá chẽm nuôi lồng ở vịnh Nha Trang' }).waitFor();

    // the hometown came from Sở Nội vụ: locked, and the correction form opens on its commune picker
    await page.getByRole('link', { name: 'Đề nghị sửa: Quê quán' }).click();
    await heading(page, 'Yêu cầu đính chính');
    const commune = page.getByRole('combobox', { name: 'Quê quán: giá trị đúng: xã, phường ở Khánh Hòa' });
    await page.getByTitle('Phường Nha Trang').first().waitFor();
    await commune.click();
    await commune.fill('bac nha trang');
    await expectAccessible(page);
    await commune.press('Enter');
    await page.getByLabel('Lý do và căn cứ').fill('Giấy khai sinh ghi quê quán phường Bắc Nha Trang');
    await page.getByRole('button', { name: 'Gửi yêu cầu' }).click();
    await heading(page, 'Yêu cầu đính chính của tôi');
    await page.getByText('Đã gửi yêu cầu đính chính.').waitFor();
    const [request] = await b.testApp.dataSource.query<Array<{ changes: unknown; status: string }>>(
      `SELECT changes, status FROM correction_request WHERE intellectual_id = $1`,
      [id],
    );
    expect(request).toEqual({ changes: { hometown: { communeCode: '22333' } }, status: 'pending' });
  });

  it('keeps what they typed when their profile changed meanwhile, and saves it on the current version', async () => {
    const { id, account } = await person();
    const { page } = await b.newPage({ as: account });
    await page.goto('/me/edit');
    await heading(page, 'Sửa thông tin của tôi');
    await page.getByLabel('Giới thiệu bản thân').fill('Nghiên cứu bệnh trên cá mú.');
    // an officer changes the profile while the form is open
    await b.testApp.http
      .patch(`/api/v1/intellectuals/${id}`)
      .set(bearer(officer.token))
      .set('If-Match', '"1"')
      .send({ phone: '0987654321' })
      .expect(200);
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await page.getByText('Hồ sơ vừa được thay đổi ở nơi khác').waitFor();
    expect(await page.getByLabel('Giới thiệu bản thân').inputValue()).toBe('Nghiên cứu bệnh trên cá mú.');
    // the field they did not touch now shows the officer's value, so saving again keeps it
    await page.waitForFunction(
      () => document.querySelector<HTMLInputElement>('#phone')?.value === '0987654321',
    );
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await heading(page, 'Hồ sơ của tôi');
    expect(await row(id)).toEqual(expect.objectContaining({ biography: 'Nghiên cứu bệnh trên cá mú.' }));
    const [{ phone }] = await b.testApp.dataSource.query<Array<{ phone: string }>>(
      `SELECT phone FROM intellectual WHERE id = $1`,
      [id],
    );
    expect(phone).toBe('0987654321');
  });

  it('gives public-profile consent after reading the notice, sees when, and withdraws it', async () => {
    const { id, account } = await person();
    const { page } = await b.newPage({ as: account });
    await page.goto('/me');
    await heading(page, 'Hồ sơ của tôi');
    const notice = page.getByRole('region', { name: 'Thông báo về hồ sơ công khai' });
    for (const part of ['Những gì được công khai', 'Ai xem được', 'Cách rút lại'])
      await notice.getByText(part).waitFor();
    const give = page.getByRole('button', { name: 'Đồng ý công khai hồ sơ' });
    const agree = page.getByRole('checkbox', { name: /Tôi đã đọc thông báo trên/ });
    // explicit: never pre-ticked, nothing to press before ticking
    expect(await agree.isChecked()).toBe(false);
    expect(await give.isDisabled()).toBe(true);
    await agree.check();
    await give.click();
    await page.getByText('Hồ sơ của bạn đang được công khai trong danh bạ.').waitFor();
    await page.getByText(/Bạn đồng ý lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/).waitFor();
    expect((await row(id)).public_profile).toBe(true);
    await expectAccessible(page);

    await clickUntilShown(
      page.getByRole('button', { name: 'Rút lại sự đồng ý' }),
      page.getByRole('button', { name: 'Xác nhận', exact: true }),
    );
    await page.getByRole('button', { name: 'Xác nhận', exact: true }).click();
    await page.getByText('Hồ sơ của bạn đang không công khai.').waitFor();
    expect((await row(id)).public_profile).toBe(false);
  });

  it('claims a profile with the invitation code Sở Nội vụ gave, and lands on it signed in', async () => {
    const profile = await createIntellectual(b.testApp, officer, { source: 'hr_import' });
    const invitation = await b.testApp.http
      .post(`/api/v1/intellectuals/${profile.id}/invitations`)
      .set(bearer(officer.token))
      .send({})
      .expect(201);
    const { page } = await b.newPage();
    await page.goto('/me/claim');
    await heading(page, 'Nhận hồ sơ');
    await expectAccessible(page);
    await page.getByLabel('Mã mời').fill(invitation.body.code as string);
    await page.getByLabel('Thư điện tử đăng nhập').fill('chau.claimed@test.local');
    await page.getByLabel('Mật khẩu', { exact: true }).fill('một mật khẩu dài');
    await page.getByLabel('Nhập lại mật khẩu').fill('một mật khẩu dài');
    await page.getByRole('button', { name: 'Tạo tài khoản và nhận hồ sơ' }).click();
    await heading(page, 'Hồ sơ của tôi');
    await page.getByText(String(profile.body.fullName), { exact: true }).waitFor();
    const [linked] = await b.testApp.dataSource.query<Array<{ intellectual_id: string }>>(
      `SELECT intellectual_id FROM account WHERE email = 'chau.claimed@test.local'`,
    );
    expect(linked.intellectual_id).toBe(profile.id);
  });

  it('is told, on an account linked to no profile, to ask an officer for an invitation', async () => {
    const { page } = await b.newPage({ as: ['intellectual'] });
    await page.goto('/me');
    await heading(page, 'Hồ sơ của tôi');
    await page.getByText('Tài khoản chưa liên kết với hồ sơ').waitFor();
    await page.getByText(/hãy đề nghị cán bộ gửi mã mời/).waitFor();
    await expectAccessible(page);
  });

  it('reads their profile, requests and the correction form on a phone, without sideways scrolling', async () => {
    const { account } = await person();
    const { page } = await b.newPage({ as: account, viewport: PHONE });
    for (const [path, title] of [
      ['/me', 'Hồ sơ của tôi'],
      ['/me/edit', 'Sửa thông tin của tôi'],
      ['/me/corrections', 'Yêu cầu đính chính của tôi'],
      ['/me/corrections/new?field=position', 'Yêu cầu đính chính'],
    ]) {
      await page.goto(path);
      await heading(page, title);
      expect({ path, fits: await fitsViewport(page) }).toEqual({ path, fits: true });
      await expectAccessible(page);
    }
  });
});
