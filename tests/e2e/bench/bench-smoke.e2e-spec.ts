import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { findProjectRoot } from '../../../src/platform/project-root';
import { requireEnv, TEST_ENV } from '../../support/test-env';

const run = promisify(execFile);
const number = expect.any(Number);
const level = {
  concurrency: number,
  requests: number,
  errors: 0,
  throughput: number,
  p50: number,
  p95: number,
  p99: number,
  max: number,
};

/**
 * Runs the benchmark harness at its smoke size from dist/ (npm test builds first) as a child process,
 * so the harness never rots. It checks the shape and that every figure is a number; never a timing.
 */
describe('npm run bench (smoke size)', () => {
  let out: string;

  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'tkh-bench-smoke-'));
  });
  afterAll(async () => {
    await rm(out, { recursive: true, force: true });
  });

  /** Runs the harness with these arguments; the one report it wrote. */
  async function bench(...args: string[]): Promise<string> {
    const root = findProjectRoot(__dirname);
    const dir = await mkdtemp(join(out, 'run-'));
    // The test run's servers; the harness makes a database and an index prefix of its own there.
    const env = {
      ...process.env,
      DATABASE_URL: requireEnv(TEST_ENV.serverUrl),
      MEILI_URL: requireEnv(TEST_ENV.meiliUrl),
      MEILI_MASTER_KEY: requireEnv(TEST_ENV.meiliKey),
    };
    await run(process.execPath, [join(root, 'dist', 'bench', 'run.js'), '--smoke', '--out', dir, ...args], {
      cwd: root,
      env,
      timeout: 110_000,
    });
    const [file] = await readdir(dir);
    return join(dir, file);
  }

  it('measures every section and writes them as numbers', async () => {
    const report = JSON.parse(await readFile(await bench(), 'utf8'));

    expect(report.size).toMatchObject({
      label: 'smoke',
      profiles: 300,
      rows: { intellectual: 300, outbox_event: 600 },
    });
    expect(report.machine).toMatchObject({ cores: number, memoryGb: number });
    expect(report.versions).toMatchObject({
      node: expect.any(String),
      postgres: expect.any(String),
      meilisearch: expect.any(String),
    });
    expect(report.load).toMatchObject({ seconds: number, profilesPerSecond: number });
    expect(report.indexing).toEqual({ secondsToSearchable: number, documents: 300 });
    for (const engine of ['api', 'meilisearch', 'postgres']) {
      expect(report.search[engine]).toEqual([level, level]);
    }
    expect(report.search.ratios).toEqual([
      { concurrency: 1, apiOverMeilisearchP95: number, postgresOverApiP95: number },
      { concurrency: 4, apiOverMeilisearchP95: number, postgresOverApiP95: number },
    ]);
    expect(report.postgresBaseline).toEqual({ buildSeconds: number });
    expect(report.correctness).toMatchObject({
      queries: 10,
      api: { correct: number, share: number },
      postgres: { correct: number, share: number },
    });
    expect(report.freshness).toEqual({ updates: 5, p50: number, p95: number, max: number });
    expect(report.memory).toEqual({ apiRestRssMb: number, apiPeakRssUnderLoadMb: number });
    expect(report.import).toEqual({
      rows: 50,
      fileMb: number,
      secondsToCommitted: number,
      secondsToSearchable: number,
      rowsPerSecond: number,
      apiPeakRssMb: number,
      counts: expect.objectContaining({ created: number, failed: 0 }),
    });
    expect(report.targets).toHaveLength(7);
    for (const target of report.targets)
      expect(target).toEqual({
        name: expect.any(String),
        goal: expect.any(String),
        value: number,
        met: expect.any(Boolean),
      });
  }, 120_000);

  it('measures the expert matcher with --phase matching: leave-one-out ranks and candidates latency', async () => {
    const report = JSON.parse(await readFile(await bench('--phase', 'matching'), 'utf8'));

    expect(report).toMatchObject({ phase: 'matching', size: { label: 'smoke', profiles: 300 } });
    const { leaveOneOut, speed } = report.matching;
    for (const figures of [leaveOneOut.matcher, leaveOneOut.naive]) {
      expect(figures).toEqual({
        trials: 10,
        top1: number,
        top5: number,
        top10: number,
        mrr: number,
        found: number,
      });
      // ranks are cumulative: top-1 ⊆ top-5 ⊆ top-10 ⊆ found among the first 100
      expect(figures.top1).toBeLessThanOrEqual(figures.top5);
      expect(figures.top5).toBeLessThanOrEqual(figures.top10);
      expect(figures.top10).toBeLessThanOrEqual(figures.found);
      expect(figures.found).toBeLessThanOrEqual(1);
      expect(figures.mrr).toBeGreaterThanOrEqual(figures.top1);
    }
    const split = (trials: unknown): unknown =>
      expect.objectContaining({ matcher: expect.objectContaining({ trials }) });
    expect(leaveOneOut.byLanguage.vi.matcher.trials + leaveOneOut.byLanguage.en.matcher.trials).toBe(10);
    expect(leaveOneOut.byAuthorKeepsTopic).toEqual({ yes: split(number), no: split(number) });
    expect(leaveOneOut.openReview).toEqual({
      bm25: { top1: 0.318, top5: 0.486, top10: 0.538 },
      elmo: { top1: 0.383, top5: 0.485, top10: 0.516 },
    });
    expect(leaveOneOut.byNiche).toEqual({ on: split(number), off: split(number) });
    expect(leaveOneOut.byAuthorKeepsSpecific).toEqual({ yes: split(number), no: split(number) });
    for (const spread of ['topicHolders', 'topicSpecificHolders', 'nicheHolders'])
      expect(leaveOneOut[spread]).toEqual({ p50: number, p90: number });
    for (const chance of ['chance', 'chanceTopic'])
      expect(leaveOneOut[chance]).toEqual({ top1: number, top5: number, top10: number });
    // the generator's niches show in the hidden titles
    expect(leaveOneOut.onNiche).toBeGreaterThan(0);
    expect(leaveOneOut.onNiche).toBeLessThanOrEqual(1);
    expect(leaveOneOut.firstCandidatesMs).toEqual(number);
    expect(leaveOneOut.onTopicAt10).toEqual({ matcher: number, naive: number });
    expect(speed).toMatchObject({
      proposals: 2,
      candidates: { requests: 4, errors: 0, p50: number, p95: number, p99: number },
      keyPhrasesPerProposal: number,
      termStatsSeconds: number,
    });
    expect(speed.words).toBeGreaterThanOrEqual(3_000);
    for (const stage of ['keyPhrases', 'meilisearch', 'profileRows', 'evidence'])
      expect(speed.stages[stage]).toEqual({ p50: number, p95: number });
    expect(report.targets).toEqual([
      expect.objectContaining({ value: number, met: expect.any(Boolean) }),
      expect.objectContaining({ value: number, met: expect.any(Boolean) }),
    ]);
  }, 120_000);

  it('measures the workforce breakdowns with --phase workforce: every profile counted, no request failed', async () => {
    const report = JSON.parse(await readFile(await bench('--phase', 'workforce'), 'utf8'));

    expect(report).toMatchObject({ phase: 'workforce', size: { label: 'smoke', profiles: 300 } });
    // every generated profile has its facts before anything is measured
    expect(report.workforce).toMatchObject({ factRows: 300, secondsToFresh: number, queries: 108 });
    for (const rows of [report.workforce.today, report.workforce.pastDate]) {
      expect(rows).toEqual([
        expect.objectContaining({ concurrency: 1, errors: 0, p50: number, p95: number }),
      ]);
      expect(rows[0].requests).toBeGreaterThan(0);
    }
    expect(report.targets).toHaveLength(2);
  }, 120_000);
});
