import { aggregateRound, RoundResult } from '../../../src/honors/review';
import { openCampaign } from '../../support/factories/honor-campaign.factory';
import { createExpert } from '../../support/factories/panel.factory';
import { acceptedNomination, seatCouncil, startReview } from '../../support/factories/honor-review.factory';
import { bearer, startTestApp, TestAccount, TestApp } from '../../support/test-app';

jest.setTimeout(120_000);

const CAMPAIGNS = '/api/v1/honor-campaigns';

/** A member's total is (2·innovation + impact) / 3; the trimmed mean drops the highest and the lowest. */
const SCORING = {
  criteria: [
    { code: 'innovation', name: 'Tính mới, sáng tạo', weight: 2 },
    { code: 'impact', name: 'Hiệu quả ứng dụng', weight: 1 },
  ],
  method: 'trimmed_mean',
  tieBreak: ['criterion:impact'],
  thresholds: [{ round: 1, minScore: 60 }],
};

interface Problem {
  code: string;
  detail: string;
  detailVi: string;
  errors: Array<{ field: string; message: string; messageVi: string }>;
}
const problemOf = (response: { body: unknown }) => response.body as Problem;

interface Person {
  id: string;
  name: string;
  account: TestAccount;
}

describe('honor review: scoring sheets, progress, results and confirmation', () => {
  let t: TestApp;
  let staff: TestAccount;
  let stranger: TestAccount;
  let sequence = 0;

  beforeAll(async () => {
    t = await startTestApp();
    staff = await t.account(['association_staff']);
    stranger = (await person('Người Ngoài')).account;
  });
  afterAll(() => t.close());

  async function person(name: string): Promise<Person> {
    const expert = await createExpert(t.dataSource, { fullName: name });
    return { id: expert.id, name, account: await t.account(['intellectual'], { intellectualId: expert.id }) };
  }

  /** A campaign with the scoring and rounds, open and then in review in round 1 with these nominees. */
  async function campaignInReview(
    nominees: Person[],
    setup: { rounds: number; prizeLevels?: Array<{ code: string; name: string; quota: number }> },
  ) {
    sequence += 1;
    const { id: campaignId } = await openCampaign(t.http, staff.token, {
      kind: 'provincial_st_award',
      title: `Giải thưởng KH&CN tỉnh Khánh Hòa, thử ${sequence}`,
      year: 2026,
      organizerName: 'Sở Khoa học và Công nghệ tỉnh Khánh Hòa',
      nominationsOpen: '2026-01-01',
      nominationsClose: '2026-09-30',
      prizeLevels: setup.prizeLevels ?? [],
      rounds: [
        { name: 'Cấp cơ sở', deadline: '2026-11-01' },
        { name: 'Cấp tỉnh', deadline: '2026-12-15' },
      ].slice(0, setup.rounds),
      criteria: [{ kind: 'active' }],
      scoring: SCORING,
    });
    const nominationIds: string[] = [];
    for (const [index, nominee] of nominees.entries()) {
      nominationIds.push(
        await acceptedNomination(t.dataSource, {
          campaignId,
          nomineeId: nominee.id,
          createdBy: staff.id,
          submittedAt: new Date(Date.UTC(2026, 5, 1 + index)),
          title: `Công trình của ${nominee.name}`,
        }),
      );
    }
    await startReview(t.dataSource, campaignId, nominationIds);
    return { campaignId, nominationIds };
  }

  const round = (campaignId: string, n: number) => `${CAMPAIGNS}/${campaignId}/rounds/${n}`;

  /** Saves and submits one sheet through the API. */
  async function score(
    base: string,
    who: Person,
    nominationId: string,
    scores: Record<string, number>,
  ): Promise<void> {
    const read = await t.http
      .get(`${base}/sheets/${nominationId}`)
      .set(bearer(who.account.token))
      .expect(200);
    const saved = await t.http
      .put(`${base}/sheets/${nominationId}`)
      .set(bearer(who.account.token))
      .set('If-Match', read.headers.etag)
      .send({ scores, comment: `Nhận xét của ${who.name}` });
    expect(saved.status).toBe(200);
    const submitted = await t.http
      .post(`${base}/sheets/${nominationId}/submit`)
      .set(bearer(who.account.token))
      .set('If-Match', saved.headers.etag);
    expect(submitted.status).toBe(200);
  }

  async function confirm(base: string, who: TestAccount) {
    const read = await t.http.get(`${base}/result`).set(bearer(who.token));
    return t.http
      .post(`${base}/confirmations`)
      .set(bearer(who.token))
      .set('If-Match', read.headers.etag ?? '"1"');
  }

  it('a member drafts, submits and is locked; scores outside the scale, recusals, other rounds and staff are refused', async () => {
    const [chair, secretary, member, nomineeA, nomineeB] = [
      await person('Trần Chủ Tịch'),
      await person('Lê Thư Ký'),
      await person('Phạm Thành Viên'),
      await person('Nguyễn Văn An'),
      await person('Hoàng Thị Bình'),
    ];
    const { campaignId, nominationIds } = await campaignInReview([nomineeA, nomineeB], { rounds: 1 });
    const [a, b] = nominationIds;
    await seatCouncil(t.dataSource, {
      campaignId,
      round: 1,
      addedBy: staff.id,
      members: [
        { intellectualId: chair.id, role: 'chair' },
        { intellectualId: secretary.id, role: 'secretary' },
        { intellectualId: member.id, role: 'member' },
      ],
      recusals: [{ intellectualId: member.id, nominationId: b }],
    });
    const base = round(campaignId, 1);
    const as = (who: Person) => bearer(who.account.token);

    const empty = await t.http.get(`${base}/sheets/${a}`).set(as(member)).expect(200);
    expect(empty.headers.etag).toBe('"0"');
    expect(empty.body).toMatchObject({
      nominationId: a,
      nomineeName: nomineeA.name,
      workTitle: `Công trình của ${nomineeA.name}`,
      state: 'none',
      scores: {},
      comment: '',
      submittedAt: null,
      editable: true,
      criteria: SCORING.criteria,
      scale: { min: 0, max: 100 },
      version: 0,
    });

    const outside = await t.http
      .put(`${base}/sheets/${a}`)
      .set(as(member))
      .set('If-Match', '"0"')
      .send({ scores: { innovation: 120, novelty: 5 } });
    expect(outside.status).toBe(400);
    expect(problemOf(outside).errors).toEqual([
      {
        field: 'scores.innovation',
        message: 'The score must be a number from 0 to 100',
        messageVi: 'Điểm phải là số từ 0 đến 100',
      },
      {
        field: 'scores.novelty',
        message: 'The campaign has no scoring criterion novelty',
        messageVi: 'Đợt xét chọn không có tiêu chí chấm điểm novelty',
      },
    ]);
    const notObject = await t.http
      .put(`${base}/sheets/${a}`)
      .set(as(member))
      .set('If-Match', '"0"')
      .send({ scores: [1] });
    expect(notObject.status).toBe(400);
    expect(problemOf(notObject).errors.map((e) => e.field)).toEqual(['scores']);

    const draft = await t.http
      .put(`${base}/sheets/${a}`)
      .set(as(member))
      .set('If-Match', '"0"')
      .send({ scores: { innovation: 80 }, comment: 'Có tính mới' });
    expect(draft.status).toBe(200);
    expect(draft.headers.etag).toBe('"1"');
    expect(draft.body).toMatchObject({ state: 'draft', scores: { innovation: 80 }, comment: 'Có tính mới' });
    const stale = await t.http
      .put(`${base}/sheets/${a}`)
      .set(as(member))
      .set('If-Match', '"0"')
      .send({ scores: { innovation: 10 } });
    expect(stale.status).toBe(412);
    const noIfMatch = await t.http.put(`${base}/sheets/${a}`).set(as(member)).send({ scores: {} });
    expect(noIfMatch.status).toBe(428);

    const incomplete = await t.http.post(`${base}/sheets/${a}/submit`).set(as(member)).set('If-Match', '"1"');
    expect(incomplete.status).toBe(400);
    expect(problemOf(incomplete).errors.map((e) => e.field)).toEqual(['scores.impact']);

    const complete = await t.http
      .put(`${base}/sheets/${a}`)
      .set(as(member))
      .set('If-Match', '"1"')
      .send({ scores: { innovation: 80, impact: 72.5 }, comment: 'Có tính mới' });
    expect(complete.headers.etag).toBe('"2"');
    const mineBefore = await t.http.get(`${base}/my-sheets`).set(as(member)).expect(200);
    expect(mineBefore.body).toEqual({
      campaignId,
      round: 1,
      role: 'member',
      scoringOpen: true,
      items: [
        {
          nominationId: a,
          nomineeName: nomineeA.name,
          workTitle: `Công trình của ${nomineeA.name}`,
          category: null,
          state: 'draft',
          submittedAt: null,
          version: 2,
        },
      ],
      recusedCount: 1,
    });
    // the result's ETag moves with the sheets that count in it: a submission, not a draft
    const resultTag = async () =>
      (await t.http.get(`${base}/result`).set(bearer(staff.token)).expect(200)).headers.etag;
    const beforeSubmission = await resultTag();
    const submitted = await t.http.post(`${base}/sheets/${a}/submit`).set(as(member)).set('If-Match', '"2"');
    expect(submitted.status).toBe(200);
    expect(submitted.headers.etag).toBe('"3"');
    expect(await resultTag()).not.toBe(beforeSubmission);
    expect(submitted.body).toMatchObject({
      state: 'submitted',
      editable: false,
      scores: { innovation: 80, impact: 72.5 },
    });
    expect(submitted.body.submittedAt).toEqual(expect.any(String));

    // locked: a second submission and any edit are 409, whatever version is sent
    for (const attempt of [
      t.http.post(`${base}/sheets/${a}/submit`).set(as(member)).set('If-Match', '"3"'),
      t.http.post(`${base}/sheets/${a}/submit`).set(as(member)).set('If-Match', '"2"'),
      t.http
        .put(`${base}/sheets/${a}`)
        .set(as(member))
        .set('If-Match', '"3"')
        .send({ scores: { innovation: 1 } }),
    ]) {
      const response = await attempt;
      expect(response.status).toBe(409);
      expect(problemOf(response).code).toBe('SHEET_LOCKED');
      expect(problemOf(response).detail).toMatch(/submitted at .* and is locked/);
      expect(problemOf(response).detailVi).toMatch(/đã nộp lúc .* và đã khóa/);
    }
    const mineAfter = await t.http.get(`${base}/my-sheets`).set(as(member)).expect(200);
    expect(mineAfter.body.items).toMatchObject([{ nominationId: a, state: 'submitted', version: 3 }]);

    // recused from B: refused, naming the recusal in both languages
    for (const attempt of [
      t.http.get(`${base}/sheets/${b}`).set(as(member)),
      t.http
        .put(`${base}/sheets/${b}`)
        .set(as(member))
        .set('If-Match', '"0"')
        .send({ scores: { innovation: 50 } }),
    ]) {
      const response = await attempt;
      expect(response.status).toBe(403);
      expect(problemOf(response)).toMatchObject({ code: 'RECUSED' });
      expect(problemOf(response).detail).toContain(`recused from scoring ${nomineeB.name}`);
      expect(problemOf(response).detail).toContain('co_authorship');
      expect(problemOf(response).detailVi).toContain(`không chấm hồ sơ của ${nomineeB.name}`);
    }
    // the chair is not recused from B
    await t.http.get(`${base}/sheets/${b}`).set(as(chair)).expect(200);

    // a nomination not in the round, a round without a council, someone not seated, staff
    const elsewhere = await campaignInReview([await person('Đỗ Văn Khác')], { rounds: 1 });
    const notInRound = await t.http.get(`${base}/sheets/${elsewhere.nominationIds[0]}`).set(as(member));
    expect(notInRound.status).toBe(404);
    expect(problemOf(notInRound).detailVi).toContain('hồ sơ đề cử trong vòng xét chọn này');
    await t.http
      .get(`${round(campaignId, 2)}/sheets/${a}`)
      .set(as(member))
      .expect(404);
    await t.http.get(`${base}/sheets/${a}`).set(bearer(stranger.token)).expect(404);
    await t.http.get(`${base}/my-sheets`).set(bearer(stranger.token)).expect(404);
    const staffSheet = await t.http.get(`${base}/sheets/${a}`).set(bearer(staff.token));
    expect(staffSheet.status).toBe(403);
    expect(problemOf(staffSheet).detail).toContain('staff have no scoring sheets');
    await t.http.get(`${CAMPAIGNS}/${campaignId}/rounds/one/my-sheets`).set(as(member)).expect(400);

    // the plain member sees no progress or result; officers and staff do
    const memberProgress = await t.http.get(`${base}/progress`).set(as(member));
    expect(memberProgress.status).toBe(403);
    expect(problemOf(memberProgress).detailVi).toContain('Chỉ thư ký hoặc chủ tịch');
    await t.http.get(`${base}/result`).set(as(member)).expect(403);
    const progress = await t.http.get(`${base}/progress`).set(as(secretary)).expect(200);
    expect(progress.body).toMatchObject({ campaignId, round: 1, submitted: 1, expected: 5 });
    expect(progress.body.members).toEqual([
      expect.objectContaining({
        name: chair.name,
        role: 'chair',
        submitted: 0,
        drafts: 0,
        expected: 2,
        recusedFrom: [],
      }),
      expect.objectContaining({ name: secretary.name, role: 'secretary', submitted: 0, expected: 2 }),
      expect.objectContaining({
        name: member.name,
        role: 'member',
        submitted: 1,
        expected: 1,
        recusedFrom: [b],
      }),
    ]);
    expect(progress.body.nominees).toEqual([
      { nominationId: a, nomineeName: nomineeA.name, submitted: 1, expected: 3, recusedMembers: [] },
      {
        nominationId: b,
        nomineeName: nomineeB.name,
        submitted: 0,
        expected: 2,
        recusedMembers: [expect.objectContaining({ name: member.name, role: 'member' })],
      },
    ]);
    await t.http.get(`${base}/progress`).set(bearer(staff.token)).expect(200);

    // audited: the saves and the submission of the sheet
    const audit = await t.dataSource.query<Array<{ action: string; actor_account_id: string }>>(
      `SELECT action, actor_account_id FROM audit_event WHERE entity_type = 'honor_score_sheet' ORDER BY id`,
    );
    expect(audit.map((row) => row.action)).toEqual([
      'honor_score_sheet.save',
      'honor_score_sheet.save',
      'honor_score_sheet.submit',
    ]);
    expect(new Set(audit.map((row) => row.actor_account_id))).toEqual(new Set([member.account.id]));
  });

  it('refuses sheets before scoring opens', async () => {
    const [member, nominee] = [await person('Vũ Chưa Mở'), await person('Lý Đề Cử')];
    const { campaignId, nominationIds } = await campaignInReview([nominee], { rounds: 1 });
    await seatCouncil(t.dataSource, {
      campaignId,
      round: 1,
      addedBy: staff.id,
      members: [{ intellectualId: member.id, role: 'member' }],
      scoringOpen: false,
    });
    const response = await t.http
      .put(`${round(campaignId, 1)}/sheets/${nominationIds[0]}`)
      .set(bearer(member.account.token))
      .set('If-Match', '"0"')
      .send({ scores: { innovation: 50 } });
    expect(response.status).toBe(409);
    expect(problemOf(response)).toMatchObject({ code: 'SCORING_NOT_OPEN' });
    expect(problemOf(response).detailVi).toContain('chưa được mở để chấm điểm');
  });

  it('scores two rounds through the API; the confirmed results are reproducible from the stored sheets', async () => {
    const chair = await person('Trần Chủ Tịch Hai');
    const secretary = await person('Lê Thư Ký Hai');
    const member = await person('Phạm Ủy Viên Hai');
    const [alpha, beta, gamma] = [
      await person('Alpha Nguyễn'),
      await person('Beta Trần'),
      await person('Gamma Lê'),
    ];
    const { campaignId, nominationIds } = await campaignInReview([alpha, beta, gamma], {
      rounds: 2,
      prizeLevels: [
        { code: 'A', name: 'Giải A', quota: 1 },
        { code: 'B', name: 'Giải B', quota: 1 },
      ],
    });
    const [n1, n2, n3] = nominationIds;
    const council = [
      { intellectualId: chair.id, role: 'chair' as const },
      { intellectualId: secretary.id, role: 'secretary' as const },
      { intellectualId: member.id, role: 'member' as const },
    ];
    const { councilId } = await seatCouncil(t.dataSource, {
      campaignId,
      round: 1,
      addedBy: staff.id,
      members: council,
    });
    const base = round(campaignId, 1);
    // member totals (2·innovation + impact)/3:
    //   Alpha 80, 80, 70 → trimmed mean 80; impact mean (60+80+90)/3 = 76.67
    //   Beta  80, 80, 90 → trimmed mean 80; impact mean (100+70+70)/3 = 80: Beta ranks first by criterion:impact
    //   Gamma 50, 50, 50 → 50, under round 1's threshold of 60
    const sheets: Array<[Person, string, Record<string, number>]> = [
      [chair, n1, { innovation: 90, impact: 60 }],
      [secretary, n1, { innovation: 80, impact: 80 }],
      [member, n1, { innovation: 60, impact: 90 }],
      [chair, n2, { innovation: 70, impact: 100 }],
      [secretary, n2, { innovation: 85, impact: 70 }],
      [member, n2, { innovation: 100, impact: 70 }],
      [chair, n3, { innovation: 50, impact: 50 }],
      [secretary, n3, { innovation: 60, impact: 30 }],
    ];
    for (const [who, nominationId, scores] of sheets) await score(base, who, nominationId, scores);

    // one sheet missing: nobody confirms yet
    const early = await confirm(base, secretary.account);
    expect(early.status).toBe(409);
    expect(problemOf(early)).toMatchObject({ code: 'SHEETS_MISSING' });
    expect(problemOf(early).detail).toContain('1 of the 9 expected scoring sheets are not submitted yet');
    expect(problemOf(early).detailVi).toContain('Còn 1 trong số 9 phiếu chấm chưa nộp');
    await score(base, member, n3, { innovation: 40, impact: 70 });

    const computed = await t.http.get(`${base}/result`).set(bearer(secretary.account.token)).expect(200);
    expect(computed.body).toMatchObject({
      source: 'computed',
      final: false,
      method: 'trimmed_mean',
      threshold: 60,
      expectedSheets: 9,
      missingSheets: 0,
      quotaTie: null,
    });
    expect(
      (computed.body.nominations as Array<Record<string, unknown>>).map((n) => [
        n.nomineeName,
        n.aggregate,
        n.rank,
        n.decidedBy,
        n.passed,
      ]),
    ).toEqual([
      [beta.name, 80, 1, 'criterion:impact', true],
      [alpha.name, 80, 2, 'criterion:impact', true],
      [gamma.name, 50, 3, null, false],
    ]);
    expect(computed.body.nominations[1].criterionMeans).toEqual({ innovation: 76.67, impact: 76.67 });

    // only the council's own secretary and chair confirm: not a member, not staff for them
    const byMember = await confirm(base, member.account);
    expect(byMember.status).toBe(403);
    const byStaff = await confirm(base, staff);
    expect(byStaff.status).toBe(403);
    expect(problemOf(byStaff).detail).toContain('staff cannot confirm for them');
    const staleConfirm = await t.http
      .post(`${base}/confirmations`)
      .set(bearer(secretary.account.token))
      .set('If-Match', '"99"');
    expect(staleConfirm.status).toBe(412);

    const bySecretary = await confirm(base, secretary.account);
    expect(bySecretary.status).toBe(200);
    expect(bySecretary.body).toMatchObject({
      source: 'confirmed',
      confirmation: { confirmed: false, chairConfirmedAt: null },
    });
    expect(bySecretary.body.confirmation.secretaryConfirmedBy).toBe(secretary.account.id);
    const again = await confirm(base, secretary.account);
    expect(again.status).toBe(409);
    expect(problemOf(again).code).toBe('ROUND_ALREADY_CONFIRMED');
    // nothing moves on one confirmation
    const [campaignBefore] = await t.dataSource.query<Array<{ current_round: number }>>(
      `SELECT current_round FROM honor_campaign WHERE id = $1`,
      [campaignId],
    );
    expect(campaignBefore.current_round).toBe(1);
    const byChair = await confirm(base, chair.account);
    expect(byChair.status).toBe(200);
    expect(byChair.body.confirmation).toMatchObject({ confirmed: true, chairConfirmedBy: chair.account.id });
    expect(byChair.body.nominations).toEqual(computed.body.nominations);

    // the passing nominations reached round 2, the campaign is in round 2
    const reached = await t.dataSource.query<Array<{ id: string; reached_round: number }>>(
      `SELECT id, reached_round FROM honor_nomination WHERE campaign_id = $1`,
      [campaignId],
    );
    expect(Object.fromEntries(reached.map((row) => [row.id, row.reached_round]))).toEqual({
      [n1]: 2,
      [n2]: 2,
      [n3]: 1,
    });
    const [campaignAfter] = await t.dataSource.query<Array<{ current_round: number; state: string }>>(
      `SELECT current_round, state FROM honor_campaign WHERE id = $1`,
      [campaignId],
    );
    expect(campaignAfter).toEqual({ current_round: 2, state: 'in_review' });

    // reproducible: the stored sheets, read here, give the confirmed result again, and the hand computation
    const stored = await storedRound(councilId);
    const recomputed = aggregateRound({
      definition: { ...SCORING, scale: { min: 0, max: 100 } } as never,
      round: 1,
      final: false,
      prizeLevels: [
        { code: 'A', name: 'Giải A', quota: 1 },
        { code: 'B', name: 'Giải B', quota: 1 },
      ],
      nominations: nominationIds.map((id, index) => ({
        nominationId: id,
        submittedAt: new Date(Date.UTC(2026, 5, 1 + index)).toISOString(),
      })),
      sheets: stored.sheets,
    });
    expect(stored.result.nominations).toEqual(JSON.parse(JSON.stringify(recomputed.nominations)));
    expect(stored.result.quotaTie).toBeNull();
    const byId = Object.fromEntries(stored.result.nominations.map((n) => [n.nominationId, n]));
    const totals = (id: string) => byId[id].memberTotals.map((m) => m.total).sort((x, y) => x - y);
    expect(totals(n1)).toEqual([70, 80, 80]);
    expect(totals(n2)).toEqual([80, 80, 90]);
    expect(totals(n3)).toEqual([50, 50, 50]);
    expect([byId[n1].aggregate, byId[n2].aggregate, byId[n3].aggregate]).toEqual([80, 80, 50]);
    expect(byId[n2].criterionMeans.impact).toBe(80);
    expect(byId[n1].criterionMeans.impact).toBeCloseTo(230 / 3, 12);
    expect([byId[n2].rank, byId[n1].rank, byId[n3].rank]).toEqual([1, 2, 3]);

    // round 1 no longer takes sheets; round 2 (final) gives the prize levels
    const round1Sheet = await t.http.get(`${base}/sheets/${n1}`).set(bearer(chair.account.token)).expect(200);
    expect(round1Sheet.body.editable).toBe(false);
    const { councilId: finalCouncilId } = await seatCouncil(t.dataSource, {
      campaignId,
      round: 2,
      addedBy: staff.id,
      members: council,
    });
    const final = round(campaignId, 2);
    const mine = await t.http.get(`${final}/my-sheets`).set(bearer(member.account.token)).expect(200);
    expect(
      (mine.body.items as Array<{ nominationId: string }>).map((item) => item.nominationId).sort(),
    ).toEqual([n1, n2].sort());
    await t.http.get(`${final}/sheets/${n3}`).set(bearer(member.account.token)).expect(404);
    // Alpha 90, 90, 80 → 90; Beta 70, 70, 80 → 70
    for (const [who, a, b] of [
      [chair, 90, 70],
      [secretary, 90, 70],
      [member, 80, 80],
    ] as const) {
      await score(final, who, n1, { innovation: a, impact: a });
      await score(final, who, n2, { innovation: b, impact: b });
    }
    expect((await confirm(final, chair.account)).status).toBe(200);
    const finalResult = await confirm(final, secretary.account);
    expect(finalResult.status).toBe(200);
    expect(
      (finalResult.body.nominations as Array<Record<string, unknown>>).map((n) => [
        n.nominationId,
        n.aggregate,
        n.prizeLevelCode,
      ]),
    ).toEqual([
      [n1, 90, 'A'],
      [n2, 70, 'B'],
    ]);
    // the result names its codes as the campaign does, for the pages to show names
    expect(finalResult.body.criteria).toEqual(SCORING.criteria);
    expect(finalResult.body.prizeLevels).toEqual([
      { code: 'A', name: 'Giải A' },
      { code: 'B', name: 'Giải B' },
    ]);
    const prizes = await t.dataSource.query<Array<{ id: string; prize_level_code: string | null }>>(
      `SELECT id, prize_level_code FROM honor_nomination WHERE campaign_id = $1`,
      [campaignId],
    );
    expect(Object.fromEntries(prizes.map((row) => [row.id, row.prize_level_code]))).toEqual({
      [n1]: 'A',
      [n2]: 'B',
      [n3]: null,
    });
    const [finalCampaign] = await t.dataSource.query<Array<{ current_round: number; state: string }>>(
      `SELECT current_round, state FROM honor_campaign WHERE id = $1`,
      [campaignId],
    );
    expect(finalCampaign).toEqual({ current_round: 2, state: 'in_review' });
    const finalStored = await storedRound(finalCouncilId);
    expect(finalStored.result.inputs.sheets).toEqual(finalStored.sheets);

    const audit = await t.dataSource.query<Array<{ action: string; entity_id: string }>>(
      `SELECT action, entity_id FROM audit_event
        WHERE action IN ('honor_council.confirm_result', 'honor_nomination.reach_round', 'honor_campaign.next_round', 'honor_nomination.prize_level')
          AND (entity_id = ANY($1) OR entity_id = ANY($2)) ORDER BY id`,
      [
        [councilId, finalCouncilId, campaignId],
        [n1, n2, n3],
      ],
    );
    expect(audit.map((row) => row.action)).toEqual([
      'honor_council.confirm_result',
      'honor_council.confirm_result',
      'honor_nomination.reach_round',
      'honor_nomination.reach_round',
      'honor_campaign.next_round',
      'honor_council.confirm_result',
      'honor_council.confirm_result',
      'honor_nomination.prize_level',
      'honor_nomination.prize_level',
    ]);
  });

  it('refuses confirming a final round with a tie over a quota, naming the tied nominees', async () => {
    const chair = await person('Chủ Tịch Đồng Điểm');
    const secretary = await person('Thư Ký Đồng Điểm');
    const member = await person('Ủy Viên Đồng Điểm');
    const [first, second] = [await person('Đồng Điểm Một'), await person('Đồng Điểm Hai')];
    const { campaignId, nominationIds } = await campaignInReview([first, second], {
      rounds: 1,
      prizeLevels: [{ code: 'A', name: 'Giải A', quota: 1 }],
    });
    await seatCouncil(t.dataSource, {
      campaignId,
      round: 1,
      addedBy: staff.id,
      members: [
        { intellectualId: chair.id, role: 'chair' },
        { intellectualId: secretary.id, role: 'secretary' },
        { intellectualId: member.id, role: 'member' },
      ],
    });
    const base = round(campaignId, 1);
    for (const who of [chair, secretary, member]) {
      for (const id of nominationIds) await score(base, who, id, { innovation: 75, impact: 75 });
    }
    const result = await t.http.get(`${base}/result`).set(bearer(staff.token)).expect(200);
    expect(result.body.quotaTie).toEqual({ levelCode: 'A', placesLeft: 1, nominationIds: expect.any(Array) });
    const refused = await confirm(base, secretary.account);
    expect(refused.status).toBe(409);
    expect(problemOf(refused).code).toBe('QUOTA_TIE');
    expect(problemOf(refused).detail).toContain(first.name);
    expect(problemOf(refused).detail).toContain(second.name);
    expect(problemOf(refused).detail).toContain('prize level A');
    expect(problemOf(refused).detailVi).toContain('giải A chỉ còn 1 suất');
    const [council] = await t.dataSource.query<
      Array<{ result: unknown; secretary_confirmed_at: Date | null }>
    >(`SELECT result, secretary_confirmed_at FROM honor_council WHERE campaign_id = $1`, [campaignId]);
    expect(council).toEqual({ result: null, secretary_confirmed_at: null });
  });

  it('the second confirmation recomputes the result and refuses one that differs from the stored one', async () => {
    const chair = await person('Chủ Tịch Kiểm Tra');
    const secretary = await person('Thư Ký Kiểm Tra');
    const member = await person('Ủy Viên Kiểm Tra');
    const nominee = await person('Người Được Chấm');
    const { campaignId, nominationIds } = await campaignInReview([nominee], { rounds: 1 });
    const { councilId } = await seatCouncil(t.dataSource, {
      campaignId,
      round: 1,
      addedBy: staff.id,
      members: [
        { intellectualId: chair.id, role: 'chair' },
        { intellectualId: secretary.id, role: 'secretary' },
        { intellectualId: member.id, role: 'member' },
      ],
    });
    const base = round(campaignId, 1);
    for (const who of [chair, secretary, member]) {
      await score(base, who, nominationIds[0], { innovation: 70, impact: 85 });
    }
    expect((await confirm(base, secretary.account)).status).toBe(200);
    // the stored result altered behind the API's back: the chair's recomputation no longer matches it
    await t.dataSource.query(
      `UPDATE honor_council SET result = jsonb_set(result, '{nominations,0,aggregate}', '99') WHERE id = $1`,
      [councilId],
    );
    const refused = await confirm(base, chair.account);
    expect(refused.status).toBe(409);
    expect(problemOf(refused).code).toBe('ROUND_RESULT_CHANGED');
    expect(problemOf(refused).detailVi).toContain('Tính lại từ các phiếu chấm đã lưu');
    const [council] = await t.dataSource.query<Array<{ chair_confirmed_at: Date | null }>>(
      `SELECT chair_confirmed_at FROM honor_council WHERE id = $1`,
      [councilId],
    );
    expect(council.chair_confirmed_at).toBeNull();
  });

  /** The council's stored result and its sheets read back from the tables, as aggregateRound takes them. */
  async function storedRound(councilId: string) {
    const [council] = await t.dataSource.query<Array<{ result: RoundResult }>>(
      `SELECT result FROM honor_council WHERE id = $1`,
      [councilId],
    );
    const rows = await t.dataSource.query<
      Array<{ intellectual_id: string; nomination_id: string; scores: Record<string, number> }>
    >(
      `SELECT m.intellectual_id, s.nomination_id, s.scores FROM honor_score_sheet s
         JOIN honor_council_member m ON m.id = s.council_member_id
        WHERE m.council_id = $1 AND s.submitted_at IS NOT NULL
        ORDER BY s.nomination_id, m.intellectual_id`,
      [councilId],
    );
    return {
      result: council.result,
      sheets: rows.map((row) => ({
        memberId: row.intellectual_id,
        nominationId: row.nomination_id,
        scores: row.scores,
        submitted: true,
      })),
    };
  }
});
