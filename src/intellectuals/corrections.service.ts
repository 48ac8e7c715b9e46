import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { plainToInstance } from 'class-transformer';
import { DataSource, EntityManager } from 'typeorm';
import { FieldChanges, AuditService } from '../audit';
import { Principal } from '../common/access/principal';
import { DomainError } from '../common/errors/domain-error';
import { PageOf } from '../common/openapi/api-docs';
import { Page, page, PageQuery } from '../common/pagination/page';
import { SelfUpdateDto } from './dto/profile.dto';
import { CorrectionQuery, CorrectionRequestDto, PartCorrectionDto, RejectDto } from './dto/requests.dto';
import {
  CORRECTION_STATUSES,
  CorrectionRequest,
  CorrectionStatus,
  PartCorrection,
} from './entities/correction-request.entity';
import { Intellectual } from './entities/intellectual.entity';
import { Tagged } from '../common/http/etag';
import { IntellectualsService } from './intellectuals.service';
import { ownProfileId, PROFILE_NOT_FOUND } from '../common/access/access';
import { applyFacts, assertValidFacts, planFacts } from './profile-facts';
import { PARTS, PartEntity } from './profile-parts';
import { ProfilePartsService } from './profile-parts.service';
import { ProfileView } from './profile-view';
import { ProfileWriter } from './profile-writer';
import { factReferences, ReferenceChecker } from './validation/reference-checker';

export class CorrectionRequestView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) intellectualId: string;
  @ApiProperty({ type: SelfUpdateDto, description: 'Top-level facts as they should be' }) changes: Record<
    string,
    unknown
  >;
  @ApiProperty({ type: [PartCorrectionDto] }) parts: PartCorrection[];
  @ApiProperty() reason: string;
  @ApiProperty({ enum: CORRECTION_STATUSES }) status: CorrectionStatus;
  @ApiProperty({ type: String, nullable: true, description: 'Why it was rejected, for the person' })
  decisionReason: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) decidedAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;

  static of(request: CorrectionRequest): CorrectionRequestView {
    return {
      id: request.id,
      intellectualId: request.intellectualId,
      changes: request.changes,
      parts: request.parts,
      reason: request.reason,
      status: request.status,
      decisionReason: request.decisionReason,
      decidedAt: request.decidedAt?.toISOString() ?? null,
      createdAt: request.createdAt.toISOString(),
    };
  }
}

export const CorrectionRequestPage = PageOf(CorrectionRequestView);

/** Correction requests: the person files, officers approve (applied atomically) or reject with a reason. */
@Injectable()
export class CorrectionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: ProfileWriter,
    private readonly parts: ProfilePartsService,
    private readonly references: ReferenceChecker,
    private readonly intellectuals: IntellectualsService,
    private readonly audit: AuditService,
  ) {}

  async file(principal: Principal, input: CorrectionRequestDto): Promise<CorrectionRequestView> {
    const id = ownProfileId(principal);
    const changes = JSON.parse(JSON.stringify(input.changes ?? {})) as Record<string, unknown>;
    const partChanges = input.parts ?? [];
    if (Object.keys(changes).length === 0 && partChanges.length === 0) {
      throw DomainError.invalidField(
        'changes',
        'Say what should change: changes and/or parts',
        'Hãy nêu nội dung cần đính chính: changes và/hoặc parts',
      );
    }
    await this.references.assertExist(factReferences(changes));
    return this.dataSource.transaction(async (manager) => {
      const profile = await manager.findOneBy(Intellectual, { id });
      if (!profile) throw PROFILE_NOT_FOUND();
      const parts: PartCorrection[] = [];
      for (const [index, correction] of partChanges.entries()) {
        const item = await manager.findOneBy<PartEntity>(PARTS[correction.part].entity, {
          id: correction.id,
          intellectualId: id,
        });
        if (!item) {
          throw DomainError.invalidField(
            `parts.${index}.id`,
            'No such item in your profile',
            'Không có mục này trong hồ sơ của bạn',
          );
        }
        const data =
          correction.action === 'update'
            ? await this.parts.parseChange(correction.part, item, correction.changes ?? {})
            : undefined;
        parts.push({ part: correction.part, id: correction.id, action: correction.action, changes: data });
      }
      const request = manager.create(CorrectionRequest, {
        intellectualId: id,
        requestedBy: principal.accountId,
        changes,
        parts,
        reason: input.reason,
        status: 'pending',
      });
      await manager.save(request);
      const requested: FieldChanges = Object.fromEntries(
        Object.entries(changes).map(([field, after]) => [
          field,
          { before: (profile as unknown as Record<string, unknown>)[field] ?? null, after },
        ]),
      );
      await this.audit.record(manager, {
        actor: principal,
        action: 'intellectual.correction_requested',
        entityType: 'intellectual',
        entityId: id,
        changes: requested,
        purpose: `correction request ${request.id}: ${input.reason}`,
      });
      return CorrectionRequestView.of(request);
    });
  }

  /** The person takes back a request of theirs that no officer has decided yet. */
  async withdraw(requestId: string, principal: Principal): Promise<CorrectionRequestView> {
    const request = await this.requirePending(requestId, ownProfileId(principal));
    return this.dataSource.transaction(async (manager) => {
      const withdrawn = await this.decide(manager, request, 'withdrawn', principal, null);
      await this.recordDecision(manager, withdrawn, principal);
      return CorrectionRequestView.of(withdrawn);
    });
  }

  async mine(principal: Principal, query: PageQuery): Promise<Page<CorrectionRequestView>> {
    return this.list({ ...query, intellectualId: ownProfileId(principal) });
  }

  /** The queue: requests waiting for a decision first, each group oldest first. */
  async list(query: CorrectionQuery): Promise<Page<CorrectionRequestView>> {
    const builder = this.dataSource.manager
      .createQueryBuilder(CorrectionRequest, 'request')
      .orderBy(`CASE WHEN request.status = 'pending' THEN 0 ELSE 1 END`)
      .addOrderBy('request.created_at', 'ASC')
      .addOrderBy('request.id', 'ASC')
      .offset(query.offset)
      .limit(query.limit);
    if (query.status) builder.andWhere('request.status = :status', { status: query.status });
    if (query.intellectualId) {
      builder.andWhere('request.intellectual_id = :intellectualId', { intellectualId: query.intellectualId });
    }
    const [items, total] = await builder.getManyAndCount();
    return page(
      items.map((item) => CorrectionRequestView.of(item)),
      total,
      query,
    );
  }

  /**
   * Applies the request to the profile at the version the officer read (If-Match), in one
   * transaction with the request's new status; the applied facts count as verified by the officer.
   */
  async approve(requestId: string, version: number, actor: Principal): Promise<Tagged<ProfileView>> {
    const request = await this.requirePending(requestId);
    const saved = await this.writer.change(request.intellectualId, version, actor, async (unit) => {
      await this.decide(unit.manager, request, 'approved', actor, null);
      const provenance = {
        source: 'officer' as const,
        verification: 'verified' as const,
        verifiedBy: actor.accountId,
        verifiedAt: new Date().toISOString(),
      };
      const plan = planFacts(unit.profile, plainToInstance(SelfUpdateDto, request.changes));
      await assertValidFacts(unit, plan);
      const purpose = `correction request ${request.id}`;
      const changes = applyFacts(unit.profile, plan, provenance);
      unit.record('intellectual.correction_approved', changes, purpose);
      for (const correction of request.parts) {
        const kind = correction.part as keyof typeof PARTS;
        const item = await unit.manager.findOneBy<PartEntity>(PARTS[kind].entity, {
          id: correction.id,
          intellectualId: unit.profile.id,
        });
        if (!item) {
          throw new DomainError('CORRECTION_TARGET_GONE', {
            en: `The ${PARTS[kind].label.en} item ${correction.id} no longer exists; reject this request`,
            vi: `Mục ${PARTS[kind].label.vi} ${correction.id} không còn tồn tại; hãy từ chối yêu cầu này`,
          });
        }
        if (correction.action === 'delete') await this.parts.remove(unit, kind, item, purpose);
        else await this.parts.change(unit, kind, item, correction.changes ?? {}, provenance, purpose);
      }
    });
    return this.intellectuals.viewAfterWrite(request.intellectualId, saved.version, actor);
  }

  async reject(requestId: string, input: RejectDto, actor: Principal): Promise<CorrectionRequestView> {
    const request = await this.requirePending(requestId);
    return this.dataSource.transaction(async (manager) => {
      const decided = await this.decide(manager, request, 'rejected', actor, input.reason);
      await this.recordDecision(manager, decided, actor, input.reason);
      return CorrectionRequestView.of(decided);
    });
  }

  /**
   * The requests about profile `fromId` become requests about `toId` (a merge), in the caller's
   * transaction: they follow the person, and the part items they name keep their ids. Returns their ids.
   */
  async moveToProfile(manager: EntityManager, fromId: string, toId: string): Promise<string[]> {
    const result = await manager
      .createQueryBuilder()
      .update(CorrectionRequest)
      .set({ intellectualId: toId })
      .where({ intellectualId: fromId })
      .returning(['id'])
      .execute();
    return (result.raw as Array<{ id: string }>).map((row) => row.id);
  }

  /** Audits a request leaving `pending` without changing the profile (rejected or withdrawn). */
  private async recordDecision(
    manager: DataSource['manager'],
    request: CorrectionRequest,
    actor: Principal,
    purpose?: string,
  ): Promise<void> {
    await this.audit.record(manager, {
      actor,
      action: `intellectual.correction_${request.status}`,
      entityType: 'intellectual',
      entityId: request.intellectualId,
      changes: { [`correctionRequests.${request.id}.status`]: { before: 'pending', after: request.status } },
      purpose,
    });
  }

  /** The pending request `id`; with `intellectualId`, only if it is about that person (else 404). */
  private async requirePending(id: string, intellectualId?: string): Promise<CorrectionRequest> {
    const request = await this.dataSource.manager.findOneBy(CorrectionRequest, {
      id,
      ...(intellectualId && { intellectualId }),
    });
    if (!request) throw DomainError.notFound('Correction request', 'yêu cầu đính chính');
    if (request.status !== 'pending') throw alreadyDecided(request.status);
    return request;
  }

  /** Moves a pending request to its decision; the status guard makes a second decision fail. */
  private async decide(
    manager: DataSource['manager'],
    request: CorrectionRequest,
    status: CorrectionStatus,
    actor: Principal,
    reason: string | null,
  ): Promise<CorrectionRequest> {
    const decidedAt = new Date();
    const result = await manager.update(
      CorrectionRequest,
      { id: request.id, status: 'pending' },
      { status, decisionReason: reason, decidedBy: actor.accountId, decidedAt },
    );
    if (result.affected !== 1) throw alreadyDecided('decided');
    return Object.assign(request, { status, decisionReason: reason, decidedBy: actor.accountId, decidedAt });
  }
}

function alreadyDecided(status: string): DomainError {
  return new DomainError('CORRECTION_ALREADY_DECIDED', {
    en: `This correction request is already ${status}`,
    vi: `Yêu cầu đính chính này đã được xử lý (${status})`,
  });
}
