import { Module } from '@nestjs/common';
import { MailModule } from '../../platform/mail';
import { ConflictsModule } from '../conflicts';
import { PanelModule } from '../panel';
import { ReviewRequestsModule } from '../requests';
import { MatchingNeedsController } from './matching-needs.controller';
import { MatchingNeedsService } from './matching-needs.service';
import { NeedCandidatesController } from './need-candidates.controller';
import { NeedCandidatesService } from './need-candidates.service';
import { NeedPostedMail } from './need-posted-mail';

/** The needs board (issue 12): task orders matched to experts' fields, their interest, staff's shortlist. */
@Module({
  imports: [ConflictsModule, MailModule, PanelModule, ReviewRequestsModule],
  controllers: [MatchingNeedsController, NeedCandidatesController],
  providers: [MatchingNeedsService, NeedCandidatesService, NeedPostedMail],
})
export class NeedsModule {}
