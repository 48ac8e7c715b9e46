import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ActionTokens } from '../../common/action-tokens';
import { DomainError } from '../../common/errors/domain-error';
import { PanelMember } from '../panel';
import { deadlineEnd } from '../requests';
import type { ReviewRequest } from '../requests';
import { REQUEST_NOT_FOUND } from '../../common/access/access';

/**
 * A member's personal opinion link. Unlike the invitation's tokens it is never redeemed, only
 * checked (ActionTokens.peek), so it works any number of times until it expires at the end of the
 * deadline day; the window (lock, state) is checked on every write as for the signed-in route.
 */
export const OPINION_LINK_PURPOSE = 'panel-opinion';
/** The web app's page that writes the opinion with the token in its fragment. */
export const OPINION_LINK_PAGE = '/opinions/write';
/** The header the page sends the token in: never a path or query, which land in access logs. */
export const OPINION_TOKEN_HEADER = 'x-opinion-token';

const MAX_TTL_SECONDS = 90 * 24 * 3600;

/** The seat a link stands for. */
export interface LinkedSeat {
  requestId: string;
  memberId: string;
}

@Injectable()
export class OpinionLinks {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: ActionTokens,
  ) {}

  /**
   * A fresh link for the member, valid until the deadline day ends (at most 90 days: a later
   * deadline is reached by the reminder's fresh link). Inside the caller's transaction.
   */
  async issue(
    manager: EntityManager,
    member: Pick<PanelMember, 'id'>,
    request: Pick<ReviewRequest, 'deadline'>,
  ): Promise<string> {
    const untilDeadline = Math.floor((deadlineEnd(request.deadline).getTime() - Date.now()) / 1000);
    const token = await this.tokens.issue(manager, {
      purpose: OPINION_LINK_PURPOSE,
      subjectId: member.id,
      ttlSeconds: Math.min(Math.max(untilDeadline, 1), MAX_TTL_SECONDS),
    });
    return this.tokens.link(OPINION_LINK_PAGE, token);
  }

  /** 400 without a token, 404/410 for an unknown or expired one, 404 when the seat is gone. */
  async resolve(token: string | undefined): Promise<LinkedSeat> {
    if (!token) {
      throw DomainError.invalidField(
        'X-Opinion-Token',
        'Send the token of your opinion link in the X-Opinion-Token header',
        'Cần gửi mã của liên kết gửi ý kiến trong tiêu đề X-Opinion-Token',
      );
    }
    const manager = this.dataSource.manager;
    const grant = await this.tokens.peek(manager, token, OPINION_LINK_PURPOSE);
    const seat = await manager
      .createQueryBuilder(PanelMember, 'm')
      .innerJoin('panel', 'p', 'p.id = m.panel_id')
      .select(['m.id AS "memberId"', 'p.review_request_id AS "requestId"'])
      .where('m.id = :id', { id: grant.subjectId })
      .getRawOne<LinkedSeat>();
    if (!seat) throw REQUEST_NOT_FOUND();
    return seat;
  }
}
