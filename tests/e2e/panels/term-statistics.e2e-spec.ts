import { Client } from 'pg';
import { Organization } from '../../../src/catalog/organization.entity';
import { TermStatistics } from '../../../src/panels';
import { MatchingCatalog } from '../../../src/panels/matching/matching-catalog';
import { TERM_STATS_WAIT_MS } from '../../../src/panels/matching/term-statistics.service';
import { IndexerService } from '../../../src/search/indexer/indexer.service';
import { eventually } from '../../support/eventually';
import { createReviewRequest } from '../../support/factories/review-request.factory';
import { createProfile } from '../../support/factories/search-profile.factory';
import { bearer, startTestApp, TestAccount, TestApp } from '../../support/test-app';
import { expectProblem } from '../foundation/problem';

jest.setTimeout(120_000);

/**
 * The registry's term statistics (what the matcher's key phrases are weighed by): counted when the
 * process starts, and a matching that meets a count still running answers 503 with Retry-After within
 * seconds rather than holding the staff page for the count's length (33 s at 100k profiles).
 */
describe('term statistics for matching', () => {
  let t: TestApp;
  let staff: TestAccount;
  /** Holds a lock on the profiles that the count's reads wait behind: a count that takes long. */
  let blocker: Client;

  beforeAll(async () => {
    // the blocked count must outwait TERM_STATS_WAIT_MS rather than give up at the database's limits
    t = await startTestApp({ env: { DB_LOCK_TIMEOUT_MS: '30000', DB_STATEMENT_TIMEOUT_MS: '30000' } });
    staff = await t.account(['association_staff']);
    for (const expertise of ['nuôi tôm hùm lồng', 'vắc xin dại', 'điện gió ngoài khơi']) {
      await createProfile(t.dataSource, { fullName: `Chuyên gia ${expertise}`, expertise: [expertise] });
    }
    await t.app.get(IndexerService).drain();
    blocker = new Client({ connectionString: t.config.databaseUrl });
    await blocker.connect();
  });
  afterAll(async () => {
    await blocker?.end();
    await t?.close();
  });

  const blockProfiles = async () => {
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE intellectual IN ACCESS EXCLUSIVE MODE');
  };
  const release = () => blocker.query('ROLLBACK');
  /** Queries of the app waiting behind the blocker's lock. */
  const waitingOnLock = async () => {
    const { rows } = await blocker.query<{ count: string }>(
      `SELECT count(*) FROM pg_stat_activity
        WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`,
    );
    return Number(rows[0].count);
  };
  const newStatistics = (termStatsAtStart: boolean) =>
    new TermStatistics(t.dataSource, t.app.get(MatchingCatalog), { ...t.config, termStatsAtStart });

  it('answers a candidates request 503 with Retry-After while the first count runs, then the candidates', async () => {
    const [requester] = await t.dataSource.manager.find(Organization, {
      where: { sector: 'state_agency' },
      take: 1,
    });
    const request = await createReviewRequest(t.dataSource, {
      title: 'Nuôi tôm hùm lồng bền vững ở vịnh Vân Phong',
      state: 'accepted',
      requestingOrganizationId: requester.id,
      createdBy: staff.id,
    });
    const path = `/api/v1/review-requests/${request.id}/candidates`;
    await blockProfiles();
    try {
      const started = Date.now();
      const response = await t.http.get(path).set(bearer(staff.token));
      expect(Date.now() - started).toBeGreaterThanOrEqual(TERM_STATS_WAIT_MS);
      expectProblem(response, 503, 'SERVICE_UNAVAILABLE');
      expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
      expect(response.body.detailVi).toContain('thống kê thuật ngữ');
    } finally {
      await release();
    }
    const { body } = await t.http.get(path).set(bearer(staff.token)).expect(200);
    expect(body.items[0].fullName).toBe('Chuyên gia nuôi tôm hùm lồng');
  });

  it('counts when the process starts, before any matching asks, unless TERM_STATS_AT_START is false', async () => {
    await blockProfiles();
    try {
      newStatistics(false).onApplicationBootstrap();
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await waitingOnLock()).toBe(0);
      const statistics = newStatistics(true);
      statistics.onApplicationBootstrap();
      await eventually(waitingOnLock, (waiting) => waiting === 1);
      await release();
      // the count started at start-up is the one a matching gets: three profiles counted
      expect((await statistics.current()).documents).toBe(3);
    } finally {
      await blocker.query('ROLLBACK');
    }
  });

  it('counts only the people who may be proposed: the retired, not the deceased, deleted or merged away', async () => {
    const retired = await createProfile(t.dataSource, {
      fullName: 'Chuyên gia đã nghỉ hưu',
      status: 'retired',
      expertise: ['nuôi cấy ngọc trai'],
    });
    await createProfile(t.dataSource, {
      fullName: 'Chuyên gia đã mất',
      status: 'deceased',
      expertise: ['rong sụn Kappaphycus', 'nuôi cấy ngọc trai'],
    });
    await createProfile(t.dataSource, {
      fullName: 'Hồ sơ đã xóa',
      deletedAt: new Date(),
      expertise: ['rong sụn Kappaphycus'],
    });
    await createProfile(t.dataSource, {
      fullName: 'Hồ sơ đã gộp',
      mergedIntoId: retired.id,
      expertise: ['rong sụn Kappaphycus'],
    });
    const stats = await newStatistics(false).recount();
    // the three of the first test and the retired expert
    expect(stats.documents).toBe(4);
    expect(stats.df('ngọc trai', 'exact')).toBe(1);
    expect(stats.df('ngoc trai', 'folded')).toBe(1);
    expect(stats.df('rong sụn', 'exact')).toBe(0);
    expect(stats.df('kappaphycus', 'folded')).toBe(0);
  });
});
