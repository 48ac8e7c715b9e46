export { Panel, PanelLoadService, PanelMember, PanelModule } from './panel';
export { NeedCandidate, NeedsModule } from './needs';
export { RequestDocumentsModule, RequestDocumentsService, ReviewRequestDocument } from './documents';
export { MatchingModule, MatchingService, TermStatistics, mayBeProposedForPanels } from './matching';
export type { EligibilityFacts, EligibilityOptions, MatchInput, MatchResult } from './matching';
export {
  ReviewRequestsModule,
  ReviewRequest,
  ReviewRequestDrafter,
  ReviewRequestEvent,
  ReviewRequestsService,
  RequestStateMachine,
  toConflictRequest,
  CreateReviewRequestDto,
} from './requests';
export type { LoadedRequest, RequestKind, RequestState } from './requests';
export {
  ReportModule,
  ReviewRecommendation,
  ReviewRecommendationAnswer,
  ReviewReport,
  renderBlocksPdf,
} from './report';
export type { ReportBlock } from './report';
export { OpinionsModule, OpinionsService, PanelOpinion, PanelOpinionFile } from './opinions';
export type { ReportOpinion } from './opinions';
export { InvitationsModule, linkLifetimeSeconds, mailAddressOf, mailLocaleOf } from './invitations';
export type { Invitee } from './invitations';
export { ConflictsModule, ConflictsService } from './conflicts';
export type { ConflictFlag, ConflictRequest } from './conflicts';
export type { PanelRole } from './panel/panel-rules';
export { DOCUMENT_LIMITS, DocumentUpload, extractDocument, uploadedDocument } from './documents';
export type { UploadedDocument } from './documents';
export { PANEL_ROLES } from './panel/panel-rules';
