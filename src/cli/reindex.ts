/**
 * npm run reindex: rebuilds the search index from PostgreSQL into a fresh index, checks its document
 * count and swaps it in; searches keep working meanwhile. Uses DATABASE_URL and MEILI_URL, or the
 * embedded services under DATA_DIR when they are unset.
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module';
import { createLogger, PinoNestLogger } from '../common/logging/logger';
import { buildAppConfig } from '../config/app-config';
import { parseEnvironment } from '../config/environment';
import { startLocalServices } from '../platform/embedded/local-services';
import { IndexLifecycle } from '../search';

const BAR_WIDTH = 30;

function progressBar(done: number, total: number): void {
  if (!process.stderr.isTTY) return;
  const share = total === 0 ? 1 : done / total;
  const filled = Math.round(share * BAR_WIDTH);
  process.stderr.write(
    `\r[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${done}/${total} (${Math.round(share * 100)}%)`,
  );
}

async function main(): Promise<void> {
  const vars = parseEnvironment(process.env);
  const logger = createLogger(vars.LOG_LEVEL === 'info' ? 'warn' : vars.LOG_LEVEL);
  const log = {
    debug: () => undefined,
    info: (m: string) => logger.info(m),
    warn: (m: string) => logger.warn(m),
  };
  const services = await startLocalServices(vars, log, { meilisearch: true });
  try {
    const app = await NestFactory.createApplicationContext(
      AppModule.forRoot(buildAppConfig(vars, services)),
      {
        logger: new PinoNestLogger(logger),
      },
    );
    try {
      const result = await app.get(IndexLifecycle).rebuild({ wait: false, onProgress: progressBar });
      if (process.stderr.isTTY) process.stderr.write('\n');
      console.log(
        `${result!.index}: ${result!.documents} documents, settings ${result!.settingsHash}, ${result!.tookMs} ms`,
      );
    } finally {
      await app.close();
    }
  } finally {
    await services.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
