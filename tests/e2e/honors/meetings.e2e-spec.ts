import { AuditEvent } from '../../../src/audit';
import type { MeetingListPage } from '../../../src/honors/meetings/meeting-list.views';
import { IndexerService } from '../../../src/search/indexer/indexer.service';
import { createCampaign, transition } from '../../support/factories/honor-campaign.factory';
import { createProfile } from '../../support/factories/search-profile.factory';
import { readMailbox, SinkMail, waitForMail } from '../../support/mail';
import { bearer, startTestApp, TestAccount, TestApp } from '../../support/test-app';

jest.setTimeout(120_000);

const PUBLIC_URL = 'https://trithuc.khanhhoa.gov.vn';
const BASE = '/api/v1/honor-campaigns';
const DAY = 24 * 3600 * 1000;
/** A date `days` from today in Khánh Hòa, YYYY-MM-DD. */
const dateIn = (days: number) =>
  new Date(Date.now() + 7 * 3600 * 1000 + days * DAY).toISOString().slice(0, 10);

/** The token of the accept or decline link in an invitation mail (one token, two pages). */
function rsvpToken(mail: SinkMail, page: 'accept' | 'decline'): string {
  const match = new RegExp(`${PUBLIC_URL}/meeting-rsvp/${page}#token=([A-Za-z0-9_-]{43})`).exec(mail.text);
  if (!match) throw new Error(`no ${page} link in: ${mail.text}`);
  return match[1];
}

/**
 * The yearly meeting's invitation list end to end: staff build it from a staff search and by hand,
 * send the invitations (mail in the SMTP sink, in the person's language), people answer by link,
 * used and expired links are refused, and only staff reach the list.
 */
describe('meeting invitation list', () => {
  let t: TestApp;
  let staff: TestAccount;
  let campaignId: string;
  const ids = {} as Record<string, string>;

  const url = (path = '', id = campaignId) => `${BASE}/${id}${path}`;
  const list = async (query = ''): Promise<MeetingListPage> =>
    (
      await t.http
        .get(url(`/meeting-invitees${query}`))
        .set(bearer(staff.token))
        .expect(200)
    ).body as MeetingListPage;
  const statusOf = async (key: string) =>
    (await list('?limit=100')).items.find((item) => item.intellectualId === ids[key])?.status;

  async function campaign(overrides: Record<string, unknown> = {}): Promise<string> {
    const { id } = await createCampaign(t.http, staff.token, {
      kind: 'exemplary_scientist_meeting',
      title: 'Gặp mặt cán bộ khoa học tiêu biểu năm 2026',
      year: 2026,
      organizerName: 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Khánh Hòa',
      nominationsOpen: dateIn(-40),
      nominationsClose: dateIn(-30),
      ceremonyDate: dateIn(20),
      ...overrides,
    });
    return id;
  }

  beforeAll(async () => {
    t = await startTestApp({ env: { PUBLIC_URL } });
    staff = await t.account(['association_staff']);
    const coral = { expertise: ['sinh thái rạn san hô Hòn Mun'], status: 'active' as const };
    ids.lan = (
      await createProfile(t.dataSource, { ...coral, fullName: 'Trần Thị Lan', email: 'lan@coral.test' })
    ).id;
    // lives in Japan and lists English first: mail in English
    ids.minh = (
      await createProfile(t.dataSource, {
        ...coral,
        fullName: 'Lê Văn Minh',
        email: 'minh@coral.test',
        countryCode: 'JP',
        languages: ['en', 'vi'],
      })
    ).id;
    ids.hoa = (await createProfile(t.dataSource, { ...coral, fullName: 'Phạm Thị Hoa', email: null })).id;
    ids.retired = (
      await createProfile(t.dataSource, {
        ...coral,
        fullName: 'Võ Văn Hưu',
        email: 'huu@coral.test',
        status: 'retired',
      })
    ).id;
    ids.other = (
      await createProfile(t.dataSource, {
        fullName: 'Ngô Thị Thu',
        expertise: ['kinh tế biển'],
        email: 'thu@economy.test',
      })
    ).id;
    ids.deceased = (
      await createProfile(t.dataSource, { fullName: 'Đỗ Văn Cố', status: 'deceased', email: 'co@x.test' })
    ).id;
    await t.app.get(IndexerService).drain();
    campaignId = await campaign();
  });
  afterAll(() => t.close());

  it('adds everyone a staff search finds, with the counts added and already there, audited', async () => {
    const first = await t.http
      .post(url('/meeting-invitees/from-search?q=san hô Hòn Mun'))
      .set(bearer(staff.token))
      .expect(200);
    // active only, as in staff search: the retired coral scientist is not found
    expect(first.body).toMatchObject({ matched: 3, added: 3, alreadyListed: 0, capped: false });
    expect(first.body.counts).toMatchObject({ listed: 3, notSent: 2, noEmail: 1 });

    const again = await t.http
      .post(url('/meeting-invitees/from-search?q=san hô&status=active&status=retired'))
      .set(bearer(staff.token))
      .expect(200);
    expect(again.body).toMatchObject({ matched: 4, added: 1, alreadyListed: 3 });

    const audit = await t.dataSource.manager.find(AuditEvent, {
      where: { entityId: campaignId, action: 'honor_campaign.meeting_invitees_added' },
      order: { at: 'ASC' },
    });
    expect(audit).toHaveLength(2);
    expect(audit[0].actorAccountId).toBe(staff.id);
    expect((audit[0].changes.added as { after: string[] }).after).toEqual(
      [ids.lan, ids.minh, ids.hoa].sort(),
    );
  });

  it('adds one person by id and takes one off, paginating the list by name', async () => {
    const added = await t.http
      .post(url('/meeting-invitees'))
      .set(bearer(staff.token))
      .send({ intellectualId: ids.other })
      .expect(201);
    expect(added.body).toMatchObject({ fullName: 'Ngô Thị Thu', status: 'not_sent', sentAt: null });

    const twice = await t.http
      .post(url('/meeting-invitees'))
      .set(bearer(staff.token))
      .send({ intellectualId: ids.other })
      .expect(422);
    expect(twice.body.errors[0]).toMatchObject({ field: 'intellectualId' });
    expect(twice.body.errors[0].messageVi).toContain('đã có trong danh sách');

    await t.http
      .delete(url(`/meeting-invitees/${ids.retired}`))
      .set(bearer(staff.token))
      .expect(204);
    await t.http
      .delete(url(`/meeting-invitees/${ids.retired}`))
      .set(bearer(staff.token))
      .expect(404);
    const removal = await t.dataSource.manager.findOneBy(AuditEvent, {
      entityId: campaignId,
      action: 'honor_campaign.meeting_invitee_removed',
    });
    expect(removal?.changes.removed).toEqual({ before: ids.retired, after: null });

    const page = await list('?limit=2&offset=0');
    expect(page.total).toBe(4);
    expect(page.items.map((item) => item.fullName)).toEqual(['Lê Văn Minh', 'Ngô Thị Thu']);
    expect(page.counts).toMatchObject({ listed: 4, notSent: 3, noEmail: 1 });
    const noEmail = await list('?status=no_email');
    expect(noEmail.items.map((item) => item.fullName)).toEqual(['Phạm Thị Hoa']);
  });

  it('sends one invitation to each listed person with a mail address, in their language, once', async () => {
    const sent = await t.http
      .post(url('/meeting-invitations'))
      .set(bearer(staff.token))
      .send({ place: 'Hội trường 2/4, Nha Trang' })
      .expect(200);
    expect(sent.body.sent).toBe(3);
    expect(sent.body.counts).toMatchObject({ sent: 3, noEmail: 1, notSent: 0 });

    const [vi] = await waitForMail(t.mailDir!, 'lan@coral.test');
    expect(vi.subject).toBe('Thư mời tham dự: Gặp mặt cán bộ khoa học tiêu biểu năm 2026');
    expect(vi.text).toContain('Kính gửi Trần Thị Lan');
    expect(vi.text).toContain('Hội trường 2/4, Nha Trang');
    expect(rsvpToken(vi, 'accept')).toBe(rsvpToken(vi, 'decline'));
    const [en] = await waitForMail(t.mailDir!, 'minh@coral.test');
    expect(en.subject).toBe('Invitation: Gặp mặt cán bộ khoa học tiêu biểu năm 2026');
    expect(en.text).toContain('Dear Lê Văn Minh');
    await waitForMail(t.mailDir!, 'thu@economy.test');

    // nobody waits any more: a second send is refused and mails nobody
    const again = await t.http
      .post(url('/meeting-invitations'))
      .set(bearer(staff.token))
      .send({})
      .expect(422);
    expect(again.body.code).toBe('UNPROCESSABLE');
    const audit = await t.dataSource.manager.findOneBy(AuditEvent, {
      entityId: campaignId,
      action: 'honor_campaign.meeting_invitations_sent',
    });
    expect((audit?.changes.sent as { after: string[] }).after).toHaveLength(3);
    expect((await readMailbox(t.mailDir!)).filter((mail) => mail.to.includes('lan@coral.test'))).toHaveLength(
      1,
    );
  });

  it('takes yes and no by link, with a note, and a used link is refused', async () => {
    const [lanMail] = await waitForMail(t.mailDir!, 'lan@coral.test');
    const yes = rsvpToken(lanMail, 'accept');
    const peek = await t.http.post('/api/v1/meeting-rsvp/peek').send({ token: yes }).expect(200);
    expect(peek.body).toMatchObject({
      recipientName: 'Trần Thị Lan',
      meetingTitle: 'Gặp mặt cán bộ khoa học tiêu biểu năm 2026',
      meetingDate: dateIn(20),
      place: 'Hội trường 2/4, Nha Trang',
      answer: null,
    });
    expect(new Date(peek.body.linkExpiresAt).getTime()).toBeGreaterThan(Date.now() + 19 * DAY);

    const answered = await t.http
      .post('/api/v1/meeting-rsvp/answer')
      .send({ token: yes, answer: 'accepted', note: 'Tôi đi cùng một trợ lý.' })
      .expect(200);
    expect(answered.body).toMatchObject({ answer: 'accepted', answerNote: 'Tôi đi cùng một trợ lý.' });
    const used = await t.http
      .post('/api/v1/meeting-rsvp/answer')
      .send({ token: yes, answer: 'declined' })
      .expect(410);
    expect(used.body.code).toBe('ACTION_TOKEN_USED');
    await t.http.post('/api/v1/meeting-rsvp/peek').send({ token: yes }).expect(410);

    const [minhMail] = await waitForMail(t.mailDir!, 'minh@coral.test');
    await t.http
      .post('/api/v1/meeting-rsvp/answer')
      .send({ token: rsvpToken(minhMail, 'decline'), answer: 'declined' })
      .expect(200);

    expect(await statusOf('lan')).toBe('accepted');
    expect(await statusOf('minh')).toBe('declined');
    const { counts } = await list();
    expect(counts).toMatchObject({ accepted: 1, declined: 1, sent: 1, noEmail: 1 });
    const rsvp = await t.dataSource.manager.findOneBy(AuditEvent, {
      entityId: campaignId,
      action: 'honor_campaign.meeting_rsvp',
    });
    expect(rsvp?.actorAccountId).toBeNull();
    expect(rsvp?.changes.answer).toEqual({ before: null, after: 'accepted' });
  });

  it('resends on request with a fresh link (the old one stops), so an answer can change', async () => {
    const [first] = await waitForMail(t.mailDir!, 'thu@economy.test');
    const old = rsvpToken(first, 'accept');
    await t.http
      .post(url('/meeting-invitations'))
      .set(bearer(staff.token))
      .send({ intellectualIds: [ids.other, ids.minh] })
      .expect(200);
    const mails = await waitForMail(t.mailDir!, 'thu@economy.test', { count: 2 });
    await t.http.post('/api/v1/meeting-rsvp/peek').send({ token: old }).expect(410);
    await t.http
      .post('/api/v1/meeting-rsvp/answer')
      .send({ token: rsvpToken(mails[1], 'accept'), answer: 'accepted' })
      .expect(200);
    expect(await statusOf('other')).toBe('accepted');
    // Minh declined, asked again, and now comes
    const minh = await waitForMail(t.mailDir!, 'minh@coral.test', { count: 2 });
    expect(await statusOf('minh')).toBe('declined');
    await t.http
      .post('/api/v1/meeting-rsvp/answer')
      .send({ token: rsvpToken(minh[1], 'accept'), answer: 'accepted' })
      .expect(200);
    expect(await statusOf('minh')).toBe('accepted');
  });

  it('refuses an expired link, and a removed person’s link', async () => {
    const [mail] = await waitForMail(t.mailDir!, 'minh@coral.test', { count: 2 });
    await t.http
      .delete(url(`/meeting-invitees/${ids.minh}`))
      .set(bearer(staff.token))
      .expect(204);
    const removed = await t.http.post('/api/v1/meeting-rsvp/peek').send({ token: rsvpToken(mail, 'accept') });
    expect(removed.status).toBe(410);

    await t.http
      .post(url('/meeting-invitees'))
      .set(bearer(staff.token))
      .send({ intellectualId: ids.minh })
      .expect(201);
    await t.http
      .post(url('/meeting-invitations'))
      .set(bearer(staff.token))
      .send({ intellectualIds: [ids.minh] })
      .expect(200);
    const latest = (await waitForMail(t.mailDir!, 'minh@coral.test', { count: 3 }))[2];
    await t.dataSource.query(
      `UPDATE action_token SET expires_at = now() - interval '1 second'
        WHERE purpose = 'meeting-rsvp' AND used_at IS NULL`,
    );
    const expired = await t.http
      .post('/api/v1/meeting-rsvp/answer')
      .send({ token: rsvpToken(latest, 'accept'), answer: 'accepted' })
      .expect(410);
    expect(expired.body.code).toBe('ACTION_TOKEN_EXPIRED');
    await t.http
      .post('/api/v1/meeting-rsvp/answer')
      .send({ token: 'x'.repeat(43), answer: 'accepted' })
      .expect(404);
  });

  it('shows a refused mail as bounced', async () => {
    // what the mail worker records when the receiving server refuses for good (a 5xx answer)
    await t.dataSource.query(
      `UPDATE mail_outbox SET status = 'failed'
        WHERE id = (SELECT mail_message_id FROM meeting_invitee WHERE intellectual_id = $1 AND campaign_id = $2)`,
      [ids.minh, campaignId],
    );
    expect(await statusOf('minh')).toBe('bounced');
    expect((await list()).counts.bounced).toBe(1);
  });

  it('refuses bad input with 4xx naming the field in both languages', async () => {
    const cases: Array<[string, object, number, string]> = [
      ['/meeting-invitees', { intellectualId: 'nope' }, 400, 'intellectualId'],
      ['/meeting-invitees', { intellectualId: ids.deceased }, 400, 'intellectualId'],
      [
        '/meeting-invitees',
        { intellectualId: '00000000-0000-4000-8000-000000000000' },
        400,
        'intellectualId',
      ],
      ['/meeting-invitations', { intellectualIds: ['nope'] }, 400, 'intellectualIds'],
      ['/meeting-invitations', { intellectualIds: [ids.hoa] }, 422, 'intellectualIds[0]'],
      ['/meeting-invitations', { place: 'x' }, 400, 'place'],
    ];
    for (const [path, body, status, field] of cases) {
      const response = await t.http.post(url(path)).set(bearer(staff.token)).send(body);
      expect({ path, body, status: response.status }).toEqual({ path, body, status });
      expect(response.body.errors[0].field).toBe(field);
      expect(response.body.errors[0].messageVi).toBeTruthy();
    }
    const noFilter = await t.http
      .post(url('/meeting-invitees/from-search'))
      .set(bearer(staff.token))
      .expect(400);
    expect(noFilter.body.errors[0]).toMatchObject({ field: 'q' });
    const badFilter = await t.http
      .post(url('/meeting-invitees/from-search?degreeLevel=wizard'))
      .set(bearer(staff.token))
      .expect(400);
    expect(badFilter.body.errors[0].field).toBe('degreeLevel');
    await t.http.get(url('/meeting-invitees?status=lost')).set(bearer(staff.token)).expect(400);
    const rsvp = await t.http
      .post('/api/v1/meeting-rsvp/answer')
      .send({ token: 'x'.repeat(43), answer: 'maybe' });
    expect(rsvp.status).toBe(400);
    expect(rsvp.body.errors[0].field).toBe('answer');
  });

  it('refuses campaigns of other kinds, and sending without a meeting day ahead', async () => {
    const award = await campaign({ kind: 'provincial_st_award' });
    const wrong = await t.http.get(url('/meeting-invitees', award)).set(bearer(staff.token)).expect(422);
    expect(wrong.body.detail).toContain('exemplary_scientist_meeting');
    await t.http
      .post(url('/meeting-invitees', award))
      .set(bearer(staff.token))
      .send({ intellectualId: ids.lan })
      .expect(422);

    const past = await campaign({ ceremonyDate: dateIn(-1), nominationsClose: dateIn(-5) });
    await t.http
      .post(url('/meeting-invitees', past))
      .set(bearer(staff.token))
      .send({ intellectualId: ids.lan })
      .expect(201);
    const late = await t.http
      .post(url('/meeting-invitations', past))
      .set(bearer(staff.token))
      .send({})
      .expect(422);
    expect(late.body.errors[0].field).toBe('ceremonyDate');
    const undated = await campaign({ ceremonyDate: undefined });
    await t.http
      .post(url('/meeting-invitees', undated))
      .set(bearer(staff.token))
      .send({ intellectualId: ids.lan })
      .expect(201);
    await t.http.post(url('/meeting-invitations', undated)).set(bearer(staff.token)).send({}).expect(422);
    await t.http
      .get(url('/meeting-invitees', '00000000-0000-4000-8000-000000000000'))
      .set(bearer(staff.token))
      .expect(404);
  });

  it('keeps an archived meeting’s list as it was: readable, no longer changed', async () => {
    const archived = await campaign();
    await t.http
      .post(url('/meeting-invitees', archived))
      .set(bearer(staff.token))
      .send({ intellectualId: ids.lan })
      .expect(201);
    await transition(t.http, staff.token, { id: archived, etag: '"1"' }, 'archived').expect(200);
    const refused = await t.http
      .post(url('/meeting-invitees', archived))
      .set(bearer(staff.token))
      .send({ intellectualId: ids.minh })
      .expect(422);
    expect(refused.body).toMatchObject({ errors: [{ field: 'id' }] });
    expect(refused.body.detail).toContain('archived');
    await t.http.post(url('/meeting-invitations', archived)).set(bearer(staff.token)).send({}).expect(422);
    await t.http
      .delete(url(`/meeting-invitees/${ids.lan}`, archived))
      .set(bearer(staff.token))
      .expect(422);
    const kept = await t.http.get(url('/meeting-invitees', archived)).set(bearer(staff.token)).expect(200);
    expect((kept.body as MeetingListPage).items.map((item) => item.intellectualId)).toEqual([ids.lan]);
  });

  it('lets only association staff and admin near the list', async () => {
    const officer = await t.account(['personnel_officer']);
    const person = await t.account(['intellectual'], { intellectualId: ids.lan });
    const admin = await t.account(['admin']);
    await t.http.get(url('/meeting-invitees')).expect(401);
    for (const who of [officer, person]) {
      await t.http.get(url('/meeting-invitees')).set(bearer(who.token)).expect(403);
      await t.http.post(url('/meeting-invitees/from-search?q=san')).set(bearer(who.token)).expect(403);
      await t.http.post(url('/meeting-invitations')).set(bearer(who.token)).send({}).expect(403);
      await t.http
        .delete(url(`/meeting-invitees/${ids.lan}`))
        .set(bearer(who.token))
        .expect(403);
    }
    await t.http.get(url('/meeting-invitees')).set(bearer(admin.token)).expect(200);
  });
});
