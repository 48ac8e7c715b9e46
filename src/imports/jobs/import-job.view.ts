import { ApiProperty } from '@nestjs/swagger';
import { Page } from '../../common/pagination/page';
import { ImportCounts, ImportJob, IMPORT_STATUSES, ImportStatus } from './import-job.entity';
import { ImportRowIssue } from './import-row-issue.entity';

export class ImportCountsView implements ImportCounts {
  @ApiProperty() created: number;
  @ApiProperty() updated: number;
  @ApiProperty() unchanged: number;
  @ApiProperty() possibleDuplicates: number;
  @ApiProperty() failed: number;
}

export class FailedCellView {
  @ApiProperty({ description: 'Row number as the spreadsheet shows it (the header is row 1)' }) row: number;
  @ApiProperty({ description: 'Column header', nullable: true }) column: string | null;
  @ApiProperty() message: string;
  @ApiProperty() messageVi: string;

  static of(issue: ImportRowIssue): FailedCellView {
    return { row: issue.row, column: issue.column, message: issue.message, messageVi: issue.messageVi };
  }
}

export class PossibleDuplicateView {
  @ApiProperty() row: number;
  @ApiProperty() message: string;
  @ApiProperty() messageVi: string;
  @ApiProperty({ type: [String], description: 'Existing profiles the row resembles' }) candidateIds: string[];

  static of(issue: ImportRowIssue): PossibleDuplicateView {
    return {
      row: issue.row,
      message: issue.message,
      messageVi: issue.messageVi,
      candidateIds: issue.candidateIds,
    };
  }
}

export class FailedCellPage implements Page<FailedCellView> {
  @ApiProperty({ type: [FailedCellView] }) items: FailedCellView[];
  @ApiProperty() total: number;
  @ApiProperty() limit: number;
  @ApiProperty() offset: number;
}

export class ImportJobView {
  @ApiProperty() id: string;
  @ApiProperty() fileName: string;
  @ApiProperty({ enum: ['xlsx', 'csv'] }) fileKind: 'xlsx' | 'csv';
  @ApiProperty() dryRun: boolean;
  @ApiProperty({ enum: IMPORT_STATUSES }) status: ImportStatus;
  @ApiProperty({ nullable: true, description: 'Data rows in the file, once counted' }) totalRows:
    number | null;
  @ApiProperty() processedRows: number;
  @ApiProperty({ type: ImportCountsView }) counts: ImportCounts;
  @ApiProperty({ nullable: true, description: 'Why the whole file failed' })
  failure: { message: string; messageVi: string } | null;
  @ApiProperty({ type: FailedCellPage, description: 'Failed cells, paged with limit and offset' })
  failedRows: FailedCellPage;
  @ApiProperty({ type: [PossibleDuplicateView], description: 'The first 100 possible duplicates' })
  possibleDuplicates: PossibleDuplicateView[];
  @ApiProperty() createdAt: string;
  @ApiProperty({ nullable: true }) startedAt: string | null;
  @ApiProperty({ nullable: true }) finishedAt: string | null;

  static of(job: ImportJob, failedRows: FailedCellPage, duplicates: ImportRowIssue[]): ImportJobView {
    return {
      id: job.id,
      fileName: job.fileName,
      fileKind: job.fileKind,
      dryRun: job.dryRun,
      status: job.status,
      totalRows: job.totalRows,
      processedRows: job.processedRows,
      counts: job.counts,
      failure: job.failure,
      failedRows,
      possibleDuplicates: duplicates.map((issue) => PossibleDuplicateView.of(issue)),
      createdAt: job.createdAt.toISOString(),
      startedAt: job.startedAt?.toISOString() ?? null,
      finishedAt: job.finishedAt?.toISOString() ?? null,
    };
  }
}

export class ImportStartedView {
  @ApiProperty() id: string;
  @ApiProperty({ enum: IMPORT_STATUSES }) status: ImportStatus;
}
