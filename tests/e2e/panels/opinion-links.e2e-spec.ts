import { AuditEvent } from '../../../src/audit';
import type { ReviewRequestView } from '../../../src/panels/requests/review-request.views';
import { createExpert, someOrganizations } from '../../support/factories/panel.factory';
import { waitForMail } from '../../support/mail';
import { ReviewFlow } from '../../support/panels/review-flow';
import { startTestApp, TestAccount, TestApp } from '../../support/test-app';
import { expectProblem } from '../foundation/problem';

jest.setTimeout(120_000);

const LINK = '/api/v1/opinion-link';
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

  const read = (token: string) => t.http.get(LINK).set('X-Opinion-Token', token);
  const save = (token: string, text: string, version: string) =>
    t.http.put(LINK).set('X-Opinion-Token', token).set('If-Match', version).send({ text });

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
    request = (
      await flow.seatedPanel(
        agency,
        (['chair', 'secretary', 'reviewer'] as const).map((role) => ({
          intellectualId: people[role],
          role,
          email: emails[role],
        })),
        { title: 'Phản biện đề án rạn san hô Hòn Mun', deadline: '2099-01-31' },
      )
    ).request;
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
  });

  it('refuses writes after the lock (409 PANEL_LOCKED) and still shows the opinion read-only', async () => {
    await flow.lock(request.id);
    expectProblem(await save(tokens.reviewer, 'Sau khi khóa', '"2"'), 409, 'PANEL_LOCKED');
    const after = await read(tokens.reviewer).expect(200);
    expect(after.body).toMatchObject({ window: { closedReason: 'locked' }, opinion: { version: 2 } });
  });
});
