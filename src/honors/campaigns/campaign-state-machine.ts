import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService } from '../../audit';
import { Principal } from '../../common/access/principal';
import { DomainError } from '../../common/errors/domain-error';
import { staleVersion } from '../../common/http/etag';
import { CAMPAIGN_STATE_NAMES_VI, CampaignState, mayMoveCampaign } from './campaign-states';
import { HonorCampaign } from './honor-campaign.entity';
import { startReview } from './review-start';

/**
 * The one way a campaign changes state: checks the move against campaign-states.ts, bumps the version
 * with a guarded UPDATE and writes the audit entry in the caller's transaction. Starting the review
 * (→ in_review) also opens round 1 and moves the nominations (review-start.ts).
 */
@Injectable()
export class CampaignStateMachine {
  constructor(private readonly audit: AuditService) {}

  async transition(
    manager: EntityManager,
    campaign: HonorCampaign,
    to: CampaignState,
    actor: Principal,
  ): Promise<void> {
    const from = campaign.state;
    if (!mayMoveCampaign(from, to)) throw invalidCampaignTransition(from, to);
    const starting = to === 'in_review';
    const saved = await manager
      .createQueryBuilder()
      .update(HonorCampaign)
      .set({ state: to, version: () => 'version + 1', ...(starting ? { currentRound: 1 } : {}) })
      .where('id = :id AND version = :version AND state = :from', {
        id: campaign.id,
        version: campaign.version,
        from,
      })
      .execute();
    if (saved.affected !== 1) throw staleVersion();
    await this.audit.record(manager, {
      actor,
      action: 'honor_campaign.transition',
      entityType: 'honor_campaign',
      entityId: campaign.id,
      changes: {
        state: { before: from, after: to },
        ...(starting ? { currentRound: { before: campaign.currentRound, after: 1 } } : {}),
      },
    });
    campaign.state = to;
    campaign.version += 1;
    if (starting) {
      campaign.currentRound = 1;
      await startReview(manager, this.audit, campaign, actor);
    }
  }
}

function invalidCampaignTransition(from: CampaignState, to: CampaignState): DomainError {
  return new DomainError(
    'INVALID_TRANSITION',
    {
      en: `A campaign in state ${from} cannot move to ${to}`,
      vi: `Đợt xét chọn đang ở trạng thái "${CAMPAIGN_STATE_NAMES_VI[from]}" không thể chuyển sang "${CAMPAIGN_STATE_NAMES_VI[to]}"`,
    },
    [
      {
        field: 'to',
        message: `${from} → ${to} is not allowed`,
        messageVi: `Không được chuyển "${CAMPAIGN_STATE_NAMES_VI[from]}" → "${CAMPAIGN_STATE_NAMES_VI[to]}"`,
      },
    ],
  );
}
