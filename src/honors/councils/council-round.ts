import { EntityManager, MoreThanOrEqual } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error';
import type { ConflictFlag, ConflictRequest, ConflictsService, PanelPerson } from '../../panels';
import { finalRoundOf, HonorCampaign } from '../campaigns';
import { HonorNomination } from '../nominations/nomination.entity';
import { HonorCouncil } from './honor-council.entity';

export const ROUND_NOT_FOUND = () => DomainError.notFound('Campaign round', 'vòng xét chọn');

/**
 * When neither the nominating organization nor the nominee's is known, the conflict rules still
 * compare co-authorship, shared projects and declared relations with the nominee; the requesting
 * organization they need is then the nil UUID, which no organization, employment or profile has,
 * so no organization conflict is found (there is none to find).
 */
export const NO_ORGANIZATION = '00000000-0000-0000-0000-000000000000';

export interface RoundInfo {
  round: number;
  name: string | null;
  deadline: string | null;
}

/** A campaign's round by number (1 first); a campaign without rounds set up has round 1 only. */
export function roundOf(campaign: HonorCampaign, round: number): RoundInfo {
  if (!Number.isInteger(round) || round < 1 || round > finalRoundOf(campaign)) throw ROUND_NOT_FOUND();
  const setup = campaign.rounds[round - 1];
  return { round, name: setup?.name ?? null, deadline: setup?.deadline ?? null };
}

/**
 * How a round's rows are read: 'update' takes the campaign row and the council row for update (the
 * campaign's lock orders council work against its transitions), 'share' the council row for share.
 */
export type RoundLock = 'share' | 'update';

/**
 * The one round loader the councils and the scoring share: the campaign and, when it exists, the
 * round's council (null when either is missing: each caller answers that its own way).
 */
export async function findRound(
  manager: EntityManager,
  campaignId: string,
  round: number,
  lock?: RoundLock,
): Promise<{ campaign: HonorCampaign | null; council: HonorCouncil | null }> {
  const campaign = await manager.findOne(HonorCampaign, {
    where: { id: campaignId },
    ...(lock === 'update' ? { lock: { mode: 'pessimistic_write' as const } } : {}),
  });
  if (!campaign) return { campaign, council: null };
  const council = await manager.findOne(HonorCouncil, {
    where: { campaignId, round },
    ...(lock
      ? { lock: { mode: lock === 'update' ? ('pessimistic_write' as const) : ('pessimistic_read' as const) } }
      : {}),
  });
  return { campaign, council };
}

/**
 * The round's nominees, the one definition the councils and the scoring share: accepted nominations
 * that reached it (reachedRound ≥ round), with their nominee, oldest submission first.
 */
export function roundNominations(
  manager: EntityManager,
  campaignId: string,
  round: number,
): Promise<HonorNomination[]> {
  return manager.find(HonorNomination, {
    where: { campaignId, state: 'accepted', reachedRound: MoreThanOrEqual(round) },
    relations: { nominee: true },
    order: { submittedAt: 'ASC', id: 'ASC' },
  });
}

/**
 * The conflict rules' view of a nomination: the nominee is the one "drafter", the nominating
 * organization (else the nominee's own) the requesting organization.
 */
export function conflictRequestOf(
  nomination: HonorNomination,
  nominee: PanelPerson | undefined,
): ConflictRequest {
  const nomineeOrganization = nominee?.organizationId ?? null;
  return {
    id: nomination.id,
    requestingOrganizationId: nomination.nominatorOrganizationId ?? nomineeOrganization ?? NO_ORGANIZATION,
    drafters: [
      {
        intellectualId: nomination.nomineeId,
        name: nominee?.fullName ?? '',
        organizationId: nomineeOrganization,
      },
    ],
  };
}

/** Recusals by nomination id, then by member intellectual id: every flag (any severity) recuses. */
export type RecusalFlags = Map<string, Map<string, ConflictFlag[]>>;

/** The recusals the panels' conflict rules find between the round's nominees and the members. */
export async function findRecusals(
  conflicts: ConflictsService,
  manager: EntityManager,
  nominations: readonly HonorNomination[],
  nominees: ReadonlyMap<string, PanelPerson>,
  memberIds: readonly string[],
): Promise<RecusalFlags> {
  const found: RecusalFlags = new Map();
  if (memberIds.length === 0) return found;
  for (const nomination of nominations) {
    const flags = await conflicts.evaluate(
      conflictRequestOf(nomination, nominees.get(nomination.nomineeId)),
      memberIds,
      new Map(),
      manager,
    );
    const recused = new Map([...flags].filter(([, list]) => list.length > 0));
    if (recused.size) found.set(nomination.id, recused);
  }
  return found;
}
