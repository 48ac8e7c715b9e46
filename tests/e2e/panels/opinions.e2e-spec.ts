import { AuditEvent } from '../../../src/audit';
import { OpinionsService } from '../../../src/panels/opinions';
import type { MyOpinionView, RequestOpinionsView } from '../../../src/panels/opinions/opinions.views';
import { ReviewRequestEvent } from '../../../src/panels/requests';
import type { ReviewRequestView } from '../../../src/panels/requests/review-request.views';
import { windowsProgram, zipArchive } from '../../support/documents';
import { createExpert, someOrganizations } from '../../support/factories/panel.factory';
import { InvitationLinks, ReviewFlow } from '../../support/panels/review-flow';
import { bearer, startTestApp, TestAccount, TestApp } from '../../support/test-app';
import { expectProblem } from '../foundation/problem';

jest.setTimeout(120_000);

/**
 * Opinions of a panel over HTTP: the review started by the secretary once chair and secretary have
 * accepted, each accepted member writing their own (If-Match, files checked by content), staff and
 * the secretary reading all of them, the lock and the deadline closing them. Every panel is formed
 * through the routes: the agency's request accepted by staff, the members invited and accepting
 * from the mailed links (tests/support/panels/review-flow.ts).
 */
describe('panel opinions', () => {
  let t: TestApp;
  let flow: ReviewFlow;
  let staff: TestAccount;
  let officer: TestAccount;
  let agency: TestAccount;
  const people = {} as Record<'chair' | 'secretary' | 'reviewer' | 'invited' | 'outsider', string>;
  const accounts = {} as Record<keyof typeof people, TestAccount>;
  const emails = {} as Record<keyof typeof people, string>;
  let request: ReviewRequestView;
  /** The chair's links, answered in the second test. */
  let chairLinks: InvitationLinks;

  const base = (id = request.id) => `/api/v1/review-requests/${id}`;
  const mine = (id = request.id) => `/api/v1/me/review-requests/${id}/opinion`;
  const as = (account: TestAccount) => bearer(account.token);
  const save = (who: TestAccount, text: string, version: string, id = request.id) =>
    t.http.put(mine(id)).set(as(who)).set('If-Match', version).send({ text });
  const upload = (who: TestAccount, content: Buffer, fileName: string) =>
    t.http
      .post(`${mine()}/files`)
      .set(as(who))
      .attach('file', content, { filename: fileName, contentType: 'application/pdf' });
  /** The chair, the secretary and the reviewer, with the seat and mail address invitations need. */
  const corePanel = () =>
    (['chair', 'secretary', 'reviewer'] as const).map((role) => ({
      intellectualId: people[role],
      role,
      email: emails[role],
    }));

  beforeAll(async () => {
    t = await startTestApp();
    staff = await t.account(['association_staff']);
    flow = new ReviewFlow(t, staff);
    officer = await t.account(['personnel_officer']);
    // each expert works elsewhere: a panel takes at most two members from one organization
    const [requester, ...employers] = await someOrganizations(t.dataSource, 6);
    agency = await t.account(['agency'], { organizationId: requester.id });
    const names = {
      chair: 'Nguyễn Văn Chủ Tịch',
      secretary: 'Trần Thị Thư Ký',
      reviewer: 'Lê Văn Phản Biện',
      invited: 'Phạm Thị Chưa Nhận',
      outsider: 'Hoàng Văn Ngoài',
    };
    for (const [i, [key, fullName]] of (
      Object.entries(names) as Array<[keyof typeof people, string]>
    ).entries()) {
      emails[key] = `${key}@experts.test`;
      const expert = { fullName, organizationId: employers[i].id, email: emails[key] };
      people[key] = (await createExpert(t.dataSource, expert)).id;
      accounts[key] = await t.account(['intellectual'], { intellectualId: people[key] });
    }
    // everyone invited; the secretary and the reviewer accept, the chair and one member not yet
    const seated = await flow.seatedPanel(
      agency,
      [...corePanel(), { intellectualId: people.invited, role: 'member', email: emails.invited }],
      {
        title: 'Phản biện đề án nuôi biển Vân Phong',
        summary: 'Đề án phát triển nuôi biển công nghệ cao',
        deadline: '2099-01-31',
        accepting: [people.secretary, people.reviewer],
      },
    );
    request = seated.request;
    chairLinks = seated.pending[people.chair];
  });
  afterAll(() => t.close());

  describe('starting the review', () => {
    it('refuses with 422 naming the chair until the chair has accepted; opinions stay closed', async () => {
      const refused = await t.http.post(`${base()}/start-review`).set(as(staff));
      expectProblem(refused, 422, 'PANEL_NOT_READY', { fields: ['chair'] });
      expect(refused.body.detailVi).toContain('chủ tịch');
      expectProblem(await save(accounts.reviewer, 'Sớm quá', '"0"'), 409, 'REVIEW_NOT_IN_PROGRESS');
    });

    it('is the secretary’s or staff’s: a reviewer and an outsider are told it does not exist, an agency 403', async () => {
      await flow.acceptByLink(chairLinks);
      expectProblem(await t.http.post(`${base()}/start-review`).set(as(accounts.reviewer)), 404, 'NOT_FOUND');
      expectProblem(await t.http.post(`${base()}/start-review`).set(as(accounts.outsider)), 404, 'NOT_FOUND');
      expectProblem(await t.http.post(`${base()}/start-review`).set(as(agency)), 403, 'FORBIDDEN');
    });

    it('moves the request to in_review when the secretary starts it, on the timeline; a second start is 409', async () => {
      const started = await t.http.post(`${base()}/start-review`).set(as(accounts.secretary)).expect(200);
      expect(started.body).toMatchObject({
        state: 'in_review',
        window: { closedReason: null, lockedAt: null },
      });
      const event = await t.dataSource.manager.findOneByOrFail(ReviewRequestEvent, {
        reviewRequestId: request.id,
        toState: 'in_review',
      });
      expect(event).toMatchObject({ fromState: 'panel_forming', actorAccountId: accounts.secretary.id });
      expectProblem(await t.http.post(`${base()}/start-review`).set(as(staff)), 409, 'INVALID_TRANSITION');
    });
  });

  describe('a member’s own opinion', () => {
    it('reads the request with its deadline and no opinion yet (ETag "0")', async () => {
      const response = await t.http.get(mine()).set(as(accounts.reviewer)).expect(200);
      expect(response.headers.etag).toBe('"0"');
      expect(response.body).toMatchObject({
        request: {
          id: request.id,
          title: request.title,
          summary: request.summary,
          opinionsVisibleToMembers: false,
          documents: [],
        },
        role: 'reviewer',
        window: { deadline: '2099-01-31', closedReason: null },
        opinion: null,
      });
    });

    it('saves the text in NFC, then edits it with the ETag it read; a stale ETag is 412 and changes nothing', async () => {
      const decomposed = 'Đề án cần bổ sung đánh giá tác động môi trường'.normalize('NFD');
      const first = await save(accounts.reviewer, decomposed, '"0"').expect(200);
      expect(first.headers.etag).toBe('"1"');
      expect(first.body.opinion.text).toBe(decomposed.normalize('NFC'));
      const edited = await save(
        accounts.reviewer,
        'Ý kiến đã sửa: cần bổ sung số liệu quan trắc',
        '"1"',
      ).expect(200);
      expect(edited.headers.etag).toBe('"2"');
      expect(edited.body.opinion.submittedAt).toBe(first.body.opinion.submittedAt);
      expectProblem(await save(accounts.reviewer, 'Ghi đè', '"1"'), 412, 'PRECONDITION_FAILED');
      expectProblem(await save(accounts.reviewer, 'Tạo lại', '"0"'), 412, 'PRECONDITION_FAILED');
      const read = await t.http.get(mine()).set(as(accounts.reviewer)).expect(200);
      expect(read.body.opinion.text).toBe('Ý kiến đã sửa: cần bổ sung số liệu quan trắc');
      const audit = await t.dataSource.manager.findBy(AuditEvent, { entityId: request.id });
      expect(audit.map((event) => event.action)).toEqual(
        expect.arrayContaining(['panel_opinion.submit', 'panel_opinion.update']),
      );
    });

    it('refuses empty, blank and too long text naming the field', async () => {
      for (const text of ['', '   ', 'ý'.repeat(50_001)]) {
        expectProblem(await save(accounts.secretary, text, '"0"'), 400, 'VALIDATION_FAILED', {
          fields: ['text'],
        });
      }
      await save(accounts.secretary, 'ý'.repeat(50_000), '"0"').expect(200);
    });

    it('is only for accepted members: an invited member and an outsider get 404, staff 403', async () => {
      expectProblem(await t.http.get(mine()).set(as(accounts.invited)), 404, 'NOT_FOUND');
      expectProblem(await save(accounts.invited, 'Tôi chưa nhận lời', '"0"'), 404, 'NOT_FOUND');
      expectProblem(await t.http.get(mine()).set(as(accounts.outsider)), 404, 'NOT_FOUND');
      expectProblem(await t.http.get(mine()).set(as(staff)), 403, 'FORBIDDEN');
    });

    it('attaches a TXT file, refuses a disguised one with 415, and downloads and removes its own', async () => {
      const note = Buffer.from('Phụ lục: số liệu quan trắc 2025', 'utf8');
      const added = await upload(accounts.reviewer, note, 'Phụ lục.txt').expect(201);
      expect(added.body).toMatchObject({ fileName: 'Phụ lục.txt', mediaType: 'text/plain; charset=utf-8' });
      for (const [content, name] of [
        [await zipArchive(), 'nhan-xet.pdf'],
        [windowsProgram(), 'ghi-chu.txt'],
      ] as const) {
        expectProblem(await upload(accounts.reviewer, content, name), 415, 'UNSUPPORTED_FILE', {
          fields: ['file'],
        });
      }
      const own = await t.http
        .get(`${mine()}/files/${added.body.id}/content`)
        .set(as(accounts.reviewer))
        .buffer(true)
        .expect(200);
      expect(Buffer.from(own.text ?? own.body).toString('utf8')).toBe(note.toString('utf8'));
      // another member cannot reach it through their own opinion
      await t.http.get(`${mine()}/files/${added.body.id}/content`).set(as(accounts.secretary)).expect(404);
      const read = await t.http.get(mine()).set(as(accounts.reviewer)).expect(200);
      expect((read.body as MyOpinionView).opinion?.files.map((file) => file.fileName)).toEqual([
        'Phụ lục.txt',
      ]);
      const spare = await upload(accounts.reviewer, Buffer.from('Bản nháp'), 'nhap.txt').expect(201);
      await t.http.delete(`${mine()}/files/${spare.body.id}`).set(as(accounts.reviewer)).expect(204);
      await t.http.delete(`${mine()}/files/${spare.body.id}`).set(as(accounts.reviewer)).expect(404);
    });

    it('needs the text before a file: 409 for a member without an opinion', async () => {
      expectProblem(await upload(accounts.chair, Buffer.from('x'), 'x.txt'), 409, 'OPINION_NOT_WRITTEN');
    });
  });

  describe('reading all opinions', () => {
    it('gives staff and the secretary every accepted member in role order, with opinions and files', async () => {
      for (const reader of [staff, accounts.secretary]) {
        const response = await t.http.get(`${base()}/opinions`).set(as(reader)).expect(200);
        expect((response.body as RequestOpinionsView).members.map((member) => member.role)).toEqual([
          'chair',
          'secretary',
          'reviewer',
        ]);
        const reviewer = response.body.members[2];
        expect(reviewer).toMatchObject({
          fullName: 'Lê Văn Phản Biện',
          opinion: { text: 'Ý kiến đã sửa: cần bổ sung số liệu quan trắc', version: 2 },
        });
        expect(response.body.members[0].opinion).toBeNull();
        const fileId = reviewer.opinion.files[0].id as string;
        await t.http.get(`${base()}/opinions/files/${fileId}/content`).set(as(reader)).expect(200);
      }
    });

    it('hides them from another member unless the request allows it; outsiders 404, officers and agencies 403', async () => {
      const refused = await t.http.get(`${base()}/opinions`).set(as(accounts.reviewer));
      expectProblem(refused, 403, 'FORBIDDEN');
      expectProblem(await t.http.get(`${base()}/opinions`).set(as(accounts.chair)), 403, 'FORBIDDEN');
      expectProblem(await t.http.get(`${base()}/opinions`).set(as(accounts.outsider)), 404, 'NOT_FOUND');
      expectProblem(await t.http.get(`${base()}/opinions`).set(as(accounts.invited)), 404, 'NOT_FOUND');
      expectProblem(await t.http.get(`${base()}/opinions`).set(as(officer)), 403, 'FORBIDDEN');
      expectProblem(await t.http.get(`${base()}/opinions`).set(as(agency)), 403, 'FORBIDDEN');
      // a request whose agency lets members read each other's opinions (fixed when it is drafted)
      const open = await flow.reviewing(agency, corePanel(), { opinionsVisibleToMembers: true });
      const allowed = await t.http
        .get(`${base(open.id)}/opinions`)
        .set(as(accounts.chair))
        .expect(200);
      expect(allowed.body.members).toHaveLength(3);
    });

    it('gives the report builder each accepted member in role order with name, organization, text and file names', async () => {
      const report = await t.app.get(OpinionsService).forReport(t.dataSource.manager, request.id);
      expect(report.map(({ role, fullName }) => [role, fullName])).toEqual([
        ['chair', 'Nguyễn Văn Chủ Tịch'],
        ['secretary', 'Trần Thị Thư Ký'],
        ['reviewer', 'Lê Văn Phản Biện'],
      ]);
      expect(report[0]).toMatchObject({ text: null, submittedAt: null, fileNames: [] });
      expect(report[2]).toMatchObject({
        text: 'Ý kiến đã sửa: cần bổ sung số liệu quan trắc',
        fileNames: ['Phụ lục.txt'],
        submittedAt: expect.any(Date),
      });
      expect(report[2].organizationName).toEqual(expect.any(String));
    });
  });

  describe('closing', () => {
    it('locks the panel by the secretary (audited), after which opinions and files are refused with 409', async () => {
      expectProblem(await t.http.post(`${base()}/panel/lock`).set(as(accounts.reviewer)), 404, 'NOT_FOUND');
      const locked = await t.http.post(`${base()}/panel/lock`).set(as(accounts.secretary)).expect(200);
      expect(locked.body.window).toMatchObject({ closedReason: 'locked', lockedAt: expect.any(String) });
      expectProblem(await t.http.post(`${base()}/panel/lock`).set(as(staff)), 409, 'PANEL_LOCKED');
      const refused = await save(accounts.reviewer, 'Sửa sau khi khóa', '"2"');
      expectProblem(refused, 409, 'PANEL_LOCKED');
      expect(refused.body.detailVi).toContain('khóa');
      expectProblem(await upload(accounts.reviewer, Buffer.from('muộn'), 'muon.txt'), 409, 'PANEL_LOCKED');
      const read = await t.http.get(mine()).set(as(accounts.reviewer)).expect(200);
      expect(read.body.window.closedReason).toBe('locked');
      expect(read.body.opinion.text).toBe('Ý kiến đã sửa: cần bổ sung số liệu quan trắc');
      const audit = await t.dataSource.manager.findOneBy(AuditEvent, {
        entityId: request.id,
        action: 'panel.lock',
      });
      expect(audit?.actorAccountId).toBe(accounts.secretary.id);
    });

    it('refuses opinions after the deadline day with 409 naming it, and a lock outside the review', async () => {
      const late = await flow.reviewing(agency, corePanel());
      // time: the deadline day passes while the review runs; no route moves a deadline after
      // acceptance (nor into the past), so the clock's effect is written directly
      await t.dataSource.query(`UPDATE review_request SET deadline = '2026-01-31' WHERE id = $1`, [late.id]);
      const refused = await save(accounts.reviewer, 'Muộn', '"0"', late.id);
      expectProblem(refused, 409, 'REQUEST_DEADLINE_PASSED');
      expect(refused.body.detail).toContain('2026-01-31');
      // a panel saved, not yet reviewing (of others: the three sit on as many panels as one may)
      const forming = await flow.acceptedRequest(agency);
      const third = await createExpert(t.dataSource, { fullName: 'Đỗ Văn Thứ Ba' });
      await flow.savePanel(forming.id, [
        { intellectualId: people.invited, role: 'chair' },
        { intellectualId: people.outsider, role: 'secretary' },
        { intellectualId: third.id, role: 'member' },
      ]);
      expectProblem(
        await t.http.post(`${base(forming.id)}/panel/lock`).set(as(staff)),
        409,
        'REVIEW_NOT_IN_PROGRESS',
      );
    });
  });
});
