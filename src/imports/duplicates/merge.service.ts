import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { Account } from '../../accounts/account.entity';
import { FieldChanges } from '../../audit/audit-event.entity';
import { Principal } from '../../auth/principal';
import { DomainError } from '../../common/errors/domain-error';
import { FIELD_GROUPS, PROFILE_FIELDS, ProfileField } from '../../intellectuals/dto/profile.dto';
import { CorrectionRequest } from '../../intellectuals/entities/correction-request.entity';
import { Intellectual } from '../../intellectuals/entities/intellectual.entity';
import { ProfileInvitation } from '../../intellectuals/entities/profile-invitation.entity';
import { Relation } from '../../intellectuals/entities/relation.entity';
import { Tagged } from '../../intellectuals/http/etag';
import { IntellectualsService } from '../../intellectuals/intellectuals.service';
import { PROFILE_NOT_FOUND } from '../../intellectuals/profile-access';
import { PART_KINDS, PARTS, PartEntity, partFacts } from '../../intellectuals/profile-parts';
import { ProfileView } from '../../intellectuals/profile-view';
import { ProfileUnit, ProfileWriter } from '../../intellectuals/profile-writer';

/**
 * Merges a duplicate record into a survivor in one profile write (version check on the survivor, row
 * locks, audit, search outbox for both): the other's parts move over with their provenance (items
 * equal to one the survivor has are dropped), facts the survivor lacks are filled in with their
 * provenance, relations and the linked account follow, and the other is soft-deleted with
 * merged_into_id pointing to the survivor.
 */
@Injectable()
export class MergeService {
  constructor(
    private readonly writer: ProfileWriter,
    private readonly intellectuals: IntellectualsService,
  ) {}

  async merge(
    survivorId: string,
    version: number,
    otherId: string,
    actor: Principal,
  ): Promise<Tagged<ProfileView>> {
    if (survivorId === otherId) {
      throw DomainError.invalidField(
        'otherId',
        'A record cannot be merged into itself',
        'Không thể hợp nhất hồ sơ với chính nó',
      );
    }
    const saved = await this.writer.change(survivorId, version, actor, async (unit) => {
      const other = await unit.manager.findOne(Intellectual, {
        where: { id: otherId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!other) throw PROFILE_NOT_FOUND();
      const changes: FieldChanges = { mergedFrom: { before: null, after: otherId } };
      Object.assign(changes, this.fillFacts(unit.profile, other));
      for (const kind of PART_KINDS) Object.assign(changes, await this.moveParts(unit, kind, otherId));
      await this.repointRelations(unit, otherId);
      Object.assign(changes, await this.moveAccount(unit, otherId));
      Object.assign(changes, await this.moveWorkflows(unit, otherId));
      await unit.manager.update(
        Intellectual,
        { id: otherId, version: other.version },
        {
          deletedAt: new Date(),
          mergedIntoId: survivorId,
          nationalId: null,
          version: other.version + 1,
        },
      );
      if (changes.nationalId) unit.profile.nationalId = other.nationalId;
      unit.alsoChanged(otherId);
      unit.record('intellectual.merge', changes);
      unit.recordAbout(otherId, 'intellectual.merged_into', {
        mergedIntoId: { before: null, after: survivorId },
        deletedAt: { before: null, after: 'merged' },
      });
    });
    return this.intellectuals.viewAfterWrite(survivorId, saved.version, actor);
  }

  /** Facts the survivor lacks, taken from the other with their group's provenance. */
  private fillFacts(survivor: Intellectual, other: Intellectual): FieldChanges {
    const changes: FieldChanges = {};
    const stored = survivor as unknown as Record<ProfileField, unknown>;
    const incoming = other as unknown as Record<ProfileField, unknown>;
    for (const field of PROFILE_FIELDS) {
      if (!isEmpty(stored[field]) || isEmpty(incoming[field])) continue;
      changes[field] = { before: stored[field] ?? null, after: incoming[field] };
      // the national ID moves last: the unique index still holds it on the other row until then
      if (field !== 'nationalId') stored[field] = incoming[field];
      const group = FIELD_GROUPS[field];
      const provenance = other.provenance[group];
      if (provenance && !survivor.provenance[group])
        survivor.provenance = { ...survivor.provenance, [group]: provenance };
    }
    return changes;
  }

  private async moveParts(
    unit: ProfileUnit,
    kind: (typeof PART_KINDS)[number],
    otherId: string,
  ): Promise<FieldChanges> {
    const entity = PARTS[kind].entity;
    const mine = await unit.manager.find<PartEntity>(entity, { where: { intellectualId: unit.profile.id } });
    const theirs = await unit.manager.find<PartEntity>(entity, { where: { intellectualId: otherId } });
    if (theirs.length === 0) return {};
    const known = new Map(mine.map((item) => [factKey(item), item]));
    const moved: string[] = [];
    const dropped: string[] = [];
    for (const item of theirs) {
      const twin = known.get(factKey(item));
      if (!twin || (kind === 'relations' && item.relatedIntellectualId === unit.profile.id)) {
        if (kind === 'relations' && item.relatedIntellectualId === unit.profile.id) dropped.push(item.id);
        else moved.push(item.id);
        continue;
      }
      dropped.push(item.id);
      // keep the stronger provenance: a verified duplicate verifies the item that stays
      if (item.verification === 'verified' && twin.verification !== 'verified') {
        await unit.manager.update(entity, twin.id, {
          verification: 'verified',
          verifiedBy: item.verifiedBy,
          verifiedAt: item.verifiedAt,
        } as object);
      }
    }
    if (moved.length) await unit.manager.update(entity, moved, { intellectualId: unit.profile.id } as object);
    if (dropped.length) await unit.manager.delete(entity, dropped);
    return { [`${kind}.merged`]: { before: { moved: [], dropped: [] }, after: { moved, dropped } } };
  }

  /** Relations other people declared towards the merged record now point to the survivor. */
  private async repointRelations(unit: ProfileUnit, otherId: string): Promise<void> {
    const incoming = await unit.manager.find(Relation, { where: { relatedIntellectualId: otherId } });
    for (const relation of incoming) {
      if (relation.intellectualId === unit.profile.id) await unit.manager.delete(Relation, relation.id);
      else {
        await unit.manager.update(Relation, relation.id, { relatedIntellectualId: unit.profile.id });
        unit.alsoChanged(relation.intellectualId);
      }
    }
  }

  private async moveAccount(unit: ProfileUnit, otherId: string): Promise<FieldChanges> {
    const account = await unit.manager.findOne(Account, { where: { intellectualId: otherId } });
    if (!account) return {};
    if (await unit.manager.existsBy(Account, { intellectualId: unit.profile.id })) {
      throw new DomainError('CONFLICT', {
        en: 'Both records have a linked account; unlink one before merging',
        vi: 'Cả hai hồ sơ đều đã gắn tài khoản; hãy gỡ một tài khoản trước khi hợp nhất',
      });
    }
    await unit.manager.update(Account, account.id, { intellectualId: unit.profile.id });
    return { account: { before: null, after: account.id } };
  }

  /**
   * The person's correction requests follow them to the survivor (moved part items keep their ids);
   * open invitations to the merged record are revoked, since it no longer exists to be claimed.
   */
  private async moveWorkflows(unit: ProfileUnit, otherId: string): Promise<FieldChanges> {
    const changes: FieldChanges = {};
    const requests = await unit.manager.update(
      CorrectionRequest,
      { intellectualId: otherId },
      { intellectualId: unit.profile.id },
    );
    if (requests.affected) changes.correctionRequests = { before: 0, after: requests.affected };
    const invitations = await unit.manager.update(
      ProfileInvitation,
      { intellectualId: otherId, usedAt: IsNull(), revokedAt: IsNull() },
      { revokedAt: new Date() },
    );
    if (invitations.affected) changes.invitationsRevoked = { before: 0, after: invitations.affected };
    return changes;
  }
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || (Array.isArray(value) && value.length === 0);
}

function factKey(item: PartEntity): string {
  return JSON.stringify(Object.entries(partFacts(item)).sort(([a], [b]) => a.localeCompare(b)));
}
