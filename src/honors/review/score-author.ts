import { EntityManager } from 'typeorm';
import { COUNCIL_NOT_FOUND } from '../../common/access/access';
import { Principal } from '../../common/access/principal';
import { finalRoundOf } from '../campaigns';
import { findRound, HonorCouncilMember } from '../councils';
import type { RoundLock } from '../councils';
import { loadRound, RoundContext } from './review-seats';

/**
 * Who scores: the signed-in member, or whoever holds the member's personal scoring link (no account
 * needed; the link names the seat itself, src/honors/councils/scoring-links.ts).
 */
export type ScoreAuthor = { principal: Principal } | { linkMemberId: string };

/** The audit actor (none for a link: its holder is no account) and how the member scored. */
export function auditedScorer(author: ScoreAuthor) {
  return 'principal' in author
    ? { actor: author.principal, via: 'account' as const }
    : { actor: undefined, via: 'link' as const };
}

/**
 * The round as loadRound reads it, for either author: signed in, with the access rules of the
 * council routes; by link, the seat the link names, when it sits on this round's council (else 404),
 * with the same rows locked the same way.
 */
export async function loadAuthorRound(
  manager: EntityManager,
  campaignId: string,
  round: number,
  author: ScoreAuthor,
  lock?: RoundLock,
): Promise<RoundContext> {
  if ('principal' in author) {
    return loadRound(manager, campaignId, round, author.principal, { officersOnly: false, lock });
  }
  const { campaign, council } = await findRound(manager, campaignId, round, lock);
  const seat = council
    ? await manager.findOneBy(HonorCouncilMember, { id: author.linkMemberId, councilId: council.id })
    : null;
  if (!campaign || !council || !seat) throw COUNCIL_NOT_FOUND();
  return { campaign, council, round, seat, final: round >= finalRoundOf(campaign) };
}
