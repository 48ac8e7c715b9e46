import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailModule } from '../../platform/mail';
import { CampaignsModule } from '../campaigns';
import { NominationCriteriaService } from './nomination-criteria.service';
import { NominationEligibility } from './nomination-eligibility.service';
import { NominationMail } from './nomination-mail';
import { NominationStore } from './nomination-store';
import { HonorNomination } from './nomination.entity';
import { MyNominationsController, NominationsController } from './nominations.controller';
import { NominationsService } from './nominations.service';
import { NomineeAnswers } from './nominee-answers.service';

@Module({
  imports: [TypeOrmModule.forFeature([HonorNomination]), CampaignsModule, MailModule],
  controllers: [NominationsController, MyNominationsController],
  providers: [
    NominationStore,
    NominationEligibility,
    NominationMail,
    NominationsService,
    NominationCriteriaService,
    NomineeAnswers,
  ],
})
export class NominationsModule {}
