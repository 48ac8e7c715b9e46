import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Principal } from '../../common/access/principal';
import { DomainError } from '../../common/errors/domain-error';
import { PreparedRow, RowApplier } from '../apply/row-applier.service';
import { RowOutcome } from '../apply/row-outcome';
import { ReadRows, readRows } from '../reading/sheet-rows';
import { cellAddress } from '../reading/cell-text';
import { cellsOf, ColumnPositions, mapHeaders } from '../rows/header-mapping';
import { HEADER_OF, RowCells } from '../rows/import-columns';
import { RowProblem } from '../rows/import-row';
import { parseNationalId } from '../rows/row-parser';
import { DryRunPlan } from '../apply/dry-run-plan';
import { RowBatch } from '../apply/row-batch';
import { ReferenceListsService } from '../rows/reference-lists.service';
import { ImportCounts, ImportJob } from './import-job.entity';
import { ImportRowRecord } from './import-row.entity';
import { ImportRowIssue, IssueKind } from './import-row-issue.entity';

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
    const counts: ImportCounts = {
      created: 0,
      updated: 0,
      unchanged: 0,
      possibleDuplicates: 0,
      conflicts: 0,
      failed: 0,
    };
    let positions: ColumnPositions | undefined;
    let processed = 0;
    let issues: Array<Partial<ImportRowIssue>> = [];
    let kept: Array<Partial<ImportRowRecord>> = [];
    let flushedAt = Date.now();
    const options = { dryRun: job.dryRun ? new DryRunPlan() : undefined, actor, lookups };
    const flush = async () => {
      await this.dataSource.transaction(async (manager) => {
        if (issues.length) await manager.insert(ImportRowIssue, issues);
        if (kept.length) await manager.insert(ImportRowRecord, kept);
        await manager.update(ImportJob, job.id, {
          processedRows: processed,
          counts,
          heartbeatAt: new Date(),
        });
      });
      issues = [];
      kept = [];
      flushedAt = Date.now();
    };

    const batch = new RowBatch<PreparedRow & { sheet: SheetCells; warnings: RowProblem[] }>();
    const record = async (row: SheetCells, outcome: RowOutcome, warnings: RowProblem[]) => {
      processed += 1;
      tally(counts, outcome);
      issues.push(...issuesOf(job.id, row.number, outcome, warnings));
      if (outcome.kind === 'failed' || outcome.kind === 'conflict' || outcome.kind === 'possible_duplicate') {
        kept.push({ jobId: job.id, row: row.number, outcome: outcome.kind, cells: row.cells });
      }
      if (processed % FLUSH_EVERY_ROWS === 0 || Date.now() - flushedAt > FLUSH_EVERY_MS) await flush();
    };
    const applyBatch = async () => {
      const waiting = batch.take();
      if (waiting.length === 0) return;
      const outcomes = await this.applier.applyBatch(
        waiting.map(({ prepared }) => prepared),
        options,
      );
      for (const [index, { prepared }] of waiting.entries()) {
        await record(prepared.sheet, outcomes[index], prepared.warnings);
      }
    };

    const repeated = repeatedNationalIds(rows);
    for (const { number, values, formulasWithoutValue } of rows) {
      if (!positions) {
        positions = mapHeaders(values);
        continue;
      }
      const row = { number, cells: cellsOf(values, positions) };
      const formulaWarnings = (formulasWithoutValue ?? []).map((index) =>
        formulaWarning(index, number, positions!),
      );
      const result = await this.applier.prepare(row.cells, lookups, today);
      const warnings = [...formulaWarnings, ...result.warnings];
      const others =
        result.ok && result.prepared.row.nationalId
          ? repeated.get(result.prepared.row.nationalId)
          : undefined;
      if (!result.ok || others) {
        const problems = result.ok ? [] : result.problems;
        if (others) problems.unshift(repeatedIdProblem(others.filter((other) => other !== number)));
        await record(row, { kind: 'failed', problems }, warnings);
        continue;
      }
      if (!batch.fits(result.prepared)) await applyBatch();
      batch.add(number, { ...result.prepared, sheet: row, warnings });
    }
    await applyBatch();
    if (!positions) mapHeaders([]);
    await flush();
  }
}

interface SheetCells {
  number: number;
  cells: RowCells;
}

/** National IDs given on more than one row of the file, with those rows: which row is right is for the officer. */
function repeatedNationalIds(rows: ReadRows): Map<string, number[]> {
  const seen = new Map<string, number[]>();
  let positions: ColumnPositions | undefined;
  for (const { number, values } of rows) {
    if (!positions) {
      positions = mapHeaders(values);
      continue;
    }
    const nationalId = parseNationalId(cellsOf(values, positions).nationalId || null, () => null);
    if (nationalId) seen.set(nationalId, [...(seen.get(nationalId) ?? []), number]);
  }
  return new Map([...seen].filter(([, numbers]) => numbers.length > 1));
}

function repeatedIdProblem(others: number[]): RowProblem {
  const list = others.join(', ');
  return {
    column: HEADER_OF.nationalId,
    message: `The same national ID is on row ${list} of this file; nothing was written for either row`,
    messageVi: `Số định danh này cũng có ở dòng ${list} của tệp; các dòng này đều chưa được ghi`,
  };
}

function formulaWarning(index: number, row: number, positions: ColumnPositions): RowProblem {
  const key = [...positions].find(([, position]) => position === index)?.[0];
  const address = cellAddress(index, row);
  return {
    column: key ? HEADER_OF[key] : null,
    message: `Cell ${address} holds a formula saved without its value; it was read as empty`,
    messageVi: `Ô ${address} có công thức nhưng không lưu giá trị; đã coi là ô trống`,
  };
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
    case 'conflict':
      counts.conflicts += 1;
      break;
  }
}

function issuesOf(
  jobId: string,
  row: number,
  outcome: RowOutcome,
  warnings: RowProblem[],
): Array<Partial<ImportRowIssue>> {
  const issue = (kind: IssueKind, problem: RowProblem, candidateIds: string[] = []) => ({
    jobId,
    row,
    kind,
    ...problem,
    candidateIds,
  });
  const notes = warnings.map((warning) => issue('warning', warning));
  switch (outcome.kind) {
    case 'failed':
      return [...outcome.problems.map((problem) => issue('error', problem)), ...notes];
    case 'conflict':
      return [
        ...outcome.problems.map((problem) => issue('conflict', problem, [outcome.existing.id])),
        ...notes,
      ];
    case 'possible_duplicate':
      return [
        issue(
          'possible_duplicate',
          {
            column: null,
            message: 'May be a person already registered; nothing was written, an officer should decide',
            messageVi: 'Có thể trùng với người đã có trong hệ thống; chưa ghi, cán bộ cần xem xét',
          },
          outcome.candidates.map((candidate) => candidate.id),
        ),
        ...notes,
      ];
    case 'updated':
    case 'unchanged':
      return [...(outcome.reviews ?? []).map((review) => issue('review', review)), ...notes];
    case 'created':
      return notes;
  }
}
