import { Readable } from 'node:stream';
import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService } from '../../audit';
import { NOMINATION_NOT_FOUND, requireAccess } from '../../common/access/access';
import { Permission } from '../../common/access/permissions';
import { Principal } from '../../common/access/principal';
import { DomainError } from '../../common/errors/domain-error';
import { DOCUMENT_LIMITS, extractDocument } from '../../panels';
import type { UploadedDocument } from '../../panels';
import { FileStorage } from '../../platform/storage/file-storage';
import { HonorCampaign } from '../campaigns';
import { nominationsClosed, notEditable, requireNominating } from './nomination-problems';
import { HonorNominationFile } from './nomination-file.entity';
import { NominationFileView } from './nomination-file.view';
import { HonorNomination } from './nomination.entity';
import { accessTargetOf, lockCampaign, NominationStore } from './nomination-store';

export const MAX_FILES_PER_NOMINATION = 20;

const FILE_NOT_FOUND = () => DomainError.notFound('Nomination attachment', 'tệp đính kèm hồ sơ đề cử');

/**
 * Files attached to nominations: checked by content and size exactly like request documents, stored
 * through FileStorage, added and removed by the nominator while the nomination can still change (a
 * draft, or a standing one while the campaign takes nominations), read by whoever may read it.
 */
@Injectable()
export class NominationFilesService {
  private readonly logger = new Logger(NominationFilesService.name);

  constructor(
    private readonly store: NominationStore,
    private readonly storage: FileStorage,
    private readonly audit: AuditService,
  ) {}

  async list(id: string, principal: Principal): Promise<NominationFileView[]> {
    const manager = this.store.dataSource.manager;
    await this.readable(manager, id, principal);
    const files = await manager.find(HonorNominationFile, {
      where: { nominationId: id },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return files.map((file) => NominationFileView.of(file));
  }

  /** Checks the bytes, stores them, then records the file; a failed record removes the stored bytes. */
  async upload(id: string, upload: UploadedDocument, principal: Principal): Promise<NominationFileView> {
    await this.store.dataSource.transaction((manager) => this.writable(manager, id, principal));
    const checked = await extractDocument(upload.content, DOCUMENT_LIMITS);
    const stored = await this.storage.put(upload.content);
    try {
      const file = await this.store.dataSource.transaction(async (manager) => {
        await this.writable(manager, id, principal);
        const count = await manager.countBy(HonorNominationFile, { nominationId: id });
        if (count >= MAX_FILES_PER_NOMINATION) throw tooManyFiles();
        const created = await manager.save(
          manager.create(HonorNominationFile, {
            nominationId: id,
            fileName: upload.fileName,
            mediaType: checked.mediaType,
            sizeBytes: stored.size,
            sha256: stored.sha256,
            storageKey: stored.key,
            createdBy: principal.accountId,
          }),
        );
        await this.record(manager, principal, 'honor_nomination.file_add', id, null, created);
        return created;
      });
      return NominationFileView.of(file);
    } catch (error) {
      await this.discard(stored.key);
      throw error;
    }
  }

  /** Removes the row (audited), then the bytes, so no row is ever left without its file. */
  async remove(id: string, fileId: string, principal: Principal): Promise<void> {
    const removed = await this.store.dataSource.transaction(async (manager) => {
      await this.writable(manager, id, principal);
      const file = await manager.findOneBy(HonorNominationFile, { id: fileId, nominationId: id });
      if (!file) throw FILE_NOT_FOUND();
      await manager.delete(HonorNominationFile, { id: file.id });
      await this.record(manager, principal, 'honor_nomination.file_delete', id, file, null);
      return file;
    });
    await this.discard(removed.storageKey);
  }

  async content(
    id: string,
    fileId: string,
    principal: Principal,
  ): Promise<{ file: HonorNominationFile; stream: Readable }> {
    const manager = this.store.dataSource.manager;
    await this.readable(manager, id, principal);
    const file = await manager.findOneBy(HonorNominationFile, { id: fileId, nominationId: id });
    if (!file) throw FILE_NOT_FOUND();
    return { file, stream: await this.storage.get(file.storageKey) };
  }

  private async readable(manager: EntityManager, id: string, principal: Principal): Promise<void> {
    const nomination = await manager.findOneBy(HonorNomination, { id });
    if (!nomination) throw NOMINATION_NOT_FOUND();
    requireAccess(principal, Permission.NominationsRead, accessTargetOf(nomination));
  }

  /** The nominator's, under the nomination's and campaign's locks, while it may still change. */
  private async writable(manager: EntityManager, id: string, principal: Principal): Promise<void> {
    const nomination = await manager.findOne(HonorNomination, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!nomination) throw NOMINATION_NOT_FOUND();
    requireAccess(principal, Permission.NominationsSubmit, accessTargetOf(nomination));
    const campaign: HonorCampaign = await lockCampaign(manager, nomination.campaignId);
    if (nomination.state === 'draft') {
      if (campaign.state !== 'draft' && campaign.state !== 'open') throw nominationsClosed(campaign);
      return;
    }
    if (nomination.state !== 'submitted' && nomination.state !== 'accepted') {
      throw notEditable(nomination.state);
    }
    // what the councils review is what stood when nominations closed
    requireNominating(campaign);
  }

  private async record(
    manager: EntityManager,
    principal: Principal,
    action: string,
    nominationId: string,
    before: HonorNominationFile | null,
    after: HonorNominationFile | null,
  ): Promise<void> {
    await this.audit.record(manager, {
      actor: principal,
      action,
      entityType: 'honor_nomination',
      entityId: nominationId,
      changes: { attachments: { before: before && auditable(before), after: after && auditable(after) } },
    });
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
  const en = `A nomination holds at most ${MAX_FILES_PER_NOMINATION} files; remove one first`;
  const vi = `Mỗi hồ sơ đề cử có tối đa ${MAX_FILES_PER_NOMINATION} tệp đính kèm; hãy xóa bớt trước`;
  return new DomainError('UNPROCESSABLE', { en, vi }, [{ field: 'file', message: en, messageVi: vi }]);
}

/** What the audit log keeps of a file: its identity. */
function auditable(file: HonorNominationFile) {
  const { id, fileName, mediaType, sizeBytes, sha256 } = file;
  return { id, fileName, mediaType, sizeBytes, sha256 };
}
