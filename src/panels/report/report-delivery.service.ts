import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { Account } from '../../accounts';
import { AuditService } from '../../audit';
import { requireAccess } from '../../common/access/access';
import { Permission } from '../../common/access/permissions';
import type { Principal } from '../../common/access/principal';
import { DomainError } from '../../common/errors/domain-error';
import type { FieldProblem } from '../../common/errors/domain-error';
import { Tagged } from '../../common/http/etag';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { isDeliverableAddress, MailOutbox } from '../../platform/mail';
import { invalidTransition, RequestStateMachine } from '../requests/request-state-machine';
import { ReviewRecommendationAnswer } from './entities/review-recommendation-answer.entity';
import { ReviewReport } from './entities/review-report.entity';
import { requireCompiler } from './report-access';
import { type LoadedReport, loadReport, reportView, requireDraftOpen, requireVersion } from './report-store';
import type { AnswerReportDto } from './report.dto';
import type { ReportView } from './report.views';

/** Sending the report to the agency, and the agency's answer to each recommendation. */
@Injectable()
export class ReportDeliveryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly states: RequestStateMachine,
    private readonly outbox: MailOutbox,
  ) {}

  /** in_review → report_sent, with a mail to every active account of the requesting organization. */
  async send(id: string, version: number, principal: Principal): Promise<Tagged<ReportView>> {
    const view = await this.dataSource.transaction(async (manager) => {
      const loaded = await loadReport(manager, id, principal, true);
      requireCompiler(loaded.standing, loaded.report);
      requireDraftOpen(loaded);
      requireVersion(loaded, version);
      const report = loaded.report;
      if (!report?.generatedAt) throw new DomainError('REPORT_NOT_GENERATED');
      await this.states.transition(manager, loaded.request, 'report_sent', principal);
      report.sentAt = new Date();
      report.version += 1;
      await manager.update(ReviewReport, report.id, { sentAt: report.sentAt, version: report.version });
      const recipients = await this.notifyAgency(manager, loaded);
      await this.audit.record(manager, {
        actor: principal,
        action: 'review_report.send',
        entityType: 'review_request',
        entityId: id,
        changes: { sentTo: { before: null, after: recipients } },
      });
      return reportView(manager, loaded);
    });
    return new Tagged(view, view.version);
  }

  /** The agency's decision on every recommendation: report_sent → answered. */
  async answer(
    id: string,
    version: number,
    input: AnswerReportDto,
    principal: Principal,
  ): Promise<Tagged<ReportView>> {
    const view = await this.dataSource.transaction(async (manager) => {
      const loaded = await loadReport(manager, id, principal, true);
      requireAccess(principal, Permission.RequestsSubmit, {
        organizationId: loaded.request.requestingOrganizationId,
      });
      requireVersion(loaded, version);
      const report = loaded.report;
      // checked before the answers, which the transition at the end would otherwise judge first
      if (!report || loaded.request.state !== 'report_sent') {
        throw invalidTransition(loaded.request.state, 'answered');
      }
      requireCompleteAnswers(loaded, input);
      const answeredAt = new Date();
      await manager.insert(
        ReviewRecommendationAnswer,
        input.answers.map((answer) => ({
          recommendationId: answer.recommendationId,
          decision: answer.decision,
          reason: answer.decision === 'accepted' ? answer.reason?.trim() || null : answer.reason!.trim(),
          answeredBy: principal.accountId,
          answeredAt,
        })),
      );
      await this.states.transition(manager, loaded.request, 'answered', principal);
      report.version += 1;
      await manager.update(ReviewReport, report.id, { version: report.version });
      const position = new Map(loaded.recommendations.map((r) => [r.id, r.position]));
      await this.audit.record(manager, {
        actor: principal,
        action: 'review_report.answer',
        entityType: 'review_request',
        entityId: id,
        changes: {
          answers: {
            before: null,
            after: input.answers.map((answer) => ({
              recommendation: position.get(answer.recommendationId),
              decision: answer.decision,
              reason: answer.reason ?? null,
            })),
          },
        },
      });
      return reportView(manager, loaded);
    });
    return new Tagged(view, view.version);
  }

  private async notifyAgency(manager: EntityManager, { request }: LoadedReport): Promise<string[]> {
    const accounts = await manager.find(Account, {
      where: { organizationId: request.requestingOrganizationId, disabledAt: IsNull() },
      order: { email: 'ASC' },
    });
    const recipients = accounts.filter((account) => isDeliverableAddress(account.email));
    for (const account of recipients) {
      await this.outbox.enqueue(manager, {
        to: account.email,
        locale: 'vi',
        template: 'report-sent',
        data: {
          recipientName: account.displayName || account.email,
          requestTitle: request.title,
          agency: request.requestingOrganization?.nameVi ?? '',
          reportUrl: `${this.config.publicUrl}/agency/requests/${request.id}`,
          answerDeadline: null,
        },
      });
    }
    return recipients.map((account) => account.email);
  }
}

/** 422 naming each recommendation left unanswered, answered twice, unknown, or refused without a reason. */
function requireCompleteAnswers({ recommendations }: LoadedReport, input: AnswerReportDto): void {
  const problems: FieldProblem[] = [];
  const positions = new Map(recommendations.map((r) => [r.id, r.position]));
  const seen = new Set<string>();
  input.answers.forEach((answer, index) => {
    const position = positions.get(answer.recommendationId);
    if (position === undefined) {
      problems.push({
        field: `answers[${index}].recommendationId`,
        message: 'Not a recommendation of this report',
        messageVi: 'Không phải kiến nghị của báo cáo này',
      });
    } else if (seen.has(answer.recommendationId)) {
      problems.push({
        field: `answers[${index}].recommendationId`,
        message: `Recommendation ${position} is answered twice`,
        messageVi: `Kiến nghị ${position} được trả lời hai lần`,
      });
    } else if (answer.decision !== 'accepted' && !answer.reason?.trim()) {
      problems.push({
        field: `answers[${index}].reason`,
        message: `Recommendation ${position} is not fully accepted: give the reason`,
        messageVi: `Kiến nghị ${position} không được tiếp thu đầy đủ: hãy nêu lý do`,
      });
    }
    seen.add(answer.recommendationId);
  });
  for (const recommendation of recommendations) {
    if (!seen.has(recommendation.id)) {
      problems.push({
        field: 'answers',
        message: `Recommendation ${recommendation.position} has no answer`,
        messageVi: `Kiến nghị ${recommendation.position} chưa được trả lời`,
      });
    }
  }
  if (problems.length > 0) {
    throw new DomainError(
      'UNPROCESSABLE',
      { en: 'Answer every recommendation of the report', vi: 'Hãy trả lời từng kiến nghị của báo cáo' },
      problems,
    );
  }
}
