import { Organization } from '../../../src/catalog/organization.entity';
import { AuditEvent } from '../../../src/audit';
import { InvitationReminders } from '../../../src/panels/invitations';
import { NO_CONFLICT_DECLARATION } from '../../../src/panels/invitations/invitation-terms';
import type {
  ExpertInvitationPage,
  ExpertInvitationView,
  InvitationsView,
  TokenInvitationView,
} from '../../../src/panels/invitations/invitations.views';
import { PanelMember } from '../../../src/panels/panel';
import type { PanelCandidatePage, PanelHistoryPage } from '../../../src/panels/panel/panel.views';
import type { PanelRole } from '../../../src/panels/panel/panel-rules';
import type { ReviewRequestView } from '../../../src/panels/requests/review-request.views';
import { IndexerService } from '../../../src/search/indexer/indexer.service';
import { createProfile } from '../../support/factories/search-profile.factory';
import { waitForMail, readMailbox } from '../../support/mail';
import { invitationLinks as linksOf, ReviewFlow } from '../../support/panels/review-flow';
import { bearer, startTestApp, TestAccount, TestApp } from '../../support/test-app';
import { EXPERTS, PROPOSALS } from './labelled-proposals';

jest.setTimeout(120_000);

const PUBLIC_URL = 'https://trithuc.khanhhoa.gov.vn';
const DAY = 24 * 3600 * 1000;

/** A date `days` from today in Khánh Hòa, YYYY-MM-DD. */
const dateIn = (days: number) =>
  new Date(Date.now() + 7 * 3600 * 1000 + days * DAY).toISOString().slice(0, 10);

/**
 * Panel invitations end to end: staff send them (rules, If-Match, mail addresses), the mail reaches
 * the SMTP sink with single-use links, the experts accept with the declaration, decline (a
 * replacement is suggested) or declare a conflict (a block), signed in or not; reminders go once.
 */
describe('panel invitations', () => {
  let t: TestApp;
  let staff: TestAccount;
  let flow: ReviewFlow;
  let requester: Organization;
  const ids = {} as Record<string, string>;
  const emails = {} as Record<string, string>;
  const lobster = PROPOSALS.find(({ expected }) => expected.includes('lobsterAcademic'))!;

  beforeAll(async () => {
    t = await startTestApp({ env: { PUBLIC_URL } });
    staff = await t.account(['association_staff']);
    flow = new ReviewFlow(t, staff);
    // lives in Japan and lists English first: mail in English
    const abroad = { countryCode: 'JP', languages: ['en', 'vi', 'ja'] };
    for (const [key, spec] of Object.entries(EXPERTS)) {
      if (!/^(lobster|ocean)/.test(key)) continue;
      emails[key] = `${key.toLowerCase()}@experts.test`;
      const facts = { ...spec, email: emails[key], ...(key === 'oceanEngineer' ? abroad : {}) };
      ids[key] = (await createProfile(t.dataSource, facts)).id;
    }
    await t.app.get(IndexerService).drain();
    [requester] = await t.dataSource.manager.find(Organization, {
      where: { sector: 'state_agency' },
      order: { nameVi: 'ASC' },
      take: 1,
    });
  });
  afterAll(() => t.close());

  /**
   * A request staff entered for the agency and accepted, whose panel they saved with these members,
   * all proposed (version 1).
   */
  async function formedPanel(
    members: Array<[string, PanelRole]>,
    overrides: Record<string, unknown> = {},
  ): Promise<ReviewRequestView> {
    const request = await flow.acceptedRequest(staff, {
      title: lobster.title,
      summary: 'Chuyển đổi lồng nuôi tôm hùm',
      proposalText: lobster.text,
      fieldCodes: lobster.fieldCodes,
      deadline: dateIn(30),
      requestingOrganizationId: requester.id,
      ...overrides,
    });
    await flow.savePanel(
      request.id,
      members.map(([key, role]) => ({ intellectualId: ids[key], role })),
    );
    return request;
  }

  const url = (request: ReviewRequestView, path = '') => `/api/v1/review-requests/${request.id}${path}`;
  const statusOf = async (request: ReviewRequestView) =>
    (await t.http.get(url(request, '/panel/invitations')).set(bearer(staff.token)).expect(200))
      .body as InvitationsView;
  const invite = (request: ReviewRequestView, version: number | null, body: object = {}) => {
    const call = t.http.post(url(request, '/panel/invitations')).set(bearer(staff.token));
    return (version === null ? call : call.set('If-Match', `"${version}"`)).send(body);
  };
  const member = (view: InvitationsView, key: string) =>
    view.members.find((m) => m.intellectualId === ids[key])!;

  describe('one panel from invitation to answers', () => {
    let request: ReviewRequestView;
    const links = {} as Record<string, { accept: string; decline: string }>;
    let expert: TestAccount;

    beforeAll(async () => {
      request = await formedPanel([
        ['lobsterAcademic', 'chair'],
        ['lobsterFarmer', 'secretary'],
        ['oceanAcademic', 'member'],
        ['oceanEngineer', 'reviewer'],
      ]);
      expert = await t.account(['intellectual'], { intellectualId: ids.oceanEngineer });
    });

    it('refuses without If-Match (428) and with an old version (412), sending nothing', async () => {
      await invite(request, null).expect(428);
      const stale = await invite(request, 0).expect(412);
      expect(stale.body.code).toBe('PRECONDITION_FAILED');
      const view = await statusOf(request);
      expect(view.members.map((m) => m.status)).toEqual(['proposed', 'proposed', 'proposed', 'proposed']);
      expect(await readMailbox(t.mailDir!)).toEqual([]);
    });

    it('refuses a member who is not proposed or not on the panel, naming the field', async () => {
      const response = await invite(request, 1, {
        intellectualIds: [ids.lobsterAcademic, ids.lobsterProject],
      }).expect(422);
      expect(response.body.errors).toEqual([
        expect.objectContaining({ field: 'intellectualIds[1]', message: 'Not a member of this panel' }),
      ]);
      expect(response.body.detail).toBeDefined();
    });

    it('invites every proposed member: status invited, one mail each with two links, audited', async () => {
      const response = await invite(request, 1).expect(200);
      const view = response.body as InvitationsView;
      expect(response.headers.etag).toBe('"2"');
      expect(view.members.map((m) => m.status)).toEqual(['invited', 'invited', 'invited', 'invited']);
      expect(view.members.every((m) => m.invitedAt !== null && m.answer === null)).toBe(true);

      for (const key of ['lobsterAcademic', 'lobsterFarmer', 'oceanAcademic', 'oceanEngineer']) {
        const [mail] = await waitForMail(t.mailDir!, emails[key]);
        links[key] = linksOf(mail);
        expect(links[key].accept).not.toBe(links[key].decline);
      }
      const [vi] = await waitForMail(t.mailDir!, emails.lobsterAcademic);
      expect(vi.subject).toBe(`Thư mời tham gia hội đồng tư vấn, phản biện: ${lobster.title}`);
      expect(vi.text).toContain('Kính gửi Phạm Quốc Hùng');
      const [en] = await waitForMail(t.mailDir!, emails.oceanEngineer);
      expect(en.subject).toBe(`Invitation to a review panel: ${lobster.title}`);
      expect(member(view, 'oceanEngineer').mailLocale).toBe('en');

      const audit = await t.dataSource.manager.findOneByOrFail(AuditEvent, {
        entityId: request.id,
        action: 'review_request.panel_invitations_sent',
      });
      expect(audit.actorAccountId).toBe(staff.id);
      expect((audit.changes.invited.after as string[]).length).toBe(4);
      // nobody is proposed any more: a second send has nothing to do
      expect((await invite(request, 2).expect(422)).body.code).toBe('UNPROCESSABLE');
    });

    it('shows what a link stands for without using it', async () => {
      const response = await t.http
        .post('/api/v1/panel-invitations/peek')
        .send({ token: links.lobsterAcademic.accept, action: 'accept' })
        .expect(200);
      const view = response.body as TokenInvitationView;
      expect(view).toMatchObject({
        reviewRequestId: request.id,
        requestTitle: lobster.title,
        requestState: 'panel_forming',
        agency: requester.nameVi,
        role: 'chair',
        status: 'invited',
        answer: null,
        action: 'accept',
        declaration: NO_CONFLICT_DECLARATION,
      });
      // the accept token is not a decline token
      await t.http
        .post('/api/v1/panel-invitations/peek')
        .send({ token: links.lobsterAcademic.accept, action: 'decline' })
        .expect(404);
    });

    it('accepts with the declaration as shown, stored with its time; both links are then used (410)', async () => {
      const wrong = await t.http
        .post('/api/v1/panel-invitations/accept')
        .send({
          token: links.lobsterAcademic.accept,
          declaration: 'no_conflict',
          declarationText: 'Tôi đồng ý',
        })
        .expect(400);
      expect(wrong.body.errors[0].field).toBe('declarationText');

      const before = Date.now();
      const response = await t.http
        .post('/api/v1/panel-invitations/accept')
        .send({
          token: links.lobsterAcademic.accept,
          declaration: 'no_conflict',
          declarationText: NO_CONFLICT_DECLARATION.vi,
        })
        .expect(200);
      const answered = response.body as ExpertInvitationView;
      expect(answered.status).toBe('accepted');
      expect(answered.answer).toMatchObject({
        kind: 'accepted',
        declarationText: NO_CONFLICT_DECLARATION.vi,
      });
      expect(new Date(answered.answer!.at).getTime()).toBeGreaterThanOrEqual(before - 1000);

      const row = await t.dataSource.manager.findOneByOrFail(PanelMember, {
        intellectualId: ids.lobsterAcademic,
      });
      expect(row).toMatchObject({ status: 'accepted', declarationText: NO_CONFLICT_DECLARATION.vi });

      const again = await t.http
        .post('/api/v1/panel-invitations/accept')
        .send({
          token: links.lobsterAcademic.accept,
          declaration: 'no_conflict',
          declarationText: NO_CONFLICT_DECLARATION.vi,
        })
        .expect(410);
      expect(again.body.code).toBe('ACTION_TOKEN_USED');
      const decline = await t.http
        .post('/api/v1/panel-invitations/decline')
        .send({ token: links.lobsterAcademic.decline })
        .expect(410);
      expect(decline.body.code).toBe('ACTION_TOKEN_USED');

      const audit = await t.dataSource.manager.findOneByOrFail(AuditEvent, {
        entityId: request.id,
        action: 'review_request.panel_invitation_accepted',
      });
      expect(audit.actorAccountId).toBeNull();
      expect(audit.changes).toMatchObject({
        intellectualId: { after: ids.lobsterAcademic },
        answeredVia: { after: 'link' },
        declarationText: { after: NO_CONFLICT_DECLARATION.vi },
      });
    });

    it('declines with a reason and suggests the next best eligible candidate not on the panel, with reasons', async () => {
      await t.http
        .post('/api/v1/panel-invitations/decline')
        .send({ token: links.lobsterFarmer.decline, reason: 'Đang đi công tác nước ngoài' })
        .expect(200);
      const view = await statusOf(request);
      expect(member(view, 'lobsterFarmer')).toMatchObject({
        status: 'declined',
        answer: { kind: 'declined', declineReason: 'Đang đi công tác nước ngoài' },
      });

      const candidates = (
        await t.http
          .get(url(request, '/candidates'))
          .query({ limit: 100 })
          .set(bearer(staff.token))
          .expect(200)
      ).body as PanelCandidatePage;
      const onPanel = new Set(view.members.map((m) => m.intellectualId));
      const expected = candidates.items.find(
        (c) => !onPanel.has(c.intellectualId) && c.worstSeverity !== 'block' && !c.load.limitReached,
      )!;
      expect(view.replacements).toHaveLength(1);
      expect(view.replacements[0]).toMatchObject({
        forIntellectualId: ids.lobsterFarmer,
        role: 'secretary',
        candidate: { intellectualId: expected.intellectualId },
      });
      expect(view.replacements[0].candidate?.reasons.length).toBeGreaterThan(0);
      expect(expected.intellectualId).toBe(ids.lobsterProject);
    });

    it('a declared conflict becomes a blocking conflict and the member does not become accepted', async () => {
      const missing = await t.http
        .post('/api/v1/panel-invitations/accept')
        .send({ token: links.oceanAcademic.accept, declaration: 'conflict' })
        .expect(400);
      expect(missing.body.errors[0].field).toBe('conflictDescription');
      const response = await t.http
        .post('/api/v1/panel-invitations/accept')
        .send({
          token: links.oceanAcademic.accept,
          declaration: 'conflict',
          conflictDescription: 'Tôi là cố vấn khoa học của dự án này',
        })
        .expect(200);
      expect(response.body).toMatchObject({
        status: 'declined',
        answer: { kind: 'conflict_declared', declaredConflict: 'Tôi là cố vấn khoa học của dự án này' },
      });
      const view = await statusOf(request);
      const declared = member(view, 'oceanAcademic');
      expect(declared.worstSeverity).toBe('block');
      expect(declared.conflicts).toEqual([
        expect.objectContaining({
          rule: 'declared_conflict',
          severity: 'block',
          evidence: expect.objectContaining({ vi: 'Tự khai: Tôi là cố vấn khoa học của dự án này' }),
        }),
      ]);
      // the panel builder sees the block too: listing them again needs an override reason
      const panel = await t.http.get(url(request, '/panel')).set(bearer(staff.token)).expect(200);
      const seat = (panel.body.members as Array<{ intellectualId: string; worstSeverity: string }>).find(
        (m) => m.intellectualId === ids.oceanAcademic,
      );
      expect(seat?.worstSeverity).toBe('block');
    });

    it('answers 404 for an invalid link and 410 for an expired one', async () => {
      const invalid = await t.http
        .post('/api/v1/panel-invitations/accept')
        .send({
          token: 'x'.repeat(43),
          declaration: 'no_conflict',
          declarationText: NO_CONFLICT_DECLARATION.vi,
        })
        .expect(404);
      expect(invalid.body.code).toBe('ACTION_TOKEN_INVALID');
      // time: the link outlives its lifetime
      await t.dataSource.query(
        `UPDATE action_token SET expires_at = now() - interval '1 second'
          WHERE subject_id = (SELECT id FROM panel_member WHERE intellectual_id = $1) AND used_at IS NULL`,
        [ids.oceanEngineer],
      );
      const expired = await t.http
        .post('/api/v1/panel-invitations/peek')
        .send({ token: links.oceanEngineer.accept, action: 'accept' })
        .expect(410);
      expect(expired.body.code).toBe('ACTION_TOKEN_EXPIRED');
    });

    it('a signed-in expert sees only their own invitations and answers there, by the same rules', async () => {
      const list = (await t.http.get('/api/v1/me/panel-invitations').set(bearer(expert.token)).expect(200))
        .body as ExpertInvitationPage;
      expect(list.total).toBe(1);
      expect(list.items[0]).toMatchObject({
        reviewRequestId: request.id,
        status: 'invited',
        role: 'reviewer',
      });
      const own = list.items[0].id;

      // another intellectual: an empty list, and the invitation does not exist for them
      const other = await t.account(['intellectual'], { intellectualId: ids.lobsterAcademic });
      const theirs = (await t.http.get('/api/v1/me/panel-invitations').set(bearer(other.token)).expect(200))
        .body as ExpertInvitationPage;
      expect(theirs.items.map((i) => i.id)).not.toContain(own);
      await t.http
        .post(`/api/v1/me/panel-invitations/${own}/decline`)
        .set(bearer(other.token))
        .send({})
        .expect(404);

      const accepted = await t.http
        .post(`/api/v1/me/panel-invitations/${own}/accept`)
        .set(bearer(expert.token))
        .send({ declaration: 'no_conflict', declarationText: NO_CONFLICT_DECLARATION.en })
        .expect(200);
      expect(accepted.body).toMatchObject({
        status: 'accepted',
        answer: { declarationText: NO_CONFLICT_DECLARATION.en },
      });
      const twice = await t.http
        .post(`/api/v1/me/panel-invitations/${own}/decline`)
        .set(bearer(expert.token))
        .send({})
        .expect(409);
      expect(twice.body.code).toBe('INVITATION_NOT_OPEN');
      const audit = await t.dataSource.manager.findOneByOrFail(AuditEvent, {
        entityId: request.id,
        action: 'review_request.panel_invitation_accepted',
        actorAccountId: expert.id,
      });
      expect(audit.changes.answeredVia.after).toBe('account');

      // the panel history says the same
      const history = (
        await t.http
          .get(`/api/v1/intellectuals/${ids.oceanEngineer}/panels`)
          .set(bearer(expert.token))
          .expect(200)
      ).body as PanelHistoryPage;
      expect(history.items).toEqual([
        expect.objectContaining({
          reviewRequestId: request.id,
          status: 'accepted',
          invitedAt: expect.any(String),
          answeredAt: expect.any(String),
        }),
      ]);
    });

    it('a member added later is invited the same way; the decline they replace has no suggestion any more', async () => {
      const panel = await t.http.get(url(request, '/panel')).set(bearer(staff.token)).expect(200);
      await t.http
        .put(url(request, '/panel/members'))
        .set(bearer(staff.token))
        .set('If-Match', panel.headers.etag)
        .send({
          members: [
            { intellectualId: ids.lobsterAcademic, role: 'chair' },
            { intellectualId: ids.lobsterProject, role: 'secretary' },
            { intellectualId: ids.oceanEngineer, role: 'reviewer' },
          ],
        })
        .expect(200);
      // Off the panel the registry holds only the coral ecologist, who shares no subject with the
      // lobster proposal (once matched only through 'bão' folded like 'cảnh báo'): the seat waits
      // with nobody to suggest, until a lobster farmer registered since can take it.
      const waiting = await statusOf(request);
      expect(waiting.replacements).toEqual([
        expect.objectContaining({ forIntellectualId: ids.oceanAcademic, candidate: null }),
      ]);
      ids.lobsterNewcomer = (
        await createProfile(t.dataSource, {
          fullName: 'Trương Văn Nam',
          fieldCodes: ['405'],
          expertise: ['nuôi tôm hùm lồng bè'],
        })
      ).id;
      await t.app.get(IndexerService).drain();
      const before = await statusOf(request);
      expect(member(before, 'lobsterProject').status).toBe('proposed');
      // the secretary's seat is taken; the one who declared a conflict still waits for a replacement
      expect(before.replacements.map((r) => r.forIntellectualId)).toEqual([ids.oceanAcademic]);
      expect(before.replacements[0].candidate?.intellectualId).toBe(ids.lobsterNewcomer);
      const response = await invite(request, before.version, {
        intellectualIds: [ids.lobsterProject],
      }).expect(200);
      expect(member(response.body as InvitationsView, 'lobsterProject').status).toBe('invited');
      const [mail] = await waitForMail(t.mailDir!, emails.lobsterProject);
      expect(linksOf(mail).accept).toHaveLength(43);
    });
  });

  describe('refusals before anything is sent', () => {
    it('422 when the panel breaks a rule (too small), 422 naming a member without a mail address', async () => {
      // a panel saved at its minimum size falls below it when one member declines
      const small = await formedPanel([
        ['lobsterAcademic', 'chair'],
        ['oceanProject', 'secretary'],
        ['oceanEngineer', 'member'],
      ]);
      const early = await flow.invite(small.id, [
        { intellectualId: ids.oceanEngineer, email: emails.oceanEngineer },
      ]);
      await t.http
        .post('/api/v1/panel-invitations/decline')
        .send({ token: early[ids.oceanEngineer].decline })
        .expect(200);
      const rules = await invite(small, (await statusOf(small)).version).expect(422);
      expect(rules.body.code).toBe('PANEL_RULES_VIOLATED');
      expect(rules.body.errors[0]).toMatchObject({
        field: 'members',
        message: 'The panel needs at least 3 members',
      });

      const unmailable = await createProfile(t.dataSource, {
        fullName: 'Người Không Thư',
        expertise: ['tôm hùm'],
      });
      ids.unmailable = unmailable.id;
      const request = await formedPanel([
        ['lobsterAcademic', 'chair'],
        ['oceanProject', 'secretary'],
        ['unmailable', 'member'],
      ]);
      const noMail = await invite(request, 1, { intellectualIds: [ids.oceanProject, ids.unmailable] }).expect(
        422,
      );
      expect(noMail.body.errors).toEqual([
        expect.objectContaining({
          field: 'intellectualIds[1]',
          messageVi: 'Hồ sơ của Người Không Thư chưa có địa chỉ email để gửi thư mời',
        }),
      ]);
      expect((await statusOf(request)).members.map((m) => m.status)).toEqual([
        'proposed',
        'proposed',
        'proposed',
      ]);
    });

    it('409 once the deadline has passed', async () => {
      const late = await formedPanel([
        ['oceanEngineer', 'chair'],
        ['oceanProject', 'secretary'],
        ['lobsterFarmer', 'member'],
      ]);
      // time: the deadline passes while the panel forms; a request cannot be given a past deadline
      // and none is changed after acceptance, so the clock's effect is written directly
      await t.dataSource.query(`UPDATE review_request SET deadline = $2 WHERE id = $1`, [
        late.id,
        dateIn(-1),
      ]);
      expect((await invite(late, 1).expect(409)).body.code).toBe('REQUEST_DEADLINE_PASSED');
    });
  });

  describe('reminders', () => {
    it('reminds each unanswered invitation once, days before the deadline, however many instances run', async () => {
      const request = await formedPanel(
        [
          ['oceanAcademic', 'chair'],
          ['lobsterFarmer', 'secretary'],
          ['lobsterRetired', 'member'],
        ],
        { deadline: dateIn(2) },
      );
      await invite(request, 1).expect(200);
      const reminders = t.app.get(InvitationReminders);
      // invited just now: not reminded yet
      expect(await reminders.runOnce()).toBe(0);
      // time: two days pass after the invitations went out
      await t.dataSource.query(
        `UPDATE panel_member SET invited_at = now() - interval '2 days'
          WHERE panel_id = (SELECT id FROM panel WHERE review_request_id = $1)`,
        [request.id],
      );
      // one of them answers first: no reminder for them
      const [mail] = await waitForMail(t.mailDir!, emails.lobsterRetired);
      await t.http
        .post('/api/v1/panel-invitations/decline')
        .send({ token: linksOf(mail).decline })
        .expect(200);

      const sent = await Promise.all([reminders.runOnce(), reminders.runOnce(), reminders.runOnce()]);
      expect(sent.reduce((a, b) => a + b, 0)).toBe(2);
      expect(await reminders.runOnce()).toBe(0);

      // the farmer's mail: panel 1's invitation, this one, the reminder
      const [reminder] = (await waitForMail(t.mailDir!, emails.lobsterFarmer, { count: 3 })).filter((m) =>
        m.subject.startsWith('Nhắc hạn'),
      );
      expect(reminder.subject).toBe(`Nhắc hạn ${dateIn(2).split('-').reverse().join('/')}: ${lobster.title}`);
      // a fresh pair of links that work
      const peek = await t.http
        .post('/api/v1/panel-invitations/peek')
        .send({ token: linksOf(reminder).decline, action: 'decline' })
        .expect(200);
      expect(peek.body.status).toBe('invited');

      const all = await readMailbox(t.mailDir!);
      const remindersFor = (key: string) =>
        all.filter((m) => m.to.includes(emails[key]) && m.subject.startsWith('Nhắc hạn')).length;
      expect([
        remindersFor('oceanAcademic'),
        remindersFor('lobsterFarmer'),
        remindersFor('lobsterRetired'),
      ]).toEqual([1, 1, 0]);
      const view = await statusOf(request);
      expect(
        ['oceanAcademic', 'lobsterFarmer', 'lobsterRetired'].map(
          (key) => member(view, key).reminderSentAt !== null,
        ),
      ).toEqual([true, true, false]);
    });
  });
});
