import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, In, IsNull, Not } from 'typeorm';
import { Page, page } from '../../common/pagination/page';
import { PublicProfiles } from '../../intellectuals';
import { CAMPAIGN_NOT_FOUND, HonorCampaign } from '../campaigns';
import type { CampaignState } from '../campaigns';
import { HonorNomination } from '../nominations/nomination.entity';
import { finalRankOrder } from './final-round';
import { PublicCampaignQuery } from './results.dto';
import {
  PublicHonorCampaignView,
  PublicHonoreeLevelView,
  PublicHonoreesView,
  PublicHonoreeView,
} from './public-honors.views';

/** Campaigns whose results are public: published, and kept public once archived after that. */
const PUBLIC_STATES: CampaignState[] = ['published', 'archived'];

/**
 * The public honoree lists. A person is named only when they consented to a public profile, decided
 * as the public directory decides it (PublicProfiles, read from PostgreSQL so a withdrawal counts at
 * once), and then only with public attributes; everyone else is counted per level. The registry has
 * no consent to be named without a public profile, so nobody is listed by name only.
 */
@Injectable()
export class PublicHonors {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly profiles: PublicProfiles,
  ) {}

  async list(query: PublicCampaignQuery): Promise<Page<PublicHonorCampaignView>> {
    const [campaigns, total] = await this.dataSource.manager.findAndCount(HonorCampaign, {
      where: { state: In(PUBLIC_STATES), decisionNumber: Not(IsNull()) },
      order: { decisionDate: 'DESC', year: 'DESC', id: 'DESC' },
      take: query.limit,
      skip: query.offset,
    });
    const counts = await this.counts(campaigns.map((campaign) => campaign.id));
    return page(
      campaigns.map((campaign) =>
        campaignView(campaign, counts.get(campaign.id) ?? new Map<string, number>()),
      ),
      total,
      query,
    );
  }

  async honorees(id: string): Promise<PublicHonoreesView> {
    const campaign = isUUID(id)
      ? await this.dataSource.manager.findOneBy(HonorCampaign, {
          id,
          state: In(PUBLIC_STATES),
          decisionNumber: Not(IsNull()),
        })
      : null;
    if (!campaign) throw CAMPAIGN_NOT_FOUND();
    const nominations = await this.dataSource.manager.find(HonorNomination, {
      where: { campaignId: id, prizeLevelCode: Not(IsNull()), state: 'accepted' },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const order = await finalRankOrder(this.dataSource.manager, campaign);
    nominations.sort((a, b) => (order.get(a.id) ?? Infinity) - (order.get(b.id) ?? Infinity));
    const levels: PublicHonoreeLevelView[] = campaign.prizeLevels.map((level) => ({
      code: level.code,
      name: level.name,
      honorees: [],
      otherHonorees: 0,
    }));
    const byCode = new Map(levels.map((level) => [level.code, level]));
    for (const nomination of nominations) {
      const level = byCode.get(nomination.prizeLevelCode!);
      if (!level) continue;
      const profile = await this.profiles.find(nomination.nomineeId);
      if (!profile) {
        level.otherHonorees += 1;
        continue;
      }
      const honoree: PublicHonoreeView = {
        profileId: profile.id,
        fullName: profile.fullName,
        organizationName: profile.organizationName,
      };
      level.honorees.push(honoree);
    }
    const counts = new Map(levels.map((level) => [level.code, level.honorees.length + level.otherHonorees]));
    return { campaign: campaignView(campaign, counts), levels };
  }

  /** Honorees per campaign and level. */
  private async counts(ids: string[]): Promise<Map<string, Map<string, number>>> {
    const result = new Map<string, Map<string, number>>();
    if (ids.length === 0) return result;
    const rows = await this.dataSource.manager
      .createQueryBuilder(HonorNomination, 'n')
      .select('n.campaign_id', 'campaignId')
      .addSelect('n.prize_level_code', 'code')
      .addSelect('count(*)::int', 'count')
      .where('n.campaign_id IN (:...ids)', { ids })
      .andWhere('n.prize_level_code IS NOT NULL')
      .andWhere(`n.state = 'accepted'`)
      .groupBy('n.campaign_id')
      .addGroupBy('n.prize_level_code')
      .getRawMany<{ campaignId: string; code: string; count: number }>();
    for (const row of rows) {
      if (!result.has(row.campaignId)) result.set(row.campaignId, new Map());
      result.get(row.campaignId)!.set(row.code, row.count);
    }
    return result;
  }
}

function campaignView(campaign: HonorCampaign, counts: Map<string, number>): PublicHonorCampaignView {
  const levels = campaign.prizeLevels.map((level) => ({
    code: level.code,
    name: level.name,
    honorees: counts.get(level.code) ?? 0,
  }));
  return {
    id: campaign.id,
    kind: campaign.kind,
    title: campaign.title,
    year: campaign.year,
    organizerName: campaign.organizerName,
    decisionNumber: campaign.decisionNumber!,
    decisionDate: campaign.decisionDate!,
    honorees: levels.reduce((sum, level) => sum + level.honorees, 0),
    levels,
  };
}
