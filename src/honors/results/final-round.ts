import { EntityManager } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error';
import { finalRoundOf, type HonorCampaign } from '../campaigns';
import { HonorCouncil } from '../councils';
import type { RoundResult } from '../review';

/** A council whose result both its secretary and its chair confirmed. */
export type ConfirmedCouncil = HonorCouncil & { result: RoundResult };

export function isConfirmed(council: HonorCouncil | null): council is ConfirmedCouncil {
  return !!council?.result && !!council.secretaryConfirmedAt && !!council.chairConfirmedAt;
}

/** The council of `round` (1 first) with its confirmed result, or a 409 naming what is missing. */
export async function confirmedCouncil(
  manager: EntityManager,
  campaign: HonorCampaign,
  round: number,
): Promise<ConfirmedCouncil> {
  const council = await manager.findOneBy(HonorCouncil, { campaignId: campaign.id, round });
  if (isConfirmed(council)) return council;
  const name = campaign.rounds[round - 1]?.name ?? String(round);
  const missing = [
    ...(!council?.result || !council.secretaryConfirmedAt ? [{ en: 'secretary', vi: 'thư ký' }] : []),
    ...(!council?.result || !council.chairConfirmedAt ? [{ en: 'chair', vi: 'chủ tịch' }] : []),
  ];
  throw new DomainError(
    'ROUND_NOT_CONFIRMED',
    {
      en: `Round ${round} (${name}) has no result confirmed by its ${missing.map((m) => m.en).join(' and ')}`,
      vi: `Vòng ${round} (${name}) chưa có kết quả được ${missing.map((m) => m.vi).join(' và ')} hội đồng xác nhận`,
    },
    [
      {
        field: 'round',
        message: `Round ${round} is not confirmed`,
        messageVi: `Vòng ${round} chưa được xác nhận`,
      },
    ],
  );
}

/**
 * Each nomination's place in the final round's confirmed result (empty before it is confirmed), so
 * honorees are listed as the council ranked them.
 */
export async function finalRankOrder(
  manager: EntityManager,
  campaign: HonorCampaign,
): Promise<Map<string, number>> {
  const council = await manager.findOneBy(HonorCouncil, {
    campaignId: campaign.id,
    round: finalRoundOf(campaign),
  });
  if (!isConfirmed(council)) return new Map();
  return new Map(council.result.nominations.map((item, index) => [item.nominationId, index]));
}
