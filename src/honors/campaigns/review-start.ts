import { EntityManager, In } from 'typeorm';
import { AuditEntry, AuditService } from '../../audit';
import { Principal } from '../../common/access/principal';
import { HonorNomination } from '../nominations/nomination.entity';
import type { HonorCampaign } from './honor-campaign.entity';

/**
 * What starting the review (open → in_review) does to the campaign's nominations, in the
 * transition's transaction: every accepted and eligible one reaches round 1; one the nominee never
 * answered (still submitted) expires; accepted but ineligible ones stay as they are, listed with
 * their failing criteria. Each changed nomination gets its own audit entry and a new version.
 */
export async function startReview(
  manager: EntityManager,
  audit: AuditService,
  campaign: HonorCampaign,
  actor: Principal,
): Promise<void> {
  const nominations = await manager.find(HonorNomination, {
    select: { id: true, state: true, eligible: true },
    where: { campaignId: campaign.id, state: In(['submitted', 'accepted']) },
    order: { id: 'ASC' },
    lock: { mode: 'pessimistic_write' },
  });
  const expiring = nominations.filter((n) => n.state === 'submitted').map((n) => n.id);
  const reaching = nominations.filter((n) => n.state === 'accepted' && n.eligible === true).map((n) => n.id);
  if (expiring.length) {
    await manager.update(
      HonorNomination,
      { id: In(expiring) },
      { state: 'expired', version: () => 'version + 1' },
    );
  }
  if (reaching.length) {
    await manager.update(
      HonorNomination,
      { id: In(reaching) },
      { reachedRound: 1, version: () => 'version + 1' },
    );
  }
  const entry = (id: string, action: string, changes: AuditEntry['changes']): AuditEntry => ({
    actor,
    action,
    entityType: 'honor_nomination',
    entityId: id,
    changes,
  });
  await audit.recordMany(manager, [
    ...expiring.map((id) =>
      entry(id, 'honor_nomination.expire', { state: { before: 'submitted', after: 'expired' } }),
    ),
    ...reaching.map((id) =>
      entry(id, 'honor_nomination.reach_round', { reachedRound: { before: null, after: 1 } }),
    ),
  ]);
}
