import { Injectable } from '@nestjs/common';
import { EntityManager, Not } from 'typeorm';
import { NOMINATION_NOT_FOUND, requireAccess } from '../../common/access/access';
import { Permission } from '../../common/access/permissions';
import { Principal } from '../../common/access/principal';
import { staleVersion, Tagged } from '../../common/http/etag';
import { Page, page, PageQuery } from '../../common/pagination/page';
import { HonorCampaign } from '../campaigns';
import { eligibilityColumns, NominationEligibility } from './nomination-eligibility.service';
import { invalidNominationMove, nominationsClosed } from './nomination-problems';
import { lockCampaign, NominationStore, VIEW_RELATIONS } from './nomination-store';
import { mayMoveNomination } from './nomination-states';
import { DeclineNominationDto } from './nomination.dto';
import { HonorNomination } from './nomination.entity';
import { NominationView } from './nomination.views';

/**
 * The nominee's side: the nominations of oneself (once submitted), accepted or declined while the
 * campaign is open. A nomination counts only once accepted; a declined one is never reopened.
 */
@Injectable()
export class NomineeAnswers {
  constructor(
    private readonly store: NominationStore,
    private readonly eligibility: NominationEligibility,
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
    return page(
      items.map((item) => NominationView.of(item)),
      total,
      query,
    );
  }

  /** Accepting evaluates eligibility again, so the nomination counts with the facts of today. */
  async accept(id: string, principal: Principal): Promise<Tagged<NominationView>> {
    return this.answer(id, principal, async (manager, nomination, campaign) => {
      if (nomination.state !== 'submitted') throw invalidNominationMove(nomination.state, 'accepted');
      const results = await this.eligibility.evaluate(manager, campaign, nomination);
      return {
        columns: { ...eligibilityColumns(nomination, results), state: 'accepted', answeredAt: new Date() },
        action: 'honor_nomination.accept',
      };
    });
  }

  async decline(
    id: string,
    input: DeclineNominationDto,
    principal: Principal,
  ): Promise<Tagged<NominationView>> {
    return this.answer(id, principal, (_manager, nomination) => {
      if (!mayMoveNomination(nomination.state, 'declined')) {
        throw invalidNominationMove(nomination.state, 'declined');
      }
      return Promise.resolve({
        columns: { state: 'declined' as const, answeredAt: new Date(), declineReason: input.reason ?? null },
        action: 'honor_nomination.decline',
      });
    });
  }

  private async answer(
    id: string,
    principal: Principal,
    decide: (
      manager: EntityManager,
      nomination: HonorNomination,
      campaign: HonorCampaign,
    ) => Promise<{ columns: Partial<HonorNomination>; action: string }>,
  ): Promise<Tagged<NominationView>> {
    requireAccess(principal, Permission.OwnNominations);
    await this.store.dataSource.transaction(async (manager) => {
      // another person's nomination, or a draft not yet sent, does not exist for the caller
      const nomination = await manager.findOne(HonorNomination, {
        where: { id, nomineeId: principal.intellectualId as string, state: Not('draft') },
        lock: { mode: 'pessimistic_write' },
      });
      if (!nomination) throw NOMINATION_NOT_FOUND();
      const campaign = await lockCampaign(manager, nomination.campaignId);
      if (campaign.state !== 'open') throw nominationsClosed(campaign);
      const before = nomination.state;
      const { columns, action } = await decide(manager, nomination, campaign);
      const saved = await this.store.save(manager, nomination, columns, {
        actor: principal,
        action,
        changes: {
          state: { before, after: columns.state },
          ...(columns.declineReason ? { declineReason: { before: null, after: columns.declineReason } } : {}),
        },
      });
      if (!saved) throw staleVersion();
    });
    return this.store.view(id);
  }
}
