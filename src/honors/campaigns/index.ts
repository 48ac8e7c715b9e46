export { CampaignsModule } from './campaigns.module';
export { HonorCampaign } from './honor-campaign.entity';
export { EligibilityService } from './eligibility.service';
export { CAMPAIGN_NOT_FOUND } from './campaigns.service';
