import { Injectable } from '@nestjs/common';
import { Principal } from '../auth/principal';
import { DomainError } from '../common/errors/domain-error';
import { Source } from './entities/provenance';
import { Tagged } from './http/etag';
import { ProfileAccess } from './profile-access';
import { PartKind, partKindOf } from './profile-parts';
import { PartEditor, ProfilePartsService, unverified } from './profile-parts.service';
import { PartItemView } from './profile-view';
import { ProfileWriter } from './profile-writer';

/**
 * The HTTP side of part items, for officers (/intellectuals/{id}/{part}) and for the person
 * (/me/{part}): resolves the part kind, and runs each change as one profile write.
 */
@Injectable()
export class PartRoutesService {
  constructor(
    private readonly access: ProfileAccess,
    private readonly writer: ProfileWriter,
    private readonly parts: ProfilePartsService,
  ) {}

  /** `/intellectuals/{id}/…` for officers; `id` undefined means `/me/…` for the linked person. */
  private target(
    principal: Principal,
    id: string | undefined,
  ): { id: string; editor: PartEditor; source: Source } {
    return id === undefined
      ? { id: this.access.requireOwnProfile(principal), editor: 'self', source: 'self_declared' }
      : { id, editor: 'officer', source: 'officer' };
  }

  async add(
    principal: Principal,
    id: string | undefined,
    segment: string,
    version: number,
    body: unknown,
  ): Promise<Tagged<PartItemView>> {
    const kind = kindOf(segment);
    const target = this.target(principal, id);
    const item = await this.parts.parseNew(kind, body);
    const saved = await this.writer.change(target.id, version, principal, (unit) =>
      this.parts.addOne(unit, kind, item, target.source),
    );
    return new Tagged(saved.result, saved.version);
  }

  async update(
    principal: Principal,
    id: string | undefined,
    segment: string,
    partId: string,
    version: number,
    body: unknown,
  ): Promise<Tagged<PartItemView>> {
    const kind = kindOf(segment);
    const target = this.target(principal, id);
    const saved = await this.writer.change(target.id, version, principal, async (unit) => {
      const item = await this.parts.find(unit, kind, partId);
      this.parts.requireEditableBy(target.editor, kind, item);
      const changes = await this.parts.parseChange(kind, item, body);
      return this.parts.change(unit, kind, item, changes, unverified(target.source));
    });
    return new Tagged(saved.result, saved.version);
  }

  async remove(
    principal: Principal,
    id: string | undefined,
    segment: string,
    partId: string,
    version: number,
  ): Promise<Tagged<void>> {
    const kind = kindOf(segment);
    const target = this.target(principal, id);
    const saved = await this.writer.change(target.id, version, principal, async (unit) => {
      const item = await this.parts.find(unit, kind, partId);
      this.parts.requireEditableBy(target.editor, kind, item);
      await this.parts.remove(unit, kind, item);
    });
    return new Tagged(undefined, saved.version);
  }
}

function kindOf(segment: string): PartKind {
  const kind = partKindOf(segment);
  if (!kind) throw new DomainError('NOT_FOUND', { en: 'No such resource', vi: 'Không có tài nguyên này' });
  return kind;
}
