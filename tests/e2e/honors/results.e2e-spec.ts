import ExcelJS from 'exceljs';
import type { Response } from 'supertest';
import { vietnamToday } from '../../../src/honors/nominations/nomination-rules';
import { IntellectualsService } from '../../../src/intellectuals/intellectuals.service';
import { day, openCampaign, transition } from '../../support/factories/honor-campaign.factory';
import { confirmedFinalRound } from '../../support/factories/honor-results.factory';
import { intellectualInput } from '../../support/factories/intellectual.factory';
import { waitForMail } from '../../support/mail';
import { pdfPageTexts } from '../../support/report-text';
import { bearer, TestAccount, TestApp, startTestApp } from '../../support/test-app';

jest.setTimeout(120_000);

const CAMPAIGNS = '/api/v1/honor-campaigns';
const PUBLIC = '/api/v1/public/honor-campaigns';
const TITLE = 'Giải thưởng Khoa học và Công nghệ tỉnh Khánh Hòa lần thứ IV';
const ORGANIZER = 'Sở Khoa học và Công nghệ tỉnh Khánh Hòa';

const binary = (response: Response, callback: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => callback(null, Buffer.concat(chunks)));
};

interface Problem {
  code: string;
  detail: string;
  detailVi: string;
  errors?: Array<{ field: string; message: string; messageVi: string }>;
}
const problemOf = (response: { body: unknown }) => response.body as Problem;

async function rowsOf(content: Buffer): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('honor results: decision, publication, public list, exports', () => {
  let t: TestApp;
  let staff: TestAccount;
  let officer: TestAccount;

  beforeAll(async () => {
    t = await startTestApp();
    staff = await t.account(['association_staff']);
    officer = await t.account(['personnel_officer']);
  });
  afterAll(() => t.close());

  async function person(overrides: Record<string, unknown> = {}, publicProfile = false) {
    const created = await t.app
      .get(IntellectualsService)
      .create(intellectualInput(overrides) as never, undefined, 'self_declared');
    const id = created.body.id as string;
    if (publicProfile) {
      await t.dataSource.query(
        `UPDATE intellectual SET public_profile = true, public_profile_consented_at = now() WHERE id = $1`,
        [id],
      );
    }
    return { id, name: created.body.fullName as string, email: created.body.email as string };
  }

  /** An open campaign with three rounds and quotas A 1, B 2. */
  async function campaign(): Promise<string> {
    const { id } = await openCampaign(t.http, staff.token, {
      kind: 'provincial_st_award',
      title: TITLE,
      year: Number(vietnamToday().slice(0, 4)),
      organizerName: ORGANIZER,
      nominationsOpen: day(-30),
      nominationsClose: day(30),
      categories: ['Nghiên cứu khoa học'],
      prizeLevels: [
        { code: 'A', name: 'Giải A', quota: 1 },
        { code: 'B', name: 'Giải B', quota: 2 },
      ],
      rounds: [
        { name: 'Cấp cơ sở', deadline: day(40) },
        { name: 'Chuyên ngành', deadline: day(50) },
        { name: 'Cấp tỉnh', deadline: day(60) },
      ],
      criteria: [
        { kind: 'active' },
        { kind: 'publications', indexClasses: ['SCIE'], withinYears: 10, minCount: 2 },
      ],
      scoring: {
        criteria: [
          { code: 'novelty', name: 'Tính mới, tính sáng tạo', weight: 3 },
          { code: 'impact', name: 'Hiệu quả kinh tế - xã hội', weight: 2 },
        ],
        method: 'mean',
        tieBreak: ['criterion:novelty', 'score_count', 'submitted_at'],
        thresholds: [],
      },
    });
    return id;
  }

  const etagOf = async (id: string) =>
    (await t.http.get(`${CAMPAIGNS}/${id}`).set(bearer(staff.token)).expect(200)).headers.etag;

  const decide = async (id: string, body: Record<string, unknown>) =>
    t.http
      .post(`${CAMPAIGNS}/${id}/decision`)
      .set(bearer(staff.token))
      .set('If-Match', await etagOf(id))
      .send(body);

  const publish = async (id: string) =>
    t.http
      .post(`${CAMPAIGNS}/${id}/publication`)
      .set(bearer(staff.token))
      .set('If-Match', await etagOf(id));

  const download = (path: string, token = staff.token) =>
    t.http.get(path).set(bearer(token)).buffer(true).parse(binary);

  const DECISION = { decisionNumber: '125/QĐ-SKHCN', decisionDate: day(-1) };

  it('refuses the decision without its number and date, and before the final round is confirmed', async () => {
    const id = await campaign();
    const someone = await person();
    await confirmedFinalRound(t.dataSource, id, [{ nomineeId: someone.id, level: 'A' }], {
      confirmed: { secretary: true, chair: false },
    });
    const missing = await decide(id, {});
    expect(missing.status).toBe(400);
    const fields = problemOf(missing).errors!.map((error) => error.field);
    expect(fields).toEqual(expect.arrayContaining(['decisionNumber', 'decisionDate']));
    for (const error of problemOf(missing).errors!) expect(error.messageVi).toMatch(/decision/);
    const unconfirmed = await decide(id, DECISION);
    expect(unconfirmed.status).toBe(409);
    expect(problemOf(unconfirmed)).toMatchObject({ code: 'ROUND_NOT_CONFIRMED' });
    expect(problemOf(unconfirmed).detail).toMatch(/Round 3 \(Cấp tỉnh\).*chair/);
    expect(problemOf(unconfirmed).detailVi).toMatch(/Vòng 3 \(Cấp tỉnh\).*chủ tịch/);
    // the generic transition route does not bypass the checks
    const bypass = await transition(t.http, staff.token, { id, etag: await etagOf(id) }, 'decided');
    expect(bypass.status).toBe(409);
    expect(problemOf(bypass).code).toBe('USE_RESULT_ROUTE');
    // the scoring export needs the confirmed result too
    const scoring = await t.http
      .get(`${CAMPAIGNS}/${id}/rounds/3/exports/scoring.xlsx`)
      .set(bearer(staff.token));
    expect(scoring.status).toBe(409);
    const stored = await t.http.get(`${CAMPAIGNS}/${id}`).set(bearer(staff.token)).expect(200);
    expect(stored.body).toMatchObject({ state: 'in_review', decisionNumber: null, decisionDate: null });
  });

  it('refuses a decision over a prize level’s quota, naming the level', async () => {
    const id = await campaign();
    const [one, two] = [await person(), await person()];
    await confirmedFinalRound(t.dataSource, id, [
      { nomineeId: one.id, level: 'A' },
      { nomineeId: two.id, level: 'A' },
    ]);
    const over = await decide(id, DECISION);
    expect(over.status).toBe(409);
    expect(problemOf(over)).toMatchObject({ code: 'QUOTA_EXCEEDED' });
    expect(problemOf(over).detail).toContain('Giải A (A)');
    expect(problemOf(over).detailVi).toContain('vượt số lượng quy định là 1');
    expect(problemOf(over).errors![0].field).toBe('prizeLevels.A');
  });

  describe('a decided and published campaign', () => {
    let id: string;
    let named: { id: string; name: string; email: string };
    let unnamed: { id: string; name: string; email: string };
    let abroad: { id: string; name: string; email: string };
    let candidate: { id: string; name: string };
    let nominationIds: string[];

    beforeAll(async () => {
      id = await campaign();
      // a nomination through the routes, ineligible (one SCIE paper of two) with an override, not honored
      candidate = await person();
      const draft = await t.http
        .post('/api/v1/nominations')
        .set(bearer(staff.token))
        .send({
          campaignId: id,
          nomineeId: candidate.id,
          nominatedBy: 'staff',
          category: 'Nghiên cứu khoa học',
          work: {
            title: 'Vắc xin phòng bệnh cho cá chẽm nuôi lồng',
            summary: 'Vắc xin bất hoạt cho cá chẽm.',
            appliedIn: 'Vịnh Nha Trang',
            fromYear: 2019,
            toYear: 2024,
          },
        })
        .expect(201);
      const submitted = await t.http
        .post(`/api/v1/nominations/${draft.body.id}/submit`)
        .set(bearer(staff.token))
        .set('If-Match', draft.headers.etag)
        .expect(200);
      await t.http
        .post(`/api/v1/nominations/${draft.body.id}/criteria/0/override`)
        .set(bearer(staff.token))
        .set('If-Match', submitted.headers.etag)
        .send({ outcome: 'pass', reason: 'Đã xác minh còn công tác theo xác nhận của đơn vị' })
        .expect(200);

      named = await person({ fullName: 'Phạm Văn Công Khai', organizationName: 'Viện Hải dương học' }, true);
      unnamed = await person({ fullName: 'Lê Thị Kín Đáo', nationalId: '056099887766' });
      abroad = await person({
        fullName: 'Trần Minh Hải Ngoại',
        communeCode: null,
        countryCode: 'JP',
        languages: ['en', 'ja'],
      });
      ({ nominationIds } = await confirmedFinalRound(t.dataSource, id, [
        { nomineeId: named.id, level: 'A' },
        { nomineeId: unnamed.id, level: 'B' },
        { nomineeId: abroad.id, level: 'B' },
      ]));
      const decided = await decide(id, { ...DECISION, decisionNumber: ' 125/QĐ-SKHCN ' });
      expect(decided.status).toBe(200);
      expect(decided.body).toMatchObject({
        state: 'decided',
        decisionNumber: '125/QĐ-SKHCN',
        decisionDate: DECISION.decisionDate,
        currentRound: 3,
      });
      const published = await publish(id);
      expect(published.status).toBe(200);
      expect(published.body.state).toBe('published');
    });

    it('audited the decision and wrote verified association awards through the profile’s history', async () => {
      const audit = await t.dataSource.query<Array<{ action: string; changes: Record<string, unknown> }>>(
        `SELECT action, changes FROM audit_event WHERE entity_type = 'honor_campaign' AND entity_id = $1 ORDER BY id`,
        [id],
      );
      expect(audit.map((row) => row.action)).toEqual([
        'honor_campaign.create',
        'honor_campaign.transition',
        'honor_campaign.decide',
        'honor_campaign.transition',
        'honor_campaign.publish',
        'honor_campaign.transition',
      ]);
      expect(audit[2].changes).toMatchObject({
        decisionNumber: { before: null, after: '125/QĐ-SKHCN' },
        decisionDate: { before: null, after: DECISION.decisionDate },
      });
      for (const [honoree, level] of [
        [named, 'Giải A'],
        [unnamed, 'Giải B'],
        [abroad, 'Giải B'],
      ] as const) {
        const profile = await t.http.get(`/api/v1/intellectuals/${honoree.id}`).set(bearer(officer.token));
        expect(profile.status).toBe(200);
        const awards = (profile.body.awards as Array<Record<string, unknown>>).filter(
          (award) => award.name === `${TITLE} – ${level}`,
        );
        expect(awards).toHaveLength(1);
        expect(awards[0]).toMatchObject({
          prizeCode: 'GT_KHCN_KH',
          level: 'provincial',
          issuer: ORGANIZER,
          year: Number(vietnamToday().slice(0, 4)),
          source: 'association',
          verification: { status: 'verified', verifiedBy: staff.id },
          // the profile's view names the campaign behind the award
          campaignId: id,
        });
        const [row] = await t.dataSource.query<Array<{ campaign_id: string; verified_by: string }>>(
          `SELECT campaign_id, verified_by FROM award WHERE intellectual_id = $1 AND campaign_id IS NOT NULL`,
          [honoree.id],
        );
        expect(row).toEqual({ campaign_id: id, verified_by: staff.id });
        const history = await t.http
          .get(`/api/v1/intellectuals/${honoree.id}/history`)
          .set(bearer(officer.token))
          .expect(200);
        const added = (history.body.items as Array<{ action: string; purpose: string; actor: unknown }>).find(
          (event) => event.action === 'intellectual.awards.add',
        );
        expect(added?.purpose).toContain(`honor campaign ${id}`);
        expect(added?.actor).toMatchObject({ accountId: staff.id });
      }
      const candidateAwards = await t.dataSource.query(
        `SELECT 1 FROM award WHERE intellectual_id = $1 AND campaign_id IS NOT NULL`,
        [candidate.id],
      );
      expect(candidateAwards).toHaveLength(0);
    });

    it('mailed each honoree through the outbox, in English for the one who chose English', async () => {
      const queued = await t.dataSource.query<Array<{ to: string; locale: string }>>(
        `SELECT "to", locale FROM mail_outbox WHERE template = 'honor-awarded' AND "to" = ANY($1) ORDER BY "to"`,
        [[named.email, unnamed.email, abroad.email]],
      );
      expect(new Map(queued.map((mail) => [mail.to, mail.locale]))).toEqual(
        new Map([
          [named.email, 'vi'],
          [unnamed.email, 'vi'],
          [abroad.email, 'en'],
        ]),
      );
      const [vi] = await waitForMail(t.mailDir!, named.email);
      expect(vi.subject).toBe(`Chúc mừng Quý vị: ${TITLE} – Giải A`);
      expect(vi.text).toContain('Quyết định số 125/QĐ-SKHCN');
      const [en] = await waitForMail(t.mailDir!, abroad.email);
      expect(en.subject).toBe(`Congratulations: ${TITLE} – Giải B`);
    });

    it('cannot be published twice', async () => {
      const again = await publish(id);
      expect(again.status).toBe(409);
      expect(problemOf(again).code).toBe('INVALID_TRANSITION');
      const [{ n }] = await t.dataSource.query<Array<{ n: number }>>(
        `SELECT count(*)::int AS n FROM award WHERE campaign_id = $1`,
        [id],
      );
      expect(n).toBe(3);
    });

    it('lists the campaign publicly, naming only people with a public profile and no restricted data', async () => {
      const list = await t.http.get(PUBLIC).expect(200);
      const listed = (list.body.items as Array<Record<string, unknown>>).find((item) => item.id === id);
      expect(listed).toEqual({
        id,
        kind: 'provincial_st_award',
        title: TITLE,
        year: Number(vietnamToday().slice(0, 4)),
        organizerName: ORGANIZER,
        decisionNumber: '125/QĐ-SKHCN',
        decisionDate: DECISION.decisionDate,
        honorees: 3,
        levels: [
          { code: 'A', name: 'Giải A', honorees: 1 },
          { code: 'B', name: 'Giải B', honorees: 2 },
        ],
      });
      const honorees = await t.http.get(`${PUBLIC}/${id}/honorees`).expect(200);
      expect(honorees.body.levels).toEqual([
        {
          code: 'A',
          name: 'Giải A',
          honorees: [{ profileId: named.id, fullName: named.name, organizationName: 'Viện Hải dương học' }],
          otherHonorees: 0,
        },
        { code: 'B', name: 'Giải B', honorees: [], otherHonorees: 2 },
      ]);
      const text = JSON.stringify(honorees.body);
      for (const hidden of [unnamed.name, abroad.name, unnamed.email, '056099887766', '1980-05-17']) {
        expect(text).not.toContain(hidden);
      }
      await t.http.get(`/api/v1/directory/${named.id}`).expect(200);
      // a withdrawn consent counts at once
      await t.dataSource.query(`UPDATE intellectual SET public_profile = false WHERE id = $1`, [named.id]);
      const withdrawn = await t.http.get(`${PUBLIC}/${id}/honorees`).expect(200);
      expect(withdrawn.body.levels[0]).toMatchObject({ honorees: [], otherHonorees: 1 });
      await t.dataSource.query(`UPDATE intellectual SET public_profile = true WHERE id = $1`, [named.id]);
    });

    it('does not show campaigns that are not published', async () => {
      const draft = await campaign();
      await t.http.get(`${PUBLIC}/${draft}/honorees`).expect(404);
      await t.http.get(`${PUBLIC}/not-an-id/honorees`).expect(400);
      const list = await t.http.get(PUBLIC).expect(200);
      expect((list.body.items as Array<{ id: string }>).map((item) => item.id)).not.toContain(draft);
    });

    it('exports the nominations with eligibility, failing criteria and overrides', async () => {
      const response = await download(`${CAMPAIGNS}/${id}/exports/nominations.xlsx`).expect(200);
      expect(response.headers['content-type']).toContain('spreadsheetml');
      const rows = await rowsOf(response.body as Buffer);
      expect(rows[0]).toEqual([
        'Người được đề cử',
        'Đơn vị công tác',
        'Hình thức đề cử',
        'Tổ chức đề cử',
        'Lĩnh vực',
        'Công trình',
        'Trạng thái',
        'Điều kiện',
        'Tiêu chí chưa đạt',
        'Quyết định của cán bộ',
        'Vòng đã vào',
        'Mức giải',
      ]);
      expect(rows).toHaveLength(5);
      const row = rows.find((cells) => cells[0] === candidate.name)!;
      expect(row[2]).toBe('Cán bộ Liên hiệp hội');
      expect(row[5]).toBe('Vắc xin phòng bệnh cho cá chẽm nuôi lồng');
      expect(row[7]).toBe('Chưa đủ');
      expect(row[8]).toMatch(/^2\. Công bố khoa học: không đạt, có 1\/2/);
      expect(row[9]).toMatch(/^1\. Đang hoạt động: đạt – Đã xác minh còn công tác/);
      const honored = rows.find((cells) => cells[0] === named.name)!;
      expect(honored[10]).toBe(3);
      expect(honored[11]).toBe('Giải A');
    });

    it('exports the honorees by level', async () => {
      const response = await download(`${CAMPAIGNS}/${id}/exports/honorees.xlsx`).expect(200);
      const rows = await rowsOf(response.body as Buffer);
      expect(rows[0]).toEqual([
        'STT',
        'Mức giải',
        'Họ và tên',
        'Đơn vị công tác',
        'Lĩnh vực',
        'Công trình',
        'Số quyết định',
        'Ngày quyết định',
      ]);
      expect(rows.slice(1).map((cells) => [cells[0], cells[1], cells[2], cells[6]])).toEqual([
        [1, 'Giải A', named.name, '125/QĐ-SKHCN'],
        [2, 'Giải B', unnamed.name, '125/QĐ-SKHCN'],
        [3, 'Giải B', abroad.name, '125/QĐ-SKHCN'],
      ]);
    });

    it('exports the final round’s confirmed scoring as .xlsx and as a Vietnamese PDF', async () => {
      const xlsx = await download(`${CAMPAIGNS}/${id}/rounds/3/exports/scoring.xlsx`).expect(200);
      const rows = await rowsOf(xlsx.body as Buffer);
      expect(rows[0]).toEqual([
        'Hạng',
        'Người được đề cử',
        'Đơn vị công tác',
        'Điểm tổng hợp',
        'Số phiếu',
        'TB Tính mới, tính sáng tạo',
        'TB Hiệu quả kinh tế - xã hội',
        'Kết quả',
        'Mức giải',
      ]);
      // member m scores 95 − 5·place − m − criterion: novelty 95, 94, 93 → mean 94; impact 93; (3·94 + 2·93)/5
      expect(rows[1]).toEqual([1, named.name, 'Viện Hải dương học', 93.6, 3, 94, 93, 'Đạt', 'Giải A']);
      expect(rows.slice(1).map((cells) => cells[1])).toEqual([named.name, unnamed.name, abroad.name]);
      expect(rows[3][8]).toBe('Giải B');

      const pdf = await download(`${CAMPAIGNS}/${id}/rounds/3/exports/scoring.pdf`).expect(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      const body = pdf.body as Buffer;
      expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const text = (await pdfPageTexts(body)).join(' ');
      expect(text).toContain('BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM VÒNG 3: CẤP TỈNH');
      expect(text).toContain(TITLE);
      expect(text).toContain(`Hạng 1. ${named.name}`);
      expect(text).toContain('Điểm tổng hợp: 93,60');

      await t.http
        .get(`${CAMPAIGNS}/${id}/rounds/4/exports/scoring.pdf`)
        .set(bearer(staff.token))
        .expect(400);
      // the earlier rounds' councils have no confirmed result
      const earlier = await t.http
        .get(`${CAMPAIGNS}/${id}/rounds/1/exports/scoring.pdf`)
        .set(bearer(staff.token));
      expect(earlier.status).toBe(409);
      expect(nominationIds).toHaveLength(3);
    });

    it('keeps the exports to honors staff', async () => {
      await t.http.get(`${CAMPAIGNS}/${id}/exports/honorees.xlsx`).set(bearer(officer.token)).expect(403);
      await t.http.get(`${CAMPAIGNS}/${id}/exports/honorees.xlsx`).expect(401);
    });
  });
});
