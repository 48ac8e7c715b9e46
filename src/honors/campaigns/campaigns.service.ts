import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, FindOptionsWhere, In } from 'typeorm';
import { AuditService, diff } from '../../audit';
import { Organization } from '../../catalog';
import { requireAccess } from '../../common/access/access';
import { Permission } from '../../common/access/permissions';
import { Principal } from '../../common/access/principal';
import { DomainError } from '../../common/errors/domain-error';
import { staleVersion, Tagged } from '../../common/http/etag';
import { Page, page, PageQuery } from '../../common/pagination/page';
import { CampaignContent, campaignContentOf, requireValidContent } from './campaign-content';
import { parseCriteria } from './campaign-criteria';
import { DEFAULT_SCALE, ScoringDefinition, TieBreakRule } from './campaign-scoring';
import { CampaignStateMachine } from './campaign-state-machine';
import {
  CAMPAIGN_STATE_NAMES_VI,
  CampaignState,
  EDITABLE_CAMPAIGN_STATES,
  mayMoveCampaign,
} from './campaign-states';
import { CampaignQuery, CreateCampaignDto, ScoringInput, UpdateCampaignDto } from './campaign.dto';
import { CampaignView, EligibilityView, OpenCampaignView } from './campaign.views';
import { EligibilityService } from './eligibility.service';
import { HonorCampaign } from './honor-campaign.entity';

export const CAMPAIGN_NOT_FOUND = () => DomainError.notFound('Honor campaign', 'đợt xét chọn, tôn vinh');

/**
 * Honor campaigns for association staff: setup with criteria as data, its states, and each
 * person's eligibility. Every write is one transaction with its audit entry.
 */
@Injectable()
export class CampaignsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly states: CampaignStateMachine,
    private readonly eligibility: EligibilityService,
  ) {}

  async create(input: CreateCampaignDto, principal: Principal): Promise<Tagged<CampaignView>> {
    requireAccess(principal, Permission.HonorsManage);
    const id = await this.dataSource.transaction(async (manager) => {
      const content = await contentOf(manager, input, {
        kind: input.kind,
        organizerOrganizationId: null,
        organizerName: '',
        ceremonyDate: null,
        categories: [],
        prizeLevels: [],
        rounds: [],
        criteria: [],
        scoring: null,
        allowsSelfNomination: false,
      });
      const campaign = manager.create(HonorCampaign, {
        ...content,
        state: 'draft',
        createdBy: principal.accountId,
        version: 1,
      });
      await manager.save(campaign);
      await this.audit.record(manager, {
        actor: principal,
        action: 'honor_campaign.create',
        entityType: 'honor_campaign',
        entityId: campaign.id,
        changes: diff({}, { ...content, state: 'draft' }),
      });
      return campaign.id;
    });
    return this.get(id, principal);
  }

  async get(id: string, principal: Principal): Promise<Tagged<CampaignView>> {
    requireAccess(principal, Permission.HonorsManage);
    const campaign = await this.load(this.dataSource.manager, id);
    return new Tagged(CampaignView.of(campaign), campaign.version);
  }

  async list(query: CampaignQuery, principal: Principal): Promise<Page<CampaignView>> {
    requireAccess(principal, Permission.HonorsManage);
    const where: FindOptionsWhere<HonorCampaign> = {};
    if (query.state?.length) where.state = In(query.state);
    if (query.kind?.length) where.kind = In(query.kind);
    const [items, total] = await this.dataSource.manager.findAndCount(HonorCampaign, {
      where,
      order: { year: 'DESC', createdAt: 'DESC', id: 'DESC' },
      take: query.limit,
      skip: query.offset,
    });
    return page(
      items.map((item) => CampaignView.of(item)),
      total,
      query,
    );
  }

  /** For nominators: the campaigns taking nominations (state open), closing soonest first. */
  async listOpen(query: PageQuery, principal: Principal): Promise<Page<OpenCampaignView>> {
    requireAccess(principal, Permission.NominationsRead);
    const [items, total] = await this.dataSource.manager.findAndCount(HonorCampaign, {
      where: { state: 'open' },
      order: { nominationsClose: 'ASC', createdAt: 'ASC', id: 'ASC' },
      take: query.limit,
      skip: query.offset,
    });
    return page(
      items.map((item) => OpenCampaignView.of(item)),
      total,
      query,
    );
  }

  /** Changes the setup while the campaign is a draft or open for nominations. */
  async update(
    id: string,
    version: number,
    input: UpdateCampaignDto,
    principal: Principal,
  ): Promise<Tagged<CampaignView>> {
    return this.write(id, version, principal, async (manager, campaign) => {
      if (!EDITABLE_CAMPAIGN_STATES.includes(campaign.state)) throw notEditable(campaign.state);
      const before = campaignContentOf(campaign);
      const content = await contentOf(manager, input, before);
      const changes = diff({ ...before }, { ...content });
      if (Object.keys(changes).length === 0) return;
      const saved = await manager
        .createQueryBuilder()
        .update(HonorCampaign)
        .set({ ...content, version: () => 'version + 1' })
        .where('id = :id AND version = :version', { id, version })
        .execute();
      if (saved.affected !== 1) throw staleVersion();
      await this.audit.record(manager, {
        actor: principal,
        action: 'honor_campaign.update',
        entityType: 'honor_campaign',
        entityId: id,
        changes,
      });
    });
  }

  async transition(
    id: string,
    version: number,
    to: CampaignState,
    principal: Principal,
  ): Promise<Tagged<CampaignView>> {
    return this.write(id, version, principal, (manager, campaign) => {
      // the decision and the publication carry their own checks and effects (results routes)
      if ((to === 'decided' || to === 'published') && mayMoveCampaign(campaign.state, to)) {
        throw useResultRoute(to);
      }
      return this.states.transition(manager, campaign, to, principal);
    });
  }

  async eligibilityOf(id: string, intellectualId: string, principal: Principal): Promise<EligibilityView> {
    requireAccess(principal, Permission.HonorsManage);
    const campaign = await this.load(this.dataSource.manager, id);
    const results = await this.eligibility.evaluateEligibility(campaign, intellectualId);
    return EligibilityView.of(campaign.id, intellectualId, results);
  }

  /** Runs a change on the campaign locked at the version the caller read (If-Match), then answers the result. */
  private async write(
    id: string,
    version: number,
    principal: Principal,
    change: (manager: EntityManager, campaign: HonorCampaign) => Promise<void>,
  ): Promise<Tagged<CampaignView>> {
    requireAccess(principal, Permission.HonorsManage);
    await this.dataSource.transaction(async (manager) => {
      const campaign = await this.load(manager, id, true);
      if (campaign.version !== version) throw staleVersion();
      await change(manager, campaign);
    });
    return this.get(id, principal);
  }

  private async load(manager: EntityManager, id: string, forWrite = false): Promise<HonorCampaign> {
    const campaign = await manager.findOne(HonorCampaign, {
      where: { id },
      ...(forWrite ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!campaign) throw CAMPAIGN_NOT_FOUND();
    return campaign;
  }
}

type Setup = Omit<CampaignContent, 'title' | 'year' | 'nominationsOpen' | 'nominationsClose'> &
  Partial<CampaignContent>;

/** The setup after applying `input` over `base`, checked as a whole (criteria, dates, organizer). */
async function contentOf(
  manager: EntityManager,
  input: Partial<CreateCampaignDto>,
  base: Setup,
): Promise<CampaignContent> {
  const organizerOrganizationId =
    input.organizerOrganizationId !== undefined
      ? input.organizerOrganizationId
      : base.organizerOrganizationId;
  const content: CampaignContent = {
    kind: base.kind,
    title: input.title ?? (base.title as string),
    year: input.year ?? (base.year as number),
    organizerOrganizationId: organizerOrganizationId ?? null,
    organizerName: input.organizerName ?? base.organizerName,
    nominationsOpen: input.nominationsOpen ?? (base.nominationsOpen as string),
    nominationsClose: input.nominationsClose ?? (base.nominationsClose as string),
    ceremonyDate: input.ceremonyDate !== undefined ? (input.ceremonyDate ?? null) : base.ceremonyDate,
    categories: input.categories ?? base.categories,
    prizeLevels:
      input.prizeLevels?.map(({ code, name, quota }) => ({ code, name, quota })) ?? base.prizeLevels,
    rounds: input.rounds?.map(({ name, deadline }) => ({ name, deadline })) ?? base.rounds,
    criteria: input.criteria ? parseCriteria(input.criteria) : base.criteria,
    scoring: input.scoring !== undefined ? scoringOf(input.scoring) : base.scoring,
    allowsSelfNomination: input.allowsSelfNomination ?? base.allowsSelfNomination,
  };
  if (content.organizerOrganizationId) {
    const organization = await manager.findOneBy(Organization, { id: content.organizerOrganizationId });
    if (!organization) {
      throw DomainError.invalidField(
        'organizerOrganizationId',
        'No organization of the catalog has this id',
        'Không có tổ chức nào trong danh mục với mã này',
      );
    }
    // the catalog's name, so lists read the same name as the organization catalog
    if (input.organizerName === undefined) content.organizerName = organization.nameVi;
  }
  if (!content.organizerName) {
    throw DomainError.invalidField(
      'organizerName',
      'Name the organizing body, or give organizerOrganizationId',
      'Cần nêu tên cơ quan tổ chức hoặc chọn tổ chức trong danh mục (organizerOrganizationId)',
    );
  }
  requireValidContent(content);
  return content;
}

/** The definition as stored: defaults filled in, only known fields kept; null clears it. */
function scoringOf(input: ScoringInput | null): ScoringDefinition | null {
  if (input === null) return null;
  return {
    criteria: input.criteria.map(({ code, name, weight }) => ({ code, name, weight })),
    scale: input.scale ? { min: input.scale.min, max: input.scale.max } : { ...DEFAULT_SCALE },
    method: input.method,
    tieBreak: (input.tieBreak ?? []) as TieBreakRule[],
    thresholds: (input.thresholds ?? []).map(({ round, minScore }) => ({ round, minScore })),
  };
}

function useResultRoute(to: 'decided' | 'published'): DomainError {
  const route =
    to === 'decided' ? 'POST /honor-campaigns/{id}/decision' : 'POST /honor-campaigns/{id}/publication';
  return new DomainError(
    'USE_RESULT_ROUTE',
    {
      en: `A campaign is ${to} through ${route}, which records ${to === 'decided' ? 'the decision' : 'the awards'}`,
      vi: `Đợt xét chọn chuyển sang "${CAMPAIGN_STATE_NAMES_VI[to]}" qua ${route}, nơi ghi nhận ${to === 'decided' ? 'quyết định' : 'giải thưởng vào hồ sơ'}`,
    },
    [{ field: 'to', message: `Use ${route}`, messageVi: `Dùng ${route}` }],
  );
}

function notEditable(state: CampaignState): DomainError {
  return new DomainError('CAMPAIGN_NOT_EDITABLE', {
    en: `A campaign in state ${state} can no longer change its setup; only drafts and open campaigns can`,
    vi: `Đợt xét chọn ở trạng thái "${CAMPAIGN_STATE_NAMES_VI[state]}" không còn sửa được; chỉ sửa khi là bản nháp hoặc đang nhận đề cử`,
  });
}
