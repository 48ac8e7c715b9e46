/**
 * npm run import -- FILE [--dry-run] [--as EMAIL]
 * Imports a spreadsheet like POST /api/v1/imports, with a progress bar. Acts as the account EMAIL
 * (default: ADMIN_EMAIL), which must be a personnel officer or an admin. Uses DATABASE_URL and
 * MEILI_URL, or the embedded services under DATA_DIR. Exit code 0 when every row went in.
 */
import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { NestFactory } from '@nestjs/core';
import { SingleBar, Presets } from 'cli-progress';
import { DataSource } from 'typeorm';
import { Account } from '../accounts';
import { AppModule } from '../app.module';
import { can } from '../common/access/access';
import { Permission } from '../common/access/permissions';
import type { Principal } from '../common/access/principal';
import { DomainError } from '../common/errors/domain-error';
import { buildAppConfig } from '../config/app-config';
import { parseEnvironment } from '../config/environment';
import { ImportJob, ImportJobsService } from '../imports';
import { startLocalServices } from '../platform/embedded/local-services';

const quiet = { debug: () => undefined, info: () => undefined, warn: console.warn };

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { 'dry-run': { type: 'boolean', default: false }, as: { type: 'string' } },
  });
  if (positionals.length !== 1) throw new Error('usage: npm run import -- FILE [--dry-run] [--as EMAIL]');
  const vars = parseEnvironment(process.env);
  const services = await startLocalServices(vars, quiet, { meilisearch: true });
  const config = buildAppConfig(vars, services);
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: ['error'] });
  try {
    const dataSource = app.get(DataSource);
    const actor = await principalOf(dataSource, values.as ?? config.admin.email);
    const file = positionals[0];
    const upload = { fileName: basename(file), content: await readFile(file) };
    const { job, done } = await app.get(ImportJobsService).start(upload, values['dry-run'], actor);
    const finished = await followProgress(dataSource, job.id, done);
    report(finished);
    return finished.status === 'completed' && finished.counts.failed === 0 ? 0 : 1;
  } finally {
    await app.close();
    await services.stop();
  }
}

async function principalOf(dataSource: DataSource, email: string): Promise<Principal> {
  const account = await dataSource.getRepository(Account).findOneBy({ email: email.toLowerCase() });
  const principal = account && {
    accountId: account.id,
    email: account.email,
    roles: account.roles,
    intellectualId: account.intellectualId,
    organizationId: account.organizationId,
  };
  if (!principal || account.disabledAt || !can(principal, Permission.ImportsRun)) {
    throw new Error(`${email} is not an active personnel officer or admin account (use --as EMAIL)`);
  }
  return principal;
}

/** Shows a progress bar from the job row until the job ends; returns the final row. */
async function followProgress(dataSource: DataSource, id: string, done: Promise<void>): Promise<ImportJob> {
  const jobs = dataSource.getRepository(ImportJob);
  const bar = new SingleBar(
    { format: '{bar} {percentage}% | {value}/{total} dòng | {eta_formatted}' },
    Presets.shades_classic,
  );
  let finished = false;
  void done.finally(() => (finished = true));
  bar.start(1, 0);
  for (;;) {
    const job = await jobs.findOneByOrFail({ id });
    if (job.totalRows !== null) bar.setTotal(Math.max(job.totalRows, 1));
    bar.update(job.processedRows);
    if (finished) {
      bar.stop();
      return job;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function report(job: ImportJob): void {
  const { created, updated, unchanged, possibleDuplicates, conflicts, failed } = job.counts;
  console.log(
    `${job.dryRun ? 'Dry run ' : ''}${job.status}: ${created} created, ${updated} updated, ${unchanged} unchanged, ` +
      `${possibleDuplicates} possible duplicates, ${conflicts} conflicts, ${failed} failed (job ${job.id})`,
  );
  if (job.failure) console.error(`${job.failure.messageVi}\n${job.failure.message}`);
  if (failed || possibleDuplicates || conflicts)
    console.log(`Details: GET /api/v1/imports/${job.id} and /api/v1/imports/${job.id}/errors.xlsx`);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      error instanceof DomainError
        ? `${error.detail?.vi ?? ''}\n${error.message}`
        : error instanceof Error
          ? error.message
          : error,
    );
    process.exit(1);
  },
);
