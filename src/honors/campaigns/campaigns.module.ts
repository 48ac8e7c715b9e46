import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CampaignStateMachine } from './campaign-state-machine';
import { CampaignsController } from './campaigns.controller';
import { CampaignsService } from './campaigns.service';
import { EligibilityService } from './eligibility.service';
import { HonorCampaign } from './honor-campaign.entity';

@Module({
  imports: [TypeOrmModule.forFeature([HonorCampaign])],
  controllers: [CampaignsController],
  providers: [CampaignsService, CampaignStateMachine, EligibilityService],
  exports: [EligibilityService, CampaignStateMachine, CampaignsService],
})
export class CampaignsModule {}
