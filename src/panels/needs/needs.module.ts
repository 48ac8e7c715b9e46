import { Module } from '@nestjs/common';
import { ConflictsModule } from '../conflicts';
import { PanelModule } from '../panel';
import { ReviewRequestsModule } from '../requests';
import { MatchingNeedsController } from './matching-needs.controller';
import { MatchingNeedsService } from './matching-needs.service';
import { NeedCandidatesController } from './need-candidates.controller';
import { NeedCandidatesService } from './need-candidates.service';

/** The needs board (issue 12): task orders matched to experts' fields, their interest, staff's shortlist. */
@Module({
  imports: [ConflictsModule, PanelModule, ReviewRequestsModule],
  controllers: [MatchingNeedsController, NeedCandidatesController],
  providers: [MatchingNeedsService, NeedCandidatesService],
})
export class NeedsModule {}
