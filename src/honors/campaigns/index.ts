export { CampaignsModule } from './campaigns.module';
export { CAMPAIGN_NOT_FOUND } from './campaigns.service';
export { HonorCampaign } from './honor-campaign.entity';
export type { CampaignKind } from './honor-campaign.entity';
export { EligibilityService } from './eligibility.service';
export type { CriterionOutcome, CriterionResult } from './eligibility-rules';
export { CAMPAIGN_STATE_NAMES_VI } from './campaign-states';
export type { CampaignState } from './campaign-states';
export { CriterionResultView } from './campaign.views';
