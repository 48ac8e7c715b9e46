import { ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { AuditEvent, FieldChanges } from '../audit';
import { PageOf } from '../common/openapi/api-docs';
import { ATTRIBUTE_CLASSES, PrivacyClass, ProfileAttribute } from './privacy/attribute-classes';

/** Any JSON value: a change holds whatever the attribute holds. */
const ANY_JSON = {
  oneOf: [
    { type: 'string', nullable: true },
    { type: 'number' },
    { type: 'boolean' },
    { type: 'array', items: {} },
    { type: 'object', additionalProperties: true },
  ],
};

export class FieldChangeView {
  @ApiProperty({ ...ANY_JSON, description: "The value before; '(hidden)' when the caller may not see it" })
  before: unknown;
  @ApiProperty({ ...ANY_JSON, description: "The value after; '(hidden)' when the caller may not see it" })
  after: unknown;
}

export class HistoryActorView {
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) accountId: string | null;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
}

export class HistoryEventView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ example: 'intellectual.update' }) action: string;
  @ApiProperty({ type: HistoryActorView, nullable: true, description: 'null for the system (imports, seed)' })
  actor: HistoryActorView | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: { $ref: getSchemaPath(FieldChangeView) },
    description: 'Keyed by `attribute` or `part.itemId.field`',
  })
  changes: FieldChanges;
  @ApiProperty({ type: String, nullable: true }) purpose: string | null;
}

export const HistoryEventPage = PageOf(HistoryEventView);

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
