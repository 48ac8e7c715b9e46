import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { Principal } from '../common/access/principal';
import { insertMany } from '../platform/database/insert-many';
import { AuditEvent, FieldChanges } from './audit-event.entity';

export interface AuditEntry {
  actor: Principal | undefined;
  action: string;
  entityType: string;
  entityId: string;
  changes?: FieldChanges;
  purpose?: string;
}

/** Writes audit events, inside the caller's transaction so a change and its record commit together. */
@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEvent) private readonly events: Repository<AuditEvent>) {}

  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    await this.recordMany(manager, [entry]);
  }

  /** One INSERT for many events (a profile write's, or a whole batch of created profiles'). */
  async recordMany(manager: EntityManager, entries: AuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await insertMany(
      manager,
      AuditEvent,
      entries.map((entry) => ({
        actorAccountId: entry.actor?.accountId ?? null,
        actorEmail: entry.actor?.email ?? null,
        action: entry.action,
        entityType: entry.entityType,
        entityId: entry.entityId,
        changes: entry.changes ?? {},
        purpose: entry.purpose ?? null,
      })),
    );
  }

  async history(
    entityType: string,
    entityId: string,
    limit: number,
    offset: number,
  ): Promise<[AuditEvent[], number]> {
    return this.events.findAndCount({
      where: { entityType, entityId },
      order: { at: 'DESC', id: 'DESC' },
      take: limit,
      skip: offset,
    });
  }
}

/** The fields whose values differ between two snapshots, with before and after. */
export function diff(before: Record<string, unknown>, after: Record<string, unknown>): FieldChanges {
  const changes: FieldChanges = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      changes[key] = { before: before[key] ?? null, after: after[key] ?? null };
    }
  }
  return changes;
}
