/**
 * The life of an honor campaign (issue 13) as pure data: which state may follow which.
 * CampaignStateMachine applies them to stored campaigns.
 */
export const CAMPAIGN_STATES = ['draft', 'open', 'in_review', 'decided', 'published', 'archived'] as const;
export type CampaignState = (typeof CAMPAIGN_STATES)[number];

export const CAMPAIGN_STATE_NAMES_VI: Readonly<Record<CampaignState, string>> = {
  draft: 'bản nháp',
  open: 'đang nhận đề cử',
  in_review: 'đang xét chọn',
  decided: 'đã có quyết định',
  published: 'đã công bố',
  archived: 'đã lưu trữ',
};

// a draft that will never run is archived rather than deleted, so its audit trail stays readable
const FORWARD: Readonly<Record<CampaignState, readonly CampaignState[]>> = {
  draft: ['open', 'archived'],
  open: ['in_review'],
  in_review: ['decided'],
  decided: ['published'],
  published: ['archived'],
  archived: [],
};

export function nextCampaignStates(from: CampaignState): readonly CampaignState[] {
  return FORWARD[from];
}

export function mayMoveCampaign(from: CampaignState, to: CampaignState): boolean {
  return FORWARD[from].includes(to);
}

/** Setup (dates, rounds, quotas, criteria) changes only until the review starts. */
export const EDITABLE_CAMPAIGN_STATES: readonly CampaignState[] = ['draft', 'open'];
