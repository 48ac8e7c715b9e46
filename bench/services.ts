import { randomBytes } from 'node:crypto';
import { Meilisearch } from 'meilisearch';
import { startEmbeddedMeilisearch } from '../src/platform/embedded/embedded-meilisearch';
import { startEmbeddedPostgres } from '../src/platform/embedded/embedded-postgres';
import { dropDatabase, ensureDatabase } from '../src/platform/database/ensure-database';
import { startSmtpSink } from '../src/platform/embedded/smtp-sink';
import { join } from 'node:path';

/** PostgreSQL and Meilisearch for one bench run, with what to undo at the end. */
export interface BenchServices {
  databaseUrl: string;
  meiliUrl: string;
  meiliMasterKey: string;
  indexPrefix: string;
  /** SMTP_URL, or a local sink under `dir` (the API requires a mail server in production mode). */
  smtpUrl: string;
  stop(): Promise<void>;
}

const quiet = { debug: () => undefined, warn: (m: string) => console.warn(m) };

/**
 * The servers named by DATABASE_URL, MEILI_URL/MEILI_MASTER_KEY and SMTP_URL (a fresh database and
 * index prefix of their own, removed afterwards), or embedded ones under `dir`.
 */
export async function startBenchServices(dir: string, env: NodeJS.ProcessEnv): Promise<BenchServices> {
  const stops: Array<() => Promise<unknown>> = [];
  const stop = async () => {
    for (const undo of stops.reverse()) await undo().catch((error: unknown) => console.warn(String(error)));
  };
  try {
    let serverUrl = env.DATABASE_URL;
    if (!serverUrl) {
      const postgres = await startEmbeddedPostgres(dir, quiet);
      stops.push(() => postgres.stop());
      serverUrl = postgres.url;
    }
    const database = `tkh_bench_${randomBytes(4).toString('hex')}`;
    const databaseUrl = await ensureDatabase(serverUrl, database);
    stops.push(() => dropDatabase(serverUrl, database));

    let meiliUrl = env.MEILI_URL;
    let meiliMasterKey = env.MEILI_MASTER_KEY;
    const indexPrefix = `bench${randomBytes(3).toString('hex')}_`;
    if (!meiliUrl || !meiliMasterKey) {
      const meilisearch = await startEmbeddedMeilisearch(dir, quiet);
      stops.push(() => meilisearch.stop());
      meiliUrl = meilisearch.url;
      meiliMasterKey = meilisearch.masterKey;
    } else {
      const admin = new Meilisearch({ host: meiliUrl, apiKey: meiliMasterKey });
      stops.push(() => deleteIndexes(admin, indexPrefix));
    }
    let smtpUrl = env.SMTP_URL;
    if (!smtpUrl) {
      const sink = await startSmtpSink(join(dir, 'mail'), quiet);
      stops.push(() => sink.stop());
      smtpUrl = sink.url;
    }
    return { databaseUrl, meiliUrl, meiliMasterKey, indexPrefix, smtpUrl, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Removes the indexes of this run's prefix, and the keys scoped to them (the API's and the bench's). */
async function deleteIndexes(admin: Meilisearch, prefix: string): Promise<void> {
  const { results } = await admin.getIndexes({ limit: 1000 });
  await Promise.all(results.filter((i) => i.uid.startsWith(prefix)).map((i) => admin.deleteIndex(i.uid)));
  const keys = await admin.getKeys({ limit: 1000 });
  const ours = keys.results.filter(
    (key) => key.indexes.length > 0 && key.indexes.every((i) => i.startsWith(prefix)),
  );
  await Promise.all(ours.map((key) => admin.deleteKey(key.uid)));
}
