import { Module } from '@nestjs/common';
import { IntellectualsModule } from '../../intellectuals';
import { MailModule } from '../../platform/mail';
import { CampaignsModule } from '../campaigns';
import { CampaignDecisionService } from './decision.service';
import { PublicHonors } from './public-honors.service';
import { PublicHonorsController, ResultsController } from './results.controller';
import { ResultsExports } from './results-exports.service';

@Module({
  imports: [CampaignsModule, IntellectualsModule, MailModule],
  controllers: [ResultsController, PublicHonorsController],
  providers: [CampaignDecisionService, PublicHonors, ResultsExports],
})
export class HonorResultsModule {}
