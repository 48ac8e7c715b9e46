import { Module } from '@nestjs/common';
import { MailModule } from '../../platform/mail';
import { StorageModule } from '../../platform/storage/storage.module';
import { RequestDocumentsModule } from '../documents';
import { ReviewRequestsModule } from '../requests';
import { ActionTokensModule } from '../../common/action-tokens';
import { MyOpinionController } from './my-opinion.controller';
import { MyOpinionService } from './my-opinion.service';
import { OpinionFilesService } from './opinion-files.service';
import { OpinionLinkController } from './opinion-link.controller';
import { OpinionLinkMail } from './opinion-link-mail';
import { OpinionLinks } from './opinion-links';
import { OpinionReminderMail } from './opinion-reminder-mail';
import { OpinionReminders } from './opinion-reminders.service';
import { OpinionsController } from './opinions.controller';
import { OpinionsService } from './opinions.service';
import { ReviewConductService } from './review-conduct.service';

/** Panel members' opinions, the start of the review, reminders before the deadline and the panel's lock. */
@Module({
  imports: [StorageModule, MailModule, ActionTokensModule, ReviewRequestsModule, RequestDocumentsModule],
  controllers: [MyOpinionController, OpinionLinkController, OpinionsController],
  providers: [
    MyOpinionService,
    OpinionsService,
    OpinionFilesService,
    OpinionLinks,
    OpinionLinkMail,
    ReviewConductService,
    OpinionReminderMail,
    OpinionReminders,
  ],
  exports: [OpinionsService],
})
export class OpinionsModule {}
