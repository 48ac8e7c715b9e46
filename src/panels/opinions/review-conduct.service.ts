import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit';
import { requireAccess } from '../../common/access/access';
import { Permission } from '../../common/access/permissions';
import { Principal } from '../../common/access/principal';
import { DomainError } from '../../common/errors/domain-error';
import { Panel, PanelMember } from '../panel';
import { RequestStateMachine } from '../requests';
import { invalidTransition } from '../requests/request-state-machine';
import { OpinionLinkMail } from './opinion-link-mail';
import { acceptedSecretaryId, loadReviewContext, ReviewContext } from './panel-seats';
import { opinionsClosedReason } from './opinion-window';
import { ReviewStatusView } from './opinions.views';

/**
 * The secretary's (or staff's) two moves on a panel's review: starting it, which opens opinions,
 * and locking the panel, which closes them.
 */
@Injectable()
export class ReviewConductService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly machine: RequestStateMachine,
    private readonly audit: AuditService,
    private readonly linkMail: OpinionLinkMail,
  ) {}

  /**
   * The one trigger of in_review: panel_forming → in_review once the chair and the secretary have
   * accepted (422 otherwise), through the state machine (timeline and audit in the same transaction);
   * every accepted member is mailed their personal opinion link.
   */
  async startReview(requestId: string, principal: Principal): Promise<ReviewStatusView> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT 1 FROM review_request WHERE id = $1 FOR UPDATE', [requestId]);
      const context = await this.authorized(manager, requestId, principal);
      const { request, panel } = context;
      if (request.state !== 'panel_forming') throw invalidTransition(request.state, 'in_review');
      const accepted = panel
        ? await manager.findBy(PanelMember, { panelId: panel.id, status: 'accepted' })
        : [];
      const missing = (['chair', 'secretary'] as const).filter(
        (role) => !accepted.some((member) => member.role === role),
      );
      if (missing.length > 0) throw notReady(missing);
      await this.machine.transition(manager, request, 'in_review', principal);
      await this.linkMail.sendAll(manager, request, accepted);
      return statusOf(context);
    });
  }

  /** Sets the panel's locked_at (audited): opinions close for good. 409 when locked or not in review. */
  async lock(requestId: string, principal: Principal): Promise<ReviewStatusView> {
    return this.dataSource.transaction(async (manager) => {
      const context = await loadReviewContext(manager, requestId, 'pessimistic_write');
      await this.requireConductor(manager, context, principal);
      const { request, panel } = context;
      if (panel?.lockedAt) {
        throw new DomainError('PANEL_LOCKED', {
          en: 'The panel was locked already',
          vi: 'Hội đồng đã được khóa trước đó',
        });
      }
      if (!panel || request.state !== 'in_review') {
        throw new DomainError('REVIEW_NOT_IN_PROGRESS', {
          en: `A panel is locked during its review; the request is ${request.state}`,
          vi: 'Chỉ khóa hội đồng khi đang tư vấn, phản biện',
        });
      }
      const lockedAt = new Date();
      await manager
        .createQueryBuilder()
        .update(Panel)
        .set({ lockedAt, version: () => 'version + 1' })
        .where('id = :id', { id: panel.id })
        .execute();
      await this.audit.record(manager, {
        actor: principal,
        action: 'panel.lock',
        entityType: 'review_request',
        entityId: request.id,
        changes: { panelLockedAt: { before: null, after: lockedAt.toISOString() } },
      });
      panel.lockedAt = lockedAt;
      panel.version += 1;
      return statusOf(context);
    });
  }

  private async authorized(manager: EntityManager, requestId: string, principal: Principal) {
    const context = await loadReviewContext(manager, requestId);
    await this.requireConductor(manager, context, principal);
    return context;
  }

  /** Staff with panels.manage, or the panel's accepted secretary; anyone else 404 (or 403 by role). */
  private async requireConductor(manager: EntityManager, context: ReviewContext, principal: Principal) {
    const secretaryId = await acceptedSecretaryId(manager, context.panel);
    requireAccess(principal, Permission.PanelConduct, { intellectualId: secretaryId });
  }
}

function statusOf({ request, panel }: ReviewContext): ReviewStatusView {
  return {
    reviewRequestId: request.id,
    state: request.state,
    window: {
      deadline: request.deadline,
      lockedAt: panel?.lockedAt ?? null,
      closedReason: opinionsClosedReason(request, panel),
    },
  };
}

function notReady(missing: readonly ('chair' | 'secretary')[]): DomainError {
  const vi = { chair: 'chủ tịch', secretary: 'thư ký' };
  const en = `The review starts once the chair and the secretary have accepted; not yet: ${missing.join(', ')}`;
  const viText = `Chỉ bắt đầu khi chủ tịch và thư ký đã nhận lời; chưa nhận lời: ${missing.map((r) => vi[r]).join(', ')}`;
  return new DomainError(
    'PANEL_NOT_READY',
    { en, vi: viText },
    missing.map((role) => ({ field: role, message: en, messageVi: viText })),
  );
}
