import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { AuditService } from '../../audit';
import { Principal } from '../../common/access/principal';
import { DomainError } from '../../common/errors/domain-error';
import { Education, Intellectual } from '../../intellectuals';
import { ImportProfileWriter } from '../apply/import-profile-writer';
import { PreparedRow, RowApplier } from '../apply/row-applier.service';
import { hasChanges, rowChanges } from '../apply/row-changes';
import { ReferenceListsService } from '../rows/reference-lists.service';
import { RowResolutionView, ResolvedRowView } from './import-job.view';
import { ImportJobsService } from './import-jobs.service';
import { ImportRowRecord, Resolution } from './import-row.entity';
import { ImportRowIssue } from './import-row-issue.entity';
import { ResolveRowDto } from './resolve-row.dto';

/**
 * An officer's decision on a row the import left for one: a conflict (the national ID belongs to a
 * profile with another identity) or a possible duplicate. `link` applies the row to a profile the job
 * named, as an update from the HR file (verified facts stay as they are); `create` makes a new
 * profile (possible duplicates only: a conflict's national ID is taken); `skip` writes nothing.
 * The row is locked while deciding, so one decision wins; repeating it answers the same, and a
 * different one afterwards is IMPORT_ROW_ALREADY_RESOLVED. Every decision is audited on the job.
 */
@Injectable()
export class RowResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: ImportJobsService,
    private readonly lists: ReferenceListsService,
    private readonly applier: RowApplier,
    private readonly writer: ImportProfileWriter,
    private readonly audit: AuditService,
  ) {}

  async resolve(
    jobId: string,
    row: number,
    input: ResolveRowDto,
    actor: Principal,
  ): Promise<ResolvedRowView> {
    const job = await this.jobs.find(jobId);
    return this.dataSource.transaction(async (manager) => {
      const record = await manager.findOne(ImportRowRecord, {
        where: { jobId, row },
        lock: { mode: 'pessimistic_write' },
      });
      if (!record || record.outcome === 'failed') {
        throw DomainError.notFound('Conflict or possible duplicate row', 'dòng xung đột hoặc có thể trùng');
      }
      const outcome = record.outcome;
      if (record.resolution) {
        if (sameDecision(record, input)) return view(record, outcome);
        const done = DECISION_TEXT[record.resolution];
        throw new DomainError('IMPORT_ROW_ALREADY_RESOLVED', {
          en: `Row ${row} was already resolved: ${done.en}`,
          vi: `Dòng ${row} đã được xử lý: ${done.vi}`,
        });
      }
      if (job.dryRun) {
        throw notResolvable(
          'A dry run writes nothing; import the file for real to resolve its rows',
          'Lượt chạy thử không ghi dữ liệu; hãy nhập thật để xử lý các dòng',
        );
      }
      const issues = await manager.find(ImportRowIssue, {
        where: { jobId, row, kind: In(['conflict', 'possible_duplicate']) },
      });
      const named = new Set(issues.flatMap((issue) => issue.candidateIds));
      const intellectualId = await this.apply(record, input, named, actor);
      Object.assign(record, {
        resolution: input.action,
        resolvedIntellectualId: intellectualId,
        resolvedBy: actor.accountId,
        resolvedAt: new Date(),
      });
      await manager.save(record);
      await this.audit.record(manager, {
        actor,
        action: 'import.resolve_row',
        entityType: 'import_job',
        entityId: jobId,
        changes: {
          row: { before: null, after: row },
          resolution: { before: null, after: input.action },
          intellectualId: { before: null, after: intellectualId },
        },
      });
      return view(record, outcome);
    });
  }

  /** Carries out the decision; the profile the row went to, if any. */
  private async apply(
    record: ImportRowRecord,
    input: ResolveRowDto,
    named: Set<string>,
    actor: Principal,
  ): Promise<string | null> {
    switch (input.action) {
      case 'skip':
        return null;
      case 'create': {
        if (record.outcome === 'conflict') {
          throw notResolvable(
            'The row’s national ID belongs to an existing profile: link the row to it or skip it',
            'Số định danh của dòng đã thuộc một hồ sơ: hãy gắn dòng với hồ sơ đó hoặc bỏ qua',
          );
        }
        const { dto } = await this.prepare(record);
        const [id] = await this.writer.createMany([dto], actor);
        return id;
      }
      case 'link': {
        if (!input.intellectualId || !named.has(input.intellectualId)) {
          throw DomainError.invalidField(
            'intellectualId',
            'Give the id of a profile this row was matched with',
            'Hãy chọn một hồ sơ mà dòng này được đối chiếu',
          );
        }
        const { dto } = await this.prepare(record);
        const profile = await this.dataSource.manager.findOneBy(Intellectual, { id: input.intellectualId });
        if (!profile) throw DomainError.notFound('Profile', 'hồ sơ');
        const educations = await this.dataSource.manager.findBy(Education, { intellectualId: profile.id });
        const changes = rowChanges(dto, profile, educations);
        if (hasChanges(changes)) await this.writer.update(profile, changes, actor);
        return profile.id;
      }
    }
  }

  /** The row as it would be imported now (the catalogs may have changed since the job ran). */
  private async prepare(record: ImportRowRecord): Promise<PreparedRow> {
    const today = new Date().toISOString().slice(0, 10);
    const result = await this.applier.prepare(record.cells, await this.lists.lookups(), today);
    if (result.ok) return result.prepared;
    const problems = result.problems.map((problem) => ({
      field: problem.column ?? 'row',
      message: problem.message,
      messageVi: problem.messageVi,
    }));
    throw new DomainError(
      'UNPROCESSABLE',
      { en: `Row ${record.row} no longer passes the checks`, vi: `Dòng ${record.row} không còn hợp lệ` },
      problems,
    );
  }
}

const DECISION_TEXT: Record<Resolution, { en: string; vi: string }> = {
  link: { en: 'applied to an existing profile', vi: 'đã ghi vào hồ sơ đã có' },
  create: { en: 'created as a new profile', vi: 'đã tạo hồ sơ mới' },
  skip: { en: 'skipped', vi: 'đã bỏ qua' },
};

function sameDecision(record: ImportRowRecord, input: ResolveRowDto): boolean {
  if (record.resolution !== input.action) return false;
  return input.action !== 'link' || record.resolvedIntellectualId === input.intellectualId;
}

function view(record: ImportRowRecord, outcome: ImportRowRecord['outcome']): ResolvedRowView {
  return {
    row: record.row,
    outcome: outcome as ResolvedRowView['outcome'],
    resolution: RowResolutionView.of(record)!,
  };
}

function notResolvable(en: string, vi: string): DomainError {
  return new DomainError('IMPORT_ROW_NOT_RESOLVABLE', { en, vi });
}
