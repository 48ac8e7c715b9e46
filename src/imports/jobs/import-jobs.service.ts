import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit';
import { Principal } from '../../common/access/principal';
import { DomainError } from '../../common/errors/domain-error';
import { inspectUpload, SpreadsheetKind, Upload } from '../intake/file-intake';
import { sheetRows } from '../reading/sheet-rows';
import { mapHeaders } from '../rows/header-mapping';
import { ImportJob } from './import-job.entity';
import { ImportRunner } from './import-runner.service';

export interface StartedImport {
  job: ImportJob;
  /** Settles when the job has finished (completed or failed); the HTTP API does not wait for it. */
  done: Promise<void>;
}

/**
 * Starts import jobs. Jobs run in this process one after another (bounded memory
 * and database load); the uploaded file stays in memory until its job ends.
 */
@Injectable()
export class ImportJobsService {
  private readonly logger = new Logger(ImportJobsService.name);
  private queue: Promise<void> = Promise.resolve();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly runner: ImportRunner,
    private readonly audit: AuditService,
  ) {}

  /** Jobs of this process not finished yet (queued or running). */
  readonly active = new Set<string>();

  async start(upload: Upload, dryRun: boolean, actor: Principal): Promise<StartedImport> {
    const fileKind = await inspectUpload(upload);
    await checkHeaders(upload.content, fileKind);
    const job = await this.dataSource.transaction(async (manager) => {
      const created = await manager.save(
        manager.create(ImportJob, {
          fileName: upload.fileName.slice(0, 255),
          fileKind,
          fileSha256: createHash('sha256').update(upload.content).digest('hex'),
          dryRun,
          counts: { created: 0, updated: 0, unchanged: 0, possibleDuplicates: 0, conflicts: 0, failed: 0 },
          createdBy: actor.accountId,
        }),
      );
      await this.audit.record(manager, {
        actor,
        action: dryRun ? 'import.dry_run' : 'import.start',
        entityType: 'import_job',
        entityId: created.id,
        changes: {
          fileName: { before: null, after: created.fileName },
          sha256: { before: null, after: created.fileSha256 },
        },
      });
      return created;
    });
    this.active.add(job.id);
    const done = this.queue
      .then(() => this.runner.run(job, upload.content, actor))
      .catch((error: unknown) => this.logger.error(error instanceof Error ? error.stack : String(error)))
      .finally(() => this.active.delete(job.id));
    this.queue = done;
    return { job, done };
  }

  /** Import jobs are the department's shared work: every officer and admin sees every job. */
  async find(id: string): Promise<ImportJob> {
    const job = await this.dataSource.getRepository(ImportJob).findOneBy({ id });
    if (!job) throw DomainError.notFound('Import job', 'lượt nhập dữ liệu');
    return job;
  }
}

/** The header row is checked before the job is queued, so a wrong template fails at once. */
async function checkHeaders(content: Buffer, kind: SpreadsheetKind): Promise<void> {
  const rows = sheetRows(content, kind);
  const first = await rows.next();
  // Only the header row is needed; closing exceljs's stream reader mid-file can fail depending on how
  // far it has parsed (seen as an intermittent "damaged workbook"), and that failure means nothing here.
  await rows.return(undefined).catch(() => undefined);
  mapHeaders(first.done ? [] : first.value.values);
}
