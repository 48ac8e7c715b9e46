import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull, Not } from 'typeorm';
import { AuditService } from '../../audit';
import { requireAccess } from '../../common/access/access';
import { Permission } from '../../common/access/permissions';
import { Principal } from '../../common/access/principal';
import { DomainError } from '../../common/errors/domain-error';
import { staleVersion, Tagged } from '../../common/http/etag';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { Intellectual, ProfilePartsService, ProfileWriter } from '../../intellectuals';
import { mailAddressOf, mailLocaleOf } from '../../panels';
import { MailOutbox } from '../../platform/mail';
import {
  CAMPAIGN_NOT_FOUND,
  CampaignsService,
  CampaignStateMachine,
  finalRoundOf,
  HonorCampaign,
  PrizeLevel,
  SAME_HONOR_PRIZE_CODES,
} from '../campaigns';
import { CampaignView } from '../campaigns/campaign.views';
import { HonorNomination } from '../nominations/nomination.entity';
import { confirmedCouncil } from './final-round';
import { CampaignDecisionDto } from './results.dto';

/** The web page where a person sees their own profile (and the award the publication added). */
const OWN_PROFILE_PAGE = '/me';

/**
 * The end of a campaign: the decision (in_review → decided) once the final round's result is confirmed
 * and within the quotas, and the publication (decided → published), which writes each honoree's award
 * into their profile through the profile writer and mails them, in one transaction with the state.
 */
@Injectable()
export class CampaignDecisionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly states: CampaignStateMachine,
    private readonly campaigns: CampaignsService,
    private readonly writer: ProfileWriter,
    private readonly parts: ProfilePartsService,
    private readonly outbox: MailOutbox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async decide(
    id: string,
    version: number,
    input: CampaignDecisionDto,
    actor: Principal,
  ): Promise<Tagged<CampaignView>> {
    return this.write(id, version, actor, async (manager, campaign) => {
      // the state first: deciding a campaign that is not in review says so, whatever its councils
      if (campaign.state !== 'in_review') {
        await this.states.transition(manager, campaign, 'decided', actor);
        return;
      }
      const finalRound = finalRoundOf(campaign);
      await confirmedCouncil(manager, campaign, finalRound);
      const honorees = await honoreesOf(manager, campaign.id);
      requireWithinQuotas(campaign.prizeLevels, honorees);
      const decisionNumber = input.decisionNumber.trim().normalize('NFC');
      await manager.update(
        HonorCampaign,
        { id: campaign.id, version: campaign.version },
        { decisionNumber, decisionDate: input.decisionDate, currentRound: finalRound },
      );
      await this.audit.record(manager, {
        actor,
        action: 'honor_campaign.decide',
        entityType: 'honor_campaign',
        entityId: campaign.id,
        changes: {
          decisionNumber: { before: campaign.decisionNumber, after: decisionNumber },
          decisionDate: { before: campaign.decisionDate, after: input.decisionDate },
          honorees: { before: null, after: honorees.length },
        },
      });
      await this.states.transition(manager, campaign, 'decided', actor);
    });
  }

  async publish(id: string, version: number, actor: Principal): Promise<Tagged<CampaignView>> {
    return this.write(id, version, actor, async (manager, campaign) => {
      if (campaign.state !== 'decided') {
        await this.states.transition(manager, campaign, 'published', actor);
        return;
      }
      const honorees = await honoreesOf(manager, campaign.id);
      // one profile row lock after the other in id order, so two writes never deadlock
      honorees.sort((a, b) => (a.nomineeId < b.nomineeId ? -1 : 1));
      const levels = new Map(campaign.prizeLevels.map((level) => [level.code, level]));
      const prizeCode = SAME_HONOR_PRIZE_CODES(campaign.kind)[0] ?? null;
      const provenance = {
        source: 'association' as const,
        verification: 'verified' as const,
        verifiedBy: actor.accountId,
        verifiedAt: new Date().toISOString(),
      };
      for (const nomination of honorees) {
        const level = levels.get(nomination.prizeLevelCode!)!;
        const item = await this.parts.parseNew('awards', {
          name: `${campaign.title} – ${level.name}`.slice(0, 500),
          prizeCode,
          level: 'provincial',
          issuer: campaign.organizerName.slice(0, 300),
          year: campaign.year,
        });
        await this.writer.changeWithin(manager, nomination.nomineeId, actor, async (unit) => {
          await this.parts.addOne(unit, 'awards', { ...item, campaignId: campaign.id }, 'association', {
            provenance,
            purpose: `honor campaign ${campaign.id}, decision ${campaign.decisionNumber}`,
          });
          await this.mail(manager, campaign, level, unit.profile);
        });
      }
      await this.audit.record(manager, {
        actor,
        action: 'honor_campaign.publish',
        entityType: 'honor_campaign',
        entityId: campaign.id,
        changes: { awardedProfiles: { before: null, after: honorees.map((item) => item.nomineeId) } },
      });
      await this.states.transition(manager, campaign, 'published', actor);
    });
  }

  private async mail(
    manager: EntityManager,
    campaign: HonorCampaign,
    level: PrizeLevel,
    person: Intellectual,
  ): Promise<void> {
    const to = mailAddressOf(person);
    // no address: the award is on the profile all the same
    if (!to) return;
    await this.outbox.enqueue(manager, {
      to,
      locale: mailLocaleOf(person),
      template: 'honor-awarded',
      data: {
        recipientName: person.fullName,
        campaignTitle: campaign.title,
        prizeLevel: level.name,
        organizer: campaign.organizerName,
        decisionNumber: campaign.decisionNumber ?? '',
        decisionDate: campaign.decisionDate ?? '',
        profileUrl: `${this.config.publicUrl}${OWN_PROFILE_PAGE}`,
      },
    });
  }

  private async write(
    id: string,
    version: number,
    actor: Principal,
    change: (manager: EntityManager, campaign: HonorCampaign) => Promise<void>,
  ): Promise<Tagged<CampaignView>> {
    requireAccess(actor, Permission.HonorsManage);
    await this.dataSource.transaction(async (manager) => {
      const campaign = await manager.findOne(HonorCampaign, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!campaign) throw CAMPAIGN_NOT_FOUND();
      if (campaign.version !== version) throw staleVersion();
      await change(manager, campaign);
    });
    return this.campaigns.get(id, actor);
  }
}

/** The accepted nominations the final round's confirmed result gave a prize level. */
export function honoreesOf(manager: EntityManager, campaignId: string): Promise<HonorNomination[]> {
  return manager.find(HonorNomination, {
    where: { campaignId, prizeLevelCode: Not(IsNull()), state: In(['accepted']) },
    order: { createdAt: 'ASC', id: 'ASC' },
  });
}

/** 409 naming the first level with more honorees than its quota (or a level the campaign does not have). */
function requireWithinQuotas(levels: readonly PrizeLevel[], honorees: readonly HonorNomination[]): void {
  const counts = new Map<string, number>();
  for (const item of honorees) counts.set(item.prizeLevelCode!, (counts.get(item.prizeLevelCode!) ?? 0) + 1);
  for (const [code, count] of counts) {
    const level = levels.find((candidate) => candidate.code === code);
    if (level && count <= level.quota) continue;
    const name = level?.name ?? code;
    throw new DomainError(
      'QUOTA_EXCEEDED',
      level
        ? {
            en: `${count} honorees at ${name} (${code}), over its quota of ${level.quota}`,
            vi: `${count} người đạt ${name} (${code}), vượt số lượng quy định là ${level.quota}`,
          }
        : {
            en: `${count} honorees at ${code}, a level the campaign does not define`,
            vi: `${count} người đạt mức ${code}, một mức giải đợt xét chọn không quy định`,
          },
      [
        {
          field: `prizeLevels.${code}`,
          message: `${name}: ${count} honorees, quota ${level?.quota ?? 0}`,
          messageVi: `${name}: ${count} người, số lượng quy định ${level?.quota ?? 0}`,
        },
      ],
    );
  }
}
