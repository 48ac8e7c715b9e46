import { AuditEvent } from '../../../src/audit';
import type { MyOpinionView, RequestOpinionsView } from '../../../src/panels/opinions/opinions.views';
import type { ReviewRequestView } from '../../../src/panels/requests/review-request.views';
import { createExpert, someOrganizations } from '../../support/factories/panel.factory';
import { waitForMail } from '../../support/mail';
import { ReviewFlow } from '../../support/panels/review-flow';
import { bearer, startTestApp, TestAccount, TestApp } from '../../support/test-app';
import { expectProblem } from '../foundation/problem';

jest.setTimeout(120_000);

const LINK = '/api/v1/opinion-link';
const REQUESTS = '/api/v1/review-requests';
const PROPOSAL = 'Đề án bảo tồn rạn san hô Hòn Mun: khảo sát, phục hồi và giám sát';
const NOTE = 'Phụ lục nhận xét: số liệu độ phủ san hô 2020–2025';
const opinionToken = (text: string) => {
  const match = /https?:\/\/[^\s]+\/opinions\/write#token=([A-Za-z0-9_-]{43})/.exec(text);
  if (!match) throw new Error(`no opinion link in: ${text}`);
  return match[1];
};

/**
 * The personal opinion link: mailed to every accepted member when the review starts, it reads and
 * saves the member's own opinion (If-Match as signed in) without an account, any number of times,
 * until the lock or the deadline; each write is audited with the seat and "link".
 */
describe('opinion links', () => {
  let t: TestApp;
  let flow: ReviewFlow;
  let staff: TestAccount;
  let request: ReviewRequestView;
  const people = {} as Record<'chair' | 'secretary' | 'reviewer', string>;
  const tokens = {} as Record<keyof typeof people, string>;
  const emails = {} as Record<keyof typeof people, string>;

  let employersLeft: Array<{ id: string }>;
  let agencyAccount: TestAccount;
  let reviewerFileId: string;

  const read = (token: string) => t.http.get(LINK).set('X-Opinion-Token', token);
  const save = (token: string, text: string, version: string) =>
    t.http.put(LINK).set('X-Opinion-Token', token).set('If-Match', version).send({ text });
  const upload = (token: string, content: Buffer, filename: string) =>
    t.http
      .post(`${LINK}/files`)
      .set('X-Opinion-Token', token)
      .attach('file', content, { filename, contentType: 'application/octet-stream' });
  const download = (token: string, path: string) =>
    t.http.get(`${LINK}/${path}`).set('X-Opinion-Token', token).buffer(true);
  const text = (response: { text?: string; body: unknown }) =>
    Buffer.from((response.text || response.body) as string).toString('utf8');

  beforeAll(async () => {
    t = await startTestApp();
    staff = await t.account(['association_staff']);
    flow = new ReviewFlow(t, staff);
    const [requester, ...employers] = await someOrganizations(t.dataSource, 4);
    const agency = await t.account(['agency'], { organizationId: requester.id });
    // none of them has an account: the link is all they have
    for (const [i, key] of (['chair', 'secretary', 'reviewer'] as const).entries()) {
      emails[key] = `${key}-link@experts.test`;
      people[key] = (
        await createExpert(t.dataSource, {
          fullName: `Chuyên gia ${key}`,
          organizationId: employers[i].id,
          email: emails[key],
        })
      ).id;
    }
    // drafted and submitted with a document the members download by their link, then seated
    const submitted = (
      await flow.submittedRequest(agency, {
        title: 'Phản biện đề án rạn san hô Hòn Mun',
        deadline: '2099-01-31',
      })
    ).request;
    await t.http
      .post(`${REQUESTS}/${submitted.id}/documents`)
      .set(bearer(agency.token))
      .attach('file', Buffer.from(PROPOSAL), {
        filename: 'Đề án.txt',
        contentType: 'application/octet-stream',
      })
      .expect(201);
    const current = await t.http.get(`${REQUESTS}/${submitted.id}`).set(bearer(staff.token)).expect(200);
    request = (
      await t.http
        .post(`${REQUESTS}/${submitted.id}/accept`)
        .set(bearer(staff.token))
        .set('If-Match', current.headers.etag)
        .expect(200)
    ).body;
    const seats = (['chair', 'secretary', 'reviewer'] as const).map((role) => ({
      intellectualId: people[role],
      role,
      email: emails[role],
    }));
    await flow.savePanel(request.id, seats);
    const links = await flow.invite(request.id, seats);
    for (const seat of seats) await flow.acceptByLink(links[seat.intellectualId]);
    employersLeft = employers;
    agencyAccount = agency;
  });
  afterAll(() => t.close());

  it('mails each accepted member their personal link when the review starts', async () => {
    await flow.startReview(request.id);
    for (const key of Object.keys(people) as Array<keyof typeof people>) {
      const mails = await waitForMail(t.mailDir!, emails[key], { count: 2 });
      const mail = mails.find((m) => m.text.includes('/opinions/write#token='));
      expect(mail?.subject).toContain('Phản biện đề án rạn san hô Hòn Mun');
      expect(mail?.text).toContain('không cần tài khoản');
      tokens[key] = opinionToken(mail!.text);
    }
  });

  it('reads the request, writes the opinion and edits it with If-Match; a stale ETag is 412', async () => {
    const first = await read(tokens.reviewer).expect(200);
    expect(first.headers.etag).toBe('"0"');
    expect(first.body).toMatchObject({
      request: { id: request.id, title: 'Phản biện đề án rạn san hô Hòn Mun' },
      role: 'reviewer',
      window: { closedReason: null },
      opinion: null,
    });
    const saved = await save(tokens.reviewer, 'Cần khảo sát thêm độ phủ san hô', '"0"').expect(200);
    expect(saved.headers.etag).toBe('"1"');
    const edited = await save(tokens.reviewer, 'Cần khảo sát độ phủ san hô theo mùa', '"1"').expect(200);
    expect(edited.body.opinion).toMatchObject({ text: 'Cần khảo sát độ phủ san hô theo mùa', version: 2 });
    expectProblem(await save(tokens.reviewer, 'Bản cũ', '"1"'), 412, 'PRECONDITION_FAILED');
    // the link keeps working: read again, the latest text
    expect((await read(tokens.reviewer).expect(200)).body.opinion.text).toBe(
      'Cần khảo sát độ phủ san hô theo mùa',
    );
  });

  it('audits each write with the member’s seat and "link", no account as actor', async () => {
    const audit = await t.dataSource.manager.findBy(AuditEvent, { entityId: request.id });
    const writes = audit.filter((event) => event.action.startsWith('panel_opinion.'));
    expect(writes.map((event) => event.action).sort()).toEqual([
      'panel_opinion.submit',
      'panel_opinion.update',
    ]);
    for (const event of writes) {
      expect(event.actorAccountId).toBeNull();
      expect(event.changes).toMatchObject({ writtenVia: { after: 'link' } });
    }
    const seatIds = writes.map(
      (event) =>
        (event.changes as unknown as { opinion: { after: { panelMemberId: string } } }).opinion.after
          .panelMemberId,
    );
    expect(new Set(seatIds).size).toBe(1);
  });

  it('writes only its own member’s opinion: another member’s link is theirs', async () => {
    const chair = await read(tokens.chair).expect(200);
    expect(chair.body).toMatchObject({ role: 'chair', opinion: null });
  });

  it('downloads its own opinion’s files and the request’s documents through the link', async () => {
    const added = await upload(tokens.reviewer, Buffer.from(NOTE), 'Phụ lục.txt').expect(201);
    reviewerFileId = added.body.id;
    const own = await download(tokens.reviewer, `files/${reviewerFileId}/content`).expect(200);
    expect(text(own)).toBe(NOTE);
    expect(own.headers['content-disposition']).toContain('attachment');
    expect(own.headers['repr-digest']).toMatch(/^sha-256=:.+:$/);
    const { documents } = ((await read(tokens.reviewer).expect(200)).body as MyOpinionView).request;
    expect(documents.map((document) => document.fileName)).toEqual(['Đề án.txt']);
    // every member's link opens the request's documents, the chair's as the reviewer's
    for (const token of [tokens.reviewer, tokens.chair]) {
      const document = await download(token, `documents/${documents[0].id}/content`).expect(200);
      expect(text(document)).toBe(PROPOSAL);
    }
    expectProblem(await t.http.get(`${LINK}/files/${reviewerFileId}/content`), 400, 'VALIDATION_FAILED');
  });

  it('keeps another member’s opinion and files from a link while the request hides opinions, as signed in', async () => {
    // the own-file route is the member's own opinion only
    expectProblem(await download(tokens.chair, `files/${reviewerFileId}/content`), 404, 'NOT_FOUND');
    const refused = await t.http.get(`${LINK}/opinions`).set('X-Opinion-Token', tokens.chair);
    expectProblem(refused, 403, 'FORBIDDEN');
    expect(refused.body.detailVi).toContain('không xem ý kiến của nhau');
    expectProblem(await download(tokens.chair, `opinions/files/${reviewerFileId}/content`), 403, 'FORBIDDEN');
    // the secretary compiles the report: signed in or by link, they read every opinion
    const secretary = await t.http
      .get(`${LINK}/opinions`)
      .set('X-Opinion-Token', tokens.secretary)
      .expect(200);
    expect((secretary.body as RequestOpinionsView).members.map((member) => member.role)).toEqual([
      'chair',
      'secretary',
      'reviewer',
    ]);
    const file = await download(tokens.secretary, `opinions/files/${reviewerFileId}/content`).expect(200);
    expect(text(file)).toBe(NOTE);
  });

  it('shows the other members’ opinions and opens their files when the request lets members see them', async () => {
    const keys = ['chair', 'secretary', 'reviewer'] as const;
    const seats = [];
    for (const [i, role] of keys.entries()) {
      const email = `${role}-visible@experts.test`;
      const expert = await createExpert(t.dataSource, {
        fullName: `Chuyên gia công khai ${role}`,
        organizationId: employersLeft[i].id,
        email,
      });
      seats.push({ intellectualId: expert.id, role, email });
    }
    const open = await flow.reviewing(agencyAccount, seats, {
      title: 'Giám định đề án nuôi biển Vân Phong',
      deadline: '2099-01-31',
      opinionsVisibleToMembers: true,
    });
    const linkOf = async (email: string) => {
      const mails = await waitForMail(t.mailDir!, email, { count: 2 });
      return opinionToken(mails.find((m) => m.text.includes('/opinions/write#token='))!.text);
    };
    const [chair, , reviewer] = await Promise.all(seats.map((seat) => linkOf(seat.email)));
    await save(reviewer, 'Cần đánh giá sức tải môi trường vịnh', '"0"').expect(200);
    const attached = await upload(reviewer, Buffer.from(NOTE), 'Sức tải.txt').expect(201);

    const others = await t.http.get(`${LINK}/opinions`).set('X-Opinion-Token', chair).expect(200);
    expect(others.body).toMatchObject({ reviewRequestId: open.id, attributed: expect.any(Boolean) });
    const written = (others.body as RequestOpinionsView).members.find((member) => member.role === 'reviewer');
    expect(written).toMatchObject({
      fullName: 'Chuyên gia công khai reviewer',
      opinion: { text: 'Cần đánh giá sức tải môi trường vịnh', files: [{ fileName: 'Sức tải.txt' }] },
    });
    const file = await download(chair, `opinions/files/${attached.body.id}/content`).expect(200);
    expect(text(file)).toBe(NOTE);
    // still not through the own-file route, nor for a file of another request's panel
    expectProblem(await download(chair, `files/${attached.body.id}/content`), 404, 'NOT_FOUND');
    expectProblem(await download(chair, `opinions/files/${reviewerFileId}/content`), 404, 'NOT_FOUND');
  });

  it('refuses a missing (400), unknown (404) and expired (410) token, in vi and en', async () => {
    const missing = await t.http.get(LINK);
    expectProblem(missing, 400, 'VALIDATION_FAILED', { fields: ['X-Opinion-Token'] });
    expect(missing.body.detailVi).toContain('X-Opinion-Token');
    expectProblem(await read('A'.repeat(43)), 404, 'ACTION_TOKEN_INVALID');
    await t.dataSource.query(
      `UPDATE action_token SET expires_at = now() - interval '1 second'
       WHERE purpose = 'panel-opinion' AND subject_id = (SELECT m.id FROM panel_member m
         JOIN panel p ON p.id = m.panel_id WHERE p.review_request_id = $1 AND m.intellectual_id = $2)`,
      [request.id, people.secretary],
    );
    const expired = await save(tokens.secretary, 'Quá hạn liên kết', '"0"');
    expectProblem(expired, 410, 'ACTION_TOKEN_EXPIRED');
    expect(expired.body.detailVi).toContain('hết hạn');
    expectProblem(
      await t.http.get(`${LINK}/opinions`).set('X-Opinion-Token', tokens.secretary),
      410,
      'ACTION_TOKEN_EXPIRED',
    );
    expectProblem(
      await download(tokens.secretary, `opinions/files/${reviewerFileId}/content`),
      410,
      'ACTION_TOKEN_EXPIRED',
    );
  });

  it('refuses writes after the lock (409 PANEL_LOCKED) and still shows the opinion read-only', async () => {
    await flow.lock(request.id);
    expectProblem(await save(tokens.reviewer, 'Sau khi khóa', '"2"'), 409, 'PANEL_LOCKED');
    const after = await read(tokens.reviewer).expect(200);
    expect(after.body).toMatchObject({ window: { closedReason: 'locked' }, opinion: { version: 2 } });
  });
});
