import { Account } from '../../accounts/account.entity';
import { AuditEvent } from '../../audit/audit-event.entity';
import { CatalogEntry } from '../../catalog/catalog-entry.entity';
import { Organization } from '../../catalog/organization.entity';
import { Award } from '../../intellectuals/entities/award.entity';
import { CorrectionRequest } from '../../intellectuals/entities/correction-request.entity';
import { ProfileInvitation } from '../../intellectuals/entities/profile-invitation.entity';
import { Education } from '../../intellectuals/entities/education.entity';
import { Employment } from '../../intellectuals/entities/employment.entity';
import { IntellectualProperty } from '../../intellectuals/entities/intellectual-property.entity';
import { Intellectual } from '../../intellectuals/entities/intellectual.entity';
import { Membership } from '../../intellectuals/entities/membership.entity';
import { Publication } from '../../intellectuals/entities/publication.entity';
import { Relation } from '../../intellectuals/entities/relation.entity';
import { ResearchProject } from '../../intellectuals/entities/research-project.entity';
import { Supervision } from '../../intellectuals/entities/supervision.entity';
import { SearchIndexState } from '../../search/index/search-index-state.entity';
import { ImportJob } from '../../imports/jobs/import-job.entity';
import { ImportRowIssue } from '../../imports/jobs/import-row-issue.entity';
import { OutboxEvent } from '../../search/outbox/outbox-event.entity';

/** Every entity, for the Nest module, the migration CLI and the schema drift check alike. */
export const ENTITIES = [
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
  CorrectionRequest,
  ProfileInvitation,
  OutboxEvent,
  SearchIndexState,
  ImportJob,
  ImportRowIssue,
];
