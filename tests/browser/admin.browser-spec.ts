import { createIntellectual } from '../support/factories/intellectual.factory';
import { bearer, TestAccount } from '../support/test-app';
import {
  BrowserApp,
  chooseOption,
  clickUntilShown,
  expectAccessible,
  expectHeading,
  fitsViewport,
  PHONE,
  pickListedOption,
  startBrowserApp,
} from './support/browser';

jest.setTimeout(180_000);

/** The administrator's pages: accounts, organizations, the search index. */
describe('the administrator', () => {
  let b: BrowserApp;
  let admin: TestAccount;
  beforeAll(async () => {
    b = await startBrowserApp();
    admin = await b.testApp.account(['admin']);
  });
  afterAll(() => b.close());

  const account = async (email: string) =>
    (
      await b.testApp.dataSource.query<
        Array<{ roles: string[]; disabled_at: Date | null; intellectual_id: string | null }>
      >(`SELECT roles, disabled_at, intellectual_id FROM account WHERE email = $1`, [email])
    )[0];

  it('creates an account with a role and a linked person, changes its role and unlinks it, then disables it so it cannot sign in', async () => {
    const officer = await b.testApp.account(['personnel_officer']);
    const person = await createIntellectual(b.testApp, officer, { fullName: 'Lê Thị Hồng Nhung' });
    // the picker searches the index, which follows PostgreSQL a moment later
    const searchable = async () =>
      (await b.testApp.http.get('/api/v1/intellectuals').query({ q: 'Hồng Nhung' }).set(bearer(admin.token)))
        .body.total > 0;
    for (let tries = 0; !(await searchable()) && tries < 100; tries++)
      await new Promise((r) => setTimeout(r, 200));
    const { page } = await b.newPage({ as: admin });
    await page.goto('/admin/accounts');
    await expectHeading(page, 'Tài khoản');
    await expectAccessible(page);

    const dialog = page.getByRole('dialog', { name: 'Tạo tài khoản' });
    await clickUntilShown(page.getByRole('button', { name: 'Tạo tài khoản' }), dialog);
    await dialog.getByLabel('Thư điện tử').fill('nhung.lienhiep@test.local');
    await dialog.getByLabel('Tên hiển thị').fill('Lê Thị Hồng Nhung');
    await dialog.getByRole('checkbox', { name: 'Cán bộ Liên hiệp các Hội' }).check();
    await dialog.getByLabel('Hồ sơ trí thức').fill('Hồng Nhung');
    await pickListedOption(page, /Lê Thị Hồng Nhung/);
    await dialog.getByLabel('Mật khẩu ban đầu').fill('mật khẩu ban đầu dài');
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const created = page.getByRole('row', { name: /nhung\.lienhiep@test\.local/ });
    await created.getByText('Cán bộ Liên hiệp các Hội').waitFor();
    expect(await account('nhung.lienhiep@test.local')).toEqual({
      roles: ['association_staff'],
      disabled_at: null,
      intellectual_id: person.id,
    });
    const signIn = () =>
      b.testApp.http
        .post('/api/v1/auth/login')
        .send({ email: 'nhung.lienhiep@test.local', password: 'mật khẩu ban đầu dài' });
    expect((await signIn()).status).toBe(200);

    // another role, and no person any more
    const edit = page.getByRole('dialog', { name: 'Sửa tài khoản Lê Thị Hồng Nhung' });
    await clickUntilShown(created.getByRole('button', { name: 'Sửa tài khoản Lê Thị Hồng Nhung' }), edit);
    await edit.getByRole('checkbox', { name: 'Cán bộ Sở Nội vụ' }).check();
    await edit.getByRole('checkbox', { name: 'Cán bộ Liên hiệp các Hội' }).uncheck();
    await edit.getByRole('button', { name: 'Bỏ gắn hồ sơ' }).click();
    await edit.getByRole('button', { name: 'Lưu' }).click();
    await edit.waitFor({ state: 'hidden' });
    await created.getByText('Cán bộ Sở Nội vụ').waitFor();
    expect(await account('nhung.lienhiep@test.local')).toEqual({
      roles: ['personnel_officer'],
      disabled_at: null,
      intellectual_id: null,
    });

    await clickUntilShown(
      created.getByRole('button', { name: 'Khóa tài khoản Lê Thị Hồng Nhung' }),
      page.getByRole('button', { name: 'Xác nhận', exact: true }),
    );
    await page.getByRole('button', { name: 'Xác nhận', exact: true }).click();
    await created.getByText('Đã khóa').waitFor();
    expect((await account('nhung.lienhiep@test.local')).disabled_at).toBeInstanceOf(Date);
    expect((await signIn()).status).toBe(401);
  });

  it('adds an organization to the catalog and finds it without diacritics', async () => {
    const { page } = await b.newPage({ as: admin });
    await page.goto('/admin/organizations');
    await expectHeading(page, 'Tổ chức');
    await expectAccessible(page);
    const dialog = page.getByRole('dialog', { name: 'Thêm tổ chức' });
    await clickUntilShown(page.getByRole('button', { name: 'Thêm tổ chức' }), dialog);
    await dialog.getByLabel('Tên tiếng Việt').fill('Viện Hải dương học Nha Trang');
    await dialog.getByLabel('Tên viết tắt').fill('VHDH');
    await chooseOption(dialog.getByLabel('Khu vực'), 'Viện, trung tâm nghiên cứu');
    await dialog.getByRole('button', { name: 'Thêm tổ chức' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByLabel('Tìm tổ chức').fill('hai duong hoc');
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    await page.waitForURL(/q=hai(\+|%20)duong(\+|%20)hoc/);
    await page
      .getByRole('row', { name: /Viện Hải dương học Nha Trang/ })
      .getByText('Viện, trung tâm nghiên cứu')
      .waitFor();
  });

  it('rebuilds the search index and sees it finish with every profile in it', async () => {
    const officer = await b.testApp.account(['personnel_officer']);
    for (let i = 0; i < 3; i++) await createIntellectual(b.testApp, officer);
    const [{ count }] = await b.testApp.dataSource.query<Array<{ count: string }>>(
      `SELECT count(*) FROM intellectual WHERE deleted_at IS NULL AND merged_into_id IS NULL`,
    );
    const { page } = await b.newPage({ as: admin });
    await page.goto('/admin/search');
    await expectHeading(page, 'Chỉ mục tìm kiếm');
    await expectAccessible(page);
    await clickUntilShown(
      page.getByRole('button', { name: 'Xây lại chỉ mục' }),
      page.getByRole('button', { name: 'Xác nhận', exact: true }),
    );
    await page.getByRole('button', { name: 'Xác nhận', exact: true }).click();
    // while it runs the page polls the status and shows "x / y"; a few profiles take well under a second,
    // so the end is what the test waits for
    const done = page.getByText(new RegExp(`Đã xây xong chỉ mục: ${count} hồ sơ`));
    // a refused or failed rebuild shows a problem alert: fail with what it says instead of timing out
    await done.or(page.getByRole('alert')).first().waitFor({ timeout: 60_000 });
    if (!(await done.isVisible()))
      throw new Error(`the rebuild failed: ${await page.getByRole('alert').first().innerText()}`);
    await expectAccessible(page);
  });

  it('reads the accounts and search pages on a phone without sideways scrolling of the page', async () => {
    const { page } = await b.newPage({ as: admin, viewport: PHONE });
    for (const [path, title] of [
      ['/admin/accounts', 'Tài khoản'],
      ['/admin/organizations', 'Tổ chức'],
      ['/admin/search', 'Chỉ mục tìm kiếm'],
    ]) {
      await page.goto(path);
      await expectHeading(page, title);
      expect({ path, fits: await fitsViewport(page) }).toEqual({ path, fits: true });
      await expectAccessible(page);
    }
  });
});
