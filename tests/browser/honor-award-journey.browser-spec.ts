import type { Page } from 'playwright-core';
import { vietnamToday } from '../../src/honors/nominations/nomination-rules';
import { IndexerService } from '../../src/search/indexer/indexer.service';
import { someOrganizations } from '../support/factories/panel.factory';
import { createProfile } from '../support/factories/search-profile.factory';
import { bearer, TestAccount } from '../support/test-app';
import {
  BrowserApp,
  chooseOption,
  clickUntilShown,
  expectAccessible,
  expectHeading,
  pickListedOption,
  startBrowserApp,
} from './support/browser';

/** Three rounds of three sheets per nominee, every one typed in the browser, on a loaded machine. */
jest.setTimeout(15 * 60_000);

const CAMPAIGNS = '/api/v1/honor-campaigns';
const TITLE = 'Giải thưởng Khoa học và Công nghệ tỉnh Khánh Hòa lần thứ V';
const DECISION = '318/QĐ-UBND';
const ROUNDS = ['Cấp cơ sở', 'Cấp chuyên ngành', 'Cấp tỉnh'];
const NOVELTY = 'Tính mới, sáng tạo (trọng số 2)';
const IMPACT = 'Hiệu quả ứng dụng (trọng số 1)';

const day = (offset: number) => {
  const date = new Date(`${vietnamToday()}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10);
};
const dmy = (date: string) => date.split('-').reverse().join('/');

interface Person {
  id: string;
  name: string;
  account: TestAccount;
}

type Member = 'chair' | 'secretary' | 'member';
const MEMBERS: readonly Member[] = ['chair', 'secretary', 'member'];

/**
 * Each member's [novelty, impact] for each nominee in each round. A member's total is
 * (2·novelty + impact) / 3; round 1 passes from 60, round 3 (the prizes) from 70.
 * Cường: 50, 50, 46.67 in round 1, fails. An ranks first in round 3 (Giải A), Bình second (Giải B).
 */
const SCORES: Record<number, Record<string, Record<Member, [number, number]>>> = {
  1: {
    an: { chair: [90, 80], secretary: [85, 85], member: [80, 95] },
    binh: { chair: [75, 70], secretary: [72, 78], member: [70, 70] },
    cuong: { chair: [50, 50], secretary: [55, 40], member: [40, 60] },
  },
  2: {
    an: { chair: [88, 84], secretary: [86, 80], member: [82, 90] },
    binh: { chair: [74, 72], secretary: [76, 70], member: [71, 75] },
  },
  3: {
    an: { chair: [92, 81], secretary: [87, 83], member: [84, 91] },
    binh: { chair: [78, 69], secretary: [73, 77], member: [72, 74] },
  },
};

/**
 * Issue 13's "Done when", through the pages: association staff set up a provincial S&T award on the
 * campaign form (three rounds, categories, two prize levels with quotas, two weighted scoring criteria,
 * thresholds) and open it; an agency nominates one intellectual and staff two more; each nominee
 * accepts on their own page; staff start the review; for each round staff seat the council (chair,
 * secretary, member) and open scoring, every member scores every nominee of the round and submits, and
 * the secretary and chair confirm (which moves the campaign on); staff record the decision and publish.
 * The public results, the honorees' profiles and the final round's numbers (recomputed from the stored
 * sheets) say what the rules say.
 */
describe('An award campaign from its creation to the honorees’ profiles, in the browser', () => {
  let b: BrowserApp;
  let staff: TestAccount;
  let agency: TestAccount;
  let nominees: Record<'an' | 'binh' | 'cuong', Person>;
  let council: Record<Member, Person>;

  beforeAll(async () => {
    b = await startBrowserApp();
    const { dataSource } = b.testApp;
    const orgs = await someOrganizations(dataSource, 7);
    staff = await b.testApp.account(['association_staff']);
    agency = await b.testApp.account(['agency'], { organizationId: orgs[0].id });
    const person = async (fullName: string, organizationId: string, shown = false): Promise<Person> => {
      const profile = await createProfile(dataSource, {
        fullName,
        organizationId,
        status: 'active',
        email: null,
        publicProfile: shown,
        publicProfileConsentedAt: shown ? new Date() : null,
      });
      return {
        id: profile.id,
        name: fullName,
        account: await b.testApp.account(['intellectual'], { intellectualId: profile.id }),
      };
    };
    // the agency finds its nominee in the public directory: An has a public profile
    nominees = {
      an: await person('Nguyễn Văn An', orgs[1].id, true),
      binh: await person('Trần Thị Bình', orgs[2].id),
      cuong: await person('Lê Quốc Cường', orgs[3].id),
    };
    council = {
      chair: await person('Phạm Chủ Tịch', orgs[4].id),
      secretary: await person('Hoàng Thư Ký', orgs[5].id),
      member: await person('Võ Thành Viên', orgs[6].id),
    };
    await b.testApp.app.get(IndexerService).drain();
  });

  afterAll(async () => {
    await b?.close();
  });

  /** Fails with what the page shows when `text` does not come. */
  async function see(page: Page, text: string | RegExp): Promise<void> {
    await page
      .getByText(text)
      .first()
      .waitFor()
      .catch(async (error: unknown) => {
        const shown = await page
          .locator('main')
          .innerText()
          .catch(() => '(nothing)');
        throw new Error(`${String(error)}\nat ${page.url()}:\n${shown.slice(0, 2000)}`);
      });
  }

  it('runs through three rounds to published results and awards on the profiles', async () => {
    const started = Date.now();
    const staffPage = (await b.newPage({ as: staff })).page;
    const page = staffPage;

    // 1. the campaign form
    await page.goto('/honors/campaigns');
    await expectHeading(page, 'Đợt xét chọn, tôn vinh');
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Tạo đợt xét chọn' }).click();
    await expectHeading(page, 'Tạo đợt xét chọn');
    await chooseOption(
      page.getByRole('combobox', { name: 'Loại đợt' }),
      'Giải thưởng Khoa học và Công nghệ tỉnh Khánh Hòa',
    );
    await see(page, 'Đã điền sẵn lĩnh vực');
    for (const [index, name] of ROUNDS.entries()) {
      expect(await page.getByLabel(`Tên vòng ${index + 1}`, { exact: true }).inputValue()).toBe(name);
    }
    await page.getByLabel('Tên đợt', { exact: true }).fill(TITLE);
    await page.getByLabel('Năm', { exact: true }).fill(vietnamToday().slice(0, 4));
    await page
      .getByLabel('Tên cơ quan tổ chức', { exact: true })
      .fill('Sở Khoa học và Công nghệ tỉnh Khánh Hòa');
    await page.getByLabel('Ngày mở nhận đề cử', { exact: true }).fill(day(-10));
    await page.getByLabel('Ngày hết hạn đề cử', { exact: true }).fill(day(20));
    // two prize levels of one each: the suggested C and consolation prizes go
    await page.getByRole('button', { name: 'Bỏ mức giải 4' }).click();
    await page.getByRole('button', { name: 'Bỏ mức giải 3' }).click();
    await page.getByLabel('Số lượng giải 1', { exact: true }).fill('1');
    await page.getByLabel('Số lượng giải 2', { exact: true }).fill('1');
    for (const [index, offset] of [40, 60, 80].entries()) {
      await page.getByLabel(`Hạn vòng ${index + 1}`, { exact: true }).fill(day(offset));
    }
    // the scoring: two weighted criteria, a threshold in the first and the final round
    for (const [index, [code, name, weight]] of [
      ['novelty', 'Tính mới, sáng tạo', '2'],
      ['impact', 'Hiệu quả ứng dụng', '1'],
    ].entries()) {
      await page.getByRole('button', { name: 'Thêm mục chấm điểm' }).click();
      await page.getByLabel(`Mã tiêu chí chấm ${index + 1}`, { exact: true }).fill(code);
      await page.getByLabel(`Tên tiêu chí chấm ${index + 1}`, { exact: true }).fill(name);
      await page.getByLabel(`Trọng số ${index + 1}`, { exact: true }).fill(weight);
    }
    await page.getByLabel('Ngưỡng điểm vòng 1', { exact: true }).fill('60');
    await page.getByLabel('Ngưỡng điểm vòng 3', { exact: true }).fill('70');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await expectHeading(page, TITLE);
    const campaignId = new URL(page.url()).pathname.split('/').pop()!;
    await see(page, 'Giải A (A): 1 giải');
    await see(page, 'Giải B (B): 1 giải');
    await see(page, 'Tính mới, sáng tạo (novelty): trọng số 2');
    await see(page, 'Vòng 3: từ 70 điểm');
    await expectAccessible(page);
    await clickUntilShown(
      page.getByRole('button', { name: 'Mở nhận đề cử' }),
      page.getByRole('button', { name: 'Xác nhận' }),
    );
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await see(page, 'Đang nhận đề cử');
    const stored = await b.testApp.http
      .get(`${CAMPAIGNS}/${campaignId}`)
      .set(bearer(staff.token))
      .expect(200);
    expect(stored.body.scoring).toMatchObject({
      criteria: [
        { code: 'novelty', name: 'Tính mới, sáng tạo', weight: 2 },
        { code: 'impact', name: 'Hiệu quả ứng dụng', weight: 1 },
      ],
      scale: { min: 0, max: 100 },
      method: 'mean',
      thresholds: [
        { round: 1, minScore: 60 },
        { round: 3, minScore: 70 },
      ],
    });

    // 2. the nominations: the agency nominates An, staff Bình and Cường; each nominee accepts
    let formChecked = false;
    const nominate = async (as: Page, nominee: Person, work: string) => {
      await as.goto('/nominations');
      await expectHeading(as, 'Đề cử của tôi');
      await as.getByRole('link', { name: `Đề cử cho ${TITLE}` }).click();
      await expectHeading(as, 'Đề cử mới');
      await as
        .getByLabel('Người được đề cử', { exact: true })
        .fill(nominee.name.split(' ').slice(-2).join(' '));
      await pickListedOption(as, new RegExp(nominee.name));
      await chooseOption(as.getByRole('combobox', { name: 'Lĩnh vực' }), 'Nghiên cứu khoa học');
      await as.getByLabel('Tên công trình', { exact: true }).fill(work);
      await as
        .getByLabel('Tóm tắt công trình và kết quả', { exact: true })
        .fill(`${work}: kết quả ứng dụng tại các địa phương của tỉnh Khánh Hòa.`);
      if (!formChecked) await expectAccessible(as);
      await as.getByRole('button', { name: 'Tạo bản nháp' }).click();
      await expectHeading(as, `Hồ sơ đề cử: ${nominee.name}`);
      await see(as, 'Đủ mọi tiêu chí nếu gửi lúc này');
      await clickUntilShown(
        as.getByRole('button', { name: 'Gửi đề cử' }),
        as.getByText('Gửi hồ sơ đề cử? Sau khi gửi không sửa được nữa', { exact: false }),
      );
      await as.getByRole('button', { name: 'Xác nhận' }).click();
      await see(as, 'Đã gửi, chờ người được đề cử đồng ý');
      if (!formChecked) await expectAccessible(as);
      formChecked = true;
    };
    const agencyPage = (await b.newPage({ as: agency })).page;
    await nominate(agencyPage, nominees.an, 'Quy trình nuôi tôm hùm lồng tuần hoàn');
    await nominate(staffPage, nominees.binh, 'Giống san hô phục hồi rạn vịnh Nha Trang');
    await nominate(staffPage, nominees.cuong, 'Bản đồ xâm nhập mặn vùng Cam Lâm');
    for (const [index, nominee] of Object.values(nominees).entries()) {
      const mine = (await b.newPage({ as: nominee.account })).page;
      await mine.goto('/me/nominations');
      await expectHeading(mine, 'Đề cử tôi');
      await mine.getByRole('heading', { name: TITLE }).waitFor();
      if (index === 0) await expectAccessible(mine);
      await mine.getByRole('button', { name: 'Đồng ý' }).click();
      await see(mine, 'Bạn đã đồng ý đề cử này');
      await mine.context().close();
    }

    // 3. the review: staff start it
    await page.goto(`/honors/campaigns/${campaignId}`);
    await expectHeading(page, TITLE);
    const nominationsSection = page.locator('section', {
      has: page.getByRole('heading', { name: 'Hồ sơ đề cử' }),
    });
    await nominationsSection.getByText('Người được đề cử đã đồng ý').nth(2).waitFor();
    await clickUntilShown(
      page.getByRole('button', { name: 'Bắt đầu xét chọn' }),
      page.getByText('Chuyển đợt sang "Đang xét chọn"?'),
    );
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await see(page, 'Đang xét chọn');

    const members = Object.fromEntries(
      await Promise.all(
        MEMBERS.map(async (role) => [role, (await b.newPage({ as: council[role].account })).page] as const),
      ),
    ) as Record<Member, Page>;
    const key = (nominee: Person) =>
      Object.entries(nominees).find(([, candidate]) => candidate === nominee)![0];

    for (const round of [1, 2, 3]) {
      // staff seat the council and open scoring
      await page.goto(`/honors/campaigns/${campaignId}`);
      await expectHeading(page, TITLE);
      await page.getByRole('link', { name: `Vòng ${round}: hội đồng` }).click();
      await expectHeading(page, `Hội đồng vòng ${round}`);
      await see(page, 'Chưa có thành viên');
      if (round === 1) {
        for (const role of MEMBERS) {
          const { name } = council[role];
          await page.getByLabel('Thêm trí thức vào hội đồng').fill(name);
          await pickListedOption(page, new RegExp(name));
          await page.getByRole('button', { name: 'Thêm vào danh sách' }).click();
          await page.getByRole('button', { name: `Bỏ ${name} khỏi hội đồng` }).waitFor();
        }
        await chooseOption(
          page.getByRole('combobox', { name: `Vai trò của ${council.chair.name}` }),
          'Chủ tịch',
        );
        await chooseOption(
          page.getByRole('combobox', { name: `Vai trò của ${council.secretary.name}` }),
          'Thư ký',
        );
      } else {
        // the same council again, roles and all (saving refuses a council without its chair and secretary)
        await page.getByRole('button', { name: `Lấy thành viên hội đồng vòng ${round - 1}` }).click();
        for (const role of MEMBERS)
          await page.getByRole('button', { name: `Bỏ ${council[role].name} khỏi hội đồng` }).waitFor();
      }
      if (round === 1) await expectAccessible(page);
      await page.getByRole('button', { name: 'Lưu hội đồng' }).click();
      await see(page, 'Đã lưu hội đồng');
      await clickUntilShown(
        page.getByRole('button', { name: 'Mở chấm điểm' }),
        page.getByText('Mở chấm điểm vòng này?', { exact: false }),
      );
      await page.getByRole('button', { name: 'Xác nhận', exact: true }).click();
      await see(page, /Đã mở chấm điểm lúc/);

      // every member scores every nominee of the round
      const inRound = Object.values(nominees).filter((nominee) => SCORES[round][key(nominee)]);
      for (const role of MEMBERS) {
        const member = members[role];
        if (round === 1 && role === 'member') {
          await member.goto('/');
          await member.getByRole('link', { name: 'Hội đồng xét chọn' }).first().click();
          await expectHeading(member, 'Hội đồng xét chọn');
          await see(member, ROUNDS[0]);
          await expectAccessible(member);
          await member
            .getByRole('link', { name: new RegExp(TITLE) })
            .first()
            .click();
        } else {
          await member.goto(`/council/campaigns/${campaignId}/rounds/${round}`);
        }
        await expectHeading(member, `Chấm điểm vòng ${round}`);
        if (round === 1 && role === 'member') await expectAccessible(member);
        for (const nominee of inRound) {
          const [novelty, impact] = SCORES[round][key(nominee)][role];
          await member.getByRole('link', { name: nominee.name }).click();
          await expectHeading(member, `Phiếu chấm: ${nominee.name}`);
          await member.getByLabel(NOVELTY, { exact: true }).fill(String(novelty));
          await member.getByLabel(IMPACT, { exact: true }).fill(String(impact));
          await member.getByLabel('Nhận xét', { exact: true }).fill(`Vòng ${round}: công trình có giá trị.`);
          if (round === 1 && role === 'member' && nominee === nominees.an) await expectAccessible(member);
          await clickUntilShown(
            member.getByRole('button', { name: 'Nộp phiếu' }),
            member.getByText('Nộp phiếu? Sau khi nộp, phiếu bị khóa'),
          );
          await member.getByRole('button', { name: 'Nộp', exact: true }).click();
          await see(member, /Phiếu đã nộp lúc .* và đã khóa\./);
          await member.getByRole('link', { name: 'Về danh sách hồ sơ' }).click();
          await expectHeading(member, `Chấm điểm vòng ${round}`);
        }
        // the list follows the submissions a moment later
        await member
          .getByText('Đã nộp', { exact: true })
          .nth(inRound.length - 1)
          .waitFor();
      }

      // the secretary, then the chair, confirm on the round's overview
      const sheets = inRound.length * MEMBERS.length;
      for (const role of ['secretary', 'chair'] as const) {
        const officer = members[role];
        await officer.goto(`/council/campaigns/${campaignId}/rounds/${round}/overview`);
        await expectHeading(officer, `Tiến độ và kết quả vòng ${round}`);
        await see(officer, `Đã nộp ${sheets} trên ${sheets} phiếu.`);
        if (round === 1 && role === 'secretary') await expectAccessible(officer);
        await clickUntilShown(
          officer.getByRole('button', { name: 'Xác nhận kết quả' }),
          officer.getByText('Xác nhận kết quả vòng này?'),
        );
        await officer.getByRole('button', { name: 'Xác nhận', exact: true }).click();
        await see(officer, role === 'secretary' ? /Thư ký xác nhận lúc/ : /Chủ tịch xác nhận lúc/);
      }
      await see(members.chair, 'Đã đủ hai xác nhận: kết quả vòng đã được áp dụng.');
      const campaign = await b.testApp.http
        .get(`${CAMPAIGNS}/${campaignId}`)
        .set(bearer(staff.token))
        .expect(200);
      // a confirmed round moves the campaign on; the final one stays
      expect(campaign.body.currentRound).toBe(round === 3 ? 3 : round + 1);
    }

    // the final round's result as stored equals the mean of the members' totals from the stored sheets
    const result = await b.testApp.http
      .get(`${CAMPAIGNS}/${campaignId}/rounds/3/result`)
      .set(bearer(council.secretary.account.token))
      .expect(200);
    expect(result.body.source).toBe('confirmed');
    expect(result.body.threshold).toBe(70);
    const nominationIds = new Map<string, string>(
      (result.body.nominations as Array<{ nominationId: string; nomineeName: string }>).map((item) => [
        item.nomineeName,
        item.nominationId,
      ]),
    );
    expect([...nominationIds.keys()].sort()).toEqual([nominees.an.name, nominees.binh.name].sort());
    for (const nominee of [nominees.an, nominees.binh]) {
      const totals: number[] = [];
      for (const role of MEMBERS) {
        const sheet = await b.testApp.http
          .get(`${CAMPAIGNS}/${campaignId}/rounds/3/sheets/${nominationIds.get(nominee.name)}`)
          .set(bearer(council[role].account.token))
          .expect(200);
        expect(sheet.body.submittedAt).toEqual(expect.any(String));
        const { novelty, impact } = sheet.body.scores as Record<string, number>;
        totals.push((2 * novelty + impact) / 3);
      }
      const mean = totals.reduce((sum, total) => sum + total, 0) / totals.length;
      const item = (result.body.nominations as Array<Record<string, unknown>>).find(
        (candidate) => candidate.nomineeName === nominee.name,
      )!;
      expect(item.aggregate).toBe(Math.round(mean * 100) / 100);
      expect(item.scoreCount).toBe(3);
    }
    expect(
      (result.body.nominations as Array<Record<string, unknown>>).map((item) => [
        item.nomineeName,
        item.rank,
        item.passed,
        item.prizeLevelCode,
      ]),
    ).toEqual([
      [nominees.an.name, 1, true, 'A'],
      [nominees.binh.name, 2, true, 'B'],
    ]);

    // 4. staff record the decision and publish
    const decisionDate = vietnamToday();
    await page.goto(`/honors/campaigns/${campaignId}`);
    await expectHeading(page, TITLE);
    await page.getByRole('heading', { name: 'Quyết định khen thưởng' }).waitFor();
    await page.getByLabel('Số quyết định').fill(DECISION);
    await page.getByLabel('Ngày quyết định').fill(decisionDate);
    await page.getByRole('button', { name: 'Ghi nhận quyết định' }).click();
    await see(page, 'Đã có quyết định');
    await clickUntilShown(
      page.getByRole('button', { name: 'Công bố kết quả' }),
      page.getByText('Giải thưởng được ghi vào hồ sơ', { exact: false }),
    );
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await see(page, 'Đã công bố');

    // 5. the public results: An named (a public profile), Bình counted, Cường (failed round 1) absent
    const visitor = await (await b.newContext()).newPage();
    await visitor.goto('/honorees');
    await expectHeading(visitor, 'Kết quả xét chọn, tôn vinh');
    await see(visitor, `Quyết định số ${DECISION} ngày ${dmy(decisionDate)}`);
    await see(visitor, '2 người được khen thưởng');
    await see(visitor, 'Giải A: 1 người; Giải B: 1 người');
    await expectAccessible(visitor);
    await visitor.getByRole('link', { name: TITLE }).click();
    await expectHeading(visitor, TITLE);
    const named = visitor.getByRole('link', { name: nominees.an.name });
    expect(await named.getAttribute('href')).toBe(`/directory/${nominees.an.id}`);
    await see(visitor, '1 người được khen thưởng');
    expect(await visitor.getByText(nominees.binh.name).count()).toBe(0);
    expect(await visitor.getByText(nominees.cuong.name).count()).toBe(0);
    await expectAccessible(visitor);

    // the honorees' profiles carry the award, linked to the campaign; Cường's has none
    const awardsOf = async (person: Person) => {
      const profile = await b.testApp.http
        .get(`/api/v1/intellectuals/${person.id}`)
        .set(bearer(staff.token))
        .expect(200);
      return (profile.body.awards as Array<Record<string, unknown>>).filter(
        (award) => award.campaignId === campaignId,
      );
    };
    expect(await awardsOf(nominees.an)).toEqual([
      expect.objectContaining({ name: `${TITLE} – Giải A`, level: 'provincial' }),
    ]);
    expect(await awardsOf(nominees.binh)).toEqual([
      expect.objectContaining({ name: `${TITLE} – Giải B`, level: 'provincial' }),
    ]);
    expect(await awardsOf(nominees.cuong)).toEqual([]);
    // and An reads it on their own profile page
    const an = (await b.newPage({ as: nominees.an.account })).page;
    await an.goto('/me');
    await see(an, `${TITLE} – Giải A`);

    console.log(`honor award journey: ${Math.round((Date.now() - started) / 1000)} s`);
  });
});
