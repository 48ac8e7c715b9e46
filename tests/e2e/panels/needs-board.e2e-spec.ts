import { AuditEvent } from '../../../src/audit';
import { NeedCandidate } from '../../../src/panels/needs';
import type { MatchingNeedPage, NeedCandidatePage } from '../../../src/panels/needs/needs.views';
import type { ReviewRequestView } from '../../../src/panels/requests/review-request.views';
import { IndexerService } from '../../../src/search/indexer/indexer.service';
import { createProfile } from '../../support/factories/search-profile.factory';
import { ReviewFlow, Seat } from '../../support/panels/review-flow';
import { bearer, startTestApp, TestAccount, TestApp } from '../../support/test-app';

jest.setTimeout(120_000);

const ME = '/api/v1/me/matching-needs';
const REQUESTS = '/api/v1/review-requests';
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

/**
 * The needs board over HTTP: experts see the open task orders their fields reach (at any level of the
 * catalog), express and withdraw interest; staff see the interested with the matcher's reasons and
 * shortlist from them and the matched; the agency learns only how many.
 */
describe('needs board', () => {
  let t: TestApp;
  let staff: TestAccount;
  let agency: TestAccount;
  let otherAgency: TestAccount;
  /** Fisheries (405), lobster expertise. */
  let fishery: TestAccount;
  /** Agricultural sciences (4) only. */
  let generalist: TestAccount;
  /** Crops (401): a sibling of fisheries. */
  let crops: TestAccount;
  /** Fisheries too, but deceased: not proposable. */
  let deceased: TestAccount;
  const people = {} as Record<string, string>;
  const needs = {} as Record<string, ReviewRequestView>;

  const organizationId = async (shortName: string) =>
    (
      await t.dataSource.query<Array<{ id: string }>>(`SELECT id FROM organization WHERE short_name = $1`, [
        shortName,
      ])
    )[0].id;
  const board = async (who: TestAccount) =>
    (await t.http.get(ME).set(bearer(who.token)).expect(200)).body as MatchingNeedPage;
  const express = (who: TestAccount, id: string, body: object = {}) =>
    t.http.post(`${ME}/${id}/interest`).set(bearer(who.token)).send(body);
  const withdraw = (who: TestAccount, id: string) =>
    t.http.delete(`${ME}/${id}/interest`).set(bearer(who.token));
  const interest = async (id: string) =>
    (await t.http.get(`${REQUESTS}/${id}/interest`).set(bearer(staff.token)).expect(200))
      .body as NeedCandidatePage;
  const audits = (id: string, action: string) =>
    t.dataSource.manager.find(AuditEvent, {
      where: { entityType: 'review_request', entityId: id, action },
      order: { at: 'ASC' },
    });

  beforeAll(async () => {
    t = await startTestApp();
    const skhcn = await organizationId('SKHCN');
    staff = await t.account(['association_staff']);
    agency = await t.account(['agency'], { organizationId: skhcn });
    otherAgency = await t.account(['agency'], { organizationId: await organizationId('SYT') });
    const expert = async (key: string, spec: Parameters<typeof createProfile>[1]) => {
      people[key] = (await createProfile(t.dataSource, spec)).id;
      return t.account(['intellectual'], { intellectualId: people[key] });
    };
    fishery = await expert('fishery', {
      fullName: 'Phạm Văn Biển',
      primaryFieldCode: '405',
      fieldCodes: ['405'],
      expertise: ['tôm hùm', 'lồng nuôi HDPE'],
      degrees: ['doctorate'],
    });
    generalist = await expert('generalist', {
      fullName: 'Lê Thị Đồng',
      primaryFieldCode: '4',
      fieldCodes: ['4'],
    });
    crops = await expert('crops', {
      fullName: 'Trần Văn Lúa',
      primaryFieldCode: '401',
      fieldCodes: ['401'],
      expertise: ['giống lúa chịu mặn'],
    });
    deceased = await expert('deceased', {
      fullName: 'Võ Văn Cũ',
      primaryFieldCode: '405',
      fieldCodes: ['405'],
      status: 'deceased',
    });
    // matched by the matcher (tôm hùm) but never interested: staff may shortlist them
    people.matchedOnly = (
      await createProfile(t.dataSource, {
        fullName: 'Đỗ Thị Hùm',
        primaryFieldCode: '405',
        fieldCodes: ['405'],
        expertise: ['giống tôm hùm bông'],
      })
    ).id;
    people.unrelated = (
      await createProfile(t.dataSource, {
        fullName: 'Ngô Văn Khác',
        primaryFieldCode: '602',
        fieldCodes: ['602'],
      })
    ).id;
    // a registry of other experts, so that "tôm hùm" is a rare term worth matching on
    const others = ['du lịch biển', 'điện gió', 'vắc xin', 'quy hoạch đô thị', 'muối biển', 'y tế cộng đồng'];
    const otherSeats: Array<Seat & { email: string }> = [];
    for (const [i, topic] of [...others, ...others].entries()) {
      const email = `khac${i}@experts.test`;
      const other = await createProfile(t.dataSource, {
        fullName: `Chuyên Gia Khác ${i}`,
        fieldCodes: ['299'],
        expertise: [topic],
        email,
      });
      otherSeats.push({
        intellectualId: other.id,
        role: (['chair', 'secretary', 'member'] as const)[i % 3],
        email,
      });
    }
    await t.app.get(IndexerService).drain();

    // the orders' states are reached through the routes; panels are drawn from the other experts
    const flow = new ReviewFlow(t, staff);
    const order = (title: string, spec: Record<string, unknown> = {}) => ({
      kind: 'task_order',
      title,
      summary: `${title}: bài toán của Sở cần chuyên gia`,
      fieldCodes: ['405'],
      drafters: [{ name: 'Người Soạn Đặt Hàng' }],
      ...spec,
    });
    needs.lobster = await flow.acceptedRequest(
      agency,
      order('Giải pháp giảm tôm hùm chết hàng loạt ở vịnh Xuân Đài', {
        deadline: '2098-03-31',
        proposalText:
          'Tôm hùm nuôi lồng chết hàng loạt; cần giải pháp lồng nuôi HDPE và quản lý dịch bệnh tôm hùm.',
      }),
    );
    needs.agriculture = await flow.acceptedRequest(
      agency,
      order('Chuyển đổi cây trồng vùng khô hạn Ninh Thuận cũ', { fieldCodes: ['4'], deadline: '2098-01-31' }),
    );
    await flow.savePanel(needs.agriculture.id, otherSeats.slice(0, 3));
    ({ request: needs.submitted } = await flow.submittedRequest(
      agency,
      order('Đặt hàng chưa được tiếp nhận về thủy sản'),
    ));
    needs.answered = await flow.reviewing(
      agency,
      otherSeats.slice(3, 6),
      order('Đặt hàng thủy sản đã có báo cáo'),
    );
    await flow.lock(needs.answered.id);
    await flow.sendReport(needs.answered.id);
    await flow.answerReport(needs.answered.id, agency);
    needs.critique = await flow.acceptedRequest(agency, {
      title: 'Phản biện đề án nuôi biển',
      fieldCodes: ['405'],
    });
  });

  afterAll(() => t.close());

  describe('the expert’s board', () => {
    it('lists the open task orders their fields reach, nearest deadline first, without drafters or proposal', async () => {
      const page = await board(fishery);
      expect(page).toMatchObject({ total: 2, limit: 20, offset: 0, proposable: true });
      expect(page.items.map((item) => item.id)).toEqual([needs.agriculture.id, needs.lobster.id]);
      const lobster = page.items[1];
      expect(lobster).toEqual({
        id: needs.lobster.id,
        title: needs.lobster.title,
        summary: needs.lobster.summary,
        agency: {
          id: needs.lobster.requestingOrganization.id,
          nameVi: 'Sở Khoa học và Công nghệ tỉnh Khánh Hòa',
        },
        deadline: '2098-03-31',
        state: 'accepted',
        fields: [{ code: '405', nameVi: 'Thủy sản', nameEn: 'Fisheries and aquaculture' }],
        matchedFieldCodes: ['405'],
        interested: false,
        note: null,
        interestedAt: null,
      });
      // the parent field reaches down to the agricultural order
      expect(page.items[0].matchedFieldCodes).toEqual(['4']);
    });

    it('reaches down from a general field and up from a specific one, never across to a sibling', async () => {
      expect((await board(generalist)).items.map((item) => item.id)).toEqual([
        needs.agriculture.id,
        needs.lobster.id,
      ]);
      expect((await board(crops)).items.map((item) => item.id)).toEqual([needs.agriculture.id]);
    });

    it('is empty for someone who may not be proposed for panels, and says so', async () => {
      expect(await board(deceased)).toEqual({ items: [], total: 0, limit: 20, offset: 0, proposable: false });
      const refused = await express(deceased, needs.lobster.id).expect(409);
      expect(refused.body).toMatchObject({ code: 'NOT_PROPOSABLE' });
      expect(refused.body.detailVi).toContain('không thể bày tỏ quan tâm');
    });

    it('answers 404 to an account without a linked profile', async () => {
      const unlinked = await t.account(['intellectual']);
      const response = await t.http.get(ME).set(bearer(unlinked.token)).expect(404);
      expect(response.body).toMatchObject({ code: 'PROFILE_NOT_LINKED' });
    });
  });

  describe('interest', () => {
    it('is recorded once with an NFC note, and audited on the request', async () => {
      const decomposed = 'Tôi đã nuôi tôm hùm lồng HDPE'.normalize('NFD');
      const first = await express(fishery, needs.lobster.id, { note: decomposed }).expect(200);
      expect(first.body).toMatchObject({
        id: needs.lobster.id,
        interested: true,
        note: decomposed.normalize('NFC'),
      });
      const again = await express(fishery, needs.lobster.id, { note: decomposed }).expect(200);
      expect(again.body).toEqual(first.body);
      // no note keeps the one given
      expect((await express(fishery, needs.lobster.id).expect(200)).body).toEqual(first.body);
      expect(await t.dataSource.manager.countBy(NeedCandidate, { reviewRequestId: needs.lobster.id })).toBe(
        1,
      );
      const recorded = await audits(needs.lobster.id, 'review_request.need_interest');
      expect(recorded).toHaveLength(1);
      expect(recorded[0]).toMatchObject({
        actorAccountId: fishery.id,
        changes: {
          intellectualId: { before: null, after: people.fishery },
          interested: { before: false, after: true },
          note: { before: null, after: decomposed.normalize('NFC') },
        },
      });
      const listed = (await board(fishery)).items.find((item) => item.id === needs.lobster.id)!;
      expect(listed).toMatchObject({ interested: true, note: decomposed.normalize('NFC') });
      expect(listed.interestedAt).toBe(first.body.interestedAt);
    });

    it('changes the note (audited) and clears it with null, keeping when interest began', async () => {
      const before = (await express(fishery, needs.lobster.id).expect(200)).body as { interestedAt: string };
      const changed = await express(fishery, needs.lobster.id, { note: 'Có mô hình ở Vạn Ninh' }).expect(200);
      expect(changed.body).toMatchObject({
        note: 'Có mô hình ở Vạn Ninh',
        interestedAt: before.interestedAt,
      });
      const cleared = await express(fishery, needs.lobster.id, { note: null }).expect(200);
      expect(cleared.body).toMatchObject({ note: null, interested: true });
      expect(await audits(needs.lobster.id, 'review_request.need_interest_note')).toHaveLength(2);
    });

    it('two simultaneous expressions make one interest', async () => {
      const [a, b] = await Promise.all([
        express(generalist, needs.lobster.id, { note: 'Quan tâm' }),
        express(generalist, needs.lobster.id, { note: 'Quan tâm' }),
      ]);
      expect([a.status, b.status]).toEqual([200, 200]);
      expect(await t.dataSource.manager.countBy(NeedCandidate, { intellectualId: people.generalist })).toBe(
        1,
      );
    });

    it('refuses a note over 500 characters and unknown fields, naming them, and writes nothing', async () => {
      const long = await express(crops, needs.agriculture.id, { note: 'x'.repeat(501) }).expect(400);
      const errors = (long.body as { errors: Array<{ field: string; messageVi: string }> }).errors;
      expect(errors.map((e) => e.field)).toEqual(['note']);
      expect(errors[0].messageVi).toContain('500');
      await express(crops, needs.agriculture.id, { note: 'ok', extra: 1 }).expect(400);
      expect(await t.dataSource.manager.countBy(NeedCandidate, { intellectualId: people.crops })).toBe(0);
    });

    it('refuses orders not open, other kinds, orders off the person’s board and unknown ones', async () => {
      expect((await express(fishery, needs.submitted.id).expect(409)).body).toMatchObject({
        code: 'NEED_NOT_OPEN',
      });
      expect((await express(fishery, needs.answered.id).expect(409)).body).toMatchObject({
        code: 'NEED_NOT_OPEN',
      });
      const critique = await express(fishery, needs.critique.id).expect(409);
      expect(critique.body).toMatchObject({ code: 'NOT_A_TASK_ORDER' });
      expect(critique.body.detailVi).toContain('"Phản biện"');
      await express(crops, needs.lobster.id).expect(404);
      await express(fishery, UNKNOWN).expect(404);
      await withdraw(fishery, needs.submitted.id).expect(409);
      expect(await t.dataSource.manager.countBy(NeedCandidate, { intellectualId: people.crops })).toBe(0);
    });

    it('is withdrawn (audited), and withdrawing again is no error', async () => {
      await express(crops, needs.agriculture.id, { note: 'Tạm thời' }).expect(200);
      await withdraw(crops, needs.agriculture.id).expect(204);
      await withdraw(crops, needs.agriculture.id).expect(204);
      expect((await board(crops)).items[0]).toMatchObject({
        interested: false,
        note: null,
        interestedAt: null,
      });
      expect(await t.dataSource.manager.countBy(NeedCandidate, { intellectualId: people.crops })).toBe(0);
      const recorded = await audits(needs.agriculture.id, 'review_request.need_interest_withdrawn');
      expect(recorded).toHaveLength(1);
      expect(recorded[0]).toMatchObject({
        actorAccountId: crops.id,
        changes: { interested: { before: true, after: false }, note: { before: 'Tạm thời', after: null } },
      });
    });
  });

  describe('staff and agency', () => {
    it('staff see the interested with the matcher’s rank, reasons and conflicts', async () => {
      const page = await interest(needs.lobster.id);
      expect(page).toMatchObject({ total: 2, interested: 2, shortlisted: 0 });
      const [first, second] = page.items;
      expect(first).toMatchObject({
        intellectualId: people.fishery,
        fullName: 'Phạm Văn Biển',
        interested: true,
        shortlisted: false,
        note: null,
        conflicts: [],
        worstSeverity: null,
      });
      expect(first.match!.rank).toBeGreaterThanOrEqual(1);
      expect(first.match!.fieldsCovered).toEqual(['405']);
      expect(first.match!.reasons.map((reason) => reason.messageVi).join(' ')).toContain('tôm hùm');
      expect(second).toMatchObject({ intellectualId: people.generalist, note: 'Quan tâm' });
    });

    it('the agency reads only the counts, never names; another organization’s agency gets 404', async () => {
      await t.http.get(`${REQUESTS}/${needs.lobster.id}/interest`).set(bearer(agency.token)).expect(403);
      const summary = await t.http
        .get(`${REQUESTS}/${needs.lobster.id}/interest/summary`)
        .set(bearer(agency.token))
        .expect(200);
      expect(summary.body).toEqual({ interested: 2, shortlisted: 0 });
      await t.http
        .get(`${REQUESTS}/${needs.lobster.id}/interest/summary`)
        .set(bearer(otherAgency.token))
        .expect(404);
      const critique = await t.http
        .get(`${REQUESTS}/${needs.critique.id}/interest/summary`)
        .set(bearer(agency.token))
        .expect(409);
      expect(critique.body).toMatchObject({ code: 'NOT_A_TASK_ORDER' });
      await t.http.get(`${REQUESTS}/${needs.lobster.id}/interest`).set(bearer(fishery.token)).expect(403);
    });

    it('shortlists the interested and the matched (idempotent, audited), refuses anyone else', async () => {
      const put = (intellectualId: string, id = needs.lobster.id) =>
        t.http.put(`${REQUESTS}/${id}/shortlist/${intellectualId}`).set(bearer(staff.token));
      await put(people.generalist).expect(204);
      await put(people.generalist).expect(204);
      await put(people.matchedOnly).expect(204);
      const refused = await put(people.unrelated).expect(422);
      expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'intellectualId' })]);
      await put(people.deceased).expect(422);
      await put(UNKNOWN).expect(422);
      expect((await put(people.fishery, needs.submitted.id).expect(409)).body).toMatchObject({
        code: 'NEED_NOT_OPEN',
      });
      await t.http
        .put(`${REQUESTS}/${needs.lobster.id}/shortlist/${people.fishery}`)
        .set(bearer(agency.token))
        .expect(403);

      const page = await interest(needs.lobster.id);
      expect(page).toMatchObject({ total: 3, interested: 2, shortlisted: 2 });
      expect(
        page.items
          .slice(0, 2)
          .map((item) => item.intellectualId)
          .sort(),
      ).toEqual([people.generalist, people.matchedOnly].sort());
      expect(page.items.find((item) => item.intellectualId === people.matchedOnly)).toMatchObject({
        interested: false,
        shortlisted: true,
      });
      expect(await audits(needs.lobster.id, 'review_request.need_shortlisted')).toHaveLength(2);
    });

    it('an expert who withdraws stays shortlisted; taking someone off keeps their own interest', async () => {
      await withdraw(generalist, needs.lobster.id).expect(204);
      let item = (await interest(needs.lobster.id)).items.find((i) => i.intellectualId === people.generalist);
      expect(item).toMatchObject({ interested: false, note: null, shortlisted: true });

      await t.http
        .put(`${REQUESTS}/${needs.lobster.id}/shortlist/${people.fishery}`)
        .set(bearer(staff.token))
        .expect(204);
      const off = () =>
        t.http.delete(`${REQUESTS}/${needs.lobster.id}/shortlist/${people.fishery}`).set(bearer(staff.token));
      await off().expect(204);
      await off().expect(204);
      item = (await interest(needs.lobster.id)).items.find((i) => i.intellectualId === people.fishery);
      expect(item).toMatchObject({ interested: true, shortlisted: false, shortlistedAt: null });
      expect(await audits(needs.lobster.id, 'review_request.need_unshortlisted')).toHaveLength(1);

      await t.http
        .delete(`${REQUESTS}/${needs.lobster.id}/shortlist/${people.matchedOnly}`)
        .set(bearer(staff.token))
        .expect(204);
      expect(await t.dataSource.manager.countBy(NeedCandidate, { intellectualId: people.matchedOnly })).toBe(
        0,
      );
    });
  });
});
