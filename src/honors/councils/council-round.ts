import { EntityManager, MoreThanOrEqual } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error';
import type { ConflictFlag, ConflictRequest, ConflictsService, PanelPerson } from '../../panels';
import type { HonorCampaign } from '../campaigns';
import { HonorNomination } from '../nominations/nomination.entity';

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
  const count = Math.max(1, campaign.rounds.length);
  if (!Number.isInteger(round) || round < 1 || round > count) throw ROUND_NOT_FOUND();
  const setup = campaign.rounds[round - 1];
  return { round, name: setup?.name ?? null, deadline: setup?.deadline ?? null };
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
