import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService } from '../../audit';
import { Principal } from '../../common/access/principal';
import { DomainError } from '../../common/errors/domain-error';
import { staleVersion } from '../../common/http/etag';
import { mayTransition, needsReason, REQUEST_STATE_NAMES_VI, RequestState } from './request-states';
import { ReviewRequestEvent } from './review-request-event.entity';
import { ReviewRequest } from './review-request.entity';

/**
 * The one way a request changes state: checks the move against request-states.ts, bumps the version
 * with a guarded UPDATE, and writes the timeline event and the audit entry, all in the caller's
 * transaction (`manager`), so a transition is never half-recorded.
 */
/** Work another module does in the transaction of a transition (needs mail on acceptance). */
export type TransitionFollower = (
  manager: EntityManager,
  request: ReviewRequest,
  from: RequestState,
) => Promise<void>;

@Injectable()
export class RequestStateMachine {
  private readonly followers: TransitionFollower[] = [];

  constructor(private readonly audit: AuditService) {}

  /** Registers work to run after each transition, in its transaction (modules that depend on requests). */
  follow(follower: TransitionFollower): void {
    this.followers.push(follower);
  }

  /** Moves `request` (as read, at its version) to `to`; updates the object in place. */
  async transition(
    manager: EntityManager,
    request: ReviewRequest,
    to: RequestState,
    actor: Principal | undefined,
    reason?: string,
  ): Promise<void> {
    const from = request.state;
    if (!mayTransition(from, to)) throw invalidTransition(from, to);
    const why = reason?.trim() || null;
    if (needsReason(to) && !why) {
      throw DomainError.invalidField(
        'reason',
        `Moving a request to ${to} needs a reason`,
        `Chuyển yêu cầu sang trạng thái "${REQUEST_STATE_NAMES_VI[to]}" cần nêu lý do`,
      );
    }
    const declineReason = to === 'declined' ? why : request.declineReason;
    const saved = await manager
      .createQueryBuilder()
      .update(ReviewRequest)
      .set({ state: to, declineReason, version: () => 'version + 1' })
      .where('id = :id AND version = :version AND state = :from', {
        id: request.id,
        version: request.version,
        from,
      })
      .execute();
    if (saved.affected !== 1) throw staleVersion();
    await manager.insert(ReviewRequestEvent, {
      reviewRequestId: request.id,
      fromState: from,
      toState: to,
      actorAccountId: actor?.accountId ?? null,
      reason: why,
    });
    await this.audit.record(manager, {
      actor,
      action: 'review_request.transition',
      entityType: 'review_request',
      entityId: request.id,
      changes: {
        state: { before: from, after: to },
        ...(why ? { reason: { before: null, after: why } } : {}),
      },
    });
    request.state = to;
    request.declineReason = declineReason;
    request.version += 1;
    for (const follower of this.followers) await follower(manager, request, from);
  }
}

export function invalidTransition(from: RequestState, to: RequestState): DomainError {
  return new DomainError(
    'INVALID_TRANSITION',
    {
      en: `A request in state ${from} cannot move to ${to}`,
      vi: `Yêu cầu đang ở trạng thái "${REQUEST_STATE_NAMES_VI[from]}" không thể chuyển sang "${REQUEST_STATE_NAMES_VI[to]}"`,
    },
    [
      {
        field: 'state',
        message: `${from} → ${to} is not allowed`,
        messageVi: `Không được chuyển "${REQUEST_STATE_NAMES_VI[from]}" → "${REQUEST_STATE_NAMES_VI[to]}"`,
      },
    ],
  );
}
