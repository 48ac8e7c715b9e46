import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActionTokensModule } from '../../common/action-tokens';
import { MailModule } from '../../platform/mail';
import { StorageModule } from '../../platform/storage/storage.module';
import { CampaignsModule } from '../campaigns';
import { NominationCriteriaService } from './nomination-criteria.service';
import { NominationFilesController } from './nomination-files.controller';
import { NominationFilesService } from './nomination-files.service';
import { HonorNominationFile } from './nomination-file.entity';
import { NominationEligibility } from './nomination-eligibility.service';
import { NominationMail } from './nomination-mail';
import { NominationStore } from './nomination-store';
import { HonorNomination } from './nomination.entity';
import {
  MyNominationsController,
  NominationAnswerController,
  NominationsController,
} from './nominations.controller';
import { NominationsService } from './nominations.service';
import { NomineeAnswers } from './nominee-answers.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([HonorNomination, HonorNominationFile]),
    StorageModule,
    CampaignsModule,
    MailModule,
    ActionTokensModule,
  ],
  controllers: [
    NominationsController,
    MyNominationsController,
    NominationAnswerController,
    NominationFilesController,
  ],
  providers: [
    NominationStore,
    NominationEligibility,
    NominationMail,
    NominationsService,
    NominationCriteriaService,
    NomineeAnswers,
    NominationFilesService,
  ],
  exports: [NominationsService],
})
export class NominationsModule {}
