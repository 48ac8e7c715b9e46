import { Foundation1795539900744 } from './1795539900744-foundation';
import { CatalogData1795539900800 } from './1795539900800-catalog-data';
import { Intellectuals1795540291767 } from './1795540291767-intellectuals';
import { ProfileWorkflows1795540400000 } from './1795540400000-profile-workflows';
import { Search1795540500000 } from './1795540500000-search';
import { Imports1795540600000 } from './1795540600000-imports';
import { ImportMatching1795540700000 } from './1795540700000-import-matching';
import { ImportRows1796161715095 } from './1796161715095-import-rows';
import { ProfileSummary1796162000000 } from './1796162000000-profile-summary';
import { IdempotencyKeys1796170000000 } from './1796170000000-idempotency-keys';
import { Sessions1796180000000 } from './1796180000000-sessions';
import { ReviewRequests1796190000000 } from './1796190000000-review-requests';
import { ReviewRequestDocuments1796195000000 } from './1796195000000-review-request-documents';
import { Panels1796200000000 } from './1796200000000-panels';
import { MailOutbox1796210000000 } from './1796210000000-mail-outbox';
import { ActionTokens1796211000000 } from './1796211000000-action-tokens';
import { PanelInvitations1796220000000 } from './1796220000000-panel-invitations';
import { PanelOpinions1796230000000 } from './1796230000000-panel-opinions';
import { ReviewReports1796235000000 } from './1796235000000-review-reports';
import { NeedsBoard1796240000000 } from './1796240000000-needs-board';
import { OpinionReminders1796250000000 } from './1796250000000-opinion-reminders';
import { OpinionLinks1796260000000 } from './1796260000000-opinion-links';
import { HonorCampaigns1796270000000 } from './1796270000000-honor-campaigns';
import { MeetingInvitees1796281300000 } from './1796281300000-meeting-invitees';
import { HonorNominations1796281400000 } from './1796281400000-honor-nominations';
import { CampaignScoring1796282000000 } from './1796282000000-campaign-scoring';
import { HonorReview1796282100000 } from './1796282100000-honor-review';
import { NominationFiles1796282200000 } from './1796282200000-nomination-files';
import { OutboxConsumers1796300000000 } from './1796300000000-outbox-consumers';
import { WorkforceFacts1796300100000 } from './1796300100000-workforce-facts';
import { StatTargets1796300200000 } from './1796300200000-stat-targets';

/** Every migration, in order. `npm run migration:generate -- Name` writes a new file; add it here. */
export const MIGRATIONS: Function[] = [
  Foundation1795539900744,
  CatalogData1795539900800,
  Intellectuals1795540291767,
  ProfileWorkflows1795540400000,
  Search1795540500000,
  Imports1795540600000,
  ImportMatching1795540700000,
  ImportRows1796161715095,
  ProfileSummary1796162000000,
  IdempotencyKeys1796170000000,
  Sessions1796180000000,
  ReviewRequests1796190000000,
  ReviewRequestDocuments1796195000000,
  Panels1796200000000,
  MailOutbox1796210000000,
  ActionTokens1796211000000,
  PanelInvitations1796220000000,
  PanelOpinions1796230000000,
  ReviewReports1796235000000,
  NeedsBoard1796240000000,
  OpinionReminders1796250000000,
  OpinionLinks1796260000000,
  HonorCampaigns1796270000000,
  MeetingInvitees1796281300000,
  HonorNominations1796281400000,
  CampaignScoring1796282000000,
  HonorReview1796282100000,
  NominationFiles1796282200000,
  OutboxConsumers1796300000000,
  WorkforceFacts1796300100000,
  StatTargets1796300200000,
];
