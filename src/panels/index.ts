export {
  checkPanel,
  loadPanelPeople,
  Panel,
  PANEL_ROLES,
  PanelLoadService,
  PanelMember,
  PanelModule,
  PanelPolicyService,
  refuseBrokenRules,
  ROLE_NAMES_VI,
  violationView,
  ViolationView,
} from './panel';
export type { PanelPerson, PanelRequirements, SeatFacts, Violation } from './panel';
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
  nfcBlock,
  renderBlocksDocx,
  renderBlocksPdf,
} from './report';
export type { ReportBlock } from './report';
export { OpinionsModule, OpinionsService, PanelOpinion, PanelOpinionFile } from './opinions';
export type { ReportOpinion } from './opinions';
export { InvitationsModule, linkLifetimeSeconds, mailAddressOf, mailLocaleOf } from './invitations';
export type { Invitee } from './invitations';
export { ConflictFlagView, ConflictsModule, ConflictsService } from './conflicts';
export type { ConflictFlag, ConflictRequest } from './conflicts';
export { DOCUMENT_LIMITS, DocumentUpload, extractDocument, uploadedDocument } from './documents';
export type { UploadedDocument } from './documents';
export type { PanelRole } from './panel';
