import { vietnamToday } from '../../../src/honors/nominations/nomination-rules';
import { IntellectualsService } from '../../../src/intellectuals/intellectuals.service';
import {
  CreatedCampaign,
  day,
  openCampaign,
  transition,
} from '../../support/factories/honor-campaign.factory';
import { intellectualInput } from '../../support/factories/intellectual.factory';
import { SinkMail, waitForMail } from '../../support/mail';
import { bearer, startTestApp, TestAccount, TestApp } from '../../support/test-app';

jest.setTimeout(120_000);

const PUBLIC_URL = 'https://trithuc.khanhhoa.gov.vn';
const NOMINATIONS = '/api/v1/nominations';
const LINK = '/api/v1/nomination-answer';

/** The token of the accept or decline link in the nomination mail (one token, two pages). */
function answerToken(mail: SinkMail, page: 'accept' | 'decline'): string {
  const match = new RegExp(`${PUBLIC_URL}/nomination-answer/${page}#token=([A-Za-z0-9_-]{43})`).exec(
    mail.text,
  );
  if (!match) throw new Error(`no ${page} link in: ${mail.text}`);
  return match[1];
}

/**
 * Most people in the registry have no account: the nomination mail's links let them accept or
 * decline once, while the campaign takes nominations, and show only what the mail said.
 */
describe('answering a nomination by the mailed link', () => {
  let t: TestApp;
  let staff: TestAccount;
  let agency: TestAccount;
  let campaign: CreatedCampaign;

  beforeAll(async () => {
    t = await startTestApp({ env: { PUBLIC_URL } });
    staff = await t.account(['association_staff']);
    const [ntu] = await t.dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM organization WHERE short_name = 'NTU'`,
    );
    agency = await t.account(['agency'], { organizationId: ntu.id });
    campaign = await openCampaign(t.http, staff.token, {
      kind: 'exemplary_intellectual',
      title: 'Tuyên dương Trí thức tiêu biểu tỉnh Khánh Hòa',
      year: Number(vietnamToday().slice(0, 4)),
      organizerName: 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Khánh Hòa',
      nominationsOpen: day(-10),
      nominationsClose: day(10),
      rounds: [{ name: 'Hội đồng xét chọn', deadline: day(40) }],
      criteria: [{ kind: 'active' }],
    });
  });
  afterAll(() => t.close());

  /** A person without an account, nominated by the agency for a work; returns the mail they got. */
  async function nominated(email: string, workTitle = 'Mô hình nuôi tôm hùm lồng HDPE') {
    const person = await t.app
      .get(IntellectualsService)
      .create(intellectualInput({ email }) as never, undefined, 'self_declared');
    const draft = await t.http
      .post(NOMINATIONS)
      .set(bearer(agency.token))
      .send({
        campaignId: campaign.id,
        nomineeId: person.body.id,
        nominatedBy: 'organization',
        work: { title: workTitle, summary: 'Chuyển giao cho 40 hộ nuôi ở Vạn Ninh.' },
      })
      .expect(201);
    await t.http
      .post(`${NOMINATIONS}/${draft.body.id}/submit`)
      .set(bearer(agency.token))
      .set('If-Match', draft.headers.etag)
      .expect(200);
    const [mail] = await waitForMail(t.mailDir!, email);
    return { id: draft.body.id as string, mail };
  }

  const nominationOf = (id: string) =>
    t.http.get(`${NOMINATIONS}/${id}`).set(bearer(staff.token)).expect(200);

  it('the link shows what the mail said, accepts once, and the acceptance is audited as given by link', async () => {
    const { id, mail } = await nominated('hoa.link@ntu.edu.vn');
    const token = answerToken(mail, 'accept');
    expect(answerToken(mail, 'decline')).toBe(token);

    const peek = await t.http.post(`${LINK}/peek`).send({ token }).expect(200);
    expect(peek.body).toMatchObject({
      campaignTitle: 'Tuyên dương Trí thức tiêu biểu tỉnh Khánh Hòa',
      workTitle: 'Mô hình nuôi tôm hùm lồng HDPE',
      state: 'submitted',
      nominationsClose: day(10),
      answeredAt: null,
    });
    expect(peek.body.nominatorName).toContain('Nha Trang');
    // nothing beyond the mail: no eligibility, no statement, no ids
    expect(Object.keys(peek.body).sort()).toEqual(
      [
        'answeredAt',
        'campaignTitle',
        'linkExpiresAt',
        'nominationsClose',
        'nominatorName',
        'recipientName',
        'state',
        'workTitle',
      ].sort(),
    );
    expect(Date.parse(peek.body.linkExpiresAt as string)).toBeGreaterThan(Date.now() + 9 * 86_400_000);

    const answered = await t.http.post(`${LINK}/answer`).send({ token, answer: 'accepted' }).expect(200);
    expect(answered.body).toMatchObject({ state: 'accepted', linkExpiresAt: null });
    expect((await nominationOf(id)).body).toMatchObject({ state: 'accepted', eligible: true });

    const again = await t.http.post(`${LINK}/answer`).send({ token, answer: 'declined' });
    expect(again.status).toBe(410);
    expect(again.body.code).toBe('ACTION_TOKEN_USED');

    const [entry] = await t.dataSource.query<Array<{ actor_account_id: string | null; changes: object }>>(
      `SELECT actor_account_id, changes FROM audit_event
        WHERE entity_id = $1 AND action = 'honor_nomination.accept'`,
      [id],
    );
    expect(entry).toMatchObject({
      actor_account_id: null,
      changes: { state: { before: 'submitted', after: 'accepted' }, answeredVia: { after: 'link' } },
    });
  });

  it('declining by link keeps the reason; bad input is a 400 naming the field and leaves the link usable', async () => {
    const { id, mail } = await nominated('binh.link@ntu.edu.vn', 'Giống rong sụn chịu nhiệt');
    const token = answerToken(mail, 'decline');
    const bad = await t.http.post(`${LINK}/answer`).send({ token, answer: 'maybe' });
    expect(bad.status).toBe(400);
    expect((bad.body as { errors: Array<{ field: string }> }).errors.map((e) => e.field)).toEqual(['answer']);
    await t.http
      .post(`${LINK}/answer`)
      .send({ token, answer: 'declined', reason: 'Tôi đã nhận danh hiệu này năm trước.' })
      .expect(200);
    expect((await nominationOf(id)).body).toMatchObject({
      state: 'declined',
      declineReason: 'Tôi đã nhận danh hiệu này năm trước.',
    });
  });

  it('a made-up token is 404; once the review starts the link refuses with 409 and stays unused', async () => {
    const unknown = await t.http.post(`${LINK}/peek`).send({ token: 'A'.repeat(43) });
    expect(unknown.status).toBe(404);

    const { id, mail } = await nominated('chi.link@ntu.edu.vn', 'Quan trắc tảo nở hoa vịnh Nha Trang');
    const token = answerToken(mail, 'accept');
    await transition(t.http, staff.token, campaign, 'in_review').expect(200);
    const late = await t.http.post(`${LINK}/answer`).send({ token, answer: 'accepted' });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('NOMINATIONS_CLOSED');
    expect(late.body.detailVi).toBeTruthy();
    // the refused answer rolled back with the redemption: the link still reads
    await t.http.post(`${LINK}/peek`).send({ token }).expect(200);
    expect((await nominationOf(id)).body.state).not.toBe('accepted');
  });
});
