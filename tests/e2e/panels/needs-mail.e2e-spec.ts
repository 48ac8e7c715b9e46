import { IndexerService } from '../../../src/search/indexer/indexer.service';
import { createProfile } from '../../support/factories/search-profile.factory';
import { readMailbox, waitForMail } from '../../support/mail';
import { ReviewFlow } from '../../support/panels/review-flow';
import { startTestApp, TestAccount, TestApp } from '../../support/test-app';

jest.setTimeout(120_000);

const PUBLIC_URL = 'https://trithuc.example.vn';

/**
 * Staff accepting a task order tells the experts its fields reach (the needs board's reach and
 * eligibility) by mail, in their language; other kinds of request tell nobody.
 */
describe('needs board mail on acceptance', () => {
  let t: TestApp;
  let staff: TestAccount;
  let agency: TestAccount;
  let flow: ReviewFlow;

  beforeAll(async () => {
    t = await startTestApp({ env: { PUBLIC_URL } });
    const [{ id: skhcn }] = await t.dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM organization WHERE short_name = 'SKHCN'`,
    );
    staff = await t.account(['association_staff']);
    agency = await t.account(['agency'], { organizationId: skhcn });
    const person = (email: string, spec: Parameters<typeof createProfile>[1]) =>
      createProfile(t.dataSource, { email, ...spec });
    await person('bien@experts.test', {
      fullName: 'Phạm Văn Biển',
      primaryFieldCode: '405',
      fieldCodes: ['405'],
    });
    await person('dong@experts.test', { fullName: 'Lê Thị Đồng', primaryFieldCode: '4', fieldCodes: ['4'] });
    await person('ocean@experts.test', {
      fullName: 'Nguyễn Đại Dương',
      primaryFieldCode: '405',
      fieldCodes: ['405'],
      countryCode: 'JP',
      languages: ['en', 'vi'],
    });
    await person('lua@experts.test', {
      fullName: 'Trần Văn Lúa',
      primaryFieldCode: '401',
      fieldCodes: ['401'],
    });
    await person('cu@experts.test', {
      fullName: 'Võ Văn Cũ',
      primaryFieldCode: '405',
      fieldCodes: ['405'],
      status: 'deceased',
    });
    await t.app.get(IndexerService).drain();
    flow = new ReviewFlow(t, staff);
  });

  afterAll(() => t.close());

  it('mails each reached, proposable expert once, in their language, and nobody else', async () => {
    await flow.acceptedRequest(agency, {
      kind: 'task_order',
      title: 'Giảm tôm hùm chết hàng loạt ở vịnh Xuân Đài',
      summary: 'Sở cần chuyên gia thủy sản',
      fieldCodes: ['405'],
      deadline: '2098-03-31',
      drafters: [{ name: 'Người Soạn' }],
    });
    const [vi] = await waitForMail(t.mailDir!, 'bien@experts.test');
    expect(vi.subject).toBe(
      'Đặt hàng mới phù hợp lĩnh vực của Quý vị: Giảm tôm hùm chết hàng loạt ở vịnh Xuân Đài',
    );
    expect(vi.text).toContain('Sở Khoa học và Công nghệ tỉnh Khánh Hòa');
    expect(vi.text).toContain('31/03/2098');
    expect(vi.html).toContain(`${PUBLIC_URL}/me/matching-needs`);
    // the parent field's expert is reached too, as on the board
    await waitForMail(t.mailDir!, 'dong@experts.test');
    const [en] = await waitForMail(t.mailDir!, 'ocean@experts.test');
    expect(en.subject).toBe('A new task order in your field: Giảm tôm hùm chết hàng loạt ở vịnh Xuân Đài');
    const all = await readMailbox(t.mailDir!);
    expect(all.flatMap((mail) => mail.to).sort()).toEqual([
      'bien@experts.test',
      'dong@experts.test',
      'ocean@experts.test',
    ]);
  });

  it('sends nothing when a consulting request is accepted', async () => {
    const before = (await readMailbox(t.mailDir!)).length;
    await flow.acceptedRequest(agency, {
      kind: 'consulting',
      title: 'Tư vấn quy hoạch vùng nuôi tôm',
      summary: 'Sở cần tư vấn',
      fieldCodes: ['405'],
      drafters: [{ name: 'Người Soạn' }],
    });
    // a task order accepted afterwards is delivered, so the consulting one had its chance to be
    await flow.acceptedRequest(agency, {
      kind: 'task_order',
      title: 'Đặt hàng về giống lúa',
      summary: 'Sở cần chuyên gia cây trồng',
      fieldCodes: ['401'],
      deadline: '2098-05-31',
      drafters: [{ name: 'Người Soạn' }],
    });
    await waitForMail(t.mailDir!, 'lua@experts.test');
    const after = await readMailbox(t.mailDir!);
    expect(after.slice(before).map((mail) => mail.subject)).toEqual(
      expect.arrayContaining([expect.stringContaining('Đặt hàng về giống lúa')]),
    );
    expect(after.slice(before).some((mail) => mail.subject.includes('Tư vấn quy hoạch'))).toBe(false);
  });
});
