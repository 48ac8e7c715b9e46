import { EntityManager, In } from 'typeorm';
import { PANEL_ROLES } from '../panel/panel-rules';
import type { PanelMember } from '../panel';
import { PanelOpinionFile } from './panel-opinion-file.entity';
import { PanelOpinion } from './panel-opinion.entity';

export interface StoredOpinion {
  opinion: PanelOpinion;
  files: PanelOpinionFile[];
}

/** The opinions of these panel members with their files (upload order), by panel member id. */
export async function opinionsOf(
  manager: EntityManager,
  panelMemberIds: readonly string[],
): Promise<Map<string, StoredOpinion>> {
  if (panelMemberIds.length === 0) return new Map();
  const opinions = await manager.findBy(PanelOpinion, { panelMemberId: In([...panelMemberIds]) });
  const files = opinions.length
    ? await manager.find(PanelOpinionFile, {
        where: { opinionId: In(opinions.map((opinion) => opinion.id)) },
        order: { createdAt: 'ASC', id: 'ASC' },
      })
    : [];
  return new Map(
    opinions.map((opinion) => [
      opinion.panelMemberId,
      { opinion, files: files.filter((file) => file.opinionId === opinion.id) },
    ]),
  );
}

/** Chair, vice chair, secretary, reviewers, members; within a role, in the order they were added. */
export function byRoleOrder(a: PanelMember, b: PanelMember): number {
  return (
    PANEL_ROLES.indexOf(a.role) - PANEL_ROLES.indexOf(b.role) ||
    a.createdAt.getTime() - b.createdAt.getTime() ||
    a.id.localeCompare(b.id)
  );
}
