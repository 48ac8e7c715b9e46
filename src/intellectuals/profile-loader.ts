import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { Organization } from '../catalog/organization.entity';
import { Intellectual } from './entities/intellectual.entity';
import { PART_KINDS, PARTS, PartEntity } from './profile-parts';
import { LoadedProfile } from './profile-view';

/** Reads profiles with their parts: one query per part table (joins would multiply rows). */
@Injectable()
export class ProfileLoader {
  /** The live (not deleted) profile with every part, or null. */
  async load(manager: EntityManager, id: string): Promise<LoadedProfile | null> {
    const profile = await manager.findOne(Intellectual, { where: { id } });
    if (!profile) return null;
    const [loaded] = await this.withParts(manager, [profile], PART_KINDS);
    return loaded;
  }

  /** Attaches the given part arrays and organization names to already-read profiles. */
  async withParts(
    manager: EntityManager,
    profiles: Intellectual[],
    kinds: readonly (typeof PART_KINDS)[number][],
  ): Promise<LoadedProfile[]> {
    const ids = profiles.map((profile) => profile.id);
    for (const kind of kinds) {
      const items = ids.length
        ? await manager.find<PartEntity>(PARTS[kind].entity, {
            where: { intellectualId: In(ids) },
            order: { createdAt: 'ASC', id: 'ASC' },
          })
        : [];
      for (const profile of profiles) {
        (profile as unknown as Record<string, PartEntity[]>)[kind] = items.filter(
          (item) => item.intellectualId === profile.id,
        );
      }
    }
    const organizationIds = [...new Set(profiles.map((p) => p.organizationId).filter((id) => id !== null))];
    const organizations = organizationIds.length
      ? await manager.find(Organization, {
          select: { id: true, nameVi: true },
          where: { id: In(organizationIds) },
        })
      : [];
    const names = new Map(organizations.map((org) => [org.id, org.nameVi]));
    return profiles.map((profile) => ({
      profile,
      organizationNameVi: profile.organizationId ? (names.get(profile.organizationId) ?? null) : null,
    }));
  }
}
