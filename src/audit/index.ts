export { AuditEvent, FieldChanges } from './audit-event.entity';
export { AuditModule } from './audit.module';
export { AuditEntry, AuditService, diff } from './audit.service';
