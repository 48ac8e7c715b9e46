import { BootstrapAccountsService } from '../../../src/accounts';
import { DemoSeedService } from '../../../src/seed';
import { startTestApp, TestApp } from '../../support/test-app';

jest.setTimeout(120_000);

/**
 * Demo data (SEED_DEMO): the agency account signs in and finds its requests, the demo intellectual
 * finds the accepted task order on their needs board and a nomination to answer.
 */
describe('demo requests and campaigns', () => {
  let t: TestApp;
  const signIn = async (email: string) => {
    const login = await t.http
      .post('/api/v1/auth/login')
      .send({ email, password: 'TriThuc@2026' })
      .expect(200);
    return { Authorization: `Bearer ${login.body.accessToken as string}` };
  };

  beforeAll(async () => {
    t = await startTestApp({
      config: { seedDemo: true, admin: { email: 'admin@test.local', password: 'a long admin password' } },
    });
    await t.app.get(BootstrapAccountsService).ensureAccounts();
    await t.app.get(DemoSeedService).seedIfEmpty();
  });
  afterAll(() => t.close());

  it('agency@demo.trithuc.local has the Sở KH&CN’s submitted request, its draft and its accepted task order', async () => {
    const listed = await t.http
      .get('/api/v1/review-requests')
      .set(await signIn('agency@demo.trithuc.local'))
      .expect(200);
    const items = (listed.body as { items: Array<Record<string, unknown>> }).items;
    expect(items.map((item) => [item.kind, item.state]).sort()).toEqual([
      ['consulting', 'draft'],
      ['critique', 'submitted'],
      ['task_order', 'accepted'],
    ]);
    expect(items[0].requestingOrganization).toMatchObject({
      nameVi: 'Sở Khoa học và Công nghệ tỉnh Khánh Hòa',
    });
  });

  it('intellectual@demo.trithuc.local sees the task order on their needs board', async () => {
    const board = await t.http
      .get('/api/v1/me/matching-needs')
      .set(await signIn('intellectual@demo.trithuc.local'))
      .expect(200);
    expect(board.body).toMatchObject({ total: 1, proposable: true });
    expect((board.body as { items: Array<{ title: string }> }).items[0].title).toContain('tôm hùm');
  });

  it('association staff find two campaigns taking nominations, and the demo intellectual is asked to accept one', async () => {
    const campaigns = await t.http
      .get('/api/v1/honor-campaigns')
      .set(await signIn('association@demo.trithuc.local'))
      .expect(200);
    const items = (campaigns.body as { items: Array<Record<string, unknown>> }).items;
    expect(items.map((item) => [item.kind, item.state]).sort()).toEqual([
      ['exemplary_intellectual', 'open'],
      ['provincial_st_award', 'open'],
    ]);
    const award = items.find((item) => item.kind === 'provincial_st_award');
    expect(award).toMatchObject({
      prizeLevels: [{ quota: 3 }, { quota: 4 }, { quota: 7 }, { quota: 12 }],
      scoring: { method: 'trimmed_mean' },
    });
    expect(award?.rounds).toHaveLength(3);

    const mine = await t.http
      .get('/api/v1/me/nominations')
      .set(await signIn('intellectual@demo.trithuc.local'))
      .expect(200);
    expect(mine.body).toMatchObject({
      total: 1,
      items: [{ state: 'submitted', nominatedBy: 'organization' }],
    });
  });
});
