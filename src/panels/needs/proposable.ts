import type { EntityManager } from 'typeorm';
import { Intellectual } from '../../intellectuals';
import { mayBeProposedForPanels } from '../matching';

/**
 * Whether the person may be proposed for panels, by the matcher's one eligibility function. Retired
 * people may: they offer themselves or staff choose them, as the panel builder allows.
 */
export async function isProposable(manager: EntityManager, intellectualId: string): Promise<boolean> {
  const person = await manager.findOne(Intellectual, {
    select: { id: true, status: true, deletedAt: true, mergedIntoId: true },
    where: { id: intellectualId },
    withDeleted: true,
  });
  return !!person && mayBeProposedForPanels(person, { includeRetired: true });
}
