import { Organization } from '../../../src/catalog/organization.entity';
import { AuditEvent } from '../../../src/audit';
import { OpinionReminders } from '../../../src/panels/opinions';
import type { RequestOpinionsView } from '../../../src/panels/opinions/opinions.views';
import { PanelMember } from '../../../src/panels/panel';
import type { PanelRole } from '../../../src/panels/panel/panel-rules';
import type { ReviewRequestView } from '../../../src/panels/requests/review-request.views';
import { createExpert, someOrganizations } from '../../support/factories/panel.factory';
import { waitForMail } from '../../support/mail';
import { ReviewFlow } from '../../support/panels/review-flow';
import { bearer, startTestApp, TestAccount, TestApp } from '../../support/test-app';

jest.setTimeout(120_000);

const PUBLIC_URL = 'https://trithuc.khanhhoa.gov.vn';
const DAY = 24 * 3600 * 1000;
/** The opinion reminder's lead time in this app; the invitation's is set apart to show they differ. */
const OPINION_DAYS = 4;

/** A date `days` from today in Khánh Hòa, YYYY-MM-DD. */
const dateIn = (days: number) =>
  new Date(Date.now() + 7 * 3600 * 1000 + days * DAY).toISOString().slice(0, 10);
const viDate = (date: string) => date.split('-').reverse().join('/');
const enDate = (date: string) =>
  new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
const oneLine = (text: string) => text.replace(/\s+/g, ' ');

type Who =
  | 'signedUp'
  | 'abroad'
  | 'submitted'
  | 'declined'
  | 'invited'
  | 'justAccepted'
  | 'tooEarly'
  | 'lockedOut'
  | 'late'
  | 'notStarted';

/**
 * Reminders to accepted members who have not sent their opinion: once, PANEL_OPINION_REMINDER_DAYS
 * before the deadline while the review is on, mailed through the outbox to the SMTP sink in the
 * member's language with a fresh personal opinion link (no account needed), audited. The
 * panels are formed through the routes: staff invite, the members answer from their mails.
 */
describe('opinion reminders', () => {
  let t: TestApp;
  let staff: TestAccount;
  let flow: ReviewFlow;
  let requester: Organization;
  const people = {} as Record<Who, string>;
  const emails = {} as Record<Who, string>;
  const accounts = {} as Partial<Record<Who, TestAccount>>;
  const requests = {} as Record<'due' | 'outside' | 'locked' | 'late' | 'forming', ReviewRequestView>;

  const opinionsOf = async (request: ReviewRequestView) =>
    (await t.http.get(`/api/v1/review-requests/${request.id}/opinions`).set(bearer(staff.token)).expect(200))
      .body as RequestOpinionsView;
  const remindersTo = async (who: Who): Promise<number> => {
    const [row] = await t.dataSource.query<Array<{ count: number }>>(
      `SELECT count(*)::int AS count FROM mail_outbox WHERE template = 'panel-reminder' AND "to" = $1`,
      [emails[who]],
    );
    return row.count;
  };
  /** The reminder in a member's mailbox, which holds their invitation first. */
  /** The third mail: after the invitation and the opinion link mailed when the review started. */
  const reminderMailTo = async (who: Who) => (await waitForMail(t.mailDir!, emails[who], { count: 3 }))[2];
  /** Seats in this order: the first chairs, the second is secretary, the rest are members. */
  const seatsOf = (who: Who[]) =>
    who.map((key, i) => ({
      intellectualId: people[key],
      role: (['chair', 'secretary'] as PanelRole[])[i] ?? 'member',
      email: emails[key],
    }));
  /**
   * Two more experts who complete a panel that seats a single person under test; they accept just
   * now, so no opinion reminder is due to them here (one waits a day after accepting).
   */
  let helpers = 0;
  const withHelpers = async (who: Who) => {
    const extra = [];
    for (const role of ['secretary', 'member'] as const) {
      helpers += 1;
      const email = `helper${helpers}@experts.test`;
      const expert = await createExpert(t.dataSource, { fullName: `Chuyên Gia Phụ ${helpers}`, email });
      extra.push({ intellectualId: expert.id, role, email });
    }
    return [...seatsOf([who]), ...extra];
  };
  /** time: reminders wait a day after someone accepts; those under test accepted two days ago */
  const acceptedTwoDaysAgo = (who: Who[]) =>
    t.dataSource.query(
      `UPDATE panel_member SET answered_at = now() - interval '2 days' WHERE intellectual_id = ANY($1::uuid[])`,
      [who.map((key) => people[key])],
    );

  beforeAll(async () => {
    t = await startTestApp({
      env: { PUBLIC_URL, PANEL_OPINION_REMINDER_DAYS: String(OPINION_DAYS), PANEL_REMINDER_DAYS: '1' },
    });
    staff = await t.account(['association_staff']);
    flow = new ReviewFlow(t, staff);
    [requester] = await someOrganizations(t.dataSource, 1);
    const names: Record<Who, string> = {
      signedUp: 'Nguyễn Thị Nhắc Hạn',
      abroad: 'Trần Minh Kiều Bào',
      submitted: 'Lê Văn Đã Gửi',
      declined: 'Phạm Thị Từ Chối',
      invited: 'Hoàng Văn Chưa Trả Lời',
      justAccepted: 'Võ Thị Mới Nhận',
      tooEarly: 'Đặng Văn Còn Sớm',
      lockedOut: 'Bùi Thị Đã Khóa',
      late: 'Đỗ Văn Quá Hạn',
      notStarted: 'Ngô Thị Chưa Bắt Đầu',
    };
    // lives in Japan and lists English first: mail in English; has no account
    const abroad = { countryCode: 'JP', languages: ['en', 'vi'] };
    for (const [who, fullName] of Object.entries(names) as Array<[Who, string]>) {
      emails[who] = `${who.toLowerCase()}@experts.test`;
      const facts = { fullName, email: emails[who], ...(who === 'abroad' ? abroad : {}) };
      people[who] = (await createExpert(t.dataSource, facts)).id;
    }
    for (const who of ['signedUp', 'submitted', 'lockedOut'] as const) {
      accounts[who] = await t.account(['intellectual'], { intellectualId: people[who] });
    }
    const onBehalf = (deadline: string) => ({
      title: 'Phản biện đề án điện gió ngoài khơi Vân Phong',
      requestingOrganizationId: requester.id,
      deadline,
      panelSizeMax: 7,
    });

    const due = await flow.seatedPanel(
      staff,
      seatsOf(['signedUp', 'submitted', 'abroad', 'declined', 'invited', 'justAccepted']),
      {
        ...onBehalf(dateIn(OPINION_DAYS)),
        accepting: (['signedUp', 'submitted', 'abroad', 'justAccepted'] as const).map((who) => people[who]),
      },
    );
    requests.due = due.request;
    await t.http
      .post('/api/v1/panel-invitations/decline')
      .send({ token: due.pending[people.declined].decline })
      .expect(200);
    await flow.startReview(requests.due.id);
    requests.outside = await flow.reviewing(
      staff,
      await withHelpers('tooEarly'),
      onBehalf(dateIn(OPINION_DAYS + 1)),
    );
    requests.locked = await flow.reviewing(staff, await withHelpers('lockedOut'), onBehalf(dateIn(1)));
    requests.late = await flow.reviewing(staff, await withHelpers('late'), onBehalf(dateIn(1)));
    // time: the deadline passes during the review (no route sets a past deadline)
    await t.dataSource.query(`UPDATE review_request SET deadline = $2 WHERE id = $1`, [
      requests.late.id,
      dateIn(-1),
    ]);
    const forming = await flow.seatedPanel(staff, await withHelpers('notStarted'), {
      ...onBehalf(dateIn(1)),
      accepting: [people.notStarted],
    });
    requests.forming = forming.request;
    await acceptedTwoDaysAgo([
      'signedUp',
      'submitted',
      'abroad',
      'declined',
      'tooEarly',
      'lockedOut',
      'late',
      'notStarted',
    ]);

    // one member writes their opinion, and staff lock another panel, before any reminder is due
    await t.http
      .put(`/api/v1/me/review-requests/${requests.due.id}/opinion`)
      .set(bearer(accounts.submitted!.token))
      .set('If-Match', '"0"')
      .send({ text: 'Cần bổ sung đánh giá tác động đến tuyến hàng hải' })
      .expect(200);
    await flow.lock(requests.locked.id);
  });
  afterAll(() => t.close());

  it('reminds each member due once, however many instances run at the same time', async () => {
    const reminders = t.app.get(OpinionReminders);
    const sent = await Promise.all([reminders.runOnce(), reminders.runOnce(), reminders.runOnce()]);
    expect(sent.reduce((a, b) => a + b, 0)).toBe(2);
    expect(await reminders.runOnce()).toBe(0);
    expect([await remindersTo('signedUp'), await remindersTo('abroad')]).toEqual([1, 1]);
    await reminderMailTo('signedUp');
    await reminderMailTo('abroad');
  });

  it('reminds only accepted members of a review in progress, inside the window, who have not written', async () => {
    const reminded = async (who: Who) =>
      (
        await t.dataSource.manager.findOneByOrFail(PanelMember, {
          intellectualId: people[who],
        })
      ).opinionReminderSentAt !== null;
    const everyone = Object.keys(people) as Who[];
    const flags = Object.fromEntries(
      await Promise.all(everyone.map(async (who) => [who, await reminded(who)])),
    );
    expect(flags).toEqual({
      signedUp: true,
      abroad: true,
      // already submitted; declined; never answered; accepted less than a day ago
      submitted: false,
      declined: false,
      invited: false,
      justAccepted: false,
      // the deadline a day beyond the window; the panel locked; the deadline passed; review not started
      tooEarly: false,
      lockedOut: false,
      late: false,
      notStarted: false,
    });
    for (const who of everyone.filter((key) => !flags[key])) expect(await remindersTo(who)).toBe(0);
  });

  it('mails a member their personal opinion link, in Vietnamese, which works with an account too', async () => {
    const mail = await reminderMailTo('signedUp');
    expect(mail.subject).toBe(`Nhắc hạn ${viDate(dateIn(OPINION_DAYS))}: ${requests.due.title}`);
    const text = oneLine(mail.text);
    expect(text).toContain('Kính gửi Nguyễn Thị Nhắc Hạn');
    expect(text).toContain(`Hội đồng về đề nghị “${requests.due.title}” của ${requester.nameVi}`);
    expect(text).toContain('chưa nhận được ý kiến của Quý vị');
    expect(text).toContain('không cần tài khoản hay đăng nhập');
    expect(text).toContain(`Hạn cuối: ${viDate(dateIn(OPINION_DAYS))}.`);
    expect(text).not.toContain('mã mời');
    const token = new RegExp(`Gửi ý kiến \\[${PUBLIC_URL}/opinions/write#token=([A-Za-z0-9_-]{43})\\]`).exec(
      text,
    );
    expect(token).not.toBeNull();
    const page = await t.http.get('/api/v1/opinion-link').set('X-Opinion-Token', token![1]).expect(200);
    expect(page.body).toMatchObject({ request: { id: requests.due.id }, window: { closedReason: null } });
  });

  it('mails a member without an account, in English, the link instead of a way to get an account', async () => {
    const mail = await reminderMailTo('abroad');
    expect(mail.subject).toBe(`Reminder, due ${enDate(dateIn(OPINION_DAYS))}: ${requests.due.title}`);
    const text = oneLine(mail.text);
    expect(text).toContain('Dear Trần Minh Kiều Bào');
    expect(text).toContain('has not yet received your opinion');
    expect(text).toContain('needs no account or sign-in');
    expect(text).not.toContain('invitation code');
    expect(text).toMatch(
      new RegExp(`Send your opinion \\[${PUBLIC_URL}/opinions/write#token=[A-Za-z0-9_-]{43}\\]`),
    );
    expect(text).toContain(`Deadline: ${enDate(dateIn(OPINION_DAYS))}.`);
  });

  it('audits each reminder on the request and shows staff when each member was reminded', async () => {
    const audit = await t.dataSource.manager.findBy(AuditEvent, {
      action: 'review_request.panel_opinion_reminded',
    });
    expect(
      audit.map((event) => [
        event.entityId,
        (event.changes as Record<string, { after: unknown }>).intellectualId.after,
      ]),
    ).toEqual(
      expect.arrayContaining([
        [requests.due.id, people.signedUp],
        [requests.due.id, people.abroad],
      ]),
    );
    expect(audit).toHaveLength(2);
    expect(audit.every((event) => event.actorAccountId === null)).toBe(true);
    const view = await opinionsOf(requests.due);
    const remindedAt = Object.fromEntries(
      view.members.map((member) => [member.fullName, member.opinionReminderSentAt !== null]),
    );
    expect(remindedAt).toEqual({
      'Nguyễn Thị Nhắc Hạn': true,
      'Lê Văn Đã Gửi': false,
      'Trần Minh Kiều Bào': true,
      'Võ Thị Mới Nhận': false,
    });
  });

  it('reminds a member who accepted a day ago at the next run, and a request that comes into the window', async () => {
    // time: a day passes, for the member who accepted and for the deadline now inside the window
    await t.dataSource.query(
      `UPDATE panel_member SET answered_at = now() - interval '25 hours' WHERE intellectual_id = $1`,
      [people.justAccepted],
    );
    await t.dataSource.query(`UPDATE review_request SET deadline = $2 WHERE id = $1`, [
      requests.outside.id,
      dateIn(OPINION_DAYS),
    ]);
    expect(await t.app.get(OpinionReminders).runOnce()).toBe(2);
    expect([await remindersTo('justAccepted'), await remindersTo('tooEarly')]).toEqual([1, 1]);
    expect([await remindersTo('signedUp'), await remindersTo('abroad')]).toEqual([1, 1]);
  });
});
