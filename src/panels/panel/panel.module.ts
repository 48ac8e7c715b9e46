import { Module } from '@nestjs/common';
import { ConflictsModule } from '../conflicts';
import { RequestDocumentsModule } from '../documents';
import { MatchingModule } from '../matching';
import { ReviewRequestsModule } from '../requests';
import { PanelAssessor } from './panel-assessor';
import { PanelCandidatesService } from './panel-candidates.service';
import { PanelHistoryService } from './panel-history.service';
import { PanelLoadService } from './panel-load.service';
import { PanelMembersWriter } from './panel-members.writer';
import { PanelPolicyController } from './panel-policy.controller';
import { PanelPolicyService } from './panel-policy.service';
import { PanelSuggestService } from './panel-suggest.service';
import { PanelController, PanelHistoryController } from './panel.controller';
import { PanelService } from './panel.service';
import { RequestMatchingText } from './request-matching-text';

/** Expert panels of review requests: members and roles, the rules checked on every change, suggestions, load. */
@Module({
  imports: [ConflictsModule, MatchingModule, ReviewRequestsModule, RequestDocumentsModule],
  controllers: [PanelPolicyController, PanelController, PanelHistoryController],
  providers: [
    PanelPolicyService,
    PanelLoadService,
    PanelAssessor,
    RequestMatchingText,
    PanelCandidatesService,
    PanelMembersWriter,
    PanelService,
    PanelSuggestService,
    PanelHistoryService,
  ],
  exports: [PanelLoadService, PanelAssessor, PanelCandidatesService, PanelPolicyService, PanelService],
})
export class PanelModule {}
