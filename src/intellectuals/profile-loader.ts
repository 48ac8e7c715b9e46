import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { Intellectual } from './entities/intellectual.entity';
import { PART_KINDS, PARTS, PartEntity } from './profile-parts';
import { LoadedProfile } from './profile-view';
import { loadSummaries } from './summary/profile-summary';

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

  /** Attaches the given part arrays (none for lists) and the derived facts to already-read profiles. */
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
    const summaries = await loadSummaries(manager, ids);
    return profiles.map((profile) => ({ profile, summary: summaries.get(profile.id)! }));
  }
}
