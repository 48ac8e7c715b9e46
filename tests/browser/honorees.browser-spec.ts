import { vietnamToday } from '../../src/honors/nominations/nomination-rules';
import { IntellectualsService } from '../../src/intellectuals/intellectuals.service';
import { day, openCampaign } from '../support/factories/honor-campaign.factory';
import { confirmedFinalRound } from '../support/factories/honor-results.factory';
import { intellectualInput } from '../support/factories/intellectual.factory';
import { bearer } from '../support/test-app';
import {
  BrowserApp,
  expectAccessible,
  expectHeading,
  fitsViewport,
  PHONE,
  startBrowserApp,
} from './support/browser';

jest.setTimeout(180_000);

const CAMPAIGNS = '/api/v1/honor-campaigns';
const TITLE = 'Giải thưởng Khoa học và Công nghệ tỉnh Khánh Hòa lần thứ IV';

/**
 * A visitor on a phone reads the published honors results: the campaign with its decision and
 * counts, then its honorees, the consenting one by name linking to their profile, the others counted.
 */
describe('The public honors results in the browser', () => {
  let b: BrowserApp;
  let campaignId: string;
  let namedId: string;
  const decisionDate = day(-1);

  beforeAll(async () => {
    b = await startBrowserApp();
    const { http, dataSource } = b.testApp;
    const staff = await b.testApp.account(['association_staff']);
    ({ id: campaignId } = await openCampaign(http, staff.token, {
      kind: 'provincial_st_award',
      title: TITLE,
      year: Number(vietnamToday().slice(0, 4)),
      organizerName: 'Sở Khoa học và Công nghệ tỉnh Khánh Hòa',
      nominationsOpen: day(-30),
      nominationsClose: day(30),
      categories: ['Nghiên cứu khoa học'],
      prizeLevels: [
        { code: 'A', name: 'Giải A', quota: 2 },
        { code: 'B', name: 'Giải B', quota: 2 },
      ],
      rounds: [{ name: 'Cấp tỉnh', deadline: day(40) }],
      criteria: [{ kind: 'active' }],
      scoring: {
        criteria: [{ code: 'novelty', name: 'Tính mới, tính sáng tạo', weight: 1 }],
        method: 'mean',
        tieBreak: ['criterion:novelty', 'score_count', 'submitted_at'],
        thresholds: [],
      },
    }));
    const people = b.testApp.app.get(IntellectualsService);
    const person = async (overrides: Record<string, unknown>) =>
      (await people.create(intellectualInput(overrides) as never, undefined, 'self_declared')).body
        .id as string;
    namedId = await person({ fullName: 'Phạm Văn Công Khai', organizationName: 'Viện Hải dương học' });
    await dataSource.query(
      `UPDATE intellectual SET public_profile = true, public_profile_consented_at = now() WHERE id = $1`,
      [namedId],
    );
    const hidden = [await person({ fullName: 'Lê Thị Kín Đáo' }), await person({ fullName: 'Trần Văn Ẩn' })];
    await confirmedFinalRound(dataSource, campaignId, [
      { nomineeId: namedId, level: 'A' },
      { nomineeId: hidden[0], level: 'A' },
      { nomineeId: hidden[1], level: 'B' },
    ]);
    const etag = async () =>
      (await http.get(`${CAMPAIGNS}/${campaignId}`).set(bearer(staff.token)).expect(200)).headers.etag;
    await http
      .post(`${CAMPAIGNS}/${campaignId}/decision`)
      .set(bearer(staff.token))
      .set('If-Match', await etag())
      .send({ decisionNumber: '125/QĐ-SKHCN', decisionDate })
      .expect(200);
    await http
      .post(`${CAMPAIGNS}/${campaignId}/publication`)
      .set(bearer(staff.token))
      .set('If-Match', await etag())
      .expect(200);
  });
  afterAll(() => b?.close());

  it('shows a visitor on a phone the published campaign and its honorees, named only with consent', async () => {
    const context = await b.newContext({ viewport: PHONE });
    const page = await context.newPage();
    const [y, m, d] = decisionDate.split('-');

    await page.goto('/honorees');
    await expectHeading(page, 'Kết quả xét chọn, tôn vinh');
    await page.getByText(`Quyết định số 125/QĐ-SKHCN ngày ${d}/${m}/${y}`).waitFor();
    await page.getByText('3 người được khen thưởng').waitFor();
    await page.getByText('Giải A: 2 người; Giải B: 1 người', { exact: false }).waitFor();
    await expectAccessible(page);
    expect(await fitsViewport(page)).toBe(true);

    await page.getByRole('link', { name: TITLE }).click();
    await expectHeading(page, TITLE);
    expect(await page.title()).toBe(`${TITLE} · Trí thức Khánh Hòa`);
    const named = page.getByRole('link', { name: 'Phạm Văn Công Khai' });
    expect(await named.getAttribute('href')).toBe(`/directory/${namedId}`);
    await page.getByText('Viện Hải dương học', { exact: false }).waitFor();
    // level A: the consenting honoree by name and the other counted; level B: only counted
    await page.getByText('và 1 người khác được khen thưởng').waitFor();
    await page.getByText('1 người được khen thưởng', { exact: true }).waitFor();
    expect(await page.getByText('Lê Thị Kín Đáo').count()).toBe(0);
    expect(await page.getByText('Trần Văn Ẩn').count()).toBe(0);
    await expectAccessible(page);
    expect(await fitsViewport(page)).toBe(true);

    // the honoree's public profile lists the award the publication wrote, linked back to the campaign
    await named.click();
    await expectHeading(page, 'Phạm Văn Công Khai');
    const back = page.getByRole('link', { name: /Danh sách được khen thưởng của đợt xét chọn/ });
    expect(await back.getAttribute('href')).toBe(`/honorees/${campaignId}`);
    await expectAccessible(page);
    expect(await fitsViewport(page)).toBe(true);
    await back.click();
    await expectHeading(page, TITLE);

    await page.goto('/honorees/00000000-0000-4000-8000-000000000000');
    await expectHeading(page, 'Không tìm thấy đợt xét chọn này');
    await context.close();
  });
});
