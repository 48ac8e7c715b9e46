import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { ensureTraversableDir } from '../src/platform/embedded/local-files';
import { findProjectRoot } from '../src/platform/project-root';
import { login } from './api-client';
import { ApiProcess, startApi } from './api-process';
import { parseArgs } from './args';
import { bulkLoad } from './bulk-load';
import { createBaseline } from './engines/pg-baseline';
import { createSearchKey } from './engines/meili-raw';
import { machineInfo, versions } from './machine';
import { TrialAuthors } from './matching/leave-one-out';
import { MATCHING_FULL, MATCHING_SMOKE, measureMatching } from './matching/phase';
import {
  judgeMatchingTargets,
  MatchingReport,
  printMatchingReport,
  writeMatchingReport,
} from './matching/report';
import { measureCorrectness } from './phases/correctness';
import { measureWorkforce, WORKFORCE_FULL, WORKFORCE_SMOKE } from './workforce/phase';
import {
  judgeWorkforceTargets,
  printWorkforceReport,
  WorkforceReport,
  writeWorkforceReport,
} from './workforce/report';
import { measureFreshness } from './phases/freshness';
import { measureImport } from './phases/import';
import { waitUntilSearchable } from './phases/indexing';
import { measureSearch } from './phases/search-load';
import { QuerySource } from './queries';
import { BenchReport, judgeTargets, printReport, writeReport } from './report';
import { ratio } from './stats';
import { BenchServices, startBenchServices } from './services';

const FULL = {
  levels: [1, 8, 32],
  secondsPerLevel: 10,
  freshnessUpdates: 50,
  labelled: 40,
  mix: 400,
  importRows: 0,
};
const SMOKE = {
  levels: [1, 4],
  secondsPerLevel: 1,
  freshnessUpdates: 5,
  labelled: 10,
  mix: 50,
  importRows: 50,
};

async function main(): Promise<void> {
  const root = findProjectRoot(__dirname);
  const args = parseArgs(process.argv.slice(2), join(root, 'bench', 'results'));
  const plan = args.smoke ? SMOKE : FULL;
  const startedAt = new Date().toISOString();
  const dir = await mkdtemp(join(tmpdir(), 'tkh-bench-'));
  await ensureTraversableDir(dir);
  let services: BenchServices | undefined;
  let api: ApiProcess | undefined;
  let pool: Pool | undefined;
  try {
    const step = (message: string) => console.log(`[bench] ${message}`);
    step(`starting PostgreSQL, Meilisearch and the API (${args.profiles} profiles)`);
    services = await startBenchServices(dir, process.env);
    api = await startApi(root, services);
    const apiStartRssMb = await api.rssMb();
    pool = new Pool({ connectionString: services.databaseUrl, max: Math.max(...plan.levels) + 2 });
    const client = await login(api.baseUrl, api.adminEmail, api.adminPassword);

    step('bulk-loading generated profiles (with outbox rows)');
    const source = new QuerySource(Math.max(1, Math.floor(args.profiles / 2_000)));
    const authors = new TrialAuthors();
    const asOfYear = new Date().getFullYear();
    const loadStarted = performance.now();
    const loaded = await bulkLoad(
      pool,
      { seed: args.seed, asOfYear },
      args.profiles,
      (profiles, ids, from) => {
        source.add(profiles, ids, from);
        authors.add(profiles, ids, from);
      },
    );
    const loadedAt = performance.now();
    step(`loaded in ${loaded.seconds.toFixed(1)} s; waiting for search to index everything`);
    const status = await waitUntilSearchable(client, args.profiles, 60_000 + args.profiles * 30);
    const secondsToSearchable = (performance.now() - loadStarted) / 1000;

    if (args.phase === 'matching') {
      const figures = await measureMatching(
        {
          client,
          pool,
          meili: {
            url: services.meiliUrl,
            key: await createSearchKey(services.meiliUrl, services.meiliMasterKey, status.index),
            indexUid: status.index,
          },
          profiles: args.profiles,
          generator: { seed: args.seed, asOfYear },
          authors,
        },
        args.smoke ? MATCHING_SMOKE : MATCHING_FULL,
      );
      const report: MatchingReport = {
        phase: 'matching',
        startedAt,
        finishedAt: new Date().toISOString(),
        size: { label: args.label, profiles: args.profiles, rows: loaded.rows, seed: args.seed },
        machine: machineInfo(),
        versions: await versions(root, pool, services.meiliUrl, services.meiliMasterKey),
        load: { seconds: round(loaded.seconds) },
        indexing: { secondsToSearchable: round(secondsToSearchable), documents: status.documents ?? 0 },
        matching: figures,
        targets: judgeMatchingTargets(figures),
      };
      printMatchingReport(report);
      console.log(`[bench] results: ${await writeMatchingReport(args.outDir, report)}`);
      await holdIfAsked(api, services, status.index);
      return;
    }
    if (args.phase === 'workforce') {
      step('measuring the workforce breakdowns');
      const figures = await measureWorkforce(
        api,
        client.token,
        pool,
        args.smoke ? WORKFORCE_SMOKE : WORKFORCE_FULL,
        loadedAt,
      );
      const report: WorkforceReport = {
        phase: 'workforce',
        startedAt,
        finishedAt: new Date().toISOString(),
        size: { label: args.label, profiles: args.profiles, rows: loaded.rows, seed: args.seed },
        machine: machineInfo(),
        versions: await versions(root, pool, services.meiliUrl, services.meiliMasterKey),
        workforce: figures,
        targets: judgeWorkforceTargets(figures),
      };
      printWorkforceReport(report);
      console.log(`[bench] results: ${await writeWorkforceReport(args.outDir, report)}`);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const apiRestRssMb = await api.rssMb();

    step('building the PostgreSQL full-text baseline');
    const baselineSeconds = await createBaseline(pool);
    const searchKey = await createSearchKey(services.meiliUrl, services.meiliMasterKey, status.index);
    const specs = source.mix(plan.mix, args.seed);
    step('checking answers on the labelled queries');
    const correctness = await measureCorrectness(client, pool, source.labelled(plan.labelled, args.seed));
    step(
      `measuring search at concurrency ${plan.levels.join(', ')} (${plan.secondsPerLevel} s each, 3 engines)`,
    );
    const search = await measureSearch(
      {
        api,
        token: client.token,
        meili: { url: services.meiliUrl, searchKey, indexUid: status.index },
        pool,
      },
      specs,
      plan.levels,
      plan.secondsPerLevel,
    );
    step(`measuring freshness over ${plan.freshnessUpdates} updates`);
    const freshnessIds = source.sample
      .filter(({ profile }) => profile.status === 'active')
      .slice(0, plan.freshnessUpdates)
      .map(({ id }) => id);
    const freshness = await measureFreshness(client, freshnessIds);
    // As many spreadsheet rows as profiles (100k by default), capped at the import's 100,000-row limit.
    const importRows = plan.importRows || Math.min(args.profiles, 100_000);
    step(`importing a generated ${importRows}-row spreadsheet through POST /imports`);
    const imported = await measureImport(
      api.baseUrl,
      client,
      api,
      importRows,
      { seed: args.seed, asOfYear },
      status.documents ?? args.profiles,
    );

    const report: Omit<BenchReport, 'targets'> = {
      startedAt,
      finishedAt: new Date().toISOString(),
      size: { label: args.label, profiles: args.profiles, rows: loaded.rows, seed: args.seed },
      machine: machineInfo(),
      versions: await versions(root, pool, services.meiliUrl, services.meiliMasterKey),
      load: {
        seconds: round(loaded.seconds),
        profilesPerSecond: Math.round(args.profiles / loaded.seconds),
        method: 'bulk SQL (json_populate_recordset) + outbox_event rows, 2000 profiles per transaction',
      },
      indexing: { secondsToSearchable: round(secondsToSearchable), documents: status.documents ?? 0 },
      search: {
        ...search,
        secondsPerLevel: plan.secondsPerLevel,
        queryMix: countKinds(specs.map((spec) => spec.kind)),
        ratios: search.api.map((row, i) => ({
          concurrency: row.concurrency,
          apiOverMeilisearchP95: ratio(row.p95, search.meilisearch[i].p95),
          postgresOverApiP95: ratio(search.postgres[i].p95, row.p95),
        })),
      },
      postgresBaseline: { buildSeconds: round(baselineSeconds) },
      correctness,
      freshness,
      memory: { apiRestRssMb, apiPeakRssUnderLoadMb: search.apiPeakRssMb },
      startup: { apiRssMb: apiStartRssMb },
      import: {
        ...imported,
        secondsToCommitted: round(imported.secondsToCommitted),
        secondsToSearchable: round(imported.secondsToSearchable),
      },
    };
    const complete: BenchReport = { ...report, targets: judgeTargets(report) };
    printReport(complete);
    console.log(`[bench] results: ${await writeReport(args.outDir, complete)}`);
    await holdIfAsked(api, services, status.index);
  } finally {
    await pool?.end();
    await api?.stop();
    await services?.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

/** BENCH_HOLD_SECONDS keeps the loaded services up for manual probing (e.g. raw Meilisearch options). */
async function holdIfAsked(api: ApiProcess, services: BenchServices, index: string): Promise<void> {
  const hold = Number(process.env.BENCH_HOLD_SECONDS ?? 0);
  if (hold <= 0) return;
  console.log(
    `[bench] holding ${hold} s: api ${api.baseUrl} meili ${services.meiliUrl} key ${services.meiliMasterKey} index ${index} db ${services.databaseUrl}`,
  );
  await new Promise((resolve) => setTimeout(resolve, hold * 1000));
}

const round = (value: number) => Math.round(value * 100) / 100;

function countKinds(kinds: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const kind of kinds) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
