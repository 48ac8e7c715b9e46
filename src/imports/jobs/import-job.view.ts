import { ApiProperty } from '@nestjs/swagger';
import { Page } from '../../common/pagination/page';
import { ImportCounts, ImportJob, IMPORT_STATUSES, ImportStatus } from './import-job.entity';
import { ImportRowRecord, RESOLUTIONS, Resolution } from './import-row.entity';
import { ImportRowIssue } from './import-row-issue.entity';
import { ColumnKey, IMPORT_COLUMNS, RowCells } from '../rows/import-columns';

export class ImportCountsView implements ImportCounts {
  @ApiProperty() created: number;
  @ApiProperty() updated: number;
  @ApiProperty() unchanged: number;
  @ApiProperty() possibleDuplicates: number;
  @ApiProperty({ description: 'Rows whose national ID belongs to a profile with another identity' })
  conflicts: number;
  @ApiProperty() failed: number;
}

/** Something about one cell of a row, or about the row as a whole. */
export class CellIssueView {
  @ApiProperty({ description: 'Row number as the spreadsheet shows it (the header is row 1)' }) row: number;
  @ApiProperty({ description: 'Column header', nullable: true, type: String }) column: string | null;
  @ApiProperty() message: string;
  @ApiProperty() messageVi: string;

  static of(issue: ImportRowIssue): CellIssueView {
    return { row: issue.row, column: issue.column, message: issue.message, messageVi: issue.messageVi };
  }
}

/** A cell that failed, with what the file held there, so the officer sees the wrong value itself. */
export class FailedCellView extends CellIssueView {
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'The cell as uploaded; null when it was empty or the problem is about the whole row',
  })
  value: string | null;

  static override of(issue: ImportRowIssue, cells?: RowCells): FailedCellView {
    const key = issue.column === null ? undefined : KEY_OF_HEADER.get(issue.column);
    return { ...CellIssueView.of(issue), value: (key && cells?.[key]) || null };
  }
}

const KEY_OF_HEADER = new Map<string, ColumnKey>(IMPORT_COLUMNS.map((column) => [column.header, column.key]));

export class RowNoticeView extends CellIssueView {
  @ApiProperty({
    enum: ['warning', 'review'],
    description:
      'warning: how a cell was read (a former commune name, a formula without value); review: a verified fact the row gives otherwise, kept as verified',
  })
  kind: 'warning' | 'review';

  static override of(issue: ImportRowIssue): RowNoticeView {
    return { ...CellIssueView.of(issue), kind: issue.kind as 'warning' | 'review' };
  }
}

export class ExistingProfileView {
  @ApiProperty() id: string;
  @ApiProperty() fullName: string;
}

export class RowResolutionView {
  @ApiProperty({ enum: RESOLUTIONS }) action: Resolution;
  @ApiProperty({ nullable: true, type: String, description: 'The profile the row was applied to' })
  intellectualId: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Account that resolved the row' })
  resolvedBy: string | null;
  @ApiProperty() resolvedAt: string;

  static of(record: ImportRowRecord | undefined): RowResolutionView | null {
    if (!record?.resolution) return null;
    return {
      action: record.resolution,
      intellectualId: record.resolvedIntellectualId,
      resolvedBy: record.resolvedBy,
      resolvedAt: record.resolvedAt!.toISOString(),
    };
  }
}

export class PossibleDuplicateView {
  @ApiProperty() row: number;
  @ApiProperty() message: string;
  @ApiProperty() messageVi: string;
  @ApiProperty({ type: [String], description: 'Existing profiles the row resembles' }) candidateIds: string[];
  @ApiProperty({ type: [ExistingProfileView], description: 'The same profiles, named' })
  candidates: ExistingProfileView[];
  @ApiProperty({ type: RowResolutionView, nullable: true }) resolution: RowResolutionView | null;
}

export class ConflictView {
  @ApiProperty() row: number;
  @ApiProperty({ type: ExistingProfileView, description: 'The profile that has the row’s national ID' })
  existing: ExistingProfileView;
  @ApiProperty({ type: [CellIssueView], description: 'The facts that differ' })
  differences: CellIssueView[];
  @ApiProperty({ type: RowResolutionView, nullable: true }) resolution: RowResolutionView | null;
}

export class FailedCellPage implements Page<FailedCellView> {
  @ApiProperty({ type: [FailedCellView] }) items: FailedCellView[];
  @ApiProperty() total: number;
  @ApiProperty() limit: number;
  @ApiProperty() offset: number;
}

export class ImportCreatorView {
  @ApiProperty() accountId: string;
  @ApiProperty({ nullable: true, type: String }) email: string | null;
  @ApiProperty({ nullable: true, type: String }) displayName: string | null;
}

export class ImportFailureView {
  @ApiProperty() message: string;
  @ApiProperty() messageVi: string;
}

/** A job as the list shows it. */
export class ImportJobSummaryView {
  @ApiProperty() id: string;
  @ApiProperty() fileName: string;
  @ApiProperty({ enum: ['xlsx', 'csv'] }) fileKind: 'xlsx' | 'csv';
  @ApiProperty() dryRun: boolean;
  @ApiProperty({ enum: IMPORT_STATUSES }) status: ImportStatus;
  @ApiProperty({ nullable: true, type: Number, description: 'Data rows in the file, once counted' })
  totalRows: number | null;
  @ApiProperty() processedRows: number;
  @ApiProperty({ type: ImportCountsView }) counts: ImportCounts;
  @ApiProperty({ type: ImportFailureView, nullable: true, description: 'Why the whole file failed' })
  failure: ImportFailureView | null;
  @ApiProperty({ type: ImportCreatorView, nullable: true, description: 'Who started the job' })
  createdBy: ImportCreatorView | null;
  @ApiProperty() createdAt: string;
  @ApiProperty({ nullable: true, type: String }) startedAt: string | null;
  @ApiProperty({ nullable: true, type: String }) finishedAt: string | null;

  static of(job: ImportJob, creator: ImportCreatorView | null): ImportJobSummaryView {
    return {
      id: job.id,
      fileName: job.fileName,
      fileKind: job.fileKind,
      dryRun: job.dryRun,
      status: job.status,
      totalRows: job.totalRows,
      processedRows: job.processedRows,
      // jobs from before conflicts were told apart have no count for them
      counts: { ...job.counts, conflicts: (job.counts as Partial<ImportCounts>).conflicts ?? 0 },
      failure: job.failure,
      createdBy: creator,
      createdAt: job.createdAt.toISOString(),
      startedAt: job.startedAt?.toISOString() ?? null,
      finishedAt: job.finishedAt?.toISOString() ?? null,
    };
  }
}

export class ImportJobPage implements Page<ImportJobSummaryView> {
  @ApiProperty({ type: [ImportJobSummaryView] }) items: ImportJobSummaryView[];
  @ApiProperty() total: number;
  @ApiProperty() limit: number;
  @ApiProperty() offset: number;
}

/** One job with what its rows need from the officer. */
export class ImportJobView extends ImportJobSummaryView {
  @ApiProperty({ type: FailedCellPage, description: 'Failed cells, paged with limit and offset' })
  failedRows: FailedCellPage;
  @ApiProperty({ type: [ConflictView], description: 'The first 100 conflicts' })
  conflicts: ConflictView[];
  @ApiProperty({ type: [PossibleDuplicateView], description: 'The first 100 possible duplicates' })
  possibleDuplicates: PossibleDuplicateView[];
  @ApiProperty({ type: [RowNoticeView], description: 'The first 100 warnings and facts to review' })
  notices: RowNoticeView[];
}

export class ImportStartedView {
  @ApiProperty() id: string;
  @ApiProperty({ enum: IMPORT_STATUSES }) status: ImportStatus;
}

/** A conflict or possible duplicate row and the officer's decision on it. */
export class ResolvedRowView {
  @ApiProperty() row: number;
  @ApiProperty({ enum: ['conflict', 'possible_duplicate'] }) outcome: 'conflict' | 'possible_duplicate';
  @ApiProperty({ type: RowResolutionView }) resolution: RowResolutionView;
}
