import { Injectable } from '@nestjs/common';
import { EntityManager, Not } from 'typeorm';
import { NOMINATION_NOT_FOUND, requireAccess } from '../../common/access/access';
import { ActionTokens } from '../../common/action-tokens';
import { Permission } from '../../common/access/permissions';
import { Principal } from '../../common/access/principal';
import { staleVersion, Tagged } from '../../common/http/etag';
import { Page, page, PageQuery } from '../../common/pagination/page';
import { HonorCampaign } from '../campaigns';
import { eligibilityColumns, NominationEligibility } from './nomination-eligibility.service';
import { invalidNominationMove, nominationsClosed } from './nomination-problems';
import { lockCampaign, NominationStore, VIEW_RELATIONS } from './nomination-store';
import { mayMoveNomination } from './nomination-states';
import { ANSWER_PURPOSE } from './nomination-mail';
import { DeclineNominationDto } from './nomination.dto';
import { HonorNomination } from './nomination.entity';
import { NominationLinkView, NominationView } from './nomination.views';

/** Who answers: the nominee signed in, or whoever holds the mailed link's token (no account). */
type Answerer = { principal: Principal } | { token: string };

type Decision = (
  manager: EntityManager,
  nomination: HonorNomination,
  campaign: HonorCampaign,
) => Promise<{ columns: Partial<HonorNomination>; action: string }>;

/**
 * The nominee's side: the nominations of oneself (once submitted), accepted or declined while the
 * campaign is open, signed in or with the mail's link. A nomination counts only once accepted; a
 * declined one is never reopened.
 */
@Injectable()
export class NomineeAnswers {
  constructor(
    private readonly store: NominationStore,
    private readonly eligibility: NominationEligibility,
    private readonly tokens: ActionTokens,
  ) {}

  async mine(query: PageQuery, principal: Principal): Promise<Page<NominationView>> {
    requireAccess(principal, Permission.OwnNominations);
    const [items, total] = await this.store.dataSource.manager.findAndCount(HonorNomination, {
      where: { nomineeId: principal.intellectualId as string, state: Not('draft') },
      relations: VIEW_RELATIONS,
      order: { createdAt: 'DESC', id: 'DESC' },
      take: query.limit,
      skip: query.offset,
    });
    await this.eligibility.refresh(items);
    return page(await this.store.viewsOf(items), total, query);
  }

  async accept(id: string, principal: Principal): Promise<Tagged<NominationView>> {
    await this.answer({ principal }, id, this.accepting);
    return this.store.view(id);
  }

  async decline(
    id: string,
    input: DeclineNominationDto,
    principal: Principal,
  ): Promise<Tagged<NominationView>> {
    await this.answer({ principal }, id, declining(input.reason));
    return this.store.view(id);
  }

  /** What the mailed link is for, without using it: only what the mail itself said. */
  async peekLink(token: string): Promise<NominationLinkView> {
    const manager = this.store.dataSource.manager;
    const grant = await this.tokens.peek(manager, token, ANSWER_PURPOSE);
    return { ...(await this.linkView(grant.subjectId)), linkExpiresAt: grant.expiresAt.toISOString() };
  }

  /** The link's answer; a refused one rolls back with the redemption, so the link stays usable. */
  async answerByLink(
    token: string,
    answer: 'accepted' | 'declined',
    reason: string | undefined,
  ): Promise<NominationLinkView> {
    const id = await this.answer({ token }, null, answer === 'accepted' ? this.accepting : declining(reason));
    return { ...(await this.linkView(id)), linkExpiresAt: null };
  }

  /** Accepting evaluates eligibility again, so the nomination counts with the facts of today. */
  private readonly accepting: Decision = async (manager, nomination, campaign) => {
    if (nomination.state !== 'submitted') throw invalidNominationMove(nomination.state, 'accepted');
    const results = await this.eligibility.evaluate(manager, campaign, nomination);
    return {
      columns: { ...eligibilityColumns(nomination, results), state: 'accepted', answeredAt: new Date() },
      action: 'honor_nomination.accept',
    };
  };

  /** Returns the nomination's id. */
  private async answer(who: Answerer, id: string | null, decide: Decision): Promise<string> {
    if ('principal' in who) requireAccess(who.principal, Permission.OwnNominations);
    return this.store.dataSource.transaction(async (manager) => {
      const nomination = await this.lockAnswered(manager, who, id);
      const campaign = await lockCampaign(manager, nomination.campaignId);
      if (campaign.state !== 'open') throw nominationsClosed(campaign);
      const before = nomination.state;
      const { columns, action } = await decide(manager, nomination, campaign);
      const saved = await this.store.save(manager, nomination, columns, {
        actor: 'principal' in who ? who.principal : undefined,
        action,
        changes: {
          state: { before, after: columns.state },
          ...(columns.declineReason ? { declineReason: { before: null, after: columns.declineReason } } : {}),
          answeredVia: { before: null, after: 'principal' in who ? 'account' : 'link' },
        },
      });
      if (!saved) throw staleVersion();
      return nomination.id;
    });
  }

  /** The nomination answered, locked: the caller's own, or the one the link's token names (used up). */
  private async lockAnswered(
    manager: EntityManager,
    who: Answerer,
    id: string | null,
  ): Promise<HonorNomination> {
    const where =
      'principal' in who
        ? // another person's nomination, or a draft not yet sent, does not exist for the caller
          {
            id: id as string,
            nomineeId: who.principal.intellectualId as string,
            state: Not('draft' as const),
          }
        : { id: (await this.tokens.redeem(manager, who.token, ANSWER_PURPOSE)).subjectId };
    const nomination = await manager.findOne(HonorNomination, {
      where,
      lock: { mode: 'pessimistic_write' },
    });
    if (!nomination) throw NOMINATION_NOT_FOUND();
    return nomination;
  }

  private async linkView(id: string): Promise<Omit<NominationLinkView, 'linkExpiresAt'>> {
    const nomination = await this.store.loadForView(id);
    return NominationLinkView.of(nomination);
  }
}

function declining(reason: string | undefined): Decision {
  return (_manager, nomination) => {
    if (!mayMoveNomination(nomination.state, 'declined')) {
      throw invalidNominationMove(nomination.state, 'declined');
    }
    return Promise.resolve({
      columns: { state: 'declined' as const, answeredAt: new Date(), declineReason: reason ?? null },
      action: 'honor_nomination.decline',
    });
  };
}
