import { EntityManager } from 'typeorm';
import { REQUEST_NOT_FOUND } from '../../common/access/access';
import { DomainError } from '../../common/errors/domain-error';
import { staleVersion } from '../../common/http/etag';
import type { Principal } from '../../common/access/principal';
import { Panel } from '../panel/entities/panel.entity';
import { ReviewRequest } from '../requests/review-request.entity';
import { ReviewRecommendationAnswer } from './entities/review-recommendation-answer.entity';
import { ReviewRecommendation } from './entities/review-recommendation.entity';
import { ReviewReport } from './entities/review-report.entity';
import { mayCompile, type ReportStanding, standingOf } from './report-access';
import type { ReportView } from './report.views';

/** A request with its panel, report and the caller's standing, read together. */
export interface LoadedReport {
  request: ReviewRequest;
  panel: Panel | null;
  report: ReviewReport | null;
  recommendations: ReviewRecommendation[];
  standing: ReportStanding;
}

/** Reads the report of request `id`; `lock` takes the request row first, for a write. */
export async function loadReport(
  manager: EntityManager,
  id: string,
  principal: Principal,
  lock = false,
): Promise<LoadedReport> {
  if (lock) await manager.query('SELECT 1 FROM review_request WHERE id = $1 FOR UPDATE', [id]);
  const request = await manager.findOne(ReviewRequest, {
    where: { id },
    relations: { requestingOrganization: true },
  });
  if (!request) throw REQUEST_NOT_FOUND();
  const panel = await manager.findOne(Panel, { where: { reviewRequestId: id } });
  const report = await manager.findOne(ReviewReport, { where: { reviewRequestId: id } });
  const recommendations = report
    ? await manager.find(ReviewRecommendation, { where: { reportId: report.id }, order: { position: 'ASC' } })
    : [];
  return {
    request,
    panel,
    report,
    recommendations,
    standing: await standingOf(manager, principal, request, panel),
  };
}

export function requireVersion(loaded: LoadedReport, version: number): void {
  if ((loaded.report?.version ?? 0) !== version) throw staleVersion();
}

/** The draft changes only while the request is in review with its panel locked. */
export function requireDraftOpen({ request, panel }: LoadedReport): void {
  if (['report_sent', 'answered', 'closed'].includes(request.state)) {
    throw new DomainError('REPORT_ALREADY_SENT');
  }
  if (!panel?.lockedAt || request.state !== 'in_review') {
    throw new DomainError('PANEL_NOT_LOCKED', {
      en: 'The secretary compiles the report once the panel is locked and the request is in review',
      vi: 'Thư ký lập báo cáo khi hội đồng đã khóa và yêu cầu đang tư vấn, phản biện',
    });
  }
}

export async function reportView(manager: EntityManager, loaded: LoadedReport): Promise<ReportView> {
  const { request, report, recommendations, standing } = loaded;
  const answers = recommendations.length
    ? await manager.find(ReviewRecommendationAnswer, {
        where: recommendations.map((recommendation) => ({ recommendationId: recommendation.id })),
      })
    : [];
  const answerOf = new Map(answers.map((answer) => [answer.recommendationId, answer]));
  const file = (sha256: string | null, size: number | null) =>
    sha256 && size !== null ? { sha256, sizeBytes: size } : null;
  return {
    reviewRequestId: request.id,
    version: report?.version ?? 0,
    conclusion: report?.conclusion ?? '',
    recommendations: recommendations.map((recommendation) => {
      const answer = answerOf.get(recommendation.id);
      return {
        id: recommendation.id,
        position: recommendation.position,
        text: recommendation.text,
        answer: answer
          ? {
              decision: answer.decision,
              reason: answer.reason,
              answeredBy: answer.answeredBy,
              answeredAt: answer.answeredAt,
            }
          : null,
      };
    }),
    generatedAt: report?.generatedAt ?? null,
    sentAt: report?.sentAt ?? null,
    pdf: file(report?.pdfSha256 ?? null, report?.pdfSize ?? null),
    docx: file(report?.docxSha256 ?? null, report?.docxSize ?? null),
    editable: mayCompile(standing) && request.state === 'in_review',
  };
}
