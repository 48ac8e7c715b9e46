import { Readable } from 'node:stream';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit';
import { requireAccess } from '../../common/access/access';
import { Permission } from '../../common/access/permissions';
import { Principal } from '../../common/access/principal';
import { DomainError } from '../../common/errors/domain-error';
import { Page, page, PageQuery } from '../../common/pagination/page';
import { FileStorage, StoredFile } from '../../platform/storage/file-storage';
import { ReviewRequest, ReviewRequestsService } from '../requests';
// documents are part of what the agency submits: they change while the request itself may
import { EDITABLE_STATES } from '../requests/request-states';
import { DOCUMENT_LIMITS } from './extraction/document-limits';
import { extractDocument } from './extraction/text-extraction';
import { RequestDocumentView } from './request-document.views';
import { ReviewRequestDocument } from './review-request-document.entity';
import { UploadedDocument } from './uploaded-document';

export const MAX_DOCUMENTS_PER_REQUEST = 20;

const DOCUMENT_NOT_FOUND = () => DomainError.notFound('Document', 'tài liệu');

/** A stored document's bytes, ready to be sent. */
export interface DocumentContent {
  document: ReviewRequestDocument;
  stream: Readable;
}

/**
 * The files of review requests: uploaded (type from the bytes, text extracted), listed, downloaded and
 * removed, each authorized like the request itself; and the request's whole text for matching.
 */
@Injectable()
export class RequestDocumentsService {
  private readonly logger = new Logger(RequestDocumentsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly requests: ReviewRequestsService,
    private readonly storage: FileStorage,
    private readonly audit: AuditService,
  ) {}

  /**
   * Reads the file's text first (refusing what is not a readable PDF, DOCX or TXT), stores the bytes,
   * then records the document in one transaction; when that fails, the stored file is removed.
   */
  async upload(
    requestId: string,
    upload: UploadedDocument,
    principal: Principal,
  ): Promise<RequestDocumentView> {
    await this.loadForWrite(requestId, principal);
    const extracted = await extractDocument(upload.content, DOCUMENT_LIMITS);
    const stored = await this.storage.put(upload.content);
    try {
      const document = await this.dataSource.transaction(async (manager) => {
        await this.lockChangeable(manager, requestId);
        const count = await manager.countBy(ReviewRequestDocument, { reviewRequestId: requestId });
        if (count >= MAX_DOCUMENTS_PER_REQUEST) throw tooManyDocuments();
        const created = await manager.save(
          manager.create(ReviewRequestDocument, {
            reviewRequestId: requestId,
            fileName: upload.fileName,
            mediaType: extracted.mediaType,
            sizeBytes: stored.size,
            sha256: stored.sha256,
            storageKey: stored.key,
            textStatus: extracted.textStatus,
            extractedText: extracted.text,
            createdBy: principal.accountId,
          }),
        );
        await this.audit.record(manager, {
          actor: principal,
          action: 'review_request.document_add',
          entityType: 'review_request',
          entityId: requestId,
          changes: { documents: { before: null, after: auditable(created) } },
        });
        return created;
      });
      return RequestDocumentView.of(document);
    } catch (error) {
      await this.discard(stored);
      throw error;
    }
  }

  async list(requestId: string, query: PageQuery, principal: Principal): Promise<Page<RequestDocumentView>> {
    await this.requests.loadForPanelWork(requestId, principal);
    const [documents, total] = await this.dataSource.manager.findAndCount(ReviewRequestDocument, {
      where: { reviewRequestId: requestId },
      order: { createdAt: 'ASC', id: 'ASC' },
      take: query.limit,
      skip: query.offset,
    });
    return page(
      documents.map((document) => RequestDocumentView.of(document)),
      total,
      query,
    );
  }

  async content(requestId: string, documentId: string, principal: Principal): Promise<DocumentContent> {
    await this.requests.loadForPanelWork(requestId, principal);
    return this.storedContent(requestId, documentId);
  }

  /** A document's bytes for callers that authorized the request their own way (panel members). */
  async storedContent(requestId: string, documentId: string): Promise<DocumentContent> {
    const document = await this.dataSource.manager.findOneBy(ReviewRequestDocument, {
      id: documentId,
      reviewRequestId: requestId,
    });
    if (!document) throw DOCUMENT_NOT_FOUND();
    return { document, stream: await this.storage.get(document.storageKey) };
  }

  /** Removes the row (audited) and then the bytes, so a failure never leaves a row without its file. */
  async remove(requestId: string, documentId: string, principal: Principal): Promise<void> {
    await this.loadForWrite(requestId, principal);
    const document = await this.dataSource.transaction(async (manager) => {
      await this.lockChangeable(manager, requestId);
      const found = await manager.findOneBy(ReviewRequestDocument, {
        id: documentId,
        reviewRequestId: requestId,
      });
      if (!found) throw DOCUMENT_NOT_FOUND();
      await manager.delete(ReviewRequestDocument, { id: found.id });
      await this.audit.record(manager, {
        actor: principal,
        action: 'review_request.document_delete',
        entityType: 'review_request',
        entityId: requestId,
        changes: { documents: { before: auditable(found), after: null } },
      });
      return found;
    });
    await this.discard({ key: document.storageKey });
  }

  /**
   * Everything a request says, for matching: its proposal text, then each document's extracted text
   * in upload order (no access check: callers have authorized the request already).
   */
  async textOf(requestId: string, manager: EntityManager = this.dataSource.manager): Promise<string> {
    const request = await manager.findOne(ReviewRequest, {
      where: { id: requestId },
      select: { id: true, proposalText: true },
    });
    const documents = await manager.find(ReviewRequestDocument, {
      where: { reviewRequestId: requestId, textStatus: 'extracted' },
      select: { id: true, extractedText: true },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return [request?.proposalText, ...documents.map((document) => document.extractedText)]
      .filter((text): text is string => !!text)
      .join('\n\n');
  }

  /** 404 for a request the caller may not see; 403 unless the caller may change it. */
  private async loadForWrite(requestId: string, principal: Principal): Promise<void> {
    const { request } = await this.requests.loadForPanelWork(requestId, principal);
    requireAccess(principal, Permission.RequestsSubmit, { organizationId: request.requestingOrganizationId });
  }

  /** Holds the request row until commit, so its state cannot move while a document comes or goes. */
  private async lockChangeable(manager: EntityManager, requestId: string): Promise<void> {
    const request = await manager.findOne(ReviewRequest, {
      where: { id: requestId },
      select: { id: true, state: true },
      lock: { mode: 'pessimistic_write' },
    });
    if (!request) throw DOCUMENT_NOT_FOUND();
    if (!EDITABLE_STATES.includes(request.state)) {
      throw new DomainError('REQUEST_NOT_EDITABLE', {
        en: `Documents can be added or removed only while the request is a draft or submitted; it is ${request.state}`,
        vi: 'Chỉ thêm hoặc xóa tài liệu khi yêu cầu còn là bản nháp hoặc đã gửi (chưa được tiếp nhận)',
      });
    }
  }

  private async discard(file: Pick<StoredFile, 'key'>): Promise<void> {
    try {
      await this.storage.delete(file.key);
    } catch (error) {
      // the row is gone or was never written; a leftover file harms no one but takes space
      this.logger.warn(`Could not remove stored file ${file.key}: ${String(error)}`);
    }
  }
}

function tooManyDocuments(): DomainError {
  const en = `A request holds at most ${MAX_DOCUMENTS_PER_REQUEST} documents; remove one first`;
  const vi = `Mỗi yêu cầu có tối đa ${MAX_DOCUMENTS_PER_REQUEST} tài liệu; hãy xóa bớt trước`;
  return new DomainError('UNPROCESSABLE', { en, vi }, [{ field: 'file', message: en, messageVi: vi }]);
}

/** What the audit log keeps of a document: its identity, not its text. */
function auditable(document: ReviewRequestDocument) {
  return {
    id: document.id,
    fileName: document.fileName,
    mediaType: document.mediaType,
    sizeBytes: document.sizeBytes,
    sha256: document.sha256,
    textStatus: document.textStatus,
  };
}
