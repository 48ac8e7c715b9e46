import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../../audit';
import { fieldNamesOf, type FieldNames } from '../../catalog';
import { ownProfileId } from '../../common/access/access';
import { Principal } from '../../common/access/principal';
import { PageQuery } from '../../common/pagination/page';
import { ReviewRequest } from '../requests';
import { fieldReachOf } from './field-reach';
import { NeedCandidate } from './need-candidate.entity';
import { isProposable } from './proposable';
import { assertOpenNeed, NEED_NOT_FOUND, NEED_OPEN_STATES, notProposable } from './need-rules';
import type { ExpressInterestDto } from './needs.dto';
import type { MatchingNeedPage, MatchingNeedView } from './needs.views';

/**
 * The needs board as an expert uses it (/me/matching-needs): the open task orders their fields reach,
 * and their interest in each. People who may not be proposed for panels (the matcher's one
 * eligibility function) see an empty board and cannot express interest.
 */
@Injectable()
export class MatchingNeedsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async board(principal: Principal, query: PageQuery): Promise<MatchingNeedPage> {
    const personId = ownProfileId(principal);
    const manager = this.dataSource.manager;
    const empty = { items: [], total: 0, limit: query.limit, offset: query.offset };
    if (!(await isProposable(manager, personId))) return { ...empty, proposable: false };
    const reach = await fieldReachOf(manager, personId);
    if (reach.length === 0) return { ...empty, proposable: true };
    const [requests, total] = await manager
      .createQueryBuilder(ReviewRequest, 'r')
      .leftJoinAndSelect('r.requestingOrganization', 'o')
      .where("r.kind = 'task_order'")
      .andWhere('r.state IN (:...states)', { states: NEED_OPEN_STATES })
      .andWhere('r.field_codes && CAST(:reach AS text[])', { reach })
      .orderBy('r.deadline', 'ASC')
      .addOrderBy('r.created_at', 'DESC')
      .addOrderBy('r.id', 'ASC')
      .take(query.limit)
      .skip(query.offset)
      .getManyAndCount();
    const rows = requests.length
      ? await manager.findBy(NeedCandidate, {
          intellectualId: personId,
          reviewRequestId: In(requests.map((r) => r.id)),
        })
      : [];
    const byRequest = new Map(rows.map((row) => [row.reviewRequestId, row]));
    const names = await fieldNamesOf(
      manager,
      requests.flatMap((r) => r.fieldCodes),
    );
    return {
      ...empty,
      total,
      proposable: true,
      items: requests.map((request) => needView(request, reach, names, byRequest.get(request.id))),
    };
  }

  /**
   * Records the caller's interest (idempotent: again with the same note changes nothing). An absent
   * note keeps the one given before, null clears it. The request's audit trail gets each change.
   */
  async express(
    principal: Principal,
    requestId: string,
    input: ExpressInterestDto,
  ): Promise<MatchingNeedView> {
    const personId = ownProfileId(principal);
    return this.dataSource.transaction(async (manager) => {
      const { request, reach } = await this.openNeedOnBoard(manager, requestId, personId);
      if (!(await isProposable(manager, personId))) throw notProposable();
      await manager.query(
        `INSERT INTO need_candidate (review_request_id, intellectual_id) VALUES ($1, $2)
           ON CONFLICT (review_request_id, intellectual_id) DO NOTHING`,
        [requestId, personId],
      );
      const row = await lockRow(manager, requestId, personId);
      const note = input.note === undefined ? row.note : input.note;
      const wasInterested = row.interestedAt !== null;
      if (!wasInterested || note !== row.note) {
        const interestedAt = row.interestedAt ?? new Date();
        await manager.update(NeedCandidate, { id: row.id }, { interestedAt, note });
        await this.audit.record(manager, {
          actor: principal,
          action: wasInterested ? 'review_request.need_interest_note' : 'review_request.need_interest',
          entityType: 'review_request',
          entityId: requestId,
          changes: {
            intellectualId: { before: null, after: personId },
            ...(wasInterested ? {} : { interested: { before: false, after: true } }),
            ...(note !== row.note ? { note: { before: row.note, after: note } } : {}),
          },
        });
        Object.assign(row, { interestedAt, note });
      }
      const names = await fieldNamesOf(manager, request.fieldCodes);
      return needView(request, reach, names, row);
    });
  }

  /** Withdraws the caller's interest; nothing to withdraw is no error. A shortlisting by staff stays. */
  async withdraw(principal: Principal, requestId: string): Promise<void> {
    const personId = ownProfileId(principal);
    await this.dataSource.transaction(async (manager) => {
      await this.openNeedOnBoard(manager, requestId, personId);
      const row = await manager.findOne(NeedCandidate, {
        where: { reviewRequestId: requestId, intellectualId: personId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!row?.interestedAt) return;
      if (row.shortlistedAt)
        await manager.update(NeedCandidate, { id: row.id }, { interestedAt: null, note: null });
      else await manager.delete(NeedCandidate, { id: row.id });
      await this.audit.record(manager, {
        actor: principal,
        action: 'review_request.need_interest_withdrawn',
        entityType: 'review_request',
        entityId: requestId,
        changes: {
          intellectualId: { before: personId, after: null },
          interested: { before: true, after: false },
          ...(row.note !== null ? { note: { before: row.note, after: null } } : {}),
        },
      });
    });
  }

  /**
   * The task order, locked against a concurrent transition (FOR SHARE), when it is open and the
   * person's fields reach it: 404 for no request or one off their board, 409 for one not open.
   */
  private async openNeedOnBoard(
    manager: EntityManager,
    requestId: string,
    personId: string,
  ): Promise<{ request: ReviewRequest; reach: string[] }> {
    await manager.query('SELECT 1 FROM review_request WHERE id = $1 FOR SHARE', [requestId]);
    const request = await manager.findOne(ReviewRequest, {
      where: { id: requestId },
      relations: { requestingOrganization: true },
    });
    if (!request) throw NEED_NOT_FOUND();
    assertOpenNeed(request);
    const reach = await fieldReachOf(manager, personId);
    if (!request.fieldCodes.some((code) => reach.includes(code))) throw NEED_NOT_FOUND();
    return { request, reach };
  }
}

function lockRow(manager: EntityManager, requestId: string, personId: string): Promise<NeedCandidate> {
  return manager.findOneOrFail(NeedCandidate, {
    where: { reviewRequestId: requestId, intellectualId: personId },
    lock: { mode: 'pessimistic_write' },
  });
}

function needView(
  request: ReviewRequest,
  reach: readonly string[],
  names: FieldNames,
  row: NeedCandidate | undefined,
): MatchingNeedView {
  const interestedAt = row?.interestedAt ?? null;
  return {
    id: request.id,
    title: request.title,
    summary: request.summary,
    agency: { id: request.requestingOrganizationId, nameVi: request.requestingOrganization?.nameVi ?? '' },
    deadline: request.deadline,
    state: request.state,
    fields: request.fieldCodes.map((code) => ({
      code,
      nameVi: names.get(code)?.nameVi ?? code,
      nameEn: names.get(code)?.nameEn ?? null,
    })),
    matchedFieldCodes: request.fieldCodes.filter((code) => reach.includes(code)),
    interested: interestedAt !== null,
    note: interestedAt ? (row?.note ?? null) : null,
    interestedAt: interestedAt?.toISOString() ?? null,
  };
}
