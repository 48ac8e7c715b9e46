import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { startEmbeddedMeilisearch } from '../../src/platform/embedded/embedded-meilisearch';
import { startEmbeddedPostgres } from '../../src/platform/embedded/embedded-postgres';
import { ensureTraversableDir } from '../../src/platform/embedded/local-files';
import { dropDatabase, ensureDatabase } from '../../src/platform/database/ensure-database';
import { APP_SCHEMA } from '../../src/app-schema';
import { dataSourceOptions } from '../../src/platform/database/data-source-options';
import { TEST_ENV } from './test-env';

const quiet = { debug: () => undefined, warn: (m: string) => console.warn(m), info: () => undefined };

export interface TestServices {
  stop(): Promise<void>;
}

/**
 * Real PostgreSQL and Meilisearch for a whole test run: the servers named by DATABASE_URL and
 * MEILI_URL/MEILI_MASTER_KEY, or embedded ones in a temporary directory. Migrations run once into a
 * template database that every test file copies.
 */
export async function startTestServices(): Promise<TestServices> {
  const stops: Array<() => Promise<void>> = [];
  const dir = await mkdtemp(join(tmpdir(), 'tkh-test-'));
  await ensureTraversableDir(dir);
  stops.push(() => rm(dir, { recursive: true, force: true }));

  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const postgres = await startEmbeddedPostgres(dir, quiet);
    stops.push(() => postgres.stop());
    serverUrl = postgres.url;
  }
  let meiliUrl = process.env.MEILI_URL;
  let meiliKey = process.env.MEILI_MASTER_KEY;
  if (!meiliUrl || !meiliKey) {
    const meilisearch = await startEmbeddedMeilisearch(dir, quiet);
    stops.push(() => meilisearch.stop());
    meiliUrl = meilisearch.url;
    meiliKey = meilisearch.masterKey;
  }

  const templateDb = `tkh_template_${process.pid}`;
  await dropDatabase(serverUrl, templateDb);
  const templateUrl = await ensureDatabase(serverUrl, templateDb);
  const dataSource = new DataSource(dataSourceOptions(templateUrl, APP_SCHEMA));
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();
  stops.push(() => dropDatabase(serverUrl, templateDb));

  process.env[TEST_ENV.serverUrl] = serverUrl;
  process.env[TEST_ENV.templateDb] = templateDb;
  process.env[TEST_ENV.meiliUrl] = meiliUrl;
  process.env[TEST_ENV.meiliKey] = meiliKey;

  return {
    stop: async () => {
      for (const stop of stops.reverse()) await stop().catch((error) => console.warn(error));
    },
  };
}
