import { EntityManager, In, IsNull } from 'typeorm';
import { COUNCIL_NOT_FOUND, requireAccess } from '../../common/access/access';
import { Permission } from '../../common/access/permissions';
import { Principal } from '../../common/access/principal';
import { PANEL_ROLES } from '../../panels';
import { readTogether } from '../../platform/database/read-together';
import { CAMPAIGN_NOT_FOUND, finalRoundOf, HonorCampaign } from '../campaigns';
import { findRound, HonorCouncil, HonorCouncilMember, HonorRecusal, roundNominations } from '../councils';
import type { RoundLock } from '../councils';
import { HonorNomination } from '../nominations/nomination.entity';
import { HonorScoreSheet } from './score-sheet.entity';

/**
 * What the review's routes read of the councils' tables (written by src/honors/councils): the round's
 * council, the caller's seat on it, its members, recusals and sheets, and the round's nominations.
 */
export interface RoundContext {
  campaign: HonorCampaign;
  council: HonorCouncil;
  round: number;
  /** The caller's seat on the council; null for staff who do not sit on it. */
  seat: HonorCouncilMember | null;
  /** The last round set up (a campaign without rounds set up has one round). */
  final: boolean;
}

export interface RoundBoard {
  members: HonorCouncilMember[];
  /** The nominations the round reviews (those that reached it and still stand), oldest submission first. */
  nominations: HonorNomination[];
  /** Recusals not lifted. */
  recusals: HonorRecusal[];
  sheets: HonorScoreSheet[];
}

/**
 * The round (campaign, round number) with access decided: staff (HonorsManage) for any round, a
 * council member on theirs, officers only for `officersOnly`. A round one does not sit on answers 404.
 * `lock`: the council row is locked (share for sheet writes, update for confirmations).
 */
export async function loadRound(
  manager: EntityManager,
  campaignId: string,
  round: number,
  principal: Principal,
  options: { officersOnly: boolean; lock?: RoundLock },
): Promise<RoundContext> {
  requireAccess(principal, Permission.HonorCouncilWork);
  const { campaign, council } = await findRound(manager, campaignId, round, options.lock);
  const seat =
    council && principal.intellectualId
      ? await manager.findOneBy(HonorCouncilMember, {
          councilId: council.id,
          intellectualId: principal.intellectualId,
        })
      : null;
  requireAccess(principal, Permission.HonorCouncilWork, {
    council: { seatRole: seat?.role ?? null, officersOnly: options.officersOnly },
  });
  if (!campaign) throw CAMPAIGN_NOT_FOUND();
  if (!council) throw COUNCIL_NOT_FOUND();
  return { campaign, council, round, seat, final: round >= finalRoundOf(campaign) };
}

export async function loadBoard(manager: EntityManager, context: RoundContext): Promise<RoundBoard> {
  // the chair first, then by role as the panels order them, then by name
  const members = (
    await manager.find(HonorCouncilMember, {
      where: { councilId: context.council.id },
      relations: { intellectual: true },
    })
  ).sort(
    (a, b) =>
      PANEL_ROLES.indexOf(a.role) - PANEL_ROLES.indexOf(b.role) ||
      (a.intellectual?.fullName ?? '').localeCompare(b.intellectual?.fullName ?? '', 'vi') ||
      (a.id < b.id ? -1 : 1),
  );
  const memberIds = members.map((member) => member.id);
  const nominations = await roundNominations(manager, context.campaign.id, context.round);
  const [recusals, sheets] = memberIds.length
    ? await readTogether(manager, [
        () => manager.findBy(HonorRecusal, { councilMemberId: In(memberIds), liftedReason: IsNull() }),
        () =>
          manager.find(HonorScoreSheet, {
            where: { councilMemberId: In(memberIds) },
            order: { nominationId: 'ASC', councilMemberId: 'ASC' },
          }),
      ])
    : [[], []];
  return { members, nominations, recusals, sheets };
}

/** The nomination in the round, or null. */
export async function nominationInRound(
  manager: EntityManager,
  context: RoundContext,
  nominationId: string,
): Promise<HonorNomination | null> {
  const nomination = await manager.findOne(HonorNomination, {
    where: { id: nominationId, campaignId: context.campaign.id, state: 'accepted' },
    relations: { nominee: true },
  });
  return nomination && (nomination.reachedRound ?? 0) >= context.round ? nomination : null;
}

/** The member's recusal from the nomination, if not lifted. */
export function activeRecusal(manager: EntityManager, memberId: string, nominationId: string) {
  return manager.findOneBy(HonorRecusal, {
    councilMemberId: memberId,
    nominationId,
    liftedReason: IsNull(),
  });
}

export const isRecused = (board: RoundBoard, memberId: string, nominationId: string) =>
  board.recusals.some(
    (recusal) => recusal.councilMemberId === memberId && recusal.nominationId === nominationId,
  );
