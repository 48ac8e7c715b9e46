import {
  BrowserApp,
  DESKTOP,
  expectAccessible,
  fitsViewport,
  PHONE,
  startBrowserApp,
  TEST_PASSWORD,
} from './support/browser';

describe('Signing in and out in the browser', () => {
  let b: BrowserApp;

  beforeAll(async () => {
    b = await startBrowserApp();
  });

  afterAll(async () => {
    await b?.close();
  });

  it('serves the landing page at /, not a 404, in Vietnamese, with the app headers', async () => {
    const { page } = await b.newPage();
    const response = await page.goto('/');
    expect(response?.status()).toBe(200);
    expect(response?.headers()['cache-control']).toBe('no-cache');
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    await page.getByRole('link', { name: 'Đăng nhập' }).waitFor();
    await expectAccessible(page);
  });

  it('serves hashed assets with a year of caching and client routes with the entry page', async () => {
    const { page } = await b.newPage();
    const assets: string[] = [];
    page.on('response', (response) => {
      if (response.url().includes('/assets/')) assets.push(response.headers()['cache-control'] ?? '');
    });
    const deep = await page.goto('/officer/people?q=abc');
    expect(deep?.status()).toBe(200);
    expect(assets.length).toBeGreaterThan(0);
    expect(new Set(assets)).toEqual(new Set(['public, max-age=31536000, immutable']));
    const missing = await page.request.get('/assets/no-such-chunk.js');
    expect(missing.status()).toBe(404);
    const api = await page.request.get('/api/v1/no-such-route');
    expect(api.status()).toBe(404);
    expect(api.headers()['content-type']).toContain('application/problem+json');
  });

  it('signs an officer in from a protected page and returns there, then signs out on the server', async () => {
    const account = await b.testApp.account(['personnel_officer']);
    const { page, context } = await b.newPage();
    await page.goto('/officer/people');
    await page.waitForURL(/\/sign-in\?next=%2Fofficer%2Fpeople/);
    await expectAccessible(page);
    await page.getByLabel('Thư điện tử').fill(account.email);
    await page.getByLabel('Mật khẩu').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL('**/officer/people');
    const cookie = (await context.cookies()).find((c) => c.name === 'tkh_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });

    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.waitForURL(/\/sign-in\?reason=signed-out/);
    // The old cookie no longer opens anything: the session ended on the server, not only here.
    const reused = await b.newContext();
    await reused.addCookies([cookie!]);
    const answer = await reused.request.get('/api/v1/auth/session');
    expect(answer.status()).toBe(401);
    expect((await answer.json()).code).toBe('SESSION_EXPIRED');
  });

  it('sends a person whose session expired back to sign in with a message, then to where they were', async () => {
    const account = await b.testApp.account(['personnel_officer']);
    const { page, context } = await b.newPage({ as: account });
    await page.goto('/officer');
    await b.testApp.dataSource.query(
      `UPDATE session SET expires_at = now() - interval '1 minute' WHERE account_id = $1`,
      [account.id],
    );
    await page.goto('/officer/people?q=nguyen');
    await page.waitForURL(/\/sign-in\?next=/);
    await page.getByText('Phiên đăng nhập đã hết hạn').waitFor();
    await page.getByLabel('Thư điện tử').fill(account.email);
    await page.getByLabel('Mật khẩu').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL('**/officer/people?q=nguyen');
    expect((await context.cookies()).some((c) => c.name === 'tkh_session')).toBe(true);
  });

  it('shows an invited person, who has no account yet, the way to claim their profile', async () => {
    const { page } = await b.newPage();
    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Nhận hồ sơ của bạn và tạo tài khoản' }).click();
    await page.waitForURL('**/me/claim');
    await page.getByRole('heading', { level: 1, name: 'Nhận hồ sơ' }).waitFor();
  });

  it('refuses a state-changing request that lacks the CSRF token, even with a valid session cookie', async () => {
    const { context } = await b.newPage({ as: ['intellectual'] });
    const refused = await context.request.patch('/api/v1/me', { data: { biography: 'x' } });
    expect(refused.status()).toBe(403);
    expect((await refused.json()).code).toBe('CSRF_TOKEN_INVALID');
  });

  it('switches to English and fits a phone screen', async () => {
    const { page } = await b.newPage({ viewport: PHONE });
    await page.goto('/sign-in');
    expect(await fitsViewport(page)).toBe(true);
    await page.getByRole('button', { name: 'Trình đơn' }).click();
    await page.getByText('English').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.setViewportSize(DESKTOP);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await expectAccessible(page);
  });
});
