import { vietnamToday } from '../../../src/honors/nominations/nomination-rules';
import { createExpert, someOrganizations } from '../../support/factories/panel.factory';
import { day, openCampaign } from '../../support/factories/honor-campaign.factory';
import { acceptedNomination, seatCouncil, startReview } from '../../support/factories/honor-review.factory';
import { waitForMail } from '../../support/mail';
import { bearer, startTestApp, TestAccount, TestApp } from '../../support/test-app';
import { expectProblem } from '../foundation/problem';

jest.setTimeout(120_000);

const CAMPAIGNS = '/api/v1/honor-campaigns';
const LINK = '/api/v1/scoring-link';
const SCORING = {
  criteria: [
    { code: 'innovation', name: 'Tính mới, sáng tạo', weight: 2 },
    { code: 'impact', name: 'Hiệu quả ứng dụng', weight: 1 },
  ],
  method: 'mean',
  tieBreak: [],
  thresholds: [{ round: 1, minScore: 60 }],
};

const scoringToken = (text: string) => {
  const match = /https?:\/\/[^\s\]]+\/scoring-link#token=([A-Za-z0-9_-]{43})/.exec(text);
  if (!match) throw new Error(`no scoring link in: ${text}`);
  return match[1];
};

type Key = 'chair' | 'secretary' | 'member';
const itemsOf = (response: { body: unknown }) =>
  (response.body as { items: Array<{ nominationId: string; state: string }> }).items;

/**
 * The personal scoring link (issue 13): mailed to every council member when scoring opens for the
 * round, it lists the member's nominees and reads, saves and submits their sheets without an account,
 * under the signed-in route's rules (recusals, scale, lock), until the round's deadline day ends or the
 * round is over; each write is audited with the member and "link".
 */
describe('honor scoring links', () => {
  let t: TestApp;
  let staff: TestAccount;
  let secretaryAccount: TestAccount;
  let campaignId: string;
  let title: string;
  let nominationA: string;
  let nominationB: string;
  const people = {} as Record<Key, string>;
  const emails = {} as Record<Key, string>;
  const tokens = {} as Record<Key, string>;
  const memberIds = {} as Record<Key, string>;
  const deadline = day(40);

  const list = (token: string) => t.http.get(LINK).set('X-Scoring-Token', token);
  const sheet = (token: string, id: string) =>
    t.http.get(`${LINK}/sheets/${id}`).set('X-Scoring-Token', token);
  const save = (token: string, id: string, version: string, body: object) =>
    t.http.put(`${LINK}/sheets/${id}`).set('X-Scoring-Token', token).set('If-Match', version).send(body);
  const submit = (token: string, id: string, version: string) =>
    t.http.post(`${LINK}/sheets/${id}/submit`).set('X-Scoring-Token', token).set('If-Match', version);

  beforeAll(async () => {
    t = await startTestApp();
    staff = await t.account(['association_staff']);
    const [employer] = await someOrganizations(t.dataSource, 1);
    // the chair works where nominee A does: the conflict rules recuse them from A when scoring opens
    const specs: Record<Key, { organizationId: string | null; countryCode: string; languages: string[] }> = {
      chair: { organizationId: employer.id, countryCode: 'VN', languages: ['vi'] },
      secretary: { organizationId: null, countryCode: 'VN', languages: ['vi'] },
      // abroad, English first: the mail is in English
      member: { organizationId: null, countryCode: 'US', languages: ['en', 'vi'] },
    };
    for (const key of Object.keys(specs) as Key[]) {
      emails[key] = `${key}.scoring-link@experts.test`;
      people[key] = (
        await createExpert(t.dataSource, { fullName: `Hội đồng ${key}`, email: emails[key], ...specs[key] })
      ).id;
    }
    // only the secretary has an account: the link works for them too
    secretaryAccount = await t.account(['intellectual'], { intellectualId: people.secretary });
    const nomineeA = await createExpert(t.dataSource, {
      fullName: 'Nguyễn Văn An',
      organizationId: employer.id,
    });
    const nomineeB = await createExpert(t.dataSource, { fullName: 'Hoàng Thị Bình' });

    title = `Giải thưởng KH&CN tỉnh Khánh Hòa, liên kết chấm ${Date.now()}`;
    ({ id: campaignId } = await openCampaign(t.http, staff.token, {
      kind: 'provincial_st_award',
      title,
      year: Number(vietnamToday().slice(0, 4)),
      organizerName: 'Sở Khoa học và Công nghệ tỉnh Khánh Hòa',
      nominationsOpen: day(-30),
      nominationsClose: day(30),
      prizeLevels: [],
      rounds: [
        { name: 'Cấp cơ sở', deadline },
        { name: 'Cấp tỉnh', deadline: day(60) },
      ],
      criteria: [{ kind: 'active' }],
      scoring: SCORING,
    }));
    nominationA = await acceptedNomination(t.dataSource, {
      campaignId,
      nomineeId: nomineeA.id,
      createdBy: staff.id,
      submittedAt: new Date(Date.UTC(2026, 5, 1)),
      title: 'Công trình của Nguyễn Văn An',
    });
    nominationB = await acceptedNomination(t.dataSource, {
      campaignId,
      nomineeId: nomineeB.id,
      createdBy: staff.id,
      submittedAt: new Date(Date.UTC(2026, 5, 2)),
      title: 'Công trình của Hoàng Thị Bình',
    });
    await startReview(t.dataSource, campaignId, [nominationA, nominationB]);
    const seated = await seatCouncil(t.dataSource, {
      campaignId,
      round: 1,
      addedBy: staff.id,
      scoringOpen: false,
      members: [
        { intellectualId: people.chair, role: 'chair' },
        { intellectualId: people.secretary, role: 'secretary' },
        { intellectualId: people.member, role: 'member' },
      ],
    });
    for (const key of Object.keys(people) as Key[]) memberIds[key] = seated.memberIds[people[key]];
  });
  afterAll(() => t.close());

  it('mails each member their personal link in their language when scoring opens, valid to the deadline day’s end', async () => {
    await t.http
      .post(`${CAMPAIGNS}/${campaignId}/rounds/1/council/open-scoring`)
      .set(bearer(staff.token))
      .set('If-Match', '"1"')
      .expect(200);
    const outbox = await t.dataSource.query<Array<{ to: string; locale: string }>>(
      `SELECT "to", locale FROM mail_outbox WHERE template = 'scoring-link' ORDER BY "to"`,
    );
    expect(outbox).toEqual([
      { to: emails.chair, locale: 'vi' },
      { to: emails.member, locale: 'en' },
      { to: emails.secretary, locale: 'vi' },
    ]);
    for (const key of Object.keys(people) as Key[]) {
      const [mail] = await waitForMail(t.mailDir!, emails[key]);
      expect(mail.subject).toContain(title);
      expect(mail.text).toContain(key === 'member' ? 'needs no account' : 'không cần tài khoản');
      tokens[key] = scoringToken(mail.text);
    }
    const [member] = await waitForMail(t.mailDir!, emails.member);
    expect(member.subject).toMatch(/^Please score round 1 by /);
    // the chair is recused from A: the mail counts the one nominee they score
    const [chair] = await waitForMail(t.mailDir!, emails.chair);
    expect(chair.text).toMatch(/chấm điểm 1\s+hồ sơ/);
    // until the round's deadline day ends (Vietnam time, UTC+7)
    const [y, m, d] = deadline.split('-').map(Number);
    const [token] = await t.dataSource.query<Array<{ expires_at: Date }>>(
      `SELECT expires_at FROM action_token WHERE purpose = 'honor-scoring' AND subject_id = $1`,
      [memberIds.member],
    );
    // (to the second the token was issued in: its lifetime is counted in whole seconds from then)
    const dayEnd = Date.UTC(y, m - 1, d + 1) - 7 * 3600_000;
    expect(Math.abs(new Date(token.expires_at).getTime() - dayEnd)).toBeLessThan(5_000);
  });

  it('lists the member’s nominees with the round, without the one they are recused from', async () => {
    const member = await list(tokens.member).expect(200);
    expect(member.body).toMatchObject({
      campaignId,
      round: 1,
      role: 'member',
      scoringOpen: true,
      campaignTitle: title,
      roundName: 'Cấp cơ sở',
      deadline,
      memberName: 'Hội đồng member',
      recusedCount: 0,
    });
    expect(itemsOf(member).map((i) => [i.nominationId, i.state])).toEqual([
      [nominationA, 'none'],
      [nominationB, 'none'],
    ]);
    const chair = await list(tokens.chair).expect(200);
    expect(chair.body.role).toBe('chair');
    expect(chair.body.recusedCount).toBe(1);
    expect(itemsOf(chair).map((i) => i.nominationId)).toEqual([nominationB]);
  });

  it('scores and submits by the link with the signed-in rules: scale, If-Match, lock; audited as the member by link', async () => {
    const empty = await sheet(tokens.member, nominationA).expect(200);
    expect(empty.headers.etag).toBe('"0"');
    expect(empty.body).toMatchObject({
      nominationId: nominationA,
      nomineeName: 'Nguyễn Văn An',
      state: 'none',
      editable: true,
      criteria: SCORING.criteria,
      scale: { min: 0, max: 100 },
    });
    const outside = await save(tokens.member, nominationA, '"0"', { scores: { innovation: 120 } });
    expect(expectProblem(outside, 400, 'VALIDATION_FAILED').errors).toEqual([
      {
        field: 'scores.innovation',
        message: 'The score must be a number from 0 to 100',
        messageVi: 'Điểm phải là số từ 0 đến 100',
      },
    ]);
    expectProblem(
      await save(tokens.member, nominationA, '"0"', { scores: {}, extra: 1 }),
      400,
      'VALIDATION_FAILED',
    );
    const draft = await save(tokens.member, nominationA, '"0"', {
      scores: { innovation: 80 },
      comment: 'Tốt',
    });
    expect(draft.status).toBe(200);
    expect(draft.headers.etag).toBe('"1"');
    expect(draft.body).toMatchObject({ state: 'draft', scores: { innovation: 80 }, comment: 'Tốt' });
    expectProblem(await save(tokens.member, nominationA, '"0"', { scores: {} }), 412, 'PRECONDITION_FAILED');
    // submitting with a criterion unscored is refused, as signed in
    expectProblem(await submit(tokens.member, nominationA, '"1"'), 400, 'VALIDATION_FAILED');
    const full = await save(tokens.member, nominationA, '"1"', {
      scores: { innovation: 80, impact: 70 },
      comment: 'Công trình có giá trị ứng dụng',
    }).expect(200);
    const submitted = await submit(tokens.member, nominationA, full.headers.etag).expect(200);
    expect(submitted.body).toMatchObject({ state: 'submitted', editable: false });
    expect(submitted.body.submittedAt).not.toBeNull();

    // locked: a second submission and any save are refused whatever the version
    // (not expectProblem: its stack-trace check takes the message's "submitted at 2026-…T21:43:12" for a frame)
    const again = await submit(tokens.member, nominationA, submitted.headers.etag);
    expect({ status: again.status, code: again.body.code }).toEqual({ status: 409, code: 'SHEET_LOCKED' });
    const changed = await save(tokens.member, nominationA, submitted.headers.etag, {
      scores: { innovation: 10, impact: 10 },
    });
    expect({ status: changed.status, code: changed.body.code }).toEqual({
      status: 409,
      code: 'SHEET_LOCKED',
    });
    const listed = await list(tokens.member).expect(200);
    expect(itemsOf(listed).find((i) => i.nominationId === nominationA)?.state).toBe('submitted');
    // staff see it counted in the round's progress
    const progress = await t.http
      .get(`${CAMPAIGNS}/${campaignId}/rounds/1/progress`)
      .set(bearer(staff.token))
      .expect(200);
    expect(JSON.stringify(progress.body)).toContain(memberIds.member);

    const audit = await t.dataSource.query<
      Array<{ action: string; actor_account_id: string | null; changes: Record<string, { after: unknown }> }>
    >(
      `SELECT action, actor_account_id, changes FROM audit_event WHERE entity_type = 'honor_score_sheet' ORDER BY id`,
    );
    expect(audit.map((row) => row.action)).toEqual([
      'honor_score_sheet.save',
      'honor_score_sheet.save',
      'honor_score_sheet.submit',
    ]);
    for (const row of audit) {
      expect(row.actor_account_id).toBeNull();
      expect(row.changes.scoredBy.after).toEqual({
        councilMemberId: memberIds.member,
        intellectualId: people.member,
        via: 'link',
      });
    }
  });

  it('works for a member with an account too: the same sheet as the signed-in route', async () => {
    const saved = await save(tokens.secretary, nominationB, '"0"', { scores: { innovation: 60 } }).expect(
      200,
    );
    const signedIn = await t.http
      .get(`${CAMPAIGNS}/${campaignId}/rounds/1/sheets/${nominationB}`)
      .set(bearer(secretaryAccount.token))
      .expect(200);
    expect(signedIn.headers.etag).toBe(saved.headers.etag);
    expect(signedIn.body.scores).toEqual({ innovation: 60 });
  });

  it('refuses a recused nominee (403) and one outside the round (404), as the signed-in route does', async () => {
    const recused = await sheet(tokens.chair, nominationA);
    expect(expectProblem(recused, 403, 'RECUSED').detail).toContain('Nguyễn Văn An');
    expectProblem(
      await save(tokens.chair, nominationA, '"0"', { scores: { innovation: 1 } }),
      403,
      'RECUSED',
    );
    expectProblem(await submit(tokens.chair, nominationA, '"0"'), 403, 'RECUSED');
    expectProblem(await sheet(tokens.chair, '00000000-0000-4000-8000-000000000000'), 404, 'NOT_FOUND');
    await sheet(tokens.chair, nominationB).expect(200);
  });

  it('refuses a missing (400), malformed or tampered token (404) and another link’s purpose', async () => {
    expectProblem(await t.http.get(LINK), 400, 'VALIDATION_FAILED');
    expectProblem(await list('not-a-token'), 404, 'ACTION_TOKEN_INVALID');
    const last = tokens.member.at(-1) === 'A' ? 'B' : 'A';
    const tampered = `${tokens.member.slice(0, -1)}${last}`;
    expectProblem(await list(tampered), 404, 'ACTION_TOKEN_INVALID');
    expectProblem(await sheet(tampered, nominationB), 404, 'ACTION_TOKEN_INVALID');
    expectProblem(await save(tampered, nominationB, '"0"', { scores: {} }), 404, 'ACTION_TOKEN_INVALID');
    // the scoring token is no opinion token, nor the other way round
    expectProblem(
      await t.http.get('/api/v1/opinion-link').set('X-Opinion-Token', tokens.member),
      404,
      'ACTION_TOKEN_INVALID',
    );
  });

  it('answers 410 once the link expired, and for every link once the round is over', async () => {
    await t.dataSource.query(
      `UPDATE action_token SET expires_at = now() - interval '1 second' WHERE purpose = 'honor-scoring' AND subject_id = $1`,
      [memberIds.chair],
    );
    expectProblem(await list(tokens.chair), 410, 'ACTION_TOKEN_EXPIRED');
    expectProblem(await sheet(tokens.chair, nominationB), 410, 'ACTION_TOKEN_EXPIRED');
    await list(tokens.member).expect(200);

    // the round's result recorded: over
    await t.dataSource.query(`UPDATE honor_council SET result = '{}'::jsonb WHERE campaign_id = $1`, [
      campaignId,
    ]);
    const over = await list(tokens.member);
    expect(expectProblem(over, 410, 'ACTION_TOKEN_EXPIRED').detail).toContain('round 1 is over');
    await t.dataSource.query(`UPDATE honor_council SET result = NULL WHERE campaign_id = $1`, [campaignId]);
    await list(tokens.member).expect(200);

    // the campaign moved on to round 2: round 1's links are over too
    await t.dataSource.query(`UPDATE honor_campaign SET current_round = 2 WHERE id = $1`, [campaignId]);
    expectProblem(await list(tokens.secretary), 410, 'ACTION_TOKEN_EXPIRED');
    expectProblem(
      await save(tokens.secretary, nominationB, '"1"', { scores: {} }),
      410,
      'ACTION_TOKEN_EXPIRED',
    );
  });
});
