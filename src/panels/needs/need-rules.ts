import { DomainError } from '../../common/errors/domain-error';
import { REQUEST_KIND_NAMES_VI, REQUEST_STATE_NAMES_VI, ReviewRequest } from '../requests';
import type { RequestState } from '../requests';

/**
 * A task order is on the needs board once association staff accepted it and while its panel forms:
 * a draft or a merely submitted one is not vetted yet, and once the panel reviews it is too late.
 */
export const NEED_OPEN_STATES: readonly RequestState[] = ['accepted', 'panel_forming'];

/** The note an expert may leave with their interest. */
export const NOTE_MAX_CHARS = 500;

/** 409 unless the request is a task order (the board's lists and counts, in any state). */
export function assertTaskOrder(request: ReviewRequest): void {
  if (request.kind !== 'task_order') {
    throw new DomainError('NOT_A_TASK_ORDER', {
      en: `Only task orders are on the needs board; this request is ${request.kind}`,
      vi: `Chỉ yêu cầu đặt hàng nhiệm vụ mới có trên bảng nhu cầu; yêu cầu này thuộc loại "${REQUEST_KIND_NAMES_VI[request.kind]}"`,
    });
  }
}

/** 409 unless the request is a task order open for interest. */
export function assertOpenNeed(request: ReviewRequest): void {
  assertTaskOrder(request);
  if (!NEED_OPEN_STATES.includes(request.state)) {
    throw new DomainError('NEED_NOT_OPEN', {
      en: `The task order is ${request.state}; interest is taken while it is accepted or its panel forms`,
      vi: `Đặt hàng đang ở trạng thái "${REQUEST_STATE_NAMES_VI[request.state]}"; chỉ nhận bày tỏ quan tâm khi đặt hàng đã được tiếp nhận hoặc đang thành lập hội đồng`,
    });
  }
}

export function notProposable(): DomainError {
  return new DomainError('NOT_PROPOSABLE', {
    en: 'Your profile is not proposed for panels (inactive, deceased or opted out), so you cannot express interest',
    vi: 'Hồ sơ của bạn không thuộc diện được đề xuất tham gia hội đồng (không còn hoạt động hoặc đã từ chối), nên không thể bày tỏ quan tâm',
  });
}

export const NEED_NOT_FOUND = () => DomainError.notFound('Task order', 'đặt hàng nhiệm vụ');
