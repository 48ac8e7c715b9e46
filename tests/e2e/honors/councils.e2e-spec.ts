import { vietnamToday } from '../../../src/honors/nominations/nomination-rules';
import { day, openCampaign, transition } from '../../support/factories/honor-campaign.factory';
import { createExpert, someOrganizations } from '../../support/factories/panel.factory';
import { bearer, TestAccount, TestApp, startTestApp } from '../../support/test-app';

jest.setTimeout(120_000);

const CAMPAIGNS = '/api/v1/honor-campaigns';
const NOMINATIONS = '/api/v1/nominations';

const CATEGORY = 'Nghiên cứu khoa học';
const SCORING = {
  criteria: [{ code: 'novelty', name: 'Tính mới', weight: 1 }],
  method: 'mean',
  tieBreak: [],
  thresholds: [],
};

interface Problem {
  code: string;
  detail: string;
  detailVi: string;
  errors: Array<{ field: string; message: string; messageVi: string }>;
}
const problemOf = (response: { body: unknown }) => response.body as Problem;

interface Recusal {
  id: string | null;
  intellectualId: string;
  nominationId: string;
  recused: boolean;
  conflicts: Array<{ rule: string; severity: string }>;
  liftedReason: string | null;
}

/** One campaign reviewed by a council, through the API: the review's start, seating, recusals, access. */
describe('honor councils', () => {
  let t: TestApp;
  let staff: TestAccount;
  let agency: TestAccount;
  let organizations: Array<{ id: string }>;
  let sequence = 0;

  beforeAll(async () => {
    t = await startTestApp();
    staff = await t.account(['association_staff']);
    organizations = await someOrganizations(t.dataSource, 5);
    agency = await t.account(['agency'], { organizationId: organizations[0].id });
  });
  afterAll(() => t.close());

  /** A profile (inserted directly) with a linked intellectual account. */
  async function person(spec: { organizationId?: string | null; status?: 'active' | 'retired' } = {}) {
    sequence += 1;
    const expert = await createExpert(t.dataSource, {
      fullName: `Trần Thị Hội Đồng ${sequence}`,
      email: `council.${sequence}.${Date.now()}@test.local`,
      organizationId: spec.organizationId ?? null,
      status: spec.status ?? 'active',
    });
    const account = await t.account(['intellectual'], { intellectualId: expert.id });
    return { id: expert.id, name: expert.fullName, account };
  }

  async function newCampaign({ scoring = SCORING }: { scoring?: unknown } = {}): Promise<string> {
    const { id } = await openCampaign(t.http, staff.token, {
      kind: 'provincial_st_award',
      title: `Giải thưởng Khoa học và Công nghệ tỉnh Khánh Hòa ${++sequence}`,
      year: Number(vietnamToday().slice(0, 4)),
      organizerName: 'Sở Khoa học và Công nghệ tỉnh Khánh Hòa',
      nominationsOpen: day(-30),
      nominationsClose: day(30),
      categories: [CATEGORY],
      rounds: [
        { name: 'Cấp cơ sở', deadline: day(40) },
        { name: 'Cấp tỉnh', deadline: day(60) },
      ],
      criteria: [{ kind: 'active' }],
      ...(scoring ? { scoring } : {}),
      allowsSelfNomination: true,
    });
    return id;
  }

  async function nominate(
    token: string,
    campaignId: string,
    nomineeId: string,
    nominatedBy: 'organization' | 'self',
  ): Promise<{ id: string; state: string }> {
    sequence += 1;
    const created = await t.http
      .post(NOMINATIONS)
      .set(bearer(token))
      .send({
        campaignId,
        nomineeId,
        nominatedBy,
        category: CATEGORY,
        work: {
          title: `Công trình nuôi trồng thủy sản số ${sequence}`,
          summary: 'Quy trình nuôi cá chẽm lồng bền vững tại vịnh Nha Trang.',
          appliedIn: 'Vịnh Nha Trang',
          fromYear: 2019,
          toYear: 2024,
        },
      });
    expect(created.status).toBe(201);
    const submitted = await t.http
      .post(`${NOMINATIONS}/${created.body.id}/submit`)
      .set(bearer(token))
      .set('If-Match', created.headers.etag);
    expect(submitted.status).toBe(200);
    return submitted.body as { id: string; state: string };
  }

  async function campaignEtag(id: string): Promise<string> {
    const read = await t.http.get(`${CAMPAIGNS}/${id}`).set(bearer(staff.token)).expect(200);
    return read.headers.etag;
  }

  async function startReview(id: string) {
    return transition(t.http, staff.token, { id, etag: await campaignEtag(id) }, 'in_review');
  }

  const council = (id: string, round = 1) => `${CAMPAIGNS}/${id}/rounds/${round}/council`;
  const nominees = (id: string, round = 1) => `${CAMPAIGNS}/${id}/rounds/${round}/nominees`;

  const auditOf = (entityType: string, id: string) =>
    t.dataSource.query<
      Array<{ action: string; actor_account_id: string | null; changes: Record<string, unknown> }>
    >(
      `SELECT action, actor_account_id, changes FROM audit_event WHERE entity_type = $1 AND entity_id = $2 ORDER BY id`,
      [entityType, id],
    );

  /**
   * A campaign in review: A (nominated by the agency's organization, accepted), B (self, accepted,
   * of organizations[1]), C (never answered), D (accepted but ineligible: retired).
   */
  async function reviewedCampaign(options: { scoring?: unknown } = {}) {
    const campaignId = await newCampaign(options);
    const a = await person({ organizationId: organizations[3].id });
    const b = await person({ organizationId: organizations[1].id });
    const c = await person({ organizationId: organizations[3].id });
    const d = await person({ status: 'retired' });
    const nominationA = await nominate(agency.token, campaignId, a.id, 'organization');
    await t.http
      .post(`/api/v1/me/nominations/${nominationA.id}/accept`)
      .set(bearer(a.account.token))
      .expect(200);
    const nominationB = await nominate(b.account.token, campaignId, b.id, 'self');
    const nominationC = await nominate(agency.token, campaignId, c.id, 'organization');
    const nominationD = await nominate(d.account.token, campaignId, d.id, 'self');
    expect([nominationB.state, nominationC.state, nominationD.state]).toEqual([
      'accepted',
      'submitted',
      'accepted',
    ]);
    const started = await startReview(campaignId);
    expect(started.status).toBe(200);
    return { campaignId, a, b, c, d, nominationA, nominationB, nominationC, nominationD, started };
  }

  it('starting the review opens round 1: accepted eligible nominations reach it, unanswered ones expire, audited', async () => {
    const { campaignId, nominationA, nominationB, nominationC, nominationD, started } =
      await reviewedCampaign();
    expect(started.body).toMatchObject({ state: 'in_review', currentRound: 1 });
    const read = async (id: string) =>
      (await t.http.get(`${NOMINATIONS}/${id}`).set(bearer(staff.token)).expect(200)).body as Record<
        string,
        unknown
      >;
    expect(await read(nominationA.id)).toMatchObject({ state: 'accepted', reachedRound: 1 });
    expect(await read(nominationB.id)).toMatchObject({ state: 'accepted', reachedRound: 1 });
    expect(await read(nominationC.id)).toMatchObject({ state: 'expired', reachedRound: null });
    // ineligible: stays accepted, listed with its failing criterion, not in the round
    expect(await read(nominationD.id)).toMatchObject({
      state: 'accepted',
      eligible: false,
      failingCriteria: [0],
      reachedRound: null,
    });
    expect((await auditOf('honor_nomination', nominationC.id)).map((row) => row.action)).toContain(
      'honor_nomination.expire',
    );
    const reached = await auditOf('honor_nomination', nominationA.id);
    expect(reached.at(-1)).toMatchObject({
      action: 'honor_nomination.reach_round',
      actor_account_id: staff.id,
      changes: { reachedRound: { before: null, after: 1 } },
    });
    const [transition] = await t.dataSource.query<Array<{ changes: Record<string, unknown> }>>(
      `SELECT changes FROM audit_event WHERE entity_type = 'honor_campaign' AND entity_id = $1
          AND action = 'honor_campaign.transition' ORDER BY id DESC LIMIT 1`,
      [campaignId],
    );
    expect(transition.changes).toEqual({
      state: { before: 'open', after: 'in_review' },
      currentRound: { before: null, after: 1 },
    });
    const empty = await t.http.get(council(campaignId)).set(bearer(staff.token)).expect(200);
    expect(empty.headers.etag).toBe('"0"');
    expect(empty.body).toMatchObject({
      round: 1,
      roundName: 'Cấp cơ sở',
      current: true,
      editable: true,
      members: [],
    });
    expect(
      (empty.body.nominees as Array<{ nominationId: string }>).map((n) => n.nominationId).sort(),
    ).toEqual([nominationA.id, nominationB.id].sort());
    expect((empty.body.violations as Array<{ code: string }>).map((v) => v.code)).toEqual(
      expect.arrayContaining(['no_chair', 'no_secretary', 'size_below_minimum']),
    );
  });

  it('seats a council with the panels’ rules, recuses members with a conflict, records recusals when scoring opens, and lets staff lift one', async () => {
    const { campaignId, a, b, nominationA, nominationB } = await reviewedCampaign();
    // the chair works at the nominating organization (A), the secretary at B's organization
    const chair = await person({ organizationId: organizations[0].id });
    const secretary = await person({ organizationId: organizations[1].id });
    const member = await person({ organizationId: organizations[2].id });
    const outsider = await person({ organizationId: organizations[4].id });
    const members = [
      { intellectualId: chair.id, role: 'chair' },
      { intellectualId: secretary.id, role: 'secretary' },
      { intellectualId: member.id, role: 'member' },
    ];

    const twoChairs = await t.http
      .put(council(campaignId))
      .set(bearer(staff.token))
      .set('If-Match', '"0"')
      .send({ members: [...members.slice(0, 2), { intellectualId: member.id, role: 'chair' }] });
    expect(twoChairs.status).toBe(422);
    expect(problemOf(twoChairs).code).toBe('PANEL_RULES_VIOLATED');
    expect(problemOf(twoChairs).errors).toContainEqual({
      field: 'members',
      message: 'A panel has exactly one chair',
      messageVi: 'Hội đồng chỉ có một chủ tịch',
    });

    const nomineeSits = await t.http
      .put(council(campaignId))
      .set(bearer(staff.token))
      .set('If-Match', '"0"')
      .send({ members: [...members, { intellectualId: a.id, role: 'reviewer' }] });
    expect(nomineeSits.status).toBe(422);
    expect(problemOf(nomineeSits)).toMatchObject({
      code: 'NOMINEE_ON_COUNCIL',
      errors: [{ field: 'members[3].intellectualId' }],
    });
    expect(problemOf(nomineeSits).errors[0].messageVi).toContain(a.name);

    const seated = await t.http
      .put(council(campaignId))
      .set(bearer(staff.token))
      .set('If-Match', '"0"')
      .send({ members })
      .expect(200);
    expect(seated.headers.etag).toBe('"1"');
    expect(seated.body.violations).toEqual([]);
    const recusedOf = (
      body: { members: Array<{ intellectualId: string; recusals: Recusal[] }> },
      id: string,
    ) => body.members.find((m) => m.intellectualId === id)!.recusals;
    // would-be recusals, computed: nothing recorded yet
    expect(recusedOf(seated.body, chair.id)).toMatchObject([
      { id: null, nominationId: nominationA.id, recused: true, conflicts: [{ rule: 'current_employer' }] },
    ]);
    expect(recusedOf(seated.body, secretary.id)).toMatchObject([
      { id: null, nominationId: nominationB.id, conflicts: [{ rule: 'current_employer' }] },
    ]);
    expect(recusedOf(seated.body, member.id)).toEqual([]);
    const nomineeB = (seated.body.nominees as Array<{ nominationId: string; recusals: Recusal[] }>).find(
      (n) => n.nominationId === nominationB.id,
    )!;
    expect(nomineeB.recusals.map((r) => r.intellectualId)).toEqual([secretary.id]);
    const [councilRow] = await t.dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM honor_council WHERE campaign_id = $1 AND round = 1`,
      [campaignId],
    );
    expect((await auditOf('honor_council', councilRow.id)).map((row) => row.action)).toEqual([
      'honor_council.members_replaced',
    ]);

    // someone else's change meanwhile: the stale ETag is refused
    const stale = await t.http
      .put(council(campaignId))
      .set(bearer(staff.token))
      .set('If-Match', '"0"')
      .send({ members });
    expect(stale.status).toBe(412);

    // a member sees the round's nominees except the one they are recused from; outsiders get 404
    const seenBy = async (account: TestAccount) =>
      (
        (await t.http.get(nominees(campaignId)).set(bearer(account.token)).expect(200)).body.items as Array<{
          nominationId: string;
        }>
      ).map((n) => n.nominationId);
    expect(await seenBy(secretary.account)).toEqual([nominationA.id]);
    expect((await seenBy(member.account)).sort()).toEqual([nominationA.id, nominationB.id].sort());
    expect((await seenBy(staff)).sort()).toEqual([nominationA.id, nominationB.id].sort());
    const notSeated = await t.http.get(nominees(campaignId)).set(bearer(outsider.account.token));
    expect(notSeated.status).toBe(404);
    await t.http.get(nominees(campaignId, 2)).set(bearer(member.account.token)).expect(404);

    const opened = await t.http
      .post(`${council(campaignId)}/open-scoring`)
      .set(bearer(staff.token))
      .set('If-Match', '"1"')
      .expect(200);
    expect(opened.headers.etag).toBe('"2"');
    expect(opened.body.scoringOpenedAt).not.toBeNull();
    expect(opened.body.editable).toBe(false);
    const recorded = await t.dataSource.query<
      Array<{
        id: string;
        intellectual_id: string;
        nomination_id: string;
        conflicts: Array<{ rule: string }>;
      }>
    >(
      `SELECT r.id, m.intellectual_id, r.nomination_id, r.conflicts FROM honor_recusal r
         JOIN honor_council_member m ON m.id = r.council_member_id WHERE m.council_id = $1`,
      [councilRow.id],
    );
    expect(recorded.map((r) => [r.intellectual_id, r.nomination_id]).sort()).toEqual(
      [
        [chair.id, nominationA.id],
        [secretary.id, nominationB.id],
      ].sort(),
    );
    expect(recorded.every((r) => r.conflicts[0].rule === 'current_employer')).toBe(true);
    const secretaryRecusal = recusedOf(opened.body, secretary.id)[0];
    expect(secretaryRecusal.id).toBe(recorded.find((r) => r.intellectual_id === secretary.id)!.id);
    expect((await auditOf('honor_council', councilRow.id)).map((row) => row.action)).toEqual([
      'honor_council.members_replaced',
      'honor_council.scoring_opened',
    ]);
    expect((await auditOf('honor_recusal', secretaryRecusal.id!)).map((row) => row.action)).toEqual([
      'honor_recusal.record',
    ]);

    // the members are fixed now
    const late = await t.http
      .put(council(campaignId))
      .set(bearer(staff.token))
      .set('If-Match', '"2"')
      .send({ members: [...members, { intellectualId: outsider.id, role: 'member' }] });
    expect(late.status).toBe(409);
    expect(problemOf(late).code).toBe('COUNCIL_NOT_EDITABLE');

    const rounds = await t.http
      .get('/api/v1/me/council-rounds')
      .set(bearer(secretary.account.token))
      .expect(200);
    expect(rounds.body.items).toEqual([
      expect.objectContaining({
        campaignId,
        round: 1,
        roundName: 'Cấp cơ sở',
        deadline: day(40),
        role: 'secretary',
        scoringOpen: true,
        nominees: 1,
        recusedFrom: 1,
      }),
    ]);
    const none = await t.http
      .get('/api/v1/me/council-rounds')
      .set(bearer(outsider.account.token))
      .expect(200);
    expect(none.body.items).toEqual([]);

    // lifting needs a reason, is audited, and lets the member see (and score) the nominee
    const lift = `${CAMPAIGNS}/${campaignId}/rounds/1/recusals/${secretaryRecusal.id}/lift`;
    const noReason = await t.http.post(lift).set(bearer(staff.token)).send({});
    expect(noReason.status).toBe(400);
    expect([...new Set(problemOf(noReason).errors.map((e) => e.field))]).toEqual(['reason']);
    const reason = 'Thư ký chuyển công tác khỏi đơn vị từ tháng trước; hội đồng thống nhất cho chấm.';
    const lifted = await t.http.post(lift).set(bearer(staff.token)).send({ reason }).expect(200);
    expect(lifted.headers.etag).toBe('"3"');
    expect(recusedOf(lifted.body, secretary.id)).toMatchObject([{ recused: false, liftedReason: reason }]);
    const [liftAudit] = await auditOf('honor_recusal', secretaryRecusal.id!).then((rows) => rows.slice(-1));
    expect(liftAudit).toMatchObject({
      action: 'honor_recusal.lift',
      actor_account_id: staff.id,
      changes: { liftedReason: { before: null, after: reason } },
    });
    expect((await seenBy(secretary.account)).sort()).toEqual([nominationA.id, nominationB.id].sort());
    const again = await t.http.post(lift).set(bearer(staff.token)).send({ reason });
    expect(again.status).toBe(409);
    expect(problemOf(again).code).toBe('RECUSAL_ALREADY_LIFTED');
    void b;
  });

  it('opens scoring only for the current round of a council that keeps the rules', async () => {
    const { campaignId } = await reviewedCampaign();
    const empty = await t.http
      .post(`${council(campaignId)}/open-scoring`)
      .set(bearer(staff.token))
      .set('If-Match', '"0"');
    expect(empty.status).toBe(422);
    expect(problemOf(empty).code).toBe('PANEL_RULES_VIOLATED');
    const later = await t.http
      .post(`${council(campaignId, 2)}/open-scoring`)
      .set(bearer(staff.token))
      .set('If-Match', '"0"');
    expect(later.status).toBe(409);
    expect(problemOf(later).code).toBe('COUNCIL_NOT_EDITABLE');
    await t.http.get(council(campaignId, 3)).set(bearer(staff.token)).expect(404);
    const badRound = await t.http
      .get(`${CAMPAIGNS}/${campaignId}/rounds/first/council`)
      .set(bearer(staff.token));
    expect(badRound.status).toBe(400);
    expect(problemOf(badRound).errors.map((e) => e.field)).toEqual(['round']);
    const intellectual = await person();
    await t.http.get(council(campaignId)).set(bearer(intellectual.account.token)).expect(403);
  });

  it('refuses to open scoring for a campaign without a scoring definition, its council kept', async () => {
    const { campaignId } = await reviewedCampaign({ scoring: null });
    const [chair, secretary] = [await person(), await person()];
    const seated = await t.http
      .put(council(campaignId))
      .set(bearer(staff.token))
      .set('If-Match', '"0"')
      .send({
        members: [
          { intellectualId: chair.id, role: 'chair' },
          { intellectualId: secretary.id, role: 'secretary' },
          { intellectualId: (await person()).id, role: 'member' },
        ],
      })
      .expect(200);
    const refused = await t.http
      .post(`${council(campaignId)}/open-scoring`)
      .set(bearer(staff.token))
      .set('If-Match', seated.headers.etag);
    expect(refused.status).toBe(409);
    expect(problemOf(refused).code).toBe('SCORING_NOT_OPEN');
    expect(problemOf(refused).detailVi).toContain('chưa có cách chấm điểm');
    const after = await t.http.get(council(campaignId)).set(bearer(staff.token)).expect(200);
    expect(after.body.scoringOpenedAt).toBeNull();
    expect(after.headers.etag).toBe(seated.headers.etag);
  });
});
