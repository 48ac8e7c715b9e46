import { Injectable } from '@nestjs/common';
import { Brackets, EntityManager, IsNull } from 'typeorm';
import { AuditService, diff } from '../../audit';
import { can, forbidden, requireAccess } from '../../common/access/access';
import { Permission } from '../../common/access/permissions';
import { Principal } from '../../common/access/principal';
import { DomainError } from '../../common/errors/domain-error';
import { staleVersion, Tagged } from '../../common/http/etag';
import { Page, page } from '../../common/pagination/page';
import { Intellectual } from '../../intellectuals';
import { HonorCampaign } from '../campaigns';
import { checkedContent, contentOf, EMPTY_CONTENT } from './nomination-content';
import { refuseDuplicates } from './nomination-duplicates';
import { eligibilityColumns, NominationEligibility } from './nomination-eligibility.service';
import {
  invalidNominationMove,
  nominationsClosed,
  notEditable,
  requireNominating,
} from './nomination-problems';
import { accessTargetOf, NominationStore } from './nomination-store';
import { mayMoveNomination } from './nomination-states';
import { NominationMail } from './nomination-mail';
import { CreateNominationDto, NominationQuery, UpdateNominationDto } from './nomination.dto';
import { HonorNomination } from './nomination.entity';
import { NominationCheckView, NominationView } from './nomination.views';
import { linkableWorks, LinkableWorksView, refuseUnseenLinks } from './nomination-works';

/**
 * Nominations from their nominator's side (an organization, the association's staff, or the person):
 * draft, change, submit, withdraw; and reading them, for everyone who may. Every write is one
 * transaction with its audit entry (NominationStore).
 */
@Injectable()
export class NominationsService {
  constructor(
    private readonly store: NominationStore,
    private readonly audit: AuditService,
    private readonly eligibility: NominationEligibility,
    private readonly mail: NominationMail,
  ) {}

  async create(input: CreateNominationDto, principal: Principal): Promise<Tagged<NominationView>> {
    requireAccess(principal, Permission.NominationsSubmit);
    const nominatorOrganizationId = nominatorOrganizationOf(input, principal);
    const id = await this.store.dataSource.transaction(async (manager) => {
      const campaign = await manager.findOneBy(HonorCampaign, { id: input.campaignId });
      if (!campaign || campaign.state !== 'open') {
        throw DomainError.invalidField(
          'campaignId',
          'No campaign open for nominations has this id',
          'Không có đợt xét chọn nào đang nhận đề cử với mã này',
        );
      }
      if (input.nominatedBy === 'self' && !campaign.allowsSelfNomination) {
        throw DomainError.conflictOn(
          'SELF_NOMINATION_NOT_ALLOWED',
          'nominatedBy',
          `${campaign.title} takes nominations from organizations and the association only`,
          `${campaign.title} chỉ nhận đề cử của tổ chức và Liên hiệp hội, không nhận tự đề cử`,
        );
      }
      const nominee = await nomineeOf(manager, input.nomineeId);
      const content = await checkedContent(manager, campaign, input.nomineeId, input, EMPTY_CONTENT);
      refuseUnseenLinks(principal, nominee, EMPTY_CONTENT, content);
      const fixed = {
        campaignId: campaign.id,
        nomineeId: nominee.id,
        nominatedBy: input.nominatedBy,
        nominatorOrganizationId,
      };
      await refuseDuplicates(manager, { ...fixed, ...content }, nominee.fullName);
      const nomination = manager.create(HonorNomination, {
        ...fixed,
        ...content,
        createdBy: principal.accountId,
        declarations: [],
        overrides: [],
        eligibility: null,
        eligible: null,
        evaluatedAt: null,
        state: 'draft',
        submittedAt: null,
        answeredAt: null,
        declineReason: null,
        version: 1,
      });
      await manager.save(nomination);
      await this.audit.record(manager, {
        actor: principal,
        action: 'honor_nomination.create',
        entityType: 'honor_nomination',
        entityId: nomination.id,
        changes: diff({}, { ...fixed, ...content, state: 'draft' }),
      });
      return nomination.id;
    });
    return this.store.view(id);
  }

  /** Evaluated again first while it may still change (NominationEligibility). */
  async get(id: string, principal: Principal): Promise<Tagged<NominationView>> {
    requireAccess(principal, Permission.NominationsRead);
    const nomination = await this.store.loadForView(id);
    requireAccess(principal, Permission.NominationsRead, accessTargetOf(nomination));
    await this.eligibility.refresh([nomination]);
    return new Tagged(await this.store.viewOf(nomination), nomination.version);
  }

  /**
   * The live check while the nominator writes a draft: how each of the campaign's criteria evaluates
   * for the nominee now, with the facts used and the declarations signed. Nothing is stored;
   * submitting evaluates and stores.
   */
  async eligibilityOf(id: string, principal: Principal): Promise<NominationCheckView> {
    requireAccess(principal, Permission.NominationsSubmit);
    const nomination = await this.store.loadForView(id);
    requireAccess(principal, Permission.NominationsSubmit, accessTargetOf(nomination));
    const results = await this.eligibility.evaluate(
      this.store.dataSource.manager,
      nomination.campaign!,
      nomination,
    );
    return NominationCheckView.of(nomination, results);
  }

  /**
   * The nominee's publications, IP and projects a draft's nominator may link: all of them for staff
   * and the person, only a listed (public) profile's for an organization (seesWorksOf).
   */
  async linkableWorksOf(id: string, principal: Principal): Promise<LinkableWorksView> {
    requireAccess(principal, Permission.NominationsSubmit);
    const nomination = await this.store.loadForView(id);
    requireAccess(principal, Permission.NominationsSubmit, accessTargetOf(nomination));
    const works = await linkableWorks(this.store.dataSource.manager, principal, nomination.nominee!);
    return { nominationId: nomination.id, ...works };
  }

  /** Staff see every nomination; others those they nominated and, once submitted, those of themselves. */
  async list(query: NominationQuery, principal: Principal): Promise<Page<NominationView>> {
    requireAccess(principal, Permission.NominationsRead);
    const rows = this.store.dataSource.manager
      .createQueryBuilder(HonorNomination, 'n')
      .leftJoinAndSelect('n.campaign', 'campaign')
      .leftJoinAndSelect('n.nominee', 'nominee')
      .leftJoinAndSelect('n.nominatorOrganization', 'nominatorOrganization');
    if (query.campaignId?.length)
      rows.andWhere('n.campaignId IN (:...campaigns)', { campaigns: query.campaignId });
    if (query.state?.length) rows.andWhere('n.state IN (:...states)', { states: query.state });
    if (query.eligible !== undefined) rows.andWhere('n.eligible = :eligible', { eligible: query.eligible });
    if (!can(principal, Permission.HonorsManage)) {
      rows.andWhere(
        new Brackets((visible) => {
          visible.where("n.nominatedBy = 'organization' AND n.nominatorOrganizationId = :organizationId", {
            organizationId: principal.organizationId ?? null,
          });
          if (principal.intellectualId) {
            visible.orWhere("n.nomineeId = :me AND (n.nominatedBy = 'self' OR n.state <> 'draft')", {
              me: principal.intellectualId,
            });
          }
        }),
      );
    }
    const [items, total] = await rows
      .orderBy('n.createdAt', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .take(query.limit)
      .skip(query.offset)
      .getManyAndCount();
    await this.eligibility.refresh(items);
    return page(await this.store.viewsOf(items), total, query);
  }

  /** Changes a draft; absent fields stay. */
  async update(
    id: string,
    version: number,
    input: UpdateNominationDto,
    principal: Principal,
  ): Promise<Tagged<NominationView>> {
    return this.store.write(
      id,
      version,
      principal,
      Permission.NominationsSubmit,
      async (manager, nomination, campaign) => {
        if (nomination.state !== 'draft') throw notEditable(nomination.state);
        const before = contentOf(nomination);
        const content = await checkedContent(manager, campaign, nomination.nomineeId, input, before);
        refuseUnseenLinks(principal, await nomineeOf(manager, nomination.nomineeId), before, content);
        const changes = diff({ ...before }, { ...content });
        if (Object.keys(changes).length === 0) return;
        if (content.workTitleKey !== before.workTitleKey || content.category !== before.category) {
          await refuseDuplicates(manager, { ...nomination, ...content }, await nameOf(manager, nomination));
        }
        await this.saveOrStale(manager, nomination, content, principal, 'honor_nomination.update', changes);
      },
    );
  }

  /**
   * Submits a draft while the campaign takes nominations: checks it again (links, duplicates),
   * evaluates eligibility and asks the nominee. A self-nomination is accepted as it is submitted.
   */
  async submit(id: string, version: number, principal: Principal): Promise<Tagged<NominationView>> {
    return this.store.write(
      id,
      version,
      principal,
      Permission.NominationsSubmit,
      async (manager, nomination, campaign) => {
        const self = nomination.nominatedBy === 'self';
        const to = self ? 'accepted' : 'submitted';
        if (nomination.state !== 'draft') throw invalidNominationMove(nomination.state, 'submitted');
        requireNominating(campaign);
        const nominee = await nomineeOf(manager, nomination.nomineeId);
        await checkedContent(manager, campaign, nomination.nomineeId, {}, contentOf(nomination));
        await refuseDuplicates(manager, nomination, nominee.fullName);
        const results = await this.eligibility.evaluate(manager, campaign, nomination);
        const now = new Date();
        const columns = {
          ...eligibilityColumns(nomination, results),
          state: to,
          submittedAt: now,
          answeredAt: self ? now : null,
        } as const;
        await this.saveOrStale(manager, nomination, columns, principal, 'honor_nomination.submit', {
          state: { before: 'draft', after: to },
          eligible: { before: null, after: columns.eligible },
        });
        if (!self) await this.mail.ask(manager, nomination, campaign, nominee);
      },
    );
  }

  /** The nominator takes a nomination back, until the campaign's review is over. */
  async withdraw(id: string, version: number, principal: Principal): Promise<Tagged<NominationView>> {
    return this.store.write(
      id,
      version,
      principal,
      Permission.NominationsSubmit,
      async (manager, nomination, campaign) => {
        if (!mayMoveNomination(nomination.state, 'withdrawn')) {
          throw invalidNominationMove(nomination.state, 'withdrawn');
        }
        if (campaign.state !== 'open' && campaign.state !== 'in_review') throw nominationsClosed(campaign);
        await this.saveOrStale(
          manager,
          nomination,
          { state: 'withdrawn' },
          principal,
          'honor_nomination.withdraw',
          { state: { before: nomination.state, after: 'withdrawn' } },
        );
      },
    );
  }

  private async saveOrStale(
    manager: EntityManager,
    nomination: HonorNomination,
    columns: Partial<HonorNomination>,
    actor: Principal,
    action: string,
    changes: ReturnType<typeof diff>,
  ): Promise<void> {
    if (!(await this.store.save(manager, nomination, columns, { actor, action, changes })))
      throw staleVersion();
  }
}

/** Who the nominator is: the caller's organization, the association (staff), or the person. */
function nominatorOrganizationOf(input: CreateNominationDto, principal: Principal): string | null {
  switch (input.nominatedBy) {
    case 'staff':
      if (!can(principal, Permission.HonorsManage)) throw forbidden(Permission.HonorsManage);
      return null;
    case 'organization':
      if (!principal.organizationId) {
        throw DomainError.invalidField(
          'nominatedBy',
          'Your account acts for no organization',
          'Tài khoản của bạn không đại diện cho tổ chức nào',
        );
      }
      return principal.organizationId;
    case 'self':
      if (principal.intellectualId !== input.nomineeId) {
        throw DomainError.invalidField(
          'nomineeId',
          'A self-nomination names your own profile',
          'Tự đề cử thì người được đề cử phải là chính bạn',
        );
      }
      return null;
  }
}

async function nomineeOf(manager: EntityManager, id: string): Promise<Intellectual> {
  const nominee = await manager.findOneBy(Intellectual, { id, mergedIntoId: IsNull() });
  if (!nominee) {
    throw DomainError.invalidField(
      'nomineeId',
      'No intellectual of the registry has this id',
      'Không có trí thức nào trong cơ sở dữ liệu với mã này',
    );
  }
  return nominee;
}

async function nameOf(manager: EntityManager, nomination: HonorNomination): Promise<string> {
  return (await nomineeOf(manager, nomination.nomineeId)).fullName;
}
