import { FieldChanges } from '../../audit';
import type { Award } from '../entities/award.entity';
import { Relation } from '../entities/relation.entity';
import { PartKind, PARTS, PartEntity, partFacts } from '../profile-parts';
import { ProfileUnit } from '../profile-writer';

/**
 * Moves the other record's items of one part to the survivor with their provenance. An item equal
 * to one the survivor has is dropped (a verified copy verifies the one that stays), and so is a
 * relation the other declared towards the survivor, which would point at itself.
 */
export async function moveParts(unit: ProfileUnit, kind: PartKind, otherId: string): Promise<FieldChanges> {
  const entity = PARTS[kind].entity;
  const theirs = await unit.manager.find<PartEntity>(entity, { where: { intellectualId: otherId } });
  if (theirs.length === 0) return {};
  const mine = await unit.manager.find<PartEntity>(entity, { where: { intellectualId: unit.profile.id } });
  const known = new Map(mine.map((item) => [factKey(item), item]));
  const moved: string[] = [];
  const dropped: string[] = [];
  for (const item of theirs) {
    const towardsSurvivor = kind === 'relations' && item.relatedIntellectualId === unit.profile.id;
    const twin = known.get(factKey(item));
    if (!twin && !towardsSurvivor) {
      moved.push(item.id);
      continue;
    }
    dropped.push(item.id);
    if (!twin) continue;
    const carried = {
      ...(item.verification === 'verified' && twin.verification !== 'verified'
        ? { verification: 'verified', verifiedBy: item.verifiedBy, verifiedAt: item.verifiedAt }
        : {}),
      // an award a campaign's publication wrote stays linked to it when a hand-typed twin survives
      ...(campaignOf(item) && !campaignOf(twin) ? { campaignId: campaignOf(item) } : {}),
    };
    if (Object.keys(carried).length) await unit.manager.update(entity, twin.id, carried as object);
  }
  if (moved.length) await unit.manager.update(entity, moved, { intellectualId: unit.profile.id } as object);
  if (dropped.length) await unit.manager.delete(entity, dropped);
  return { [`${kind}.merged`]: { before: { moved: [], dropped: [] }, after: { moved, dropped } } };
}

/** Relations other people declared towards the merged record now point to the survivor. */
export async function repointRelations(unit: ProfileUnit, otherId: string): Promise<void> {
  const incoming = await unit.manager.find(Relation, { where: { relatedIntellectualId: otherId } });
  for (const relation of incoming) {
    if (relation.intellectualId === unit.profile.id) await unit.manager.delete(Relation, relation.id);
    else {
      await unit.manager.update(Relation, relation.id, { relatedIntellectualId: unit.profile.id });
      unit.alsoChanged(relation.intellectualId);
    }
  }
}

function campaignOf(item: PartEntity): string | null {
  return 'campaignId' in item ? (item as Award).campaignId : null;
}

function factKey(item: PartEntity): string {
  return JSON.stringify(Object.entries(partFacts(item)).sort(([a], [b]) => a.localeCompare(b)));
}
