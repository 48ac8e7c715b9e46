import { Organization } from '../../../src/catalog/organization.entity';
import { AuditEvent } from '../../../src/audit';
import { Panel, PanelMember } from '../../../src/panels/panel';
import type { PanelRole } from '../../../src/panels/panel/panel-rules';
import type {
  PanelCandidatePage,
  PanelMemberView,
  PanelSuggestionView,
  PanelView,
} from '../../../src/panels/panel/panel.views';
import type { FieldProblem } from '../../../src/common/errors/domain-error';
import { ReviewRequest, ReviewRequestEvent } from '../../../src/panels/requests';
import type { ReviewRequestView } from '../../../src/panels/requests/review-request.views';
import { IndexerService } from '../../../src/search/indexer/indexer.service';
import { createProfile } from '../../support/factories/search-profile.factory';
import { ReviewFlow } from '../../support/panels/review-flow';
import { bearer, startTestApp, TestAccount, TestApp } from '../../support/test-app';
import { EXPERTS, PROPOSALS } from './labelled-proposals';

jest.setTimeout(120_000);

type Member = { intellectualId: string; role: string; conflictOverrideReason?: string };

/**
 * The panel of a review request over HTTP: candidates with conflicts and load, a suggestion under
 * the rules, saving the member list (rules, overrides, versions), the expert's panel history.
 */
describe('expert panels', () => {
  let t: TestApp;
  let staff: TestAccount;
  let flow: ReviewFlow;
  const ids = {} as Record<string, string>;
  const emailOf = (key: string) => `${key.toLowerCase()}@experts.test`;
  const lobster = PROPOSALS.find(({ expected }) => expected.includes('lobsterAcademic'))!;
  let requester: Organization;
  let ria3: Organization;
  let request: ReviewRequestView;
  /** The first candidate, who chairs the suggested panel. */
  let best: string;
  const url = (path = '') => `/api/v1/review-requests/${request.id}${path}`;

  beforeAll(async () => {
    t = await startTestApp();
    staff = await t.account(['association_staff']);
    flow = new ReviewFlow(t, staff);
    for (const [key, spec] of Object.entries(EXPERTS)) {
      ids[key] = (await createProfile(t.dataSource, { ...spec, email: emailOf(key) })).id;
    }
    // two more lobster people at NTU, where lobsterAcademic works: the organization limit (2) must bite
    ids.ntuLobster1 = (
      await createProfile(t.dataSource, {
        fullName: 'Trần Văn Tôm',
        organization: 'NTU',
        fieldCodes: ['405'],
        expertise: ['tôm hùm'],
        degrees: ['master'],
      })
    ).id;
    ids.ntuLobster2 = (
      await createProfile(t.dataSource, {
        fullName: 'Lê Thị Hùm',
        organization: 'NTU',
        fieldCodes: ['405'],
        expertise: ['giống tôm hùm'],
        degrees: ['master'],
      })
    ).id;
    ria3 = await t.dataSource.manager.findOneByOrFail(Organization, { shortName: 'RIA3' });
    ids.drafter = (
      await createProfile(t.dataSource, { fullName: 'Người Soạn Thảo', organization: 'RIA3' })
    ).id;
    await t.app.get(IndexerService).drain();
    [requester] = await t.dataSource.manager.find(Organization, {
      where: { sector: 'state_agency' },
      order: { nameVi: 'ASC' },
      take: 1,
    });
    request = await flow.acceptedRequest(staff, {
      title: lobster.title,
      summary: 'Chuyển đổi lồng nuôi tôm hùm',
      proposalText: lobster.text,
      fieldCodes: lobster.fieldCodes,
      panelSizeMin: 3,
      panelSizeMax: 4,
      rolesWanted: { reviewer: 1 },
      requestingOrganizationId: requester.id,
      drafters: [{ intellectualId: ids.drafter }],
    });
  });
  afterAll(() => t.close());

  const panelOf = async () => t.http.get(url('/panel')).set(bearer(staff.token)).expect(200);
  const save = (members: Member[], version: string | null = '"0"') => {
    const call = t.http.put(url('/panel/members')).set(bearer(staff.token));
    return (version ? call.set('If-Match', version) : call).send({ members });
  };

  describe('candidates', () => {
    it('ranks the expected expert first, with reasons, load and a blocking flag for the drafter’s colleague', async () => {
      const response = await t.http.get(url('/candidates')).set(bearer(staff.token)).expect(200);
      const body = response.body as PanelCandidatePage;
      const items = body.items;
      const keyOf = (id: string) => Object.keys(ids).find((key) => ids[key] === id);
      expect(
        items
          .slice(0, 3)
          .map((item) => keyOf(item.intellectualId))
          .sort(),
      ).toEqual([...lobster.expected].sort());
      best = items[0].intellectualId;
      expect(items[0]).toMatchObject({
        worstSeverity: null,
        conflicts: [],
        load: { activePanels: 0, maxActivePanels: 3, limitReached: false },
        onPanel: false,
      });
      expect(items[0].reasons.length).toBeGreaterThan(0);
      const colleague = items.find((item) => item.intellectualId === ids.lobsterProject)!;
      expect(colleague.worstSeverity).toBe('block');
      expect(colleague.conflicts.map((flag) => flag.rule)).toEqual(['current_employer']);
      expect(colleague.conflicts[0].evidence.vi).toContain(ria3.nameVi);
      expect(body.keyPhrases.map((phrase) => phrase.text)).toContain('tôm hùm');
    });

    it('pages the list', async () => {
      const response = await t.http
        .get(url('/candidates'))
        .query({ limit: 2, offset: 1 })
        .set(bearer(staff.token))
        .expect(200);
      expect(response.body).toMatchObject({ limit: 2, offset: 1 });
      expect(response.body.items).toHaveLength(2);
      expect(response.body.total).toBeGreaterThan(3);
      expect(response.body.items[0].rank).toBe(2);
    });

    it('answers 409 for a request whose panel does not form now, 404 for an unknown one, 403 to an expert', async () => {
      const { request: submitted } = await flow.submittedRequest(staff, {
        requestingOrganizationId: requester.id,
      });
      const conflict = await t.http
        .get(`/api/v1/review-requests/${submitted.id}/candidates`)
        .set(bearer(staff.token))
        .expect(409);
      expect(conflict.body).toMatchObject({ code: 'REQUEST_NOT_FORMING_PANEL' });
      await t.http
        .get('/api/v1/review-requests/00000000-0000-4000-8000-000000000000/candidates')
        .set(bearer(staff.token))
        .expect(404);
      const expert = await t.account(['intellectual']);
      await t.http.get(url('/candidates')).set(bearer(expert.token)).expect(403);
    });
  });

  describe('suggestion', () => {
    it('proposes one chair, one secretary, the size, the field and at most two from one organization, saving nothing', async () => {
      const response = await t.http.post(url('/panel/suggest')).set(bearer(staff.token)).send({}).expect(200);
      const body = response.body as PanelSuggestionView;
      const members = body.members;
      expect(members).toHaveLength(4);
      expect(members.filter((m) => m.role === 'chair')).toHaveLength(1);
      expect(members.filter((m) => m.role === 'secretary')).toHaveLength(1);
      expect(members.filter((m) => m.role === 'reviewer')).toHaveLength(1);
      expect(members[0]).toMatchObject({ intellectualId: best, role: 'chair', status: 'proposed' });
      const chosen = members.map((m) => m.intellectualId);
      expect(chosen).not.toContain(ids.lobsterProject);
      const ntu = [ids.lobsterAcademic, ids.ntuLobster1, ids.ntuLobster2, ids.shrimpAcademic];
      expect(chosen.filter((id) => ntu.includes(id)).length).toBeLessThanOrEqual(2);
      expect(body.uncoveredFields).toEqual([]);
      expect(body.balance.fields[0].code).toBe('405');
      expect(body.balance.fields[0].members).toBeGreaterThanOrEqual(3);
      expect(body.violations.filter((v) => v.level === 'error')).toEqual([]);
      expect(body.suggester).toBe('greedy+local-search');
      const panel = await panelOf();
      expect(panel.headers.etag).toBe('"0"');
      expect((panel.body as PanelView).members).toEqual([]);
    });
  });

  describe('saving the members', () => {
    const good = (): Member[] => [
      { intellectualId: ids.lobsterAcademic, role: 'chair' },
      { intellectualId: ids.lobsterFarmer, role: 'reviewer' },
      { intellectualId: ids.shrimpAcademic, role: 'secretary' },
    ];
    const auditCount = () =>
      t.dataSource.manager.count(AuditEvent, {
        where: { entityType: 'review_request', entityId: request.id },
      });

    it('refuses two chairs and a panel without a secretary, naming the rule in both languages', async () => {
      const twoChairs = await save([
        ...good(),
        { intellectualId: ids.tourismOperator, role: 'chair' },
      ]).expect(422);
      expect(twoChairs.body).toMatchObject({
        code: 'PANEL_RULES_VIOLATED',
        errors: [
          {
            field: 'members',
            message: 'A panel has exactly one chair',
            messageVi: 'Hội đồng chỉ có một chủ tịch',
          },
        ],
      });
      const noSecretary = await save(
        good().map((m) => ({ ...m, role: m.role === 'secretary' ? 'member' : m.role })),
      );
      expect(noSecretary.status).toBe(422);
      expect(noSecretary.body.errors).toEqual([
        expect.objectContaining({
          message: 'The panel has no secretary yet',
          messageVi: 'Hội đồng chưa có thư ký',
        }),
      ]);
      const tooSmall = await save(good().slice(0, 2)).expect(422);
      const problems = (tooSmall.body as { errors: FieldProblem[] }).errors;
      expect(problems.map((e) => e.message)).toContain('The panel needs at least 3 members');
    });

    it('checks a list as the builder holds it without saving it: violations with levels and the balance', async () => {
      const response = await t.http
        .post(url('/panel/check'))
        .set(bearer(staff.token))
        .send({ members: [...good(), { intellectualId: ids.lobsterProject, role: 'chair' }] })
        .expect(200);
      const body = response.body as PanelView;
      expect(body.violations.map((v) => [v.code, v.level])).toEqual([
        ['too_many_chairs', 'error'],
        ['blocked_without_override', 'error'],
      ]);
      expect(body.balance.size).toBe(4);
      expect(body.members.find((m) => m.intellectualId === ids.lobsterProject)?.worstSeverity).toBe('block');
      expect((await panelOf()).body).toMatchObject({ version: 0, members: [] });
    });

    it('refuses a blocked member without an override reason and writes nothing', async () => {
      const before = await auditCount();
      const response = await save([...good(), { intellectualId: ids.lobsterProject, role: 'member' }]).expect(
        422,
      );
      expect(response.body).toMatchObject({
        code: 'CONFLICT_OVERRIDE_REQUIRED',
        errors: [expect.objectContaining({ field: 'members[3].conflictOverrideReason' })],
      });
      expect(await t.dataSource.manager.count(Panel, { where: { reviewRequestId: request.id } })).toBe(0);
      expect(await auditCount()).toBe(before);
      const stored = await t.dataSource.manager.findOneByOrFail(ReviewRequest, { id: request.id });
      expect(stored.state).toBe('accepted');
    });

    it('saves with the reason, audits the override, moves the request to panel_forming', async () => {
      const reason = 'Chuyên gia duy nhất về thức ăn công nghiệp cho tôm hùm';
      const response = await save([
        ...good(),
        { intellectualId: ids.lobsterProject, role: 'member', conflictOverrideReason: reason },
      ]).expect(200);
      expect(response.headers.etag).toBe('"1"');
      const member = (response.body as PanelView).members.find(
        (m) => m.intellectualId === ids.lobsterProject,
      );
      expect(member).toMatchObject({
        role: 'member',
        status: 'proposed',
        worstSeverity: 'block',
        override: { reason, byAccountId: staff.id },
      });
      expect(member?.relevance).toBeGreaterThan(0);
      expect(response.body.violations).toEqual([]);
      const rows = await t.dataSource.manager.find(PanelMember, {
        where: { intellectualId: ids.lobsterProject },
      });
      expect(rows).toMatchObject([
        { conflictOverrideReason: reason, overrideBy: staff.id, addedBy: staff.id },
      ]);
      const audits = await t.dataSource.manager.find(AuditEvent, {
        where: { entityType: 'review_request', entityId: request.id },
      });
      const override = audits.find((a) => a.action === 'review_request.panel_conflict_override')!;
      expect(override.actorAccountId).toBe(staff.id);
      expect(override.changes).toMatchObject({
        intellectualId: { after: ids.lobsterProject },
        conflicts: { after: ['current_employer'] },
        conflictOverrideReason: { before: null, after: reason },
      });
      expect(audits.map((a) => a.action)).toContain('review_request.panel_members_replaced');
      const stored = await t.dataSource.manager.findOneByOrFail(ReviewRequest, { id: request.id });
      expect(stored.state).toBe('panel_forming');
      const forming = await t.dataSource.manager.findBy(ReviewRequestEvent, {
        reviewRequestId: request.id,
        toState: 'panel_forming',
      });
      expect(forming).toMatchObject([
        { fromState: 'accepted', toState: 'panel_forming', actorAccountId: staff.id },
      ]);

      const panel = await panelOf();
      expect(panel.headers.etag).toBe('"1"');
      expect(panel.body.members).toHaveLength(4);
      expect(panel.body.balance).toMatchObject({ size: 4, fields: [{ code: '405', members: 4 }] });
    });

    it('answers 412 to a stale If-Match and 428 without one, and keeps the saved panel', async () => {
      const stale = await save(good(), '"0"').expect(412);
      expect(stale.body.code).toBe('PRECONDITION_FAILED');
      await save(good(), null).expect(428);
      expect((await panelOf()).body.members).toHaveLength(4);
    });

    it('takes a member off and keeps the override of those who stay', async () => {
      const response = await save(
        [good()[0], good()[2], { intellectualId: ids.lobsterProject, role: 'reviewer' }],
        '"1"',
      ).expect(200);
      expect(response.headers.etag).toBe('"2"');
      const members: PanelMemberView[] = (response.body as PanelView).members;
      expect(members.map((m) => m.intellectualId).sort()).toEqual(
        [ids.lobsterAcademic, ids.shrimpAcademic, ids.lobsterProject].sort(),
      );
      expect(members.find((m) => m.intellectualId === ids.lobsterProject)?.override?.reason).toContain(
        'thức ăn',
      );
    });
  });

  describe('load', () => {
    it('shows an expert at the limit and refuses seating them on one more panel', async () => {
      // vaccineAcademic sits on five other panels: three count
      const busy = ids.vaccineAcademic;
      // chairs and secretaries nobody else here looks at, none on more than three of these panels
      const others = ['energyEngineer', 'energyProject', 'saltAcademic', 'drylandsFarmer', 'drylandsProject'];
      let turn = 0;
      const seats = () => {
        const seat = (key: string, role: PanelRole) => ({
          intellectualId: ids[key],
          role,
          email: emailOf(key),
        });
        turn += 1;
        return [
          seat(others[turn % others.length], 'chair'),
          seat(others[(turn + 1) % others.length], 'secretary'),
          seat('vaccineAcademic', 'member'),
        ];
      };
      const onBehalf = { requestingOrganizationId: requester.id };
      const forming = async () => {
        const other = await flow.acceptedRequest(staff, onBehalf);
        await flow.savePanel(other.id, seats());
        return other;
      };
      // time: a panel's load lasts 12 months from when it formed, which only the clock moves
      const formedMonthsAgo = (other: ReviewRequestView, months: number) =>
        t.dataSource.query(
          `UPDATE panel_member SET created_at = now() - make_interval(months => $2)
            WHERE panel_id = (SELECT id FROM panel WHERE review_request_id = $1)`,
          [other.id, months],
        );
      // history, not load: a request cancelled once its panel was saved
      const cancelled = await forming();
      const open = await t.http
        .get(`/api/v1/review-requests/${cancelled.id}`)
        .set(bearer(staff.token))
        .expect(200);
      await t.http
        .post(`/api/v1/review-requests/${cancelled.id}/cancel`)
        .set(bearer(staff.token))
        .set('If-Match', open.headers.etag)
        .send({ reason: 'Cơ quan rút đề nghị' })
        .expect(200);
      await formedMonthsAgo(await flow.reviewing(staff, seats(), onBehalf), 13);
      await forming();
      await formedMonthsAgo(await flow.reviewing(staff, seats(), onBehalf), 11);
      await forming();
      const history = await t.http
        .get(`/api/v1/intellectuals/${busy}/panels`)
        .set(bearer(staff.token))
        .expect(200);
      expect(history.body).toMatchObject({ total: 5, load: { activePanels: 3, limitReached: true } });
      const fresh = await flow.acceptedRequest(staff, { ...onBehalf, panelSizeMin: 3, panelSizeMax: 3 });
      const response = await t.http
        .put(`/api/v1/review-requests/${fresh.id}/panel/members`)
        .set(bearer(staff.token))
        .set('If-Match', '"0"')
        .send({
          members: [
            { intellectualId: busy, role: 'chair' },
            { intellectualId: ids.lobsterFarmer, role: 'member' },
            { intellectualId: ids.tourismOperator, role: 'secretary' },
          ],
        })
        .expect(422);
      expect(response.body.errors).toEqual([
        expect.objectContaining({ message: 'An expert may sit on at most 3 active panels in 12 months' }),
      ]);
    });
  });

  describe('panel history', () => {
    it('shows staff every panel of an expert, the expert only those they were invited to, others nothing', async () => {
      const staffView = await t.http
        .get(`/api/v1/intellectuals/${ids.lobsterAcademic}/panels`)
        .set(bearer(staff.token))
        .expect(200);
      expect(staffView.body).toMatchObject({
        total: 1,
        items: [
          {
            reviewRequestId: request.id,
            title: lobster.title,
            role: 'chair',
            status: 'proposed',
            active: true,
          },
        ],
        load: { activePanels: 1, maxActivePanels: 3, limitReached: false },
      });
      const self = await t.account(['intellectual'], { intellectualId: ids.lobsterAcademic });
      const own = () =>
        t.http.get(`/api/v1/intellectuals/${ids.lobsterAcademic}/panels`).set(bearer(self.token));
      expect((await own().expect(200)).body).toMatchObject({ total: 0, items: [] });
      await flow.invite(request.id, [
        { intellectualId: ids.lobsterAcademic, email: emailOf('lobsterAcademic') },
      ]);
      expect((await own().expect(200)).body).toMatchObject({ total: 1, items: [{ status: 'invited' }] });

      const other = await t.account(['intellectual'], { intellectualId: ids.lobsterFarmer });
      await t.http
        .get(`/api/v1/intellectuals/${ids.lobsterAcademic}/panels`)
        .set(bearer(other.token))
        .expect(404);
      const officer = await t.account(['personnel_officer']);
      await t.http
        .get(`/api/v1/intellectuals/${ids.lobsterAcademic}/panels`)
        .set(bearer(officer.token))
        .expect(403);
      await t.http
        .get('/api/v1/intellectuals/00000000-0000-4000-8000-000000000000/panels')
        .set(bearer(staff.token))
        .expect(404);
    });
  });
});
