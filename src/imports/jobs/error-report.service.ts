import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, MoreThan } from 'typeorm';
import { streamSpreadsheet } from '../../exports/spreadsheet-stream';
import { IssueKind, ImportRowIssue } from './import-row-issue.entity';
import { ImportJobsService } from './import-jobs.service';

const BATCH = 1_000;

/** The failed cells and possible duplicates of a job as a workbook the officer can fix rows from. */
@Injectable()
export class ErrorReportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: ImportJobsService,
  ) {}

  async report(jobId: string): Promise<Readable> {
    await this.jobs.find(jobId);
    return streamSpreadsheet('xlsx', [
      {
        name: 'Lỗi',
        headers: ['Dòng', 'Cột', 'Lỗi', 'Error'],
        rows: this.rows(jobId, 'error', (i) => [String(i.row), i.column ?? '', i.messageVi, i.message]),
      },
      {
        name: 'Có thể trùng',
        headers: ['Dòng', 'Ghi chú', 'Hồ sơ đã có'],
        rows: this.rows(jobId, 'possible_duplicate', (i) => [
          String(i.row),
          i.messageVi,
          i.candidateIds.join(', '),
        ]),
      },
    ]);
  }

  private async *rows(jobId: string, kind: IssueKind, cells: (issue: ImportRowIssue) => string[]) {
    let after = '0';
    for (;;) {
      const issues = await this.dataSource.getRepository(ImportRowIssue).find({
        where: { jobId, kind, id: MoreThan(after) },
        order: { id: 'ASC' },
        take: BATCH,
      });
      if (issues.length === 0) return;
      for (const issue of issues) yield cells(issue);
      after = issues[issues.length - 1].id;
    }
  }
}
