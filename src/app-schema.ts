import { Account } from './accounts/account.entity';
import { AuditEvent } from './audit/audit-event.entity';
import { CatalogEntry } from './catalog/catalog-entry.entity';
import { Organization } from './catalog/organization.entity';
import { Award } from './intellectuals/entities/award.entity';
import { CorrectionRequest } from './intellectuals/entities/correction-request.entity';
import { ProfileInvitation } from './intellectuals/entities/profile-invitation.entity';
import { Education } from './intellectuals/entities/education.entity';
import { Employment } from './intellectuals/entities/employment.entity';
import { IntellectualProperty } from './intellectuals/entities/intellectual-property.entity';
import { Intellectual } from './intellectuals/entities/intellectual.entity';
import { Membership } from './intellectuals/entities/membership.entity';
import { Publication } from './intellectuals/entities/publication.entity';
import { Relation } from './intellectuals/entities/relation.entity';
import { ResearchProject } from './intellectuals/entities/research-project.entity';
import { Supervision } from './intellectuals/entities/supervision.entity';
import { ProfileSummaryRow } from './intellectuals/summary/profile-summary.entity';
import { SearchIndexState } from './search/index/search-index-state.entity';
import { ImportJob } from './imports/jobs/import-job.entity';
import { ImportRowRecord } from './imports/jobs/import-row.entity';
import { ImportRowIssue } from './imports/jobs/import-row-issue.entity';
import { OutboxEvent } from './platform/outbox/outbox-event.entity';

import type { DatabaseSchema } from './platform/database/data-source-options';
import { MIGRATIONS } from '../migrations';

/** Every entity, for the Nest module, the migration CLI and the schema drift check alike. */
const ENTITIES = [
  Account,
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
];

/**
 * The application's schema: every module's entities and the migrations, assembled here at the
 * composition root so that platform/ (database, outbox) depends on no feature module.
 */
export const APP_SCHEMA: DatabaseSchema = { entities: ENTITIES, migrations: MIGRATIONS };
