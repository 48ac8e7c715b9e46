import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService } from '../../audit';
import { Principal } from '../../common/access/principal';
import { DomainError } from '../../common/errors/domain-error';
import { staleVersion } from '../../common/http/etag';
import { CAMPAIGN_STATE_NAMES_VI, CampaignState, mayMoveCampaign } from './campaign-states';
import { HonorCampaign } from './honor-campaign.entity';

/**
 * The one way a campaign changes state: checks the move against campaign-states.ts, bumps the version
 * with a guarded UPDATE and writes the audit entry in the caller's transaction.
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
    const saved = await manager
      .createQueryBuilder()
      .update(HonorCampaign)
      .set({ state: to, version: () => 'version + 1' })
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
      changes: { state: { before: from, after: to } },
    });
    campaign.state = to;
    campaign.version += 1;
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
