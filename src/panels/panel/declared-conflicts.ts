import { EntityManager, IsNull, Not } from 'typeorm';
import type { DeclaredConflicts } from '../conflicts';
import { PanelMember } from './entities/panel-member.entity';

/**
 * The conflicts of interest members of this panel declared when answering their invitation, for the
 * conflict rules (a `declared_conflict` block): the declaration stays with the member, whatever their
 * status now.
 */
export async function declaredConflictsOf(
  manager: EntityManager,
  panelId: string | null,
): Promise<DeclaredConflicts> {
  if (!panelId) return new Map();
  const rows = await manager.find(PanelMember, {
    select: { intellectualId: true, declaredConflict: true, answeredAt: true, updatedAt: true },
    where: { panelId, declaredConflict: Not(IsNull()) },
  });
  return new Map(
    rows.map((row) => [
      row.intellectualId,
      { text: row.declaredConflict!, at: row.answeredAt ?? row.updatedAt },
    ]),
  );
}
