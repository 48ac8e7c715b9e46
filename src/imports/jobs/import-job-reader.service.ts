import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error';
import { page, Page, PageQuery } from '../../common/pagination/page';
import { ImportJob } from './import-job.entity';
import {
  CellIssueView,
  ConflictView,
  ExistingProfileView,
  FailedCellView,
  ImportCreatorView,
  ImportJobSummaryView,
  ImportJobView,
  PossibleDuplicateView,
  RowNoticeView,
  RowResolutionView,
} from './import-job.view';
import { ImportRowRecord } from './import-row.entity';
import { ImportRowIssue, IssueKind } from './import-row-issue.entity';

/** Rows of each kind a job view shows (the failed cells are paged instead). */
const FIRST = 100;

/**
 * Reads jobs for officers: the list (newest first, with who started each) and one job with its
 * failed cells, conflicts, possible duplicates and notices, existing profiles named.
 */
@Injectable()
export class ImportJobReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Import jobs are the department's shared work: every officer and admin sees every job. */
  async list(query: PageQuery): Promise<Page<ImportJobSummaryView>> {
    const [jobs, total] = await this.dataSource.getRepository(ImportJob).findAndCount({
      order: { createdAt: 'DESC', id: 'DESC' },
      take: query.limit,
      skip: query.offset,
    });
    const creators = await this.creators(jobs);
    return page(
      jobs.map((job) => ImportJobSummaryView.of(job, creators.get(job.createdBy ?? '') ?? null)),
      total,
      query,
    );
  }

  async view(id: string, query: PageQuery): Promise<ImportJobView> {
    const job = await this.dataSource.getRepository(ImportJob).findOneBy({ id });
    if (!job) throw DomainError.notFound('Import job', 'lượt nhập dữ liệu');
    const issues = this.dataSource.getRepository(ImportRowIssue);
    const [failed, total] = await issues.findAndCount({
      where: { jobId: id, kind: 'error' },
      order: { row: 'ASC', id: 'ASC' },
      take: query.limit,
      skip: query.offset,
    });
    const first = (kinds: IssueKind[], take = FIRST) =>
      issues.find({ where: { jobId: id, kind: In(kinds) }, order: { row: 'ASC', id: 'ASC' }, take });
    // a conflict has at most three differing facts (name, birth date, gender)
    const conflicts = await first(['conflict'], FIRST * 3);
    const duplicates = await first(['possible_duplicate']);
    const notices = await first(['warning', 'review']);
    const rows = [...failed, ...conflicts, ...duplicates].map((issue) => issue.row);
    const records = rows.length
      ? await this.dataSource.getRepository(ImportRowRecord).findBy({ jobId: id, row: In(rows) })
      : [];
    const recordOf = new Map(records.map((record) => [record.row, record]));
    const resolution = (row: number) => RowResolutionView.of(recordOf.get(row));
    const names = await this.names([...conflicts, ...duplicates].flatMap((issue) => issue.candidateIds));
    const creators = await this.creators([job]);
    return {
      ...ImportJobSummaryView.of(job, creators.get(job.createdBy ?? '') ?? null),
      failedRows: page(
        failed.map((issue) => FailedCellView.of(issue, recordOf.get(issue.row)?.cells)),
        total,
        query,
      ),
      conflicts: conflictViews(conflicts, names, resolution),
      possibleDuplicates: duplicates.map((issue): PossibleDuplicateView => ({
        row: issue.row,
        message: issue.message,
        messageVi: issue.messageVi,
        candidateIds: issue.candidateIds,
        candidates: issue.candidateIds.map((candidate) => named(candidate, names)),
        resolution: resolution(issue.row),
      })),
      notices: notices.map((issue) => RowNoticeView.of(issue)),
    };
  }

  /** The full names of profiles (deleted ones too: a row may name a profile deleted since). */
  async names(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.query<Array<{ id: string; full_name: string }>>(
      `SELECT id, full_name FROM intellectual WHERE id = ANY($1)`,
      [[...new Set(ids)]],
    );
    return new Map(rows.map((row) => [row.id, row.full_name]));
  }

  private async creators(jobs: ImportJob[]): Promise<Map<string, ImportCreatorView>> {
    const ids = [...new Set(jobs.flatMap((job) => job.createdBy ?? []))];
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.query<Array<{ id: string; email: string; display_name: string }>>(
      `SELECT id, email, display_name FROM account WHERE id = ANY($1)`,
      [ids],
    );
    return new Map(
      ids.map((id) => {
        const account = rows.find((row) => row.id === id);
        return [
          id,
          { accountId: id, email: account?.email ?? null, displayName: account?.display_name ?? null },
        ];
      }),
    );
  }
}

function named(id: string, names: Map<string, string>): ExistingProfileView {
  return { id, fullName: names.get(id) ?? '' };
}

function conflictViews(
  issues: ImportRowIssue[],
  names: Map<string, string>,
  resolution: (row: number) => RowResolutionView | null,
): ConflictView[] {
  const byRow = new Map<number, ConflictView>();
  for (const issue of issues) {
    const view = byRow.get(issue.row) ?? {
      row: issue.row,
      existing: named(issue.candidateIds[0], names),
      differences: [],
      resolution: resolution(issue.row),
    };
    view.differences.push(CellIssueView.of(issue));
    byRow.set(issue.row, view);
  }
  return [...byRow.values()].slice(0, FIRST);
}
