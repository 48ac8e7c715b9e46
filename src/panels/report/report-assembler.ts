import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Panel } from '../panel/entities/panel.entity';
import { PANEL_ROLES } from '../panel/panel-rules';
import { PanelService } from '../panel/panel.service';
import { ReviewRequestDrafter } from '../requests/review-request-drafter.entity';
import { ReviewRequestEvent } from '../requests/review-request-event.entity';
import type { ReviewRequest } from '../requests/review-request.entity';
import type { ReviewReport } from './entities/review-report.entity';
import type { ReportConflict, ReportContent } from './report-content';
import { OpinionsService } from '../opinions';

/** Gathers what the report prints from the request, its panel, the opinions and the draft. */
@Injectable()
export class ReportAssembler {
  constructor(
    private readonly panels: PanelService,
    private readonly opinions: OpinionsService,
  ) {}

  async content(
    manager: EntityManager,
    request: ReviewRequest,
    panel: Panel,
    report: ReviewReport,
    recommendations: readonly string[],
    generatedAt: Date,
  ): Promise<ReportContent> {
    const drafters = await manager.find(ReviewRequestDrafter, { where: { reviewRequestId: request.id } });
    const view = await this.panels.view(manager, { request, drafters }, panel);
    const members = view.members
      .filter((member) => member.status === 'accepted')
      .sort((a, b) => PANEL_ROLES.indexOf(a.role) - PANEL_ROLES.indexOf(b.role));
    const conflicts: ReportConflict[] = members.flatMap((member) =>
      member.conflicts.map((flag) => ({
        memberName: member.fullName,
        severity: flag.severity,
        description: flag.evidence.vi,
        overrideReason: flag.severity === 'block' ? (member.override?.reason ?? null) : null,
      })),
    );
    const submitted = await manager.findOne(ReviewRequestEvent, {
      where: { reviewRequestId: request.id, toState: 'submitted' },
      order: { at: 'DESC' },
    });
    return {
      request: {
        kind: request.kind,
        title: request.title,
        agency: request.requestingOrganization?.nameVi ?? '',
        submittedAt: submitted?.at ?? null,
        deadline: request.deadline,
      },
      members: members.map((member) => ({
        name: member.fullName,
        role: member.role,
        organization: member.organizationName,
      })),
      opinionsAttributed: request.opinionsAttributed,
      // members who wrote nothing are on the panel list, not among the opinions
      opinions: (await this.opinions.forReport(manager, request.id)).flatMap((opinion) =>
        opinion.text !== null && opinion.submittedAt !== null
          ? [
              {
                name: opinion.fullName,
                role: opinion.role,
                organization: opinion.organizationName,
                text: opinion.text,
                submittedAt: opinion.submittedAt,
                fileNames: opinion.fileNames,
              },
            ]
          : [],
      ),
      conflicts,
      recommendations,
      conclusion: report.conclusion,
      generatedAt,
    };
  }
}
