import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService, diff } from '../../audit';
import type { Principal } from '../../common/access/principal';
import { DomainError } from '../../common/errors/domain-error';
import { Tagged } from '../../common/http/etag';
import { FileStorage, type StoredFile } from '../../platform/storage/file-storage';
import { ReviewRecommendation } from './entities/review-recommendation.entity';
import { ReviewReport } from './entities/review-report.entity';
import { requireCompiler, requireReadable } from './report-access';
import { ReportAssembler } from './report-assembler';
import { renderReportDocx } from './report-docx';
import { renderReportPdf } from './report-pdf';
import { type LoadedReport, loadReport, reportView, requireDraftOpen, requireVersion } from './report-store';
import type { SaveReportDraftDto } from './report.dto';
import type { ReportView } from './report.views';

export type ReportFormat = 'pdf' | 'docx';

export const REPORT_MEDIA_TYPES: Readonly<Record<ReportFormat, string>> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** The secretary's draft of the consolidated report, its generated files and their downloads. */
@Injectable()
export class ReportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly assembler: ReportAssembler,
    private readonly storage: FileStorage,
  ) {}

  async get(id: string, principal: Principal): Promise<Tagged<ReportView>> {
    const manager = this.dataSource.manager;
    const loaded = await loadReport(manager, id, principal);
    requireReadable(loaded.standing, loaded.report);
    const view = await reportView(manager, loaded);
    return new Tagged(view, view.version);
  }

  /** Replaces the conclusion and the recommendations; files generated before no longer count. */
  async saveDraft(
    id: string,
    version: number,
    input: SaveReportDraftDto,
    principal: Principal,
  ): Promise<Tagged<ReportView>> {
    await this.dataSource.transaction(async (manager) => {
      const loaded = await loadReport(manager, id, principal, true);
      requireCompiler(loaded.standing, loaded.report);
      requireDraftOpen(loaded);
      requireVersion(loaded, version);
      const before = auditable(loaded.report, loaded.recommendations);
      const report =
        loaded.report ??
        manager.create(ReviewReport, {
          reviewRequestId: id,
          version: 0,
          pdfKey: null,
          docxKey: null,
          sentAt: null,
        });
      report.conclusion = input.conclusion;
      report.generatedAt = null;
      report.version += 1;
      await manager.save(report);
      await manager.delete(ReviewRecommendation, { reportId: report.id });
      const recommendations = input.recommendations.map((recommendation, index) =>
        manager.create(ReviewRecommendation, {
          reportId: report.id,
          position: index + 1,
          text: recommendation.text,
        }),
      );
      await manager.save(recommendations);
      await this.audit.record(manager, {
        actor: principal,
        action: 'review_report.save_draft',
        entityType: 'review_request',
        entityId: id,
        changes: diff(before, auditable(report, recommendations)),
      });
    });
    return this.get(id, principal);
  }

  /**
   * Renders the PDF and the Word document from the draft, the panel and the opinions as they are
   * now, and stores both. Rendering runs outside the transaction; the version is checked again
   * inside it, and the files of a lost race are removed.
   */
  async generate(id: string, version: number, principal: Principal): Promise<Tagged<ReportView>> {
    const manager = this.dataSource.manager;
    const read = await loadReport(manager, id, principal);
    const report = requireGeneratable(read, version);
    const generatedAt = new Date();
    const content = await this.assembler.content(
      manager,
      read.request,
      read.panel!,
      report,
      read.recommendations.map((recommendation) => recommendation.text),
      generatedAt,
    );
    const [pdf, docx] = await Promise.all([renderReportPdf(content), renderReportDocx(content)]);
    const stored = await Promise.all([this.storage.put(pdf), this.storage.put(docx)]);
    let replaced: (string | null)[] = [];
    try {
      await this.dataSource.transaction(async (tx) => {
        const loaded = await loadReport(tx, id, principal, true);
        const current = requireGeneratable(loaded, version);
        replaced = [current.pdfKey, current.docxKey];
        await tx.update(ReviewReport, current.id, {
          ...fileColumns('pdf', stored[0]),
          ...fileColumns('docx', stored[1]),
          generatedAt,
          version: current.version + 1,
        });
        await this.audit.record(tx, {
          actor: principal,
          action: 'review_report.generate',
          entityType: 'review_request',
          entityId: id,
          changes: diff(
            { pdfSha256: current.pdfSha256, docxSha256: current.docxSha256 },
            { pdfSha256: stored[0].sha256, docxSha256: stored[1].sha256 },
          ),
        });
      });
    } catch (error) {
      await Promise.all(stored.map((file) => this.storage.delete(file.key)));
      throw error;
    }
    await Promise.all(replaced.filter((key): key is string => !!key).map((key) => this.storage.delete(key)));
    return this.get(id, principal);
  }

  /** The last generated file of a format, for anyone who may read the report. */
  async file(
    id: string,
    format: ReportFormat,
    principal: Principal,
  ): Promise<{ stream: Readable; sha256: string; size: number }> {
    const loaded = await loadReport(this.dataSource.manager, id, principal);
    requireReadable(loaded.standing, loaded.report);
    const report = loaded.report;
    const key = format === 'pdf' ? report?.pdfKey : report?.docxKey;
    if (!report || !key) throw DomainError.notFound('Report file', 'tệp báo cáo');
    return {
      stream: await this.storage.get(key),
      sha256: (format === 'pdf' ? report.pdfSha256 : report.docxSha256) as string,
      size: (format === 'pdf' ? report.pdfSize : report.docxSize) as number,
    };
  }
}

function requireGeneratable(loaded: LoadedReport, version: number): ReviewReport {
  requireCompiler(loaded.standing, loaded.report);
  requireDraftOpen(loaded);
  requireVersion(loaded, version);
  if (!loaded.report) throw new DomainError('REPORT_DRAFT_MISSING');
  return loaded.report;
}

function fileColumns(format: ReportFormat, file: StoredFile) {
  return format === 'pdf'
    ? { pdfKey: file.key, pdfSha256: file.sha256, pdfSize: file.size }
    : { docxKey: file.key, docxSha256: file.sha256, docxSize: file.size };
}

function auditable(report: ReviewReport | null, recommendations: readonly ReviewRecommendation[]) {
  return report ? { conclusion: report.conclusion, recommendations: recommendations.map((r) => r.text) } : {};
}
