/**
 * The life of a review request (issue 12) as pure data and functions: which state may follow which,
 * and which transitions need a reason. RequestStateMachine applies them to stored requests.
 */
export const REQUEST_STATES = [
  'draft',
  'submitted',
  'accepted',
  'declined',
  'panel_forming',
  'in_review',
  'report_sent',
  'answered',
  'closed',
  'cancelled',
] as const;
export type RequestState = (typeof REQUEST_STATES)[number];

/** Vietnamese names of the states, for messages and pages. */
export const REQUEST_STATE_NAMES_VI: Readonly<Record<RequestState, string>> = {
  draft: 'bản nháp',
  submitted: 'đã gửi',
  accepted: 'đã tiếp nhận',
  declined: 'bị từ chối',
  panel_forming: 'đang thành lập hội đồng',
  in_review: 'đang tư vấn, phản biện',
  report_sent: 'đã gửi báo cáo',
  answered: 'cơ quan đã phản hồi',
  closed: 'đã kết thúc',
  cancelled: 'đã hủy',
};

/**
 * Open states: the request is still being worked on and can be cancelled. Once the agency has the
 * report and answers it, the loop is closing, not cancellable.
 */
export const OPEN_STATES: readonly RequestState[] = [
  'draft',
  'submitted',
  'accepted',
  'panel_forming',
  'in_review',
  'report_sent',
];

const FORWARD: Readonly<Record<RequestState, readonly RequestState[]>> = {
  draft: ['submitted'],
  submitted: ['accepted', 'declined'],
  accepted: ['panel_forming'],
  declined: [],
  panel_forming: ['in_review'],
  in_review: ['report_sent'],
  report_sent: ['answered'],
  answered: ['closed'],
  closed: [],
  cancelled: [],
};

/** The states a request in `from` may move to. */
export function nextStates(from: RequestState): RequestState[] {
  return [...FORWARD[from], ...(OPEN_STATES.includes(from) ? (['cancelled'] as const) : [])];
}

export function mayTransition(from: RequestState, to: RequestState): boolean {
  return nextStates(from).includes(to);
}

/** Declining and cancelling must say why: the agency reads the reason on its timeline. */
export function needsReason(to: RequestState): boolean {
  return to === 'declined' || to === 'cancelled';
}

/** Content (title, proposal, fields…) may change only before staff accept the request. */
export const EDITABLE_STATES: readonly RequestState[] = ['draft', 'submitted'];
