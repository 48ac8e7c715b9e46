import { PassThrough, Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import ExcelJS from 'exceljs';
import { DataSource, In, IsNull, MoreThan } from 'typeorm';
import { DATA_SHEET } from '../reading/sheet-rows';
import { ERRORS_COLUMN } from '../rows/import-columns';
import { templateColumns } from '../template/template-workbook';
import { ImportJobReader } from './import-job-reader.service';
import { ImportJobsService } from './import-jobs.service';
import { ImportRowRecord, KeptOutcome } from './import-row.entity';
import { ImportRowIssue } from './import-row-issue.entity';

const BATCH = 1_000;
const REVIEW_SHEET = 'Cần xem xét';

/**
 * errors.xlsx: the failed rows in the template's layout with what to fix in an extra column, so the
 * officer corrects them and uploads the file again as it is (the importer ignores that column); and
 * the rows waiting for an officer's decision (conflicts, possible duplicates), naming the profiles.
 */
@Injectable()
export class ErrorReportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: ImportJobsService,
    private readonly reader: ImportJobReader,
  ) {}

  async report(jobId: string): Promise<Readable> {
    await this.jobs.find(jobId);
    const output = new PassThrough();
    this.write(jobId, output).catch((error: unknown) =>
      output.destroy(error instanceof Error ? error : new Error(String(error))),
    );
    return output;
  }

  private async write(jobId: string, output: PassThrough): Promise<void> {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true });
    const failed = workbook.addWorksheet(DATA_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
    failed.columns = [...templateColumns(), { header: ERRORS_COLUMN, key: 'errors', width: 80 }];
    failed.getRow(1).font = { bold: true };
    for await (const { record, issues } of this.rows(jobId, ['failed'])) {
      failed.addRow({ ...record.cells, errors: `Dòng ${record.row}: ${describe(issues)}` }).commit();
    }
    failed.commit();

    const review = workbook.addWorksheet(REVIEW_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
    review.columns = [
      { header: 'Dòng', key: 'row', width: 8 },
      { header: 'Họ và tên', key: 'fullName', width: 28 },
      { header: 'Vấn đề', key: 'problem', width: 80 },
      { header: 'Hồ sơ đã có', key: 'existing', width: 40 },
    ];
    review.getRow(1).font = { bold: true };
    for await (const { record, issues, names } of this.rows(
      jobId,
      ['conflict', 'possible_duplicate'],
      true,
    )) {
      review
        .addRow({
          row: record.row,
          fullName: record.cells.fullName,
          problem: describe(issues),
          existing: [...new Set(issues.flatMap((issue) => issue.candidateIds))]
            .map((id) => names.get(id) ?? '')
            .join('; '),
        })
        .commit();
    }
    review.commit();
    await workbook.commit();
  }

  /**
   * Kept rows of the given outcomes (unresolved only, if asked) with their issues and the names of
   * the profiles those name, in row order.
   */
  private async *rows(jobId: string, outcomes: KeptOutcome[], unresolved = false) {
    let after = 0;
    for (;;) {
      const records = await this.dataSource.getRepository(ImportRowRecord).find({
        where: {
          jobId,
          outcome: In(outcomes),
          row: MoreThan(after),
          ...(unresolved ? { resolution: IsNull() } : {}),
        },
        order: { row: 'ASC' },
        take: BATCH,
      });
      if (records.length === 0) return;
      const issues = await this.dataSource.getRepository(ImportRowIssue).find({
        where: {
          jobId,
          row: In(records.map((record) => record.row)),
          kind: In(['error', 'conflict', 'possible_duplicate']),
        },
        order: { id: 'ASC' },
      });
      const names = await this.reader.names(issues.flatMap((issue) => issue.candidateIds));
      const byRow = new Map<number, ImportRowIssue[]>();
      for (const issue of issues) byRow.set(issue.row, [...(byRow.get(issue.row) ?? []), issue]);
      for (const record of records) yield { record, issues: byRow.get(record.row) ?? [], names };
      after = records[records.length - 1].row;
    }
  }
}

/** What is wrong with a row, in Vietnamese: each problem after the column it is in. */
function describe(issues: ImportRowIssue[]): string {
  return issues
    .map((issue) => (issue.column ? `${issue.column}: ${issue.messageVi}` : issue.messageVi))
    .join('; ');
}
