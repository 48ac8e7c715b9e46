/**
 * The life of a nomination (issue 13) as pure data. The nominator drafts and submits it; the nominee
 * accepts or declines (a self-nomination is accepted as it is submitted); the nominator may withdraw
 * it until it is declined. Only accepted nominations count. When the review starts, a nomination the
 * nominee never answered expires (terminal).
 */
export const NOMINATION_STATES = [
  'draft',
  'submitted',
  'accepted',
  'declined',
  'withdrawn',
  'expired',
] as const;
export type NominationState = (typeof NOMINATION_STATES)[number];

export const NOMINATION_STATE_NAMES_VI: Readonly<Record<NominationState, string>> = {
  draft: 'bản nháp',
  submitted: 'đã gửi, chờ người được đề cử đồng ý',
  accepted: 'người được đề cử đã đồng ý',
  declined: 'người được đề cử đã từ chối',
  withdrawn: 'đã rút',
  expired: 'hết hạn, người được đề cử chưa trả lời khi bắt đầu xét chọn',
};

export const NOMINATORS = ['organization', 'staff', 'self'] as const;
export type NominatedBy = (typeof NOMINATORS)[number];

const FORWARD: Readonly<Record<NominationState, readonly NominationState[]>> = {
  draft: ['submitted', 'accepted', 'withdrawn'],
  // expired: set by the review's start (campaign open → in_review), never asked for
  submitted: ['accepted', 'declined', 'withdrawn', 'expired'],
  // a nominee may change their mind while the campaign is open
  accepted: ['declined', 'withdrawn'],
  declined: [],
  withdrawn: [],
  expired: [],
};

export function mayMoveNomination(from: NominationState, to: NominationState): boolean {
  return FORWARD[from].includes(to);
}

/** Nominations that stand: they catch duplicates and are evaluated again when facts change. */
export const STANDING_STATES: readonly NominationState[] = ['submitted', 'accepted'];
