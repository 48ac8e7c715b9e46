import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService, diff } from '../../audit';
import { CatalogService, Organization } from '../../catalog';
import { AccessTarget, can, REQUEST_NOT_FOUND, requireAccess } from '../../common/access/access';
import { Permission } from '../../common/access/permissions';
import { Principal } from '../../common/access/principal';
import { DomainError } from '../../common/errors/domain-error';
import { staleVersion, Tagged } from '../../common/http/etag';
import { Page, page } from '../../common/pagination/page';
import { Intellectual } from '../../intellectuals';
import { agencyDraftSql, isAgencyDraft, STAFF_REQUEST_ROLES } from './agency-draft';
import { EDITABLE_STATES, RequestState } from './request-states';
import { RequestStateMachine } from './request-state-machine';
import { requireValidContent, RequestContent } from './request-content';
import { ReviewRequestDrafter } from './review-request-drafter.entity';
import { ReviewRequestEvent } from './review-request-event.entity';
import {
  CreateReviewRequestDto,
  DrafterInput,
  ReviewRequestQuery,
  UpdateReviewRequestDto,
} from './review-request.dto';
import { ReviewRequest } from './review-request.entity';
import { ReviewRequestSummaryView, ReviewRequestView, TimelineEventView } from './review-request.views';

/** Transitions only association staff make. */
const STAFF_DECISIONS: ReadonlySet<RequestState> = new Set(['accepted', 'declined', 'closed']);

/** A request with its drafters, as panel work (candidates, conflicts, documents) reads it. */
export interface LoadedRequest {
  request: ReviewRequest;
  drafters: ReviewRequestDrafter[];
}

/**
 * Review requests: agencies draft and follow their organization's, association staff enter them on
 * an agency's behalf and decide on them. Every write is one transaction with its audit entry.
 */
@Injectable()
export class ReviewRequestsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalog: CatalogService,
    private readonly audit: AuditService,
    private readonly states: RequestStateMachine,
  ) {}

  async create(input: CreateReviewRequestDto, principal: Principal): Promise<Tagged<ReviewRequestView>> {
    const organizationId = this.requestingOrganizationOf(input.requestingOrganizationId, principal);
    const content: RequestContent = {
      kind: input.kind,
      title: input.title,
      summary: input.summary,
      proposalText: input.proposalText ?? null,
      fieldCodes: [...new Set(input.fieldCodes)],
      panelSizeMin: input.panelSizeMin,
      panelSizeMax: input.panelSizeMax,
      rolesWanted: { ...input.rolesWanted, chair: 1, secretary: 1 },
      opinionsAttributed: input.opinionsAttributed ?? true,
      opinionsVisibleToMembers: input.opinionsVisibleToMembers ?? false,
      deadline: input.deadline,
    };
    requireValidContent(content);
    await this.requireKnownFields(content.fieldCodes);
    const id = await this.dataSource.transaction(async (manager) => {
      await requireOrganization(manager, organizationId, 'requestingOrganizationId');
      const drafters = await resolveDrafters(manager, input.drafters ?? []);
      const request = manager.create(ReviewRequest, {
        ...content,
        requestingOrganizationId: organizationId,
        state: 'draft',
        declineReason: null,
        createdBy: principal.accountId,
        version: 1,
      });
      await manager.save(request);
      await saveDrafters(manager, request.id, drafters);
      await manager.insert(ReviewRequestEvent, {
        reviewRequestId: request.id,
        fromState: null,
        toState: 'draft',
        actorAccountId: principal.accountId,
        reason: null,
      });
      await this.audit.record(manager, {
        actor: principal,
        action: 'review_request.create',
        entityType: 'review_request',
        entityId: request.id,
        changes: diff({}, auditable(request, drafters)),
      });
      return request.id;
    });
    return this.get(id, principal);
  }

  async get(id: string, principal: Principal): Promise<Tagged<ReviewRequestView>> {
    const { request, drafters } = await this.loadForPanelWork(id, principal);
    return new Tagged(ReviewRequestView.full(request, organizationName(request), drafters), request.version);
  }

  /**
   * The request and its drafters, for any work on it (panels, documents, candidates): 404 unless the
   * caller may read it (its own organization's for an agency, any for staff).
   */
  async loadForPanelWork(
    id: string,
    principal: Principal,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<LoadedRequest> {
    const request = await manager.findOne(ReviewRequest, {
      where: { id },
      relations: { requestingOrganization: true },
    });
    if (!request) throw REQUEST_NOT_FOUND();
    requireAccess(principal, Permission.RequestsRead, await accessTarget(manager, request));
    const drafters = await manager.find(ReviewRequestDrafter, {
      where: { reviewRequestId: id },
      order: { name: 'ASC', id: 'ASC' },
    });
    return { request, drafters };
  }

  async list(query: ReviewRequestQuery, principal: Principal): Promise<Page<ReviewRequestSummaryView>> {
    const listing = this.dataSource.manager
      .createQueryBuilder(ReviewRequest, 'request')
      .leftJoinAndSelect('request.requestingOrganization', 'requestingOrganization')
      .orderBy('request.createdAt', 'DESC')
      .addOrderBy('request.id', 'DESC')
      .take(query.limit)
      .skip(query.offset);
    if (query.state?.length) listing.andWhere('request.state IN (:...states)', { states: query.state });
    if (query.kind?.length) listing.andWhere('request.kind IN (:...kinds)', { kinds: query.kind });
    if (!can(principal, Permission.RequestsManage)) {
      // an agency sees its own organization's requests and nothing else, whatever it filters on
      if (!principal.organizationId) return page([], 0, query);
      listing.andWhere('request.requestingOrganizationId = :own', { own: principal.organizationId });
    } else {
      // staff do not see an agency's unsent drafts
      listing.andWhere(`NOT ${agencyDraftSql('request')}`, { staffRequestRoles: STAFF_REQUEST_ROLES });
      if (query.organizationId?.length) {
        listing.andWhere('request.requestingOrganizationId IN (:...organizations)', {
          organizations: query.organizationId,
        });
      }
    }
    const [items, total] = await listing.getManyAndCount();
    return page(
      items.map((item) => ReviewRequestSummaryView.of(item, organizationName(item))),
      total,
      query,
    );
  }

  /** Changes the content while the request is a draft or submitted (not yet accepted). */
  async update(
    id: string,
    version: number,
    input: UpdateReviewRequestDto,
    principal: Principal,
  ): Promise<Tagged<ReviewRequestView>> {
    requireNoClearedFields(input);
    if (input.fieldCodes) await this.requireKnownFields([...new Set(input.fieldCodes)]);
    await this.dataSource.transaction(async (manager) => {
      const request = await this.lockForWrite(manager, id, version, principal, Permission.RequestsSubmit);
      if (!EDITABLE_STATES.includes(request.state)) {
        throw new DomainError('REQUEST_NOT_EDITABLE', {
          en: `A request in state ${request.state} can no longer be edited; only drafts and submitted requests can`,
          vi: 'Chỉ sửa được yêu cầu ở trạng thái bản nháp hoặc đã gửi (chưa được tiếp nhận)',
        });
      }
      const oldDrafters = await manager.findBy(ReviewRequestDrafter, { reviewRequestId: id });
      const before = auditable(request, oldDrafters);
      const content: RequestContent = {
        kind: input.kind ?? request.kind,
        title: input.title ?? request.title,
        summary: input.summary ?? request.summary,
        proposalText: input.proposalText === undefined ? request.proposalText : input.proposalText,
        fieldCodes: input.fieldCodes ? [...new Set(input.fieldCodes)] : request.fieldCodes,
        panelSizeMin: input.panelSizeMin ?? request.panelSizeMin,
        panelSizeMax: input.panelSizeMax ?? request.panelSizeMax,
        rolesWanted: input.rolesWanted
          ? { ...input.rolesWanted, chair: 1, secretary: 1 }
          : request.rolesWanted,
        opinionsAttributed: input.opinionsAttributed ?? request.opinionsAttributed,
        opinionsVisibleToMembers: input.opinionsVisibleToMembers ?? request.opinionsVisibleToMembers,
        deadline: input.deadline ?? request.deadline,
      };
      requireValidContent(content);
      const drafters = input.drafters ? await resolveDrafters(manager, input.drafters) : oldDrafters;
      const changes = diff(before, auditable({ ...request, ...content }, drafters));
      if (Object.keys(changes).length === 0) return;
      const saved = await manager
        .createQueryBuilder()
        .update(ReviewRequest)
        .set({ ...content, version: () => 'version + 1' })
        .where('id = :id AND version = :version', { id, version })
        .execute();
      if (saved.affected !== 1) throw staleVersion();
      if (input.drafters) {
        await manager.delete(ReviewRequestDrafter, { reviewRequestId: id });
        await saveDrafters(manager, id, drafters);
      }
      await this.audit.record(manager, {
        actor: principal,
        action: 'review_request.update',
        entityType: 'review_request',
        entityId: id,
        changes,
      });
    });
    return this.get(id, principal);
  }

  /**
   * One step of the request's life: `submit` and `cancel` by the agency (or staff for it),
   * `accept`, `decline` and `close` by staff (the route's permission says who).
   */
  async transition(
    id: string,
    version: number,
    to: RequestState,
    principal: Principal,
    reason?: string,
  ): Promise<Tagged<ReviewRequestView>> {
    const permission = STAFF_DECISIONS.has(to) ? Permission.RequestsManage : Permission.RequestsSubmit;
    await this.dataSource.transaction(async (manager) => {
      const request = await this.lockForWrite(manager, id, version, principal, permission);
      await this.states.transition(manager, request, to, principal, reason);
    });
    return this.get(id, principal);
  }

  async timeline(id: string, principal: Principal): Promise<TimelineEventView[]> {
    await this.loadForPanelWork(id, principal);
    const events = await this.dataSource.manager.find(ReviewRequestEvent, {
      where: { reviewRequestId: id },
      relations: { actor: true },
      order: { at: 'ASC', id: 'ASC' },
    });
    return events.map((event) => TimelineEventView.of(event));
  }

  /** Locks the row, then checks access (404 for another organization's) and the version read. */
  private async lockForWrite(
    manager: EntityManager,
    id: string,
    version: number,
    principal: Principal,
    permission: Permission,
  ): Promise<ReviewRequest> {
    const request = await manager.findOne(ReviewRequest, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!request) throw REQUEST_NOT_FOUND();
    const target = await accessTarget(manager, request);
    requireAccess(principal, Permission.RequestsRead, target);
    requireAccess(principal, permission, target);
    if (request.version !== version) throw staleVersion();
    return request;
  }

  /** Staff name the agency they enter the request for; an agency requests for its own organization. */
  private requestingOrganizationOf(given: string | undefined, principal: Principal): string {
    if (can(principal, Permission.RequestsManage)) {
      if (given) return given;
      throw DomainError.invalidField(
        'requestingOrganizationId',
        'Name the agency the request is entered for (requestingOrganizationId)',
        'Hãy chọn cơ quan đặt hàng mà yêu cầu được nhập thay (requestingOrganizationId)',
      );
    }
    const own = principal.organizationId;
    if (!own || (given && given !== own)) {
      throw DomainError.invalidField(
        'requestingOrganizationId',
        'An agency account submits requests for its own organization only',
        'Tài khoản cơ quan chỉ gửi yêu cầu cho chính cơ quan mình',
      );
    }
    return own;
  }

  /** 422 naming every field code the S&T catalog does not have. */
  private async requireKnownFields(codes: string[]): Promise<void> {
    const unknown = await this.catalog.unknownCodes('fields', codes);
    if (unknown.length === 0) return;
    throw new DomainError(
      'UNPROCESSABLE',
      {
        en: `Unknown S&T field codes: ${unknown.join(', ')}`,
        vi: `Mã lĩnh vực KH&CN không có trong danh mục: ${unknown.join(', ')}`,
      },
      unknown.map((code) => ({
        field: 'fieldCodes',
        message: `${code} is not an S&T field code of the catalog`,
        messageVi: `${code} không phải mã lĩnh vực KH&CN trong danh mục`,
      })),
    );
  }
}

/** What requireAccess checks a request on: its organization, and whether it is an agency's draft. */
async function accessTarget(manager: EntityManager, request: ReviewRequest): Promise<AccessTarget> {
  return {
    organizationId: request.requestingOrganizationId,
    agencyDraft: await isAgencyDraft(manager, request),
  };
}

function organizationName(request: ReviewRequest): string {
  return request.requestingOrganization?.nameVi ?? '';
}

async function requireOrganization(manager: EntityManager, id: string, field: string): Promise<void> {
  if (!(await manager.existsBy(Organization, { id }))) {
    throw DomainError.invalidField(
      field,
      `${field} names no organization of the catalog`,
      `${field} không ứng với tổ chức nào trong danh mục`,
    );
  }
}

type ResolvedDrafter = Pick<ReviewRequestDrafter, 'intellectualId' | 'name' | 'organizationId'>;

/** Linked drafters must exist (their name and organization default to the profile's); others need a name. */
async function resolveDrafters(manager: EntityManager, inputs: DrafterInput[]): Promise<ResolvedDrafter[]> {
  const linkedIds = inputs.flatMap((input) => (input.intellectualId ? [input.intellectualId] : []));
  const profiles = new Map(
    (linkedIds.length
      ? await manager.find(Intellectual, {
          select: { id: true, fullName: true, organizationId: true },
          where: { id: In(linkedIds) },
        })
      : []
    ).map((profile) => [profile.id, profile]),
  );
  const organizationIds = [...new Set(inputs.flatMap((input) => input.organizationId ?? []))];
  const knownOrganizations = new Set(
    (organizationIds.length
      ? await manager.find(Organization, { select: { id: true }, where: { id: In(organizationIds) } })
      : []
    ).map((organization) => organization.id),
  );
  return inputs.map((input, index) => {
    const field = `drafters.${index}`;
    if (input.organizationId && !knownOrganizations.has(input.organizationId)) {
      throw DomainError.invalidField(
        `${field}.organizationId`,
        'organizationId names no organization of the catalog',
        'organizationId không ứng với tổ chức nào trong danh mục',
      );
    }
    if (input.intellectualId) {
      const profile = profiles.get(input.intellectualId);
      if (!profile) {
        throw DomainError.invalidField(
          `${field}.intellectualId`,
          'intellectualId names no existing intellectual profile',
          'intellectualId không ứng với hồ sơ trí thức nào',
        );
      }
      return {
        intellectualId: profile.id,
        name: input.name ?? profile.fullName,
        organizationId: input.organizationId ?? profile.organizationId,
      };
    }
    if (!input.name) {
      throw DomainError.invalidField(
        `${field}.name`,
        'A drafter needs an intellectualId or a name',
        'Người soạn thảo cần có intellectualId hoặc họ tên',
      );
    }
    return { intellectualId: null, name: input.name, organizationId: input.organizationId ?? null };
  });
}

async function saveDrafters(manager: EntityManager, requestId: string, drafters: ResolvedDrafter[]) {
  if (drafters.length === 0) return;
  await manager.insert(
    ReviewRequestDrafter,
    drafters.map((drafter) => ({ ...drafter, reviewRequestId: requestId })),
  );
}

const NOT_CLEARABLE = [
  'kind',
  'title',
  'summary',
  'fieldCodes',
  'panelSizeMin',
  'panelSizeMax',
  'rolesWanted',
  'opinionsAttributed',
  'opinionsVisibleToMembers',
  'deadline',
  'drafters',
] as const;

/** null clears only the proposal's text; every other field has to keep a value. */
function requireNoClearedFields(input: UpdateReviewRequestDto): void {
  const cleared = NOT_CLEARABLE.find((field) => input[field] === null);
  if (cleared) {
    throw DomainError.invalidField(cleared, `${cleared} cannot be cleared`, `Không được để trống ${cleared}`);
  }
}

/** What the audit log keeps of a request: its content, not the proposal's whole text. */
function auditable(
  request: RequestContent & Pick<ReviewRequest, 'requestingOrganizationId'>,
  drafters: ResolvedDrafter[],
): Record<string, unknown> {
  return {
    kind: request.kind,
    title: request.title,
    summary: request.summary,
    // the text itself can be 200,000 characters: its length and digest show that it changed
    proposalText: request.proposalText === null ? null : digestOf(request.proposalText),
    fieldCodes: request.fieldCodes,
    requestingOrganizationId: request.requestingOrganizationId,
    panelSizeMin: request.panelSizeMin,
    panelSizeMax: request.panelSizeMax,
    rolesWanted: request.rolesWanted,
    opinionsAttributed: request.opinionsAttributed,
    opinionsVisibleToMembers: request.opinionsVisibleToMembers,
    deadline: request.deadline,
    drafters: drafters.map((d) => ({
      intellectualId: d.intellectualId,
      name: d.name,
      organizationId: d.organizationId,
    })),
  };
}

function digestOf(text: string): { length: number; sha256: string } {
  return { length: text.length, sha256: createHash('sha256').update(text).digest('hex') };
}
