import { EntityManager } from 'typeorm';
import { REQUEST_NOT_FOUND } from '../../common/access/access';
import { Panel, PanelMember } from '../panel';
import { ReviewRequest } from '../requests';

/** A request with its panel, read for opinion work. */
export interface ReviewContext {
  request: ReviewRequest;
  panel: Panel | null;
}

/**
 * The request and its panel; `lock` holds the panel row (FOR SHARE for opinion writes, FOR UPDATE
 * for the lock itself) so a write and the lock never cross.
 */
export async function loadReviewContext(
  manager: EntityManager,
  requestId: string,
  lock?: 'pessimistic_read' | 'pessimistic_write',
): Promise<ReviewContext> {
  const request = await manager.findOne(ReviewRequest, {
    where: { id: requestId },
    relations: { requestingOrganization: true },
  });
  if (!request) throw REQUEST_NOT_FOUND();
  const panel = await manager.findOne(Panel, {
    where: { reviewRequestId: requestId },
    ...(lock ? { lock: { mode: lock } } : {}),
  });
  return { request, panel };
}

/** The person's accepted seat on the panel, or null. */
export async function acceptedSeat(
  manager: EntityManager,
  panel: Panel | null,
  intellectualId: string | null,
): Promise<PanelMember | null> {
  if (!panel || !intellectualId) return null;
  return manager.findOneBy(PanelMember, { panelId: panel.id, intellectualId, status: 'accepted' });
}

/** The seat an opinion link names, when it is on this panel and still accepted, or null. */
export async function linkedSeat(
  manager: EntityManager,
  panel: Panel | null,
  panelMemberId: string,
): Promise<PanelMember | null> {
  if (!panel) return null;
  return manager.findOneBy(PanelMember, { id: panelMemberId, panelId: panel.id, status: 'accepted' });
}

/** The accepted secretary's profile id, if the panel has one. */
export async function acceptedSecretaryId(
  manager: EntityManager,
  panel: Panel | null,
): Promise<string | undefined> {
  if (!panel) return undefined;
  const secretary = await manager.findOne(PanelMember, {
    where: { panelId: panel.id, role: 'secretary', status: 'accepted' },
    select: { id: true, intellectualId: true },
  });
  return secretary?.intellectualId;
}
