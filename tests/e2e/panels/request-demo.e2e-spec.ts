import { BootstrapAccountsService } from '../../../src/accounts';
import { DemoSeedService } from '../../../src/seed';
import { startTestApp, TestApp } from '../../support/test-app';

jest.setTimeout(60_000);

/** Demo data (SEED_DEMO): the agency account signs in and finds its two requests. */
describe('demo agency', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      config: { seedDemo: true, admin: { email: 'admin@test.local', password: 'a long admin password' } },
    });
  });
  afterAll(() => t.close());

  it('is agency@demo.trithuc.local for the Sở KH&CN, with one submitted request and one draft', async () => {
    await t.app.get(BootstrapAccountsService).ensureAccounts();
    await t.app.get(DemoSeedService).seedDemoRequests();
    const login = await t.http
      .post('/api/v1/auth/login')
      .send({ email: 'agency@demo.trithuc.local', password: 'TriThuc@2026' })
      .expect(200);
    const listed = await t.http
      .get('/api/v1/review-requests')
      .set({ Authorization: `Bearer ${login.body.accessToken as string}` })
      .expect(200);
    const items = (listed.body as { items: Array<Record<string, unknown>> }).items;
    expect(items.map((item) => [item.kind, item.state]).sort()).toEqual([
      ['consulting', 'draft'],
      ['critique', 'submitted'],
    ]);
    expect(items[0].requestingOrganization).toMatchObject({
      nameVi: 'Sở Khoa học và Công nghệ tỉnh Khánh Hòa',
    });
  });
});
