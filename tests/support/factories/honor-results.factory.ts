import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { HonorCampaign } from '../../../src/honors/campaigns/honor-campaign.entity';
import { HonorCouncil } from '../../../src/honors/councils/honor-council.entity';
import { HonorNomination } from '../../../src/honors/nominations/nomination.entity';
import { aggregateRound } from '../../../src/honors/review/aggregation';

/**
 * A campaign whose final round the council confirmed, written straight through the DataSource (the
 * councils' and sheets' own routes are tested elsewhere): accepted nominations for `nominees`, one
 * council per round (the final one with the result aggregated from one sheet per member and nominee,
 * confirmed by secretary and chair unless `confirmed` says otherwise), each nomination's prize level as
 * `levels` gives it, and the campaign in review at its final round. Scores descend in the given order.
 */
export async function confirmedFinalRound(
  dataSource: DataSource,
  campaignId: string,
  honorees: Array<{ nomineeId: string; level: string | null }>,
  { confirmed = { secretary: true, chair: true }, createdBy = randomUUID() } = {},
): Promise<{ nominationIds: string[]; councilId: string }> {
  const manager = dataSource.manager;
  const campaign = await manager.findOneByOrFail(HonorCampaign, { id: campaignId });
  const final = Math.max(1, campaign.rounds.length);
  const nominations = await manager.save(
    HonorNomination,
    honorees.map((honoree, index) =>
      manager.create(HonorNomination, {
        campaignId,
        nomineeId: honoree.nomineeId,
        nominatedBy: 'staff',
        createdBy,
        category: campaign.categories[0] ?? null,
        work: {
          title: `Công trình số ${index + 1} về nuôi biển`,
          summary: 'Tóm tắt',
          appliedIn: 'Nha Trang',
          fromYear: 2020,
          toYear: 2024,
        },
        eligibility: [],
        eligible: true,
        state: 'accepted',
        submittedAt: new Date(Date.now() - 86_400_000 + index),
        answeredAt: new Date(),
        reachedRound: final,
        prizeLevelCode: honoree.level,
      }),
    ),
  );
  const definition = campaign.scoring!;
  const members = [randomUUID(), randomUUID(), randomUUID()];
  const result = aggregateRound({
    definition,
    round: final,
    final: true,
    prizeLevels: campaign.prizeLevels,
    nominations: nominations.map((item) => ({
      nominationId: item.id,
      submittedAt: item.submittedAt!.toISOString(),
    })),
    sheets: nominations.flatMap((item, index) =>
      members.map((memberId, member) => ({
        memberId,
        nominationId: item.id,
        submitted: true,
        scores: Object.fromEntries(
          definition.criteria.map((criterion, at) => [criterion.code, 95 - 5 * index - member - at]),
        ),
      })),
    ),
  });
  const now = new Date();
  for (let round = 1; round < final; round += 1) {
    await manager.save(HonorCouncil, manager.create(HonorCouncil, { campaignId, round }));
  }
  const council = await manager.save(
    HonorCouncil,
    manager.create(HonorCouncil, {
      campaignId,
      round: final,
      scoringOpenedAt: now,
      result,
      secretaryConfirmedBy: confirmed.secretary ? randomUUID() : null,
      secretaryConfirmedAt: confirmed.secretary ? now : null,
      chairConfirmedBy: confirmed.chair ? randomUUID() : null,
      chairConfirmedAt: confirmed.chair ? now : null,
    }),
  );
  await manager.update(HonorCampaign, { id: campaignId }, { state: 'in_review', currentRound: final });
  return { nominationIds: nominations.map((item) => item.id), councilId: council.id };
}
