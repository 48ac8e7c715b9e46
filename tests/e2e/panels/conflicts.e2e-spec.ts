import type { Logger as TypeOrmLogger } from 'typeorm';
import { currentYear } from '../../../src/intellectuals';
import { ConflictRequest, ConflictsService } from '../../../src/panels/conflicts';
import { createExpert, declareRelation, someOrganizations } from '../../support/factories/panel.factory';
import { bearer, startTestApp, TestApp } from '../../support/test-app';

jest.setTimeout(60_000);

/** The conflict rules on real rows: what ConflictsService loads, and in how many queries. */
describe('conflicts of interest', () => {
  let t: TestApp;
  let conflicts: ConflictsService;
  const year = currentYear();

  beforeAll(async () => {
    t = await startTestApp();
    conflicts = t.app.get(ConflictsService);
  });
  afterAll(() => t.close());

  it('shows staff the policy in force, each rule with its severity and window, and the composition limits', async () => {
    const staff = await t.account(['association_staff']);
    const response = await t.http.get('/api/v1/panels/policy').set(bearer(staff.token)).expect(200);
    const rules = (response.body.conflictRules as Array<Record<string, unknown>>).map((r) => [
      r.rule,
      r.severity,
      r.withinYears,
      r.blockFrom,
    ]);
    expect(rules).toEqual([
      ['drafter', 'block', null, null],
      ['current_employer', 'block', null, null],
      ['past_employer', 'warn', 3, null],
      ['co_authorship', 'warn', 5, 3],
      ['shared_project', 'warn', 5, null],
      ['close_relation', 'block', null, null],
      ['colleague_relation', 'warn', 3, null],
      ['declared_conflict', 'block', null, null],
    ]);
    expect(response.body.limits).toEqual({ maxPerOrganization: 2, maxActivePanels: 3 });
    expect(response.body.conflictRules[0].vi).toBe('Ứng viên là người soạn thảo đề án');
  });

  it('refuses the policy to an intellectual', async () => {
    const person = await t.account(['intellectual']);
    await t.http.get('/api/v1/panels/policy').set(bearer(person.token)).expect(403);
  });

  it('flags every rule from profile rows, with evidence, and leaves an unrelated expert clean', async () => {
    const [requester, institute, other] = await someOrganizations(t.dataSource, 3);
    const drafter = await createExpert(t.dataSource, {
      fullName: 'Lê Văn Soạn',
      organizationId: institute.id,
      works: [
        { title: 'Đánh giá nguồn lợi hải sản vùng biển Khánh Hòa', year: year - 1, doi: '10.1234/KH.2025.1' },
        { title: 'Mô hình nuôi tôm hùm lồng', year: year - 2 },
      ],
      projects: [{ code: 'KC.09/21', title: 'Đề tài biển', endYear: year - 5 }],
    });
    const coAuthor = await createExpert(t.dataSource, {
      organizationId: other.id,
      works: [
        { title: 'Another title', year: year - 1, doi: 'https://doi.org/10.1234/kh.2025.1' },
        { title: 'MÔ HÌNH NUÔI TÔM HÙM LỒNG.', year: year - 2 },
      ],
      projects: [{ code: 'KC.09/21', title: 'Tên khác', endYear: year - 5 }],
    });
    const employee = await createExpert(t.dataSource, { organizationId: requester.id });
    const former = await createExpert(t.dataSource, {
      organizationId: other.id,
      jobs: [{ organizationId: institute.id, toYear: year - 3 }],
    });
    const longAgo = await createExpert(t.dataSource, {
      organizationId: other.id,
      jobs: [{ organizationId: institute.id, toYear: year - 4 }],
    });
    const family = await createExpert(t.dataSource, { organizationId: other.id });
    await declareRelation(t.dataSource, drafter.id, family.id, 'family', 1990);
    const colleague = await createExpert(t.dataSource, { organizationId: other.id });
    await declareRelation(t.dataSource, colleague.id, drafter.id, 'colleague', year - 4);
    const declared = await createExpert(t.dataSource, { organizationId: other.id });

    const request: ConflictRequest = {
      id: 'request',
      requestingOrganizationId: requester.id,
      drafters: [
        { intellectualId: drafter.id, name: 'Lê Văn Soạn', organizationId: null },
        { intellectualId: null, name: 'Phạm Thị Ngoài', organizationId: null },
      ],
    };
    const ids = [drafter, coAuthor, employee, former, longAgo, family, colleague, declared].map((p) => p.id);
    const flags = await conflicts.evaluate(
      request,
      ids,
      new Map([[declared.id, { text: 'Tôi tư vấn cho chủ đầu tư', at: new Date() }]]),
    );
    const summary = (id: string) => flags.get(id)!.map((f) => `${f.rule}:${f.severity}`);

    // the drafter works at the institute, which is a drafter's organization: both rules hold
    expect(summary(drafter.id)).toEqual(['drafter:block', 'current_employer:block']);
    expect(summary(coAuthor.id)).toEqual(['co_authorship:warn', 'shared_project:warn']);
    expect(flags.get(coAuthor.id)![0].evidence).toMatchObject({
      drafterName: 'Lê Văn Soạn',
      records: [
        { kind: 'publication', year: year - 1 },
        { kind: 'publication', year: year - 2 },
      ],
    });
    expect(summary(employee.id)).toEqual(['current_employer:block']);
    expect(flags.get(employee.id)![0].evidence.vi).toBe(
      `Hiện công tác tại ${requester.nameVi} (cơ quan đặt hàng)`,
    );
    expect(summary(former.id)).toEqual(['past_employer:warn']);
    expect(summary(longAgo.id)).toEqual([]);
    expect(summary(family.id)).toEqual(['close_relation:block']);
    expect(summary(colleague.id)).toEqual([]);
    expect(summary(declared.id)).toEqual(['declared_conflict:block']);
  });

  it('loads the facts in the same number of queries for 3 candidates as for 30', async () => {
    const [requester, institute] = await someOrganizations(t.dataSource, 2);
    const drafter = await createExpert(t.dataSource, {
      organizationId: institute.id,
      works: [{ title: 'Một công trình', year: year - 1 }],
    });
    const candidates = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        createExpert(t.dataSource, {
          jobs: [{ organizationId: requester.id, toYear: year - 1 }],
          works: [{ title: i % 2 ? 'Một công trình' : `Khác ${i}`, year: year - 1 }],
          projects: [{ title: `Dự án ${i}`, endYear: null }],
        }),
      ),
    );
    const request: ConflictRequest = {
      id: 'request',
      requestingOrganizationId: requester.id,
      drafters: [{ intellectualId: drafter.id, name: 'Người soạn', organizationId: null }],
    };
    // counted on a connection of its own: the app's pollers (indexer, mail) query meanwhile
    const queriesFor = async (count: number) => {
      let queries = 0;
      const runner = t.dataSource.createQueryRunner();
      await runner.connect();
      const logger = t.dataSource.logger;
      t.dataSource.logger = {
        ...countingLogger,
        logQuery: (_query, _parameters, from) => void (from === runner && (queries += 1)),
      };
      try {
        const flags = await conflicts.evaluate(
          request,
          candidates.slice(0, count).map((c) => c.id),
          new Map(),
          runner.manager,
        );
        expect([...flags.values()].every((f) => f.some((flag) => flag.rule === 'past_employer'))).toBe(true);
      } finally {
        t.dataSource.logger = logger;
        await runner.release();
      }
      return queries;
    };
    const few = await queriesFor(3);
    expect(await queriesFor(30)).toBe(few);
    expect(few).toBeGreaterThan(0);
    expect(few).toBeLessThanOrEqual(8);
  });
});

const countingLogger: TypeOrmLogger = {
  logQuery: () => undefined,
  logQueryError: () => undefined,
  logQuerySlow: () => undefined,
  logSchemaBuild: () => undefined,
  logMigration: () => undefined,
  log: () => undefined,
};
