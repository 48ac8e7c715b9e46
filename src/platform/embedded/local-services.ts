import { join, resolve } from 'node:path';
import { ResolvedServices } from '../../config/app-config';
import { EnvironmentVariables } from '../../config/environment';
import { startEmbeddedMeilisearch } from './embedded-meilisearch';
import { startEmbeddedPostgres } from './embedded-postgres';
import { readOrCreateSecret } from './local-files';
import { startSmtpSink } from './smtp-sink';
import { ensureDatabase } from '../database/ensure-database';

export interface LocalServices extends ResolvedServices {
  stop(): Promise<void>;
}

interface Log {
  debug(message: string): void;
  warn(message: string): void;
  info(message: string): void;
}

export const APP_DATABASE = 'trithuc';

/**
 * Resolves where PostgreSQL, Meilisearch and the SMTP server are: from the environment in production,
 * otherwise started here from the embedded packages under DATA_DIR (mail: a sink that keeps .eml
 * files). `stop` stops only what was started here. Tools that send no mail leave `needs.mail` out.
 */
export async function startLocalServices(
  vars: EnvironmentVariables,
  log: Log,
  needs: { meilisearch: boolean; mail?: boolean } = { meilisearch: true, mail: true },
): Promise<LocalServices> {
  const dataDir = resolve(vars.DATA_DIR);
  const stops: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const stopOne of stops.reverse()) await stopOne().catch((error) => log.warn(String(error)));
    stops.length = 0;
  };
  try {
    let databaseUrl = vars.DATABASE_URL;
    if (!databaseUrl) {
      const postgres = await startEmbeddedPostgres(dataDir, log);
      stops.push(() => postgres.stop());
      databaseUrl = await ensureDatabase(postgres.url, APP_DATABASE);
      log.info(`Embedded PostgreSQL is running (${join(dataDir, 'postgres')})`);
    }
    let meiliUrl = vars.MEILI_URL;
    let meiliMasterKey = vars.MEILI_MASTER_KEY;
    if (needs.meilisearch && (!meiliUrl || !meiliMasterKey)) {
      const meilisearch = await startEmbeddedMeilisearch(dataDir, log);
      stops.push(() => meilisearch.stop());
      meiliUrl = meilisearch.url;
      meiliMasterKey = meilisearch.masterKey;
      log.info(`Embedded Meilisearch is running at ${meiliUrl} (${join(dataDir, 'meilisearch')})`);
    }
    let smtpUrl = vars.SMTP_URL;
    if (needs.mail && !smtpUrl) {
      const sink = await startSmtpSink(join(dataDir, 'mail'), log);
      stops.push(() => sink.stop());
      smtpUrl = sink.url;
      log.info(`Local mail sink is running at ${smtpUrl}: messages are kept in ${sink.dir}`);
    }
    const jwtSecret = vars.JWT_SECRET ?? (await readOrCreateSecret(join(dataDir, 'jwt.secret'), 48));
    return {
      databaseUrl,
      meiliUrl: meiliUrl ?? '',
      meiliMasterKey: meiliMasterKey ?? '',
      jwtSecret,
      embedded: !vars.DATABASE_URL,
      smtpUrl,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
