import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Principal } from '../../auth/principal';
import { DomainError } from '../../common/errors/domain-error';
import { RowApplier } from '../apply/row-applier.service';
import { RowOutcome } from '../apply/row-outcome';
import { ReadRows, readRows } from '../reading/sheet-rows';
import { cellsOf, ColumnPositions, mapHeaders } from '../rows/header-mapping';
import { DryRunPlan } from '../apply/dry-run-plan';
import { RowBatch } from '../apply/row-batch';
import { ReferenceListsService } from '../rows/reference-lists.service';
import { ImportCounts, ImportJob } from './import-job.entity';
import { ImportRowIssue } from './import-row-issue.entity';

/** Progress is saved (with the heartbeat) at least this often. */
const FLUSH_EVERY_ROWS = 500;
const FLUSH_EVERY_MS = 1_000;

/**
 * Runs one import job over its file: reads all its rows (readRows), checks the header row, then
 * parses and validates each row and applies them in batches (RowBatch; a row is still all or
 * nothing), saving progress, counts and row issues as it goes.
 */
@Injectable()
export class ImportRunner {
  private readonly logger = new Logger(ImportRunner.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly lists: ReferenceListsService,
    private readonly applier: RowApplier,
  ) {}

  async run(job: ImportJob, content: Buffer, actor: Principal): Promise<void> {
    const jobs = this.dataSource.getRepository(ImportJob);
    try {
      await jobs.update(job.id, { status: 'running', startedAt: new Date(), heartbeatAt: new Date() });
      const rows = await readRows(content, job.fileKind);
      await jobs.update(job.id, { totalRows: rows.dataRows });
      await this.process(job, rows, actor);
      await jobs.update(job.id, { status: 'completed', finishedAt: new Date(), heartbeatAt: new Date() });
    } catch (error) {
      if (!(error instanceof DomainError))
        this.logger.error(error instanceof Error ? error.stack : String(error));
      const failure =
        error instanceof DomainError
          ? { message: error.detail?.en ?? error.message, messageVi: error.detail?.vi ?? error.message }
          : {
              message: 'The import stopped on an internal error',
              messageVi: 'Quá trình nhập dừng do lỗi hệ thống',
            };
      await jobs.update(job.id, { status: 'failed', failure, finishedAt: new Date() });
    }
  }

  private async process(job: ImportJob, rows: ReadRows, actor: Principal): Promise<void> {
    const lookups = await this.lists.lookups();
    const today = new Date().toISOString().slice(0, 10);
    const counts: ImportCounts = { created: 0, updated: 0, unchanged: 0, possibleDuplicates: 0, failed: 0 };
    let positions: ColumnPositions | undefined;
    let processed = 0;
    let issues: Array<Partial<ImportRowIssue>> = [];
    let flushedAt = Date.now();
    const dryRun = job.dryRun ? new DryRunPlan() : undefined;
    const flush = async () => {
      await this.dataSource.transaction(async (manager) => {
        if (issues.length) await manager.insert(ImportRowIssue, issues);
        await manager.update(ImportJob, job.id, {
          processedRows: processed,
          counts,
          heartbeatAt: new Date(),
        });
      });
      issues = [];
      flushedAt = Date.now();
    };

    const batch = new RowBatch();
    const record = async (number: number, outcome: RowOutcome) => {
      processed += 1;
      tally(counts, outcome);
      issues.push(...issuesOf(job.id, number, outcome));
      if (processed % FLUSH_EVERY_ROWS === 0 || Date.now() - flushedAt > FLUSH_EVERY_MS) await flush();
    };
    const applyBatch = async () => {
      const waiting = batch.take();
      if (waiting.length === 0) return;
      const outcomes = await this.applier.applyBatch(
        waiting.map(({ prepared }) => prepared),
        { dryRun, actor },
      );
      for (const [index, { number }] of waiting.entries()) await record(number, outcomes[index]);
    };

    for (const { number, values } of rows) {
      if (!positions) {
        positions = mapHeaders(values);
        continue;
      }
      const result = await this.applier.prepare(cellsOf(values, positions), lookups, today);
      if (!result.ok) {
        await record(number, { kind: 'failed', problems: result.problems });
        continue;
      }
      if (!batch.fits(result.prepared)) await applyBatch();
      batch.add(number, result.prepared);
    }
    await applyBatch();
    if (!positions) mapHeaders([]);
    await flush();
  }
}

function tally(counts: ImportCounts, outcome: RowOutcome): void {
  switch (outcome.kind) {
    case 'created':
    case 'updated':
    case 'unchanged':
    case 'failed':
      counts[outcome.kind] += 1;
      break;
    case 'possible_duplicate':
      counts.possibleDuplicates += 1;
      break;
  }
}

function issuesOf(jobId: string, row: number, outcome: RowOutcome): Array<Partial<ImportRowIssue>> {
  switch (outcome.kind) {
    case 'failed':
      return outcome.problems.map((problem) => ({ jobId, row, kind: 'error' as const, ...problem }));
    case 'possible_duplicate':
      return [
        {
          jobId,
          row,
          kind: 'possible_duplicate',
          column: null,
          message: 'May be a person already registered; nothing was written, an officer should decide',
          messageVi: 'Có thể trùng với người đã có trong hệ thống; chưa ghi, cán bộ cần xem xét',
          candidateIds: outcome.candidateIds,
        },
      ];
    case 'created':
    case 'updated':
    case 'unchanged':
      return [];
  }
}
