import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One field's value before and after a change. */
export type FieldChanges = Record<string, { before: unknown; after: unknown }>;

/** Append-only (a trigger refuses UPDATE and DELETE): who did what to which record, when and why. */
@Entity('audit_event')
@Index('audit_event_entity_idx', ['entityType', 'entityId', 'at'])
export class AuditEvent {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  @Column({ name: 'actor_account_id', type: 'uuid', nullable: true })
  actorAccountId: string | null;

  @Column({ name: 'actor_email', type: 'text', nullable: true })
  actorEmail: string | null;

  @Column({ type: 'text' })
  action: string;

  @Column({ name: 'entity_type', type: 'text' })
  entityType: string;

  @Column({ name: 'entity_id', type: 'text' })
  entityId: string;

  @Column({ type: 'jsonb', default: {} })
  changes: FieldChanges;

  @Column({ type: 'text', nullable: true })
  purpose: string | null;

  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId: string | null;
}
