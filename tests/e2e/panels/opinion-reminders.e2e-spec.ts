import { Organization } from '../../../src/catalog/organization.entity';
import { AuditEvent } from '../../../src/audit';
import { Intellectual } from '../../../src/intellectuals/entities/intellectual.entity';
import { OpinionReminders } from '../../../src/panels/opinions';
import type { RequestOpinionsView } from '../../../src/panels/opinions/opinions.views';
import { PanelMember } from '../../../src/panels/panel';
import type { MemberStatus } from '../../../src/panels/panel/panel-rules';
import { ReviewRequest } from '../../../src/panels/requests';
import { createExpert, someOrganizations } from '../../support/factories/panel.factory';
import { createReviewRequest } from '../../support/factories/review-request.factory';
import { waitForMail } from '../../support/mail';
import { seatMembersBySql } from '../../support/panels/seat-accepted-members';
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
 * member's language with the opinion page (and, without an account, how to get one), audited.
 */
describe('opinion reminders', () => {
  let t: TestApp;
  let staff: TestAccount;
  let requester: Organization;
  const people = {} as Record<Who, string>;
  const emails = {} as Record<Who, string>;
  const accounts = {} as Partial<Record<Who, TestAccount>>;
  const requests = {} as Record<'due' | 'outside' | 'locked' | 'late' | 'forming', ReviewRequest>;

  const opinionsOf = async (request: ReviewRequest) =>
    (await t.http.get(`/api/v1/review-requests/${request.id}/opinions`).set(bearer(staff.token)).expect(200))
      .body as RequestOpinionsView;
  const remindersTo = async (who: Who): Promise<number> => {
    const [row] = await t.dataSource.query<Array<{ count: number }>>(
      `SELECT count(*)::int AS count FROM mail_outbox WHERE template = 'panel-reminder' AND "to" = $1`,
      [emails[who]],
    );
    return row.count;
  };

  /** A request in this state and deadline whose panel seats these people, accepted two days ago unless said. */
  async function request(
    spec: Partial<ReviewRequest>,
    seats: Array<[Who, MemberStatus, string?]>,
  ): Promise<ReviewRequest> {
    const created = await createReviewRequest(t.dataSource, {
      title: 'Phản biện đề án điện gió ngoài khơi Vân Phong',
      requestingOrganizationId: requester.id,
      createdBy: staff.id,
      ...spec,
    });
    const ids = await seatMembersBySql(
      t.dataSource,
      created.id,
      seats.map(([who, status], index) => ({
        intellectualId: people[who],
        role: index === 0 ? 'chair' : index === 1 ? 'secretary' : 'member',
        status,
      })),
    );
    for (const [who, status, answered = "now() - interval '2 days'"] of seats) {
      if (status !== 'accepted' && status !== 'declined') continue;
      await t.dataSource.query(`UPDATE panel_member SET answered_at = ${answered} WHERE id = $1`, [
        ids[people[who]],
      ]);
    }
    return created;
  }

  beforeAll(async () => {
    t = await startTestApp({
      env: { PUBLIC_URL, PANEL_OPINION_REMINDER_DAYS: String(OPINION_DAYS), PANEL_REMINDER_DAYS: '1' },
    });
    staff = await t.account(['association_staff']);
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
    for (const [who, fullName] of Object.entries(names) as Array<[Who, string]>) {
      emails[who] = `${who.toLowerCase()}@experts.test`;
      people[who] = (await createExpert(t.dataSource, { fullName, email: emails[who] })).id;
    }
    // lives in Japan and lists English first: mail in English; has no account
    await t.dataSource.manager.update(
      Intellectual,
      { id: people.abroad },
      { countryCode: 'JP', languages: ['en', 'vi'] },
    );
    for (const who of ['signedUp', 'submitted', 'lockedOut'] as const) {
      accounts[who] = await t.account(['intellectual'], { intellectualId: people[who] });
    }

    requests.due = await request({ state: 'in_review', deadline: dateIn(OPINION_DAYS) }, [
      ['signedUp', 'accepted'],
      ['submitted', 'accepted'],
      ['abroad', 'accepted'],
      ['declined', 'declined'],
      ['invited', 'invited'],
      ['justAccepted', 'accepted', 'now()'],
    ]);
    requests.outside = await request({ state: 'in_review', deadline: dateIn(OPINION_DAYS + 1) }, [
      ['tooEarly', 'accepted'],
    ]);
    requests.locked = await request({ state: 'in_review', deadline: dateIn(1) }, [['lockedOut', 'accepted']]);
    requests.late = await request({ state: 'in_review', deadline: dateIn(-1) }, [['late', 'accepted']]);
    requests.forming = await request({ state: 'panel_forming', deadline: dateIn(1) }, [
      ['notStarted', 'accepted'],
    ]);

    // one member writes their opinion, and staff lock another panel, before any reminder is due
    await t.http
      .put(`/api/v1/me/review-requests/${requests.due.id}/opinion`)
      .set(bearer(accounts.submitted!.token))
      .set('If-Match', '"0"')
      .send({ text: 'Cần bổ sung đánh giá tác động đến tuyến hàng hải' })
      .expect(200);
    await t.http
      .post(`/api/v1/review-requests/${requests.locked.id}/panel/lock`)
      .set(bearer(staff.token))
      .expect(200);
  });
  afterAll(() => t.close());

  it('reminds each member due once, however many instances run at the same time', async () => {
    const reminders = t.app.get(OpinionReminders);
    const sent = await Promise.all([reminders.runOnce(), reminders.runOnce(), reminders.runOnce()]);
    expect(sent.reduce((a, b) => a + b, 0)).toBe(2);
    expect(await reminders.runOnce()).toBe(0);
    expect([await remindersTo('signedUp'), await remindersTo('abroad')]).toEqual([1, 1]);
    await waitForMail(t.mailDir!, emails.signedUp);
    await waitForMail(t.mailDir!, emails.abroad);
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

  it('mails a member with an account the opinion page to sign in to, in Vietnamese', async () => {
    const [mail] = await waitForMail(t.mailDir!, emails.signedUp);
    const link = `${PUBLIC_URL}/me/review-requests/${requests.due.id}/opinion`;
    expect(mail.subject).toBe(`Nhắc hạn ${viDate(dateIn(OPINION_DAYS))}: ${requests.due.title}`);
    const text = oneLine(mail.text);
    expect(text).toContain('Kính gửi Nguyễn Thị Nhắc Hạn');
    expect(text).toContain(`Hội đồng về đề nghị “${requests.due.title}” của ${requester.nameVi}`);
    expect(text).toContain('chưa nhận được ý kiến của Quý vị');
    expect(text).toContain('đăng nhập bằng tài khoản của mình');
    expect(text).toContain(`Gửi ý kiến [${link}]`);
    expect(text).toContain(`Hạn cuối: ${viDate(dateIn(OPINION_DAYS))}.`);
    expect(text).not.toContain('mã mời');
    // the link is the opinion page the member reaches signed in
    const page = await t.http
      .get(`/api/v1${new URL(link).pathname}`)
      .set(bearer(accounts.signedUp!.token))
      .expect(200);
    expect(page.body.window.closedReason).toBeNull();
  });

  it('tells a member without an account, in English, how to get one before writing', async () => {
    const [mail] = await waitForMail(t.mailDir!, emails.abroad);
    expect(mail.subject).toBe(`Reminder, due ${enDate(dateIn(OPINION_DAYS))}: ${requests.due.title}`);
    const text = oneLine(mail.text);
    expect(text).toContain('Dear Trần Minh Kiều Bào');
    expect(text).toContain('has not yet received your opinion');
    expect(text).toContain('your profile has no account yet');
    expect(text).toContain('invitation code, which the Department of Home Affairs issues');
    expect(text).toContain(`Claim my profile [${PUBLIC_URL}/me/claim]`);
    expect(text).toContain(`Send your opinion [${PUBLIC_URL}/me/review-requests/${requests.due.id}/opinion]`);
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
    await t.dataSource.query(
      `UPDATE panel_member SET answered_at = now() - interval '25 hours' WHERE intellectual_id = $1`,
      [people.justAccepted],
    );
    await t.dataSource.manager.update(
      ReviewRequest,
      { id: requests.outside.id },
      { deadline: dateIn(OPINION_DAYS) },
    );
    expect(await t.app.get(OpinionReminders).runOnce()).toBe(2);
    expect([await remindersTo('justAccepted'), await remindersTo('tooEarly')]).toEqual([1, 1]);
    expect([await remindersTo('signedUp'), await remindersTo('abroad')]).toEqual([1, 1]);
  });
});
