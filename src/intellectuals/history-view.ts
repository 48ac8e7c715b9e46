import { ApiProperty } from '@nestjs/swagger';
import { AuditEvent, FieldChanges } from '../audit';
import { ATTRIBUTE_CLASSES, PrivacyClass, ProfileAttribute } from './privacy/attribute-classes';

export class HistoryEventView {
  @ApiProperty() id: string;
  @ApiProperty() at: string;
  @ApiProperty({ example: 'intellectual.update' }) action: string;
  @ApiProperty({ nullable: true, description: 'null for the system (imports, seed)' })
  actor: { accountId: string | null; email: string | null } | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) changes: FieldChanges;
  @ApiProperty({ nullable: true }) purpose: string | null;
}

const HIDDEN = '(hidden)';

/**
 * One audit event about a profile, for its history. Values of attributes the caller may not see are
 * hidden (the change itself stays visible); keys are `attribute` or `part.itemId.field`.
 */
export function historyView(event: AuditEvent, classes: ReadonlySet<PrivacyClass>): HistoryEventView {
  const changes: FieldChanges = {};
  for (const [key, change] of Object.entries(event.changes)) {
    const attribute = key.split('.')[0] as ProfileAttribute;
    // bookkeeping keys not in the table (deletedAt, provenance.x…) are internal
    const privacyClass: PrivacyClass = ATTRIBUTE_CLASSES[attribute] ?? 'internal';
    changes[key] = classes.has(privacyClass) ? change : { before: HIDDEN, after: HIDDEN };
  }
  return {
    id: event.id,
    at: event.at.toISOString(),
    action: event.action,
    actor:
      event.actorAccountId || event.actorEmail
        ? { accountId: event.actorAccountId, email: event.actorEmail }
        : null,
    changes,
    purpose: event.purpose,
  };
}
