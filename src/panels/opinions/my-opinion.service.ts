import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit';
import { ownProfileId, REQUEST_NOT_FOUND } from '../../common/access/access';
import { Principal } from '../../common/access/principal';
import { DomainError } from '../../common/errors/domain-error';
import { violatedUniqueConstraint } from '../../common/errors/unique-violation';
import { staleVersion, Tagged } from '../../common/http/etag';
import { RequestDocumentsService, ReviewRequestDocument } from '../documents';
import type { DocumentContent } from '../documents/request-documents.service';
import { PanelMember } from '../panel';
import { opinionsOf } from './opinion-reads';
import { assertOpinionsOpen, opinionsClosedReason } from './opinion-window';
import { PanelOpinion } from './panel-opinion.entity';
import { acceptedSeat, linkedSeat, loadReviewContext, ReviewContext } from './panel-seats';
import type { SaveOpinionDto } from './opinions.dto';
import { MyOpinionView, OpinionView } from './opinions.views';

/** A member's seat on the request they review, resolved from the signed-in account or their opinion link. */
export interface OwnSeat extends ReviewContext {
  seat: PanelMember;
}

/**
 * Who writes (or reads): the signed-in member, or whoever holds the member's opinion link (no account
 * needed; the link names the seat itself).
 */
export type OpinionAuthor = { principal: Principal } | { linkMemberId: string };

/** The audit actor (none for a link: its holder is no account) and how the member acted. */
export function auditedAuthor(author: OpinionAuthor) {
  return 'principal' in author
    ? { actor: author.principal, via: 'account' as const }
    : { actor: undefined, via: 'link' as const };
}

/**
 * A member's own opinion (/me/review-requests/{id}/opinion signed in, /opinion-link with the mailed
 * link): read with the request it is about, and saved with If-Match while opinions are open. Only
 * accepted members have one; anyone else is told the request is unknown.
 */
@Injectable()
export class MyOpinionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly documents: RequestDocumentsService,
  ) {}

  async get(requestId: string, author: OpinionAuthor): Promise<Tagged<MyOpinionView>> {
    const manager = this.dataSource.manager;
    const own = await this.ownSeat(manager, requestId, author);
    const view = await this.view(manager, own);
    return new Tagged(view, view.opinion?.version ?? 0);
  }

  /**
   * Creates (If-Match "0") or replaces the text in one transaction holding the panel row shared, so
   * the secretary's lock waits for it or it sees the lock.
   */
  async save(
    requestId: string,
    version: number,
    input: SaveOpinionDto,
    author: OpinionAuthor,
  ): Promise<Tagged<MyOpinionView>> {
    const text = input.text.trim();
    if (!text) {
      throw DomainError.invalidField('text', 'The opinion is empty', 'Nội dung ý kiến đang để trống');
    }
    const view = await this.dataSource.transaction(async (manager) => {
      const own = await this.ownSeat(manager, requestId, author, 'pessimistic_read');
      assertOpinionsOpen(own.request, own.panel);
      const current = await manager.findOneBy(PanelOpinion, { panelMemberId: own.seat.id });
      if ((current?.version ?? 0) !== version) throw staleVersion();
      const saved = current
        ? await this.update(manager, current, text)
        : await this.create(manager, own.seat, text);
      const { actor, via } = auditedAuthor(author);
      await this.audit.record(manager, {
        actor,
        action: current ? 'panel_opinion.update' : 'panel_opinion.submit',
        entityType: 'review_request',
        entityId: requestId,
        // the text itself stays in the opinion; the log keeps whose, which version and how long
        changes: {
          opinion: {
            before: current
              ? { id: current.id, version: current.version, length: current.text.length }
              : null,
            after: {
              id: saved.id,
              panelMemberId: own.seat.id,
              version: saved.version,
              length: saved.text.length,
            },
          },
          writtenVia: { before: null, after: via },
        },
      });
      return this.view(manager, own);
    });
    return new Tagged(view, view.opinion?.version ?? 0);
  }

  /** A document of the request under review, for its accepted members. */
  async documentContent(
    requestId: string,
    documentId: string,
    author: OpinionAuthor,
  ): Promise<DocumentContent> {
    await this.ownSeat(this.dataSource.manager, requestId, author);
    return this.documents.storedContent(requestId, documentId);
  }

  /** The caller's accepted seat on the request's panel (a link's seat only while accepted), or 404. */
  async ownSeat(
    manager: EntityManager,
    requestId: string,
    author: OpinionAuthor,
    lock?: 'pessimistic_read',
  ): Promise<OwnSeat> {
    const personId = 'principal' in author ? ownProfileId(author.principal) : null;
    const context = await loadReviewContext(manager, requestId, lock);
    const seat =
      'principal' in author
        ? await acceptedSeat(manager, context.panel, personId)
        : await linkedSeat(manager, context.panel, author.linkMemberId);
    if (!seat) throw REQUEST_NOT_FOUND();
    return { ...context, seat };
  }

  private async create(manager: EntityManager, seat: PanelMember, text: string): Promise<PanelOpinion> {
    try {
      return await manager.save(
        manager.create(PanelOpinion, { panelMemberId: seat.id, text, version: 1, submittedAt: new Date() }),
      );
    } catch (error) {
      // another save created it first: this one read version 0, which is no longer current
      if (violatedUniqueConstraint(error) === 'panel_opinion_member_key') throw staleVersion();
      throw error;
    }
  }

  private async update(manager: EntityManager, current: PanelOpinion, text: string): Promise<PanelOpinion> {
    const result = await manager
      .createQueryBuilder()
      .update(PanelOpinion)
      .set({ text, version: () => 'version + 1' })
      .where('id = :id AND version = :version', { id: current.id, version: current.version })
      .execute();
    if (result.affected !== 1) throw staleVersion();
    return manager.findOneByOrFail(PanelOpinion, { id: current.id });
  }

  private async view(manager: EntityManager, own: OwnSeat): Promise<MyOpinionView> {
    const { request, panel, seat } = own;
    const stored = (await opinionsOf(manager, [seat.id])).get(seat.id);
    const documents = await manager.find(ReviewRequestDocument, {
      where: { reviewRequestId: request.id },
      select: { id: true, fileName: true, mediaType: true, sizeBytes: true },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return {
      request: {
        id: request.id,
        kind: request.kind,
        title: request.title,
        summary: request.summary,
        agency: request.requestingOrganization?.nameVi ?? '',
        state: request.state,
        opinionsVisibleToMembers: request.opinionsVisibleToMembers,
        documents: documents.map(({ id, fileName, mediaType, sizeBytes }) => ({
          id,
          fileName,
          mediaType,
          sizeBytes,
        })),
      },
      panelMemberId: seat.id,
      role: seat.role,
      window: {
        deadline: request.deadline,
        lockedAt: panel?.lockedAt ?? null,
        closedReason: opinionsClosedReason(request, panel),
      },
      opinion: stored ? OpinionView.of(stored.opinion, stored.files) : null,
    };
  }
}
