import { Readable } from 'node:stream';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit';
import { DomainError } from '../../common/errors/domain-error';
import { FileStorage } from '../../platform/storage/file-storage';
import { DOCUMENT_LIMITS, extractDocument } from '../documents';
import type { UploadedDocument } from '../documents';
import { auditedAuthor, MyOpinionService, OpinionAuthor, OwnSeat } from './my-opinion.service';
import { assertOpinionsOpen } from './opinion-window';
import { OpinionsService } from './opinions.service';
import { PanelOpinionFile } from './panel-opinion-file.entity';
import { PanelOpinion } from './panel-opinion.entity';
import { loadReviewContext } from './panel-seats';
import { OpinionFileView } from './opinions.views';

export const MAX_FILES_PER_OPINION = 10;

const FILE_NOT_FOUND = () => DomainError.notFound('Opinion file', 'tệp đính kèm ý kiến');

export interface OpinionFileContent {
  file: PanelOpinionFile;
  stream: Readable;
}

/**
 * Files attached to opinions: checked by content and size exactly like request documents (the same
 * extractDocument), stored through FileStorage, added and removed by their member while opinions are
 * open, downloaded by whoever may read the opinion.
 */
@Injectable()
export class OpinionFilesService {
  private readonly logger = new Logger(OpinionFilesService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: FileStorage,
    private readonly audit: AuditService,
    private readonly mine: MyOpinionService,
    private readonly opinions: OpinionsService,
  ) {}

  /** Checks the bytes, stores them, then records the file; a failed record removes the stored bytes. */
  async upload(requestId: string, upload: UploadedDocument, author: OpinionAuthor): Promise<OpinionFileView> {
    await this.writable(this.dataSource.manager, requestId, author);
    const checked = await extractDocument(upload.content, DOCUMENT_LIMITS);
    const stored = await this.storage.put(upload.content);
    try {
      const file = await this.dataSource.transaction(async (manager) => {
        const { opinion, seat } = await this.writable(manager, requestId, author, true);
        const count = await manager.countBy(PanelOpinionFile, { opinionId: opinion.id });
        if (count >= MAX_FILES_PER_OPINION) throw tooManyFiles();
        const created = await manager.save(
          manager.create(PanelOpinionFile, {
            opinionId: opinion.id,
            fileName: upload.fileName,
            mediaType: checked.mediaType,
            sizeBytes: stored.size,
            sha256: stored.sha256,
            storageKey: stored.key,
            createdBy: 'principal' in author ? author.principal.accountId : null,
          }),
        );
        const { actor, via } = auditedAuthor(author);
        await this.audit.record(manager, {
          actor,
          action: 'panel_opinion.file_add',
          entityType: 'review_request',
          entityId: requestId,
          changes: {
            opinionFiles: { before: null, after: auditable(created) },
            panelMemberId: { before: null, after: seat.id },
            writtenVia: { before: null, after: via },
          },
        });
        return created;
      });
      return OpinionFileView.of(file);
    } catch (error) {
      await this.discard(stored.key);
      throw error;
    }
  }

  /** Removes the row (audited), then the bytes, so no row is ever left without its file. */
  async remove(requestId: string, fileId: string, author: OpinionAuthor): Promise<void> {
    const removed = await this.dataSource.transaction(async (manager) => {
      const { opinion, seat } = await this.writable(manager, requestId, author, true);
      const file = await manager.findOneBy(PanelOpinionFile, { id: fileId, opinionId: opinion.id });
      if (!file) throw FILE_NOT_FOUND();
      await manager.delete(PanelOpinionFile, { id: file.id });
      const { actor, via } = auditedAuthor(author);
      await this.audit.record(manager, {
        actor,
        action: 'panel_opinion.file_delete',
        entityType: 'review_request',
        entityId: requestId,
        changes: {
          opinionFiles: { before: auditable(file), after: null },
          panelMemberId: { before: seat.id, after: null },
          writtenVia: { before: null, after: via },
        },
      });
      return file;
    });
    await this.discard(removed.storageKey);
  }

  /** One's own file. */
  async ownContent(requestId: string, fileId: string, author: OpinionAuthor): Promise<OpinionFileContent> {
    const manager = this.dataSource.manager;
    const own = await this.mine.ownSeat(manager, requestId, author);
    const file = await manager
      .createQueryBuilder(PanelOpinionFile, 'f')
      .innerJoin(PanelOpinion, 'o', 'o.id = f.opinion_id')
      .where('f.id = :fileId AND o.panel_member_id = :memberId', { fileId, memberId: own.seat.id })
      .getOne();
    return this.contentOf(file);
  }

  /** Any member's file, for those who may read the request's opinions (signed in or by their link). */
  async content(requestId: string, fileId: string, reader: OpinionAuthor): Promise<OpinionFileContent> {
    const manager = this.dataSource.manager;
    const context = await loadReviewContext(manager, requestId);
    await this.opinions.requireReader(manager, context, reader);
    const file = context.panel
      ? await manager
          .createQueryBuilder(PanelOpinionFile, 'f')
          .innerJoin(PanelOpinion, 'o', 'o.id = f.opinion_id')
          .innerJoin('panel_member', 'm', 'm.id = o.panel_member_id')
          .where('f.id = :fileId AND m.panel_id = :panelId', { fileId, panelId: context.panel.id })
          .getOne()
      : null;
    return this.contentOf(file);
  }

  private async contentOf(file: PanelOpinionFile | null): Promise<OpinionFileContent> {
    if (!file) throw FILE_NOT_FOUND();
    return { file, stream: await this.storage.get(file.storageKey) };
  }

  /** The caller's seat and opinion while opinions are open (409 otherwise, 409 before the text). */
  private async writable(
    manager: EntityManager,
    requestId: string,
    author: OpinionAuthor,
    lock = false,
  ): Promise<OwnSeat & { opinion: PanelOpinion }> {
    const own = await this.mine.ownSeat(manager, requestId, author, lock ? 'pessimistic_read' : undefined);
    assertOpinionsOpen(own.request, own.panel);
    const opinion = await manager.findOneBy(PanelOpinion, { panelMemberId: own.seat.id });
    if (!opinion) {
      throw new DomainError('OPINION_NOT_WRITTEN', {
        en: 'Save the opinion’s text before attaching files to it',
        vi: 'Hãy lưu nội dung ý kiến trước khi đính kèm tệp',
      });
    }
    return { ...own, opinion };
  }

  private async discard(key: string): Promise<void> {
    try {
      await this.storage.delete(key);
    } catch (error) {
      // the row is gone or was never written; a leftover file harms no one but takes space
      this.logger.warn(`Could not remove stored file ${key}: ${String(error)}`);
    }
  }
}

function tooManyFiles(): DomainError {
  const en = `An opinion holds at most ${MAX_FILES_PER_OPINION} files; remove one first`;
  const vi = `Mỗi ý kiến có tối đa ${MAX_FILES_PER_OPINION} tệp đính kèm; hãy xóa bớt trước`;
  return new DomainError('UNPROCESSABLE', { en, vi }, [{ field: 'file', message: en, messageVi: vi }]);
}

/** What the audit log keeps of a file: its identity. */
function auditable(file: PanelOpinionFile) {
  const { id, opinionId, fileName, mediaType, sizeBytes, sha256 } = file;
  return { id, opinionId, fileName, mediaType, sizeBytes, sha256 };
}
