import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ActionTokens } from '../../common/action-tokens';
import { COUNCIL_NOT_FOUND } from '../../common/access/access';
import { DomainError } from '../../common/errors/domain-error';
import { linkLifetimeSeconds } from '../../panels';
import { HonorCampaign } from '../campaigns';
import { HonorCouncilMember } from './council-member.entity';
import type { RoundInfo } from './council-round';
import { HonorCouncil } from './honor-council.entity';

/**
 * A council member's personal scoring link (the opinion link's twin, src/panels/opinions): mailed
 * when scoring opens for the round, never redeemed, only checked (ActionTokens.peek), so it works any
 * number of times until the round's deadline day ends; and it is over (410) as soon as the round is:
 * its result recorded, or the campaign past the round. Each write checks the scoring window, the
 * recusal and the lock exactly as the signed-in route does (SheetsService).
 */
export const SCORING_LINK_PURPOSE = 'honor-scoring';
/** The web app's page that scores with the token in its fragment. */
export const SCORING_LINK_PAGE = '/scoring-link';
/** The header the page sends the token in: never a path or query, which land in access logs. */
export const SCORING_TOKEN_HEADER = 'x-scoring-token';

/** A round without a deadline (or opened after it): the tokens' longest life; the round's end still ends it. */
const NO_DEADLINE_SECONDS = 90 * 24 * 3600;

/** The seat a link stands for. */
export interface LinkedCouncilSeat {
  campaignId: string;
  round: number;
  memberId: string;
  /** What the link's page shows around the sheets. */
  campaignTitle: string;
  roundName: string | null;
  deadline: string | null;
  memberName: string;
}

@Injectable()
export class ScoringLinks {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: ActionTokens,
  ) {}

  /** A fresh link for the member, valid until the round's deadline day ends. Inside the caller's transaction. */
  async issue(
    manager: EntityManager,
    member: Pick<HonorCouncilMember, 'id'>,
    round: Pick<RoundInfo, 'deadline'>,
  ): Promise<string> {
    const token = await this.tokens.issue(manager, {
      purpose: SCORING_LINK_PURPOSE,
      subjectId: member.id,
      ttlSeconds: (round.deadline && linkLifetimeSeconds(round.deadline)) || NO_DEADLINE_SECONDS,
    });
    return this.tokens.link(SCORING_LINK_PAGE, token);
  }

  /**
   * 400 without a token, 404/410 for an unknown or expired one, 404 when the seat is gone, 410 once
   * the round is over (result recorded, or no longer the campaign's current review round).
   */
  async resolve(token: string | undefined): Promise<LinkedCouncilSeat> {
    if (!token) {
      throw DomainError.invalidField(
        'X-Scoring-Token',
        'Send the token of your scoring link in the X-Scoring-Token header',
        'Cần gửi mã của liên kết chấm điểm trong tiêu đề X-Scoring-Token',
      );
    }
    const manager = this.dataSource.manager;
    const grant = await this.tokens.peek(manager, token, SCORING_LINK_PURPOSE);
    const member = await manager.findOne(HonorCouncilMember, {
      where: { id: grant.subjectId },
      relations: { intellectual: true },
      withDeleted: true,
    });
    const council = member && (await manager.findOneBy(HonorCouncil, { id: member.councilId }));
    const campaign = council && (await manager.findOneBy(HonorCampaign, { id: council.campaignId }));
    if (!member || !council || !campaign) throw COUNCIL_NOT_FOUND();
    if (council.result || campaign.state !== 'in_review' || campaign.currentRound !== council.round) {
      throw roundOver(council.round);
    }
    const setup = campaign.rounds[council.round - 1];
    return {
      campaignId: campaign.id,
      round: council.round,
      memberId: member.id,
      campaignTitle: campaign.title,
      roundName: setup?.name ?? null,
      deadline: setup?.deadline ?? null,
      memberName: member.intellectual?.fullName ?? '',
    };
  }
}

function roundOver(round: number): DomainError {
  return new DomainError(
    'ACTION_TOKEN_EXPIRED',
    {
      en: `Scoring of review round ${round} is over: this link no longer works`,
      vi: `Vòng xét chọn ${round} đã kết thúc chấm điểm: liên kết này không còn dùng được`,
    },
    [
      {
        field: 'token',
        message: 'token has expired: the round is over',
        messageVi: 'token đã hết hạn: vòng xét chọn đã kết thúc',
      },
    ],
  );
}
