import { Account } from './accounts';
import { Session } from './auth';
import { AuditEvent } from './audit';
import { CatalogEntry, Organization } from './catalog';
import {
  Award,
  CorrectionRequest,
  ProfileInvitation,
  Education,
  Employment,
  IntellectualProperty,
  Intellectual,
  Membership,
  Publication,
  Relation,
  ResearchProject,
  Supervision,
  ProfileSummaryRow,
} from './intellectuals';
import {
  NeedCandidate,
  Panel,
  PanelOpinion,
  PanelOpinionFile,
  PanelMember,
  ReviewRequest,
  ReviewRequestDocument,
  ReviewRequestDrafter,
  ReviewRequestEvent,
  ReviewReport,
  ReviewRecommendation,
  ReviewRecommendationAnswer,
} from './panels';
import { SearchIndexState } from './search';
import { ImportJob, ImportRowRecord, ImportRowIssue } from './imports';
import { OutboxEvent } from './platform/outbox/outbox-event.entity';
import { IdempotencyKey } from './common/idempotency/idempotency-key.entity';
import { MailOutboxMessage } from './platform/mail';
import { ActionToken } from './common/action-tokens';
import {
  HonorCampaign,
  HonorCouncil,
  HonorCouncilMember,
  HonorNomination,
  HonorNominationFile,
  HonorRecusal,
  HonorScoreSheet,
  MeetingInvitee,
} from './honors';
import { StatTarget, WorkforceFact } from './stats';

import { CommitTracker } from './common/http/request-transactions';
import type { DatabaseSchema } from './platform/database/data-source-options';
import { MIGRATIONS } from '../migrations';

/** Every entity, for the Nest module, the migration CLI and the schema drift check alike. */
const ENTITIES = [
  Account,
  Session,
  AuditEvent,
  CatalogEntry,
  Organization,
  Intellectual,
  Education,
  Employment,
  Publication,
  IntellectualProperty,
  ResearchProject,
  Award,
  Supervision,
  Membership,
  Relation,
  ProfileSummaryRow,
  CorrectionRequest,
  ProfileInvitation,
  OutboxEvent,
  SearchIndexState,
  ImportJob,
  ImportRowIssue,
  ImportRowRecord,
  IdempotencyKey,
  MailOutboxMessage,
  ActionToken,
  ReviewRequest,
  ReviewRequestDrafter,
  ReviewRequestEvent,
  ReviewRequestDocument,
  Panel,
  PanelMember,
  NeedCandidate,
  ReviewReport,
  ReviewRecommendation,
  ReviewRecommendationAnswer,
  PanelOpinion,
  PanelOpinionFile,
  HonorCampaign,
  MeetingInvitee,
  HonorNomination,
  HonorNominationFile,
  HonorCouncil,
  HonorCouncilMember,
  HonorRecusal,
  HonorScoreSheet,
  WorkforceFact,
  StatTarget,
];

/**
 * The application's schema: every module's entities and the migrations, assembled here at the
 * composition root so that platform/ (database, outbox) depends on no feature module.
 */
export const APP_SCHEMA: DatabaseSchema = {
  entities: ENTITIES,
  migrations: MIGRATIONS,
  subscribers: [CommitTracker],
};
