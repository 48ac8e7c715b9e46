import { Injectable } from '@nestjs/common';
import { Principal } from '../common/access/principal';
import { Source } from './entities/provenance';
import { Tagged } from '../common/http/etag';
import { ownProfileId } from '../common/access/access';
import { PartKind } from './profile-parts';
import { PartEditor, ProfilePartsService, unverified } from './profile-parts.service';
import { ProfileTarget } from './profile-target';
import { PartItemView } from './profile-view';
import { ProfileWriter } from './profile-writer';

/**
 * The HTTP side of part items, for officers (/intellectuals/{id}/{part}) and for the person
 * (/me/{part}): runs each change as one profile write, with the editor and source of the target.
 */
@Injectable()
export class PartRoutesService {
  constructor(
    private readonly writer: ProfileWriter,
    private readonly parts: ProfilePartsService,
  ) {}

  private resolve(
    principal: Principal,
    target: ProfileTarget,
  ): { id: string; editor: PartEditor; source: Source } {
    switch (target.kind) {
      case 'own':
        return { id: ownProfileId(principal), editor: 'self', source: 'self_declared' };
      case 'id':
        return { id: target.id, editor: 'officer', source: 'officer' };
    }
  }

  async add(
    principal: Principal,
    target: ProfileTarget,
    kind: PartKind,
    version: number,
    body: unknown,
  ): Promise<Tagged<PartItemView>> {
    const { id, source } = this.resolve(principal, target);
    const item = await this.parts.parseNew(kind, body);
    const saved = await this.writer.change(id, version, principal, (unit) =>
      this.parts.addOne(unit, kind, item, source),
    );
    return new Tagged(saved.result, saved.version);
  }

  async update(
    principal: Principal,
    target: ProfileTarget,
    kind: PartKind,
    partId: string,
    version: number,
    body: unknown,
  ): Promise<Tagged<PartItemView>> {
    const { id, editor, source } = this.resolve(principal, target);
    const saved = await this.writer.change(id, version, principal, async (unit) => {
      const item = await this.parts.find(unit, kind, partId);
      this.parts.requireEditableBy(editor, kind, item);
      const changes = await this.parts.parseChange(kind, item, body);
      return this.parts.change(unit, kind, item, changes, unverified(source));
    });
    return new Tagged(saved.result, saved.version);
  }

  async remove(
    principal: Principal,
    target: ProfileTarget,
    kind: PartKind,
    partId: string,
    version: number,
  ): Promise<Tagged<void>> {
    const { id, editor } = this.resolve(principal, target);
    const saved = await this.writer.change(id, version, principal, async (unit) => {
      const item = await this.parts.find(unit, kind, partId);
      this.parts.requireEditableBy(editor, kind, item);
      await this.parts.remove(unit, kind, item);
    });
    return new Tagged(undefined, saved.version);
  }
}
