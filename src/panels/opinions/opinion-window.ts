import { DomainError } from '../../common/errors/domain-error';
import type { Panel } from '../panel';
import { deadlineEnd, REQUEST_STATE_NAMES_VI } from '../requests';
import type { ReviewRequest } from '../requests';

/** Why members can no longer write opinions; null while they can. */
export type OpinionsClosedReason = 'not_in_review' | 'locked' | 'deadline_passed';

export const OPINIONS_CLOSED_REASONS: readonly OpinionsClosedReason[] = [
  'not_in_review',
  'locked',
  'deadline_passed',
];

/**
 * Opinions are open while the review is in progress (started by start-review), the panel is not
 * locked and the deadline day (Vietnam time) has not ended.
 */
export function opinionsClosedReason(
  request: Pick<ReviewRequest, 'state' | 'deadline'>,
  panel: Pick<Panel, 'lockedAt'> | null,
  now: Date = new Date(),
): OpinionsClosedReason | null {
  if (panel?.lockedAt) return 'locked';
  if (request.state !== 'in_review') return 'not_in_review';
  if (now >= deadlineEnd(request.deadline)) return 'deadline_passed';
  return null;
}

/** 409 naming why, when opinions are closed. */
export function assertOpinionsOpen(
  request: Pick<ReviewRequest, 'state' | 'deadline'>,
  panel: Pick<Panel, 'lockedAt'> | null,
  now: Date = new Date(),
): void {
  switch (opinionsClosedReason(request, panel, now)) {
    case null:
      return;
    case 'locked':
      throw new DomainError('PANEL_LOCKED', {
        en: 'The secretary has locked the panel: opinions can no longer be written or changed',
        vi: 'Thư ký đã khóa hội đồng: không thể viết hoặc sửa ý kiến nữa',
      });
    case 'deadline_passed':
      throw new DomainError('REQUEST_DEADLINE_PASSED', {
        en: `Opinions were due by the end of ${request.deadline}; they can no longer be written or changed`,
        vi: `Hạn gửi ý kiến là hết ngày ${request.deadline}; không thể viết hoặc sửa ý kiến nữa`,
      });
    case 'not_in_review':
      throw new DomainError('REVIEW_NOT_IN_PROGRESS', {
        en: `Opinions are written while the review is in progress; the request is ${request.state}`,
        vi: `Chỉ viết ý kiến khi hội đồng đang tư vấn, phản biện; yêu cầu đang ở trạng thái "${REQUEST_STATE_NAMES_VI[request.state]}"`,
      });
  }
}
