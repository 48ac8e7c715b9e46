import { randomUUID } from 'node:crypto';
import { CreateIntellectualDto } from '../../../src/intellectuals/dto/profile.dto';
import { IntellectualsService } from '../../../src/intellectuals/intellectuals.service';
import { IndexerService } from '../../../src/search/indexer/indexer.service';
import { bearer, startTestApp, TestAccount, TestApp } from '../../support/test-app';
import { expectProblem } from '../foundation/problem';

jest.setTimeout(60_000);

const API = '/api/v1/intellectuals';

interface GroupView {
  score: number;
  members: Array<{ id: string; fullName: string; organizationName: string | null }>;
  links: Array<{ firstId: string; secondId: string; score: number; reasons: Array<{ code: string }> }>;
}

describe('duplicates and merge', () => {
  let t: TestApp;
  let officer: TestAccount;
  let ntu: string;
  let ukh: string;

  const create = async (input: Partial<CreateIntellectualDto>, source: 'hr_import' | 'self_declared') => {
    const view = await t.app
      .get(IntellectualsService)
      .create({ communeCode: '22366', ...input } as CreateIntellectualDto, undefined, source);
    return view.body.id as string;
  };
  const versionOf = async (id: string): Promise<number> => {
    const [row] = await t.dataSource.query<Array<{ version: number }>>(
      `SELECT version FROM intellectual WHERE id = $1`,
      [id],
    );
    return row.version;
  };
  /** The candidate groups that contain any of these people. */
  const groupsWith = async (...ids: string[]): Promise<GroupView[]> => {
    const response = await t.http.get(`${API}/duplicates?limit=100`).set(bearer(officer.token)).expect(200);
    return (response.body.items as GroupView[]).filter((group) =>
      group.members.some((member) => ids.includes(member.id)),
    );
  };
  const merge = (survivor: string, version: number, body: Record<string, unknown>) =>
    t.http
      .post(`${API}/${survivor}/merge`)
      .set(bearer(officer.token))
      .set('If-Match', `"${version}"`)
      .send(body);

  beforeAll(async () => {
    t = await startTestApp();
    // keep outbox rows in place so that tests can see them (the indexer would consume them)
    await t.app.get(IndexerService).beforeApplicationShutdown();
    officer = await t.account(['personnel_officer']);
    const organization = async (shortName: string) =>
      (await t.dataSource.query(`SELECT id FROM organization WHERE short_name = $1`, [shortName]))[0]
        .id as string;
    ntu = await organization('NTU');
    ukh = await organization('UKH');
  });
  afterAll(() => t.close());

  describe('candidates', () => {
    it('three copies of one person are one group of three, with the links between them', async () => {
      const copies = [
        await create({ fullName: 'Trần Văn Bảy', birthDate: '1965-01-02', organizationId: ntu }, 'hr_import'),
        await create({ fullName: 'Tran Van Bay', birthDate: '1965-01-02', organizationId: ntu }, 'hr_import'),
        await create(
          { fullName: 'TRẦN VĂN BẢY', birthDate: '1965-01-02', organizationName: 'Viện Hải dương học' },
          'self_declared',
        ),
      ];
      const groups = await groupsWith(...copies);
      expect(groups).toHaveLength(1);
      const [group] = groups;
      expect(group.members.map((member) => member.id).sort()).toEqual([...copies].sort());
      expect(group.score).toBe(1);
      expect(group.links).toHaveLength(3);
      expect(group.links.map((link) => [link.firstId, link.secondId].sort().join())).toEqual(
        expect.arrayContaining(
          [
            [copies[0], copies[1]],
            [copies[0], copies[2]],
            [copies[1], copies[2]],
          ].map((pair) => pair.sort().join()),
        ),
      );
      expect(
        group.links.every((link) => link.reasons.some((r) => r.code === 'same_name_and_birth_date')),
      ).toBe(true);
    });

    it('names the employer of people employed by a catalog organization', async () => {
      const first = await create(
        { fullName: 'Phạm Thị Mười', birthDate: '1972-03-04', organizationId: ntu },
        'hr_import',
      );
      const second = await create(
        { fullName: 'Pham Thi Muoi', birthDate: '1972-03-04', organizationName: 'Viện Hải dương học' },
        'self_declared',
      );
      const [group] = await groupsWith(first);
      const employers = Object.fromEntries(
        group.members.map((member) => [member.id, member.organizationName]),
      );
      expect(employers).toEqual({ [first]: 'Trường Đại học Nha Trang', [second]: 'Viện Hải dương học' });
    });

    it('does not propose people who differ in gender, birth date and national ID', async () => {
      // similar names in one organization are candidates…
      const distinct = [
        await create(
          {
            fullName: 'Lê Thị Thu Hà',
            gender: 'female',
            birthDate: '1980-01-01',
            nationalId: '056180000101',
            organizationId: ntu,
          },
          'hr_import',
        ),
        await create(
          {
            fullName: 'Lê Văn Thu Hà',
            gender: 'male',
            birthDate: '1975-03-04',
            nationalId: '056075000102',
            organizationId: ntu,
          },
          'hr_import',
        ),
      ];
      // …unless every one of gender, birth date and national ID tells them apart
      const alike = [
        await create(
          {
            fullName: 'Lê Thị Thu Hà',
            gender: 'female',
            birthDate: '1981-02-02',
            nationalId: '056181000103',
            organizationId: ukh,
          },
          'hr_import',
        ),
        await create(
          { fullName: 'Lê Văn Thu Hà', gender: 'male', birthDate: '1976-04-05', organizationId: ukh },
          'hr_import',
        ),
      ];
      expect(await groupsWith(...distinct)).toEqual([]);
      const [group] = await groupsWith(...alike);
      expect(group.members.map((member) => member.id).sort()).toEqual([...alike].sort());
      expect(group.links).toEqual([
        expect.objectContaining({
          reasons: [expect.objectContaining({ code: 'similar_name_same_organization' })],
        }),
      ]);
    });

    it('is for officers and admins only', async () => {
      const staff = (await t.account(['association_staff'])).token;
      expectProblem(await t.http.get(`${API}/duplicates`).set(bearer(staff)), 403, 'FORBIDDEN');
      expectProblem(await t.http.get(`${API}/duplicates`), 401, 'UNAUTHENTICATED');
    });
  });

  describe('merge', () => {
    let survivor: string;
    let other: string;
    let account: TestAccount;

    beforeAll(async () => {
      const degree = { level: 'master' as const, institution: 'Trường Đại học Nha Trang', year: 2005 };
      survivor = await create(
        {
          fullName: 'Nguyễn Thị Hợp',
          birthDate: '1970-05-06',
          expertise: ['nuôi trồng thủy sản'],
          educations: [degree],
        },
        'hr_import',
      );
      other = await create(
        {
          fullName: 'Nguyen Thi Hop',
          birthDate: '1970-05-06',
          nationalId: '056170000001',
          phone: '0912345678',
          expertise: ['vắc xin thủy sản', 'nuôi trồng thủy sản'],
          educations: [degree, { level: 'doctorate', institution: 'Đại học Quốc gia Hà Nội', year: 2012 }],
          awards: [{ name: 'Bằng khen UBND tỉnh', year: 2020 }],
        },
        'self_declared',
      );
      account = await t.account(['intellectual'], { intellectualId: other });
    });

    it('is for officers and admins only', async () => {
      const staff = (await t.account(['association_staff'])).token;
      expectProblem(
        await t.http
          .post(`${API}/${survivor}/merge`)
          .set(bearer(staff))
          .set('If-Match', '"1"')
          .send({ otherId: other, choices: { fullName: 'survivor' } }),
        403,
        'FORBIDDEN',
      );
    });

    it('requires If-Match and refuses a stale version', async () => {
      const body = { otherId: other, choices: { fullName: 'survivor' } };
      expectProblem(
        await t.http.post(`${API}/${survivor}/merge`).set(bearer(officer.token)).send(body),
        428,
        'PRECONDITION_REQUIRED',
      );
      expectProblem(await merge(survivor, 99, body), 412, 'PRECONDITION_FAILED');
    });

    it('refuses choices that are not a side, or about facts that do not conflict', async () => {
      const version = await versionOf(survivor);
      expectProblem(
        await merge(survivor, version, { otherId: other, choices: { fullName: 'both' } }),
        400,
        'VALIDATION_FAILED',
        { fields: ['choices.fullName'] },
      );
      expectProblem(
        await merge(survivor, version, {
          otherId: other,
          choices: { fullName: 'survivor', shoeSize: 'other' },
        }),
        400,
        'VALIDATION_FAILED',
        { fields: ['choices.shoeSize'] },
      );
      expectProblem(
        await merge(survivor, version, { otherId: other, choices: { fullName: 'survivor', phone: 'other' } }),
        400,
        'VALIDATION_FAILED',
        { fields: ['choices.phone'] },
      );
      expect(await versionOf(survivor)).toBe(version);
    });

    it('merges the other record into the survivor in one transaction: parts, facts, account; audited and reindexed', async () => {
      const version = await versionOf(survivor);
      const outbox = await t.dataSource.query(`SELECT max(id) AS id FROM outbox_event`);
      await t.dataSource.query(
        `INSERT INTO correction_request (intellectual_id, reason) VALUES ($1, 'Sai năm sinh')`,
        [other],
      );
      await t.dataSource.query(
        `INSERT INTO profile_invitation (intellectual_id, code_hash, expires_at)
         VALUES ($1, 'hash-of-an-open-code', now() + interval '14 days')`,
        [other],
      );
      const response = await merge(survivor, version, { otherId: other, choices: { fullName: 'survivor' } });
      expect(response.status).toBe(200);
      expect(response.headers.etag).toBe(`"${version + 1}"`);
      expect(response.body).toMatchObject({
        id: survivor,
        fullName: 'Nguyễn Thị Hợp',
        nationalId: '056170000001',
        phone: '0912345678',
        // list facts are united, not kept from one side only
        expertise: ['nuôi trồng thủy sản', 'vắc xin thủy sản'],
      });

      const educations = await t.dataSource.query(
        `SELECT level, source FROM education WHERE intellectual_id = $1 ORDER BY level`,
        [survivor],
      );
      expect(educations).toEqual([
        { level: 'doctorate', source: 'self_declared' },
        { level: 'master', source: 'hr_import' },
      ]);
      expect(
        await t.dataSource.query(`SELECT name, source FROM award WHERE intellectual_id = $1`, [survivor]),
      ).toEqual([{ name: 'Bằng khen UBND tỉnh', source: 'self_declared' }]);
      const [merged] = await t.dataSource.query(
        `SELECT deleted_at IS NOT NULL AS deleted, merged_into_id, national_id FROM intellectual WHERE id = $1`,
        [other],
      );
      expect(merged).toEqual({ deleted: true, merged_into_id: survivor, national_id: null });
      expect(
        await t.dataSource.query(`SELECT count(*)::int AS n FROM education WHERE intellectual_id = $1`, [
          other,
        ]),
      ).toEqual([{ n: 0 }]);
      expect(
        await t.dataSource.query(`SELECT intellectual_id FROM account WHERE id = $1`, [account.id]),
      ).toEqual([{ intellectual_id: survivor }]);
      expect(
        await t.dataSource.query(
          `SELECT intellectual_id FROM correction_request WHERE reason = 'Sai năm sinh'`,
        ),
      ).toEqual([{ intellectual_id: survivor }]);
      expect(
        await t.dataSource.query(
          `SELECT revoked_at IS NOT NULL AS revoked FROM profile_invitation WHERE intellectual_id = $1`,
          [other],
        ),
      ).toEqual([{ revoked: true }]);
      const audits = await t.dataSource.query(
        `SELECT action, entity_id, changes FROM audit_event
          WHERE action IN ('intellectual.merge', 'intellectual.merged_into') AND entity_id IN ($1, $2)
          ORDER BY id`,
        [survivor, other],
      );
      expect(audits).toEqual([
        {
          action: 'intellectual.merge',
          entity_id: survivor,
          changes: expect.objectContaining({
            mergedFrom: { before: null, after: other },
            nationalId: { before: null, after: '056170000001' },
            'fullName.discarded': { before: 'Nguyen Thi Hop', after: null },
          }),
        },
        {
          action: 'intellectual.merged_into',
          entity_id: other,
          changes: expect.objectContaining({ nationalId: { before: '056170000001', after: null } }),
        },
      ]);
      const queued = await t.dataSource.query(
        `SELECT aggregate_id FROM outbox_event WHERE consumer = 'search' AND id > $1`,
        [outbox[0].id ?? 0],
      );
      expect((queued as Array<{ aggregate_id: string }>).map((row) => row.aggregate_id).sort()).toEqual(
        [survivor, other].sort(),
      );
      expect(await groupsWith(survivor, other)).toEqual([]);
    });

    it("re-links the account in the account's own audit: who, when, the old and the new profile", async () => {
      const events = await t.dataSource.query(
        `SELECT action, actor_account_id, at IS NOT NULL AS dated, changes, purpose FROM audit_event
          WHERE entity_type = 'account' AND entity_id = $1 ORDER BY id`,
        [account.id],
      );
      expect(events).toEqual([
        expect.objectContaining({ action: 'account.create' }),
        {
          action: 'account.relink',
          actor_account_id: officer.id,
          dated: true,
          changes: { intellectualId: { before: other, after: survivor } },
          purpose: `merge of intellectual ${other} into ${survivor}`,
        },
      ]);
    });

    it('never drops a conflicting national ID silently: a choice is required, and the discarded one is audited', async () => {
      const first = await create(
        { fullName: 'Đỗ Văn Tám', birthDate: '1968-08-08', nationalId: '056068000201' },
        'hr_import',
      );
      const second = await create(
        { fullName: 'Đỗ Văn Tám', birthDate: '1968-08-08', nationalId: '056068000202' },
        'self_declared',
      );
      const version = await versionOf(first);
      const refused = await merge(first, version, { otherId: second });
      const problem = expectProblem(refused, 409, 'MERGE_CHOICE_REQUIRED', {
        fields: ['choices.nationalId'],
      });
      expect(problem.errors[0].message).toContain('056068000201');
      expect(problem.errors[0].message).toContain('056068000202');
      // showing both national IDs is a staff read of restricted attributes: audited for both records
      expect(
        await t.dataSource.query(
          `SELECT entity_id, actor_account_id FROM audit_event
            WHERE action = 'intellectual.read_restricted' AND entity_id IN ($1, $2) ORDER BY entity_id`,
          [first, second],
        ),
      ).toEqual([first, second].sort().map((id) => ({ entity_id: id, actor_account_id: officer.id })));
      expect(
        await t.dataSource.query(
          `SELECT national_id, deleted_at IS NULL AS live, version FROM intellectual WHERE id IN ($1, $2) ORDER BY national_id`,
          [first, second],
        ),
      ).toEqual([
        { national_id: '056068000201', live: true, version },
        { national_id: '056068000202', live: true, version: 1 },
      ]);

      expectProblem(
        await merge(first, version, { otherId: second, otherVersion: 2, choices: { nationalId: 'other' } }),
        412,
        'PRECONDITION_FAILED',
      );
      const response = await merge(first, version, {
        otherId: second,
        otherVersion: 1,
        choices: { nationalId: 'other' },
      });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ id: first, nationalId: '056068000202' });
      const [event] = await t.dataSource.query(
        `SELECT changes FROM audit_event WHERE action = 'intellectual.merge' AND entity_id = $1`,
        [first],
      );
      expect(event.changes).toMatchObject({
        nationalId: { before: '056068000201', after: '056068000202' },
        'nationalId.discarded': { before: '056068000201', after: null },
      });
    });

    it('merging two records into each other at once merges them once, never failing with a deadlock', async () => {
      for (let round = 0; round < 5; round += 1) {
        const first = await create({ fullName: 'Mai Văn Mười', birthDate: '1966-10-10' }, 'hr_import');
        const second = await create({ fullName: 'Mai Văn Mười', birthDate: '1966-10-10' }, 'hr_import');
        const statuses = (
          await Promise.all([merge(first, 1, { otherId: second }), merge(second, 1, { otherId: first })])
        ).map((response) => response.status);
        expect(statuses.sort()).toEqual([200, 404]);
        expect(
          await t.dataSource.query(
            `SELECT count(*)::int AS live FROM intellectual WHERE id IN ($1, $2) AND deleted_at IS NULL`,
            [first, second],
          ),
        ).toEqual([{ live: 1 }]);
      }
    });

    it('refuses to merge two records that both have an account, changing nothing', async () => {
      const first = await create({ fullName: 'Vũ Thị Chín', birthDate: '1979-09-09' }, 'hr_import');
      const second = await create({ fullName: 'Vũ Thị Chín', birthDate: '1979-09-09' }, 'self_declared');
      await t.account(['intellectual'], { intellectualId: first });
      await t.account(['intellectual'], { intellectualId: second });
      const version = await versionOf(first);
      expectProblem(await merge(first, version, { otherId: second }), 409, 'MERGE_BOTH_LINKED');
      expect(
        await t.dataSource.query(
          `SELECT count(*)::int AS live FROM intellectual WHERE id IN ($1, $2) AND deleted_at IS NULL`,
          [first, second],
        ),
      ).toEqual([{ live: 2 }]);
    });

    it('keeps the campaign link of an award when a hand-typed twin survives the merge', async () => {
      const award = { name: 'Giải thưởng Khoa học và Công nghệ tỉnh – Giải A', year: 2026 };
      const first = await create(
        { fullName: 'Đỗ Văn Mười', birthDate: '1975-10-10', awards: [award] },
        'hr_import',
      );
      const second = await create(
        { fullName: 'Do Van Muoi', birthDate: '1975-10-10', awards: [award] },
        'self_declared',
      );
      const campaignId = randomUUID();
      await t.dataSource.query(`UPDATE award SET campaign_id = $1 WHERE intellectual_id = $2`, [
        campaignId,
        second,
      ]);
      const response = await merge(first, await versionOf(first), {
        otherId: second,
        choices: { fullName: 'survivor' },
      });
      expect(response.status).toBe(200);
      expect(
        await t.dataSource.query(`SELECT campaign_id AS "campaignId" FROM award WHERE intellectual_id = $1`, [
          first,
        ]),
      ).toEqual([{ campaignId }]);
    });
  });
});
