import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull, Not } from 'typeorm';
import { AuditService } from '../../audit';
import { Principal } from '../../common/access/principal';
import { DomainError } from '../../common/errors/domain-error';
import { page, PageQuery } from '../../common/pagination/page';
import { Intellectual, loadSummaries } from '../../intellectuals';
import { ConflictsService, worstSeverity } from '../conflicts';
import type { CandidateView } from '../matching/candidates.view';
import { PanelCandidatesService } from '../panel';
import { ReviewRequestsService, toConflictRequest } from '../requests';
import type { LoadedRequest } from '../requests';
import { NeedCandidate } from './need-candidate.entity';
import { isProposable } from './proposable';
import { assertOpenNeed, assertTaskOrder } from './need-rules';
import type { NeedCandidatePage, NeedCandidateView, NeedInterestSummaryView } from './needs.views';

/**
 * The needs board as association staff work it: who is interested in a task order, where the
 * matcher ranks them and what conflicts they have; a shortlist drawn from the interested and the
 * matched, which the panel builder then seats through the panel's own member list. The agency
 * reads only the counts.
 */
@Injectable()
export class NeedCandidatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly requests: ReviewRequestsService,
    private readonly candidates: PanelCandidatesService,
    private readonly conflicts: ConflictsService,
    private readonly audit: AuditService,
  ) {}

  /** Shortlisted first, then the interested, each best match first (unmatched last, earliest interest first). */
  async list(requestId: string, query: PageQuery, principal: Principal): Promise<NeedCandidatePage> {
    const manager = this.dataSource.manager;
    const loaded = await this.requests.loadForPanelWork(requestId, principal, manager);
    assertTaskOrder(loaded.request);
    const rows = await manager.find(NeedCandidate, { where: { reviewRequestId: requestId } });
    const counts = countsOf(rows);
    if (rows.length === 0) return { ...page([], 0, query), ...counts };
    const ids = rows.map((row) => row.intellectualId);
    const [matched, people, summaries, conflicts] = await Promise.all([
      this.matchedOf(loaded),
      manager.find(Intellectual, {
        select: { id: true, fullName: true },
        where: { id: In(ids) },
        withDeleted: true,
      }),
      loadSummaries(manager, ids),
      this.conflicts.evaluate(toConflictRequest(loaded.request, loaded.drafters), ids, undefined, manager),
    ]);
    const names = new Map(people.map((person) => [person.id, person.fullName]));
    const views = rows.map((row): NeedCandidateView => {
      const match = matched.get(row.intellectualId);
      const flags = conflicts.get(row.intellectualId) ?? [];
      return {
        intellectualId: row.intellectualId,
        fullName: names.get(row.intellectualId) ?? '',
        organizationName: summaries.get(row.intellectualId)?.employerName ?? null,
        interested: row.interestedAt !== null,
        note: row.note,
        interestedAt: row.interestedAt?.toISOString() ?? null,
        shortlisted: row.shortlistedAt !== null,
        shortlistedAt: row.shortlistedAt?.toISOString() ?? null,
        match: match
          ? {
              rank: match.rank,
              score: match.score,
              reasons: match.reasons,
              fieldsCovered: match.fieldsCovered,
            }
          : null,
        conflicts: flags,
        worstSeverity: worstSeverity(flags),
      };
    });
    views.sort(
      (a, b) =>
        Number(b.shortlisted) - Number(a.shortlisted) ||
        (b.match?.score ?? -1) - (a.match?.score ?? -1) ||
        (a.interestedAt ?? '').localeCompare(b.interestedAt ?? '') ||
        a.intellectualId.localeCompare(b.intellectualId),
    );
    return { ...page(views.slice(query.offset, query.offset + query.limit), views.length, query), ...counts };
  }

  /** How many are interested and shortlisted: all the agency sees of the board. */
  async summary(requestId: string, principal: Principal): Promise<NeedInterestSummaryView> {
    const manager = this.dataSource.manager;
    const { request } = await this.requests.loadForPanelWork(requestId, principal, manager);
    assertTaskOrder(request);
    return countsOf(await manager.find(NeedCandidate, { where: { reviewRequestId: requestId } }));
  }

  /**
   * Puts an expert on the shortlist (idempotent): one who expressed interest or whom the matcher
   * finds for the order, and who may be proposed for panels; 422 for anyone else.
   */
  async shortlist(requestId: string, intellectualId: string, principal: Principal): Promise<void> {
    const loaded = await this.requests.loadForPanelWork(requestId, principal);
    assertOpenNeed(loaded.request);
    const row = await this.dataSource.manager.findOneBy(NeedCandidate, {
      reviewRequestId: requestId,
      intellectualId,
    });
    // the matcher reads Meilisearch: asked before the transaction, and only for those not interested
    if (!row?.interestedAt && !(await this.matchedOf(loaded)).has(intellectualId)) throw notShortlistable();
    await this.dataSource.transaction(async (manager) => {
      const request = await this.lockOpenNeed(manager, requestId, principal);
      if (!(await isProposable(manager, intellectualId))) throw notShortlistable();
      await manager.query(
        `INSERT INTO need_candidate (review_request_id, intellectual_id) VALUES ($1, $2)
           ON CONFLICT (review_request_id, intellectual_id) DO NOTHING`,
        [request.id, intellectualId],
      );
      const locked = await manager.findOneOrFail(NeedCandidate, {
        where: { reviewRequestId: requestId, intellectualId },
        lock: { mode: 'pessimistic_write' },
      });
      if (locked.shortlistedAt) return;
      await manager.update(
        NeedCandidate,
        { id: locked.id },
        { shortlistedAt: new Date(), shortlistedBy: principal.accountId },
      );
      await this.audit.record(manager, {
        actor: principal,
        action: 'review_request.need_shortlisted',
        entityType: 'review_request',
        entityId: requestId,
        changes: {
          intellectualId: { before: null, after: intellectualId },
          shortlisted: { before: false, after: true },
        },
      });
    });
  }

  /** Takes an expert off the shortlist (idempotent); their own interest stays. */
  async unshortlist(requestId: string, intellectualId: string, principal: Principal): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.lockOpenNeed(manager, requestId, principal);
      const row = await manager.findOne(NeedCandidate, {
        where: { reviewRequestId: requestId, intellectualId, shortlistedAt: Not(IsNull()) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!row) return;
      if (row.interestedAt) {
        await manager.update(NeedCandidate, { id: row.id }, { shortlistedAt: null, shortlistedBy: null });
      } else await manager.delete(NeedCandidate, { id: row.id });
      await this.audit.record(manager, {
        actor: principal,
        action: 'review_request.need_unshortlisted',
        entityType: 'review_request',
        entityId: requestId,
        changes: {
          intellectualId: { before: intellectualId, after: null },
          shortlisted: { before: true, after: false },
        },
      });
    });
  }

  /** The request row locked against a concurrent transition, then checked open. */
  private async lockOpenNeed(manager: EntityManager, requestId: string, principal: Principal) {
    await manager.query('SELECT 1 FROM review_request WHERE id = $1 FOR SHARE', [requestId]);
    const { request } = await this.requests.loadForPanelWork(requestId, principal, manager);
    assertOpenNeed(request);
    return request;
  }

  /** The matcher's candidates for the order (retired people too, as staff may choose them), by id. */
  private async matchedOf(loaded: LoadedRequest): Promise<Map<string, CandidateView>> {
    const ranked = await this.candidates.rank(loaded.request, true);
    return new Map(ranked.candidates.map((candidate) => [candidate.intellectualId, candidate]));
  }
}

function countsOf(rows: NeedCandidate[]): NeedInterestSummaryView {
  return {
    interested: rows.filter((row) => row.interestedAt !== null).length,
    shortlisted: rows.filter((row) => row.shortlistedAt !== null).length,
  };
}

function notShortlistable(): DomainError {
  return new DomainError(
    'UNPROCESSABLE',
    {
      en: 'Shortlist experts who expressed interest or whom matching finds for this order, and who may sit on panels',
      vi: 'Chỉ đưa vào danh sách rút gọn chuyên gia đã bày tỏ quan tâm hoặc được hệ thống ghép nối tìm thấy cho đặt hàng này, và được phép tham gia hội đồng',
    },
    [
      {
        field: 'intellectualId',
        message: 'Neither interested in nor matched to this order, or not proposable for panels',
        messageVi:
          'Chưa bày tỏ quan tâm, không được ghép nối với đặt hàng này, hoặc không được đề xuất tham gia hội đồng',
      },
    ],
  );
}
