import { Account } from '../../accounts/account.entity';
import { AuditEvent } from '../../audit/audit-event.entity';
import { CatalogEntry } from '../../catalog/catalog-entry.entity';
import { Organization } from '../../catalog/organization.entity';

/** Every entity, for the Nest module, the migration CLI and the schema drift check alike. */
export const ENTITIES = [Account, AuditEvent, CatalogEntry, Organization];
