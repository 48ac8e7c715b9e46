import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService, FieldChanges } from '../../audit';
import {
  AccessTarget,
  NOMINATION_NOT_FOUND,
  NominationTarget,
  requireAccess,
} from '../../common/access/access';
import { Permission } from '../../common/access/permissions';
import { Principal } from '../../common/access/principal';
import { staleVersion, Tagged } from '../../common/http/etag';
import { CAMPAIGN_NOT_FOUND, HonorCampaign } from '../campaigns';
import { HonorNomination } from './nomination.entity';
import { linkedWorksOf } from './nomination-works';
import { NominationView } from './nomination.views';

/** What a view of a nomination reads along with it. */
export const VIEW_RELATIONS = { campaign: true, nominee: true, nominatorOrganization: true } as const;

export function nominationTargetOf(nomination: HonorNomination): NominationTarget {
  return {
    nomineeId: nomination.nomineeId,
    nominatedBy: nomination.nominatedBy,
    organizationId: nomination.nominatorOrganizationId,
    draft: nomination.state === 'draft',
  };
}

export function accessTargetOf(nomination: HonorNomination): AccessTarget {
  return { nomination: nominationTargetOf(nomination) };
}

/**
 * Loading, locking and saving nominations, the one way for every service: a write locks the
 * nomination and its campaign, checks access and the If-Match version, and saves the change with
 * its audit entry in one transaction.
 */
@Injectable()
export class NominationStore {
  constructor(
    @InjectDataSource() readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async write(
    id: string,
    version: number | null,
    principal: Principal,
    permission: Permission,
    change: (manager: EntityManager, nomination: HonorNomination, campaign: HonorCampaign) => Promise<void>,
  ): Promise<Tagged<NominationView>> {
    await this.dataSource.transaction(async (manager) => {
      const nomination = await manager.findOne(HonorNomination, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!nomination) throw NOMINATION_NOT_FOUND();
      requireAccess(principal, permission, accessTargetOf(nomination));
      if (version !== null && nomination.version !== version) throw staleVersion();
      // the campaign's lock orders this write against its transitions and other submissions
      const campaign = await lockCampaign(manager, nomination.campaignId);
      await change(manager, nomination, campaign);
    });
    return this.view(id);
  }

  /** Saves `changes` at the version read, bumping it, with the audit entry. */
  async save(
    manager: EntityManager,
    nomination: HonorNomination,
    changes: Partial<HonorNomination>,
    entry: { actor: Principal | undefined; action: string; changes: FieldChanges },
  ): Promise<boolean> {
    const saved = await manager
      .createQueryBuilder()
      .update(HonorNomination)
      .set({ ...changes, version: () => 'version + 1' })
      .where('id = :id AND version = :version', { id: nomination.id, version: nomination.version })
      .returning('updated_at')
      .execute();
    if (saved.affected !== 1) return false;
    await this.audit.record(manager, {
      actor: entry.actor,
      action: entry.action,
      entityType: 'honor_nomination',
      entityId: nomination.id,
      changes: entry.changes,
    });
    // the caller may answer with this object (a read that re-evaluated), so it mirrors the row
    Object.assign(nomination, changes, {
      updatedAt: (saved.raw as Array<{ updated_at: Date }>)[0].updated_at,
    });
    nomination.version += 1;
    return true;
  }

  async loadForView(id: string): Promise<HonorNomination> {
    const nomination = await this.dataSource.manager.findOne(HonorNomination, {
      where: { id },
      relations: VIEW_RELATIONS,
    });
    if (!nomination) throw NOMINATION_NOT_FOUND();
    return nomination;
  }

  async view(id: string): Promise<Tagged<NominationView>> {
    const nomination = await this.loadForView(id);
    return new Tagged(await this.viewOf(nomination), nomination.version);
  }

  /** The view of a loaded nomination, its linked works read. */
  async viewOf(nomination: HonorNomination): Promise<NominationView> {
    return (await this.viewsOf([nomination]))[0];
  }

  /** The views of loaded nominations, their linked works read together. */
  async viewsOf(nominations: HonorNomination[]): Promise<NominationView[]> {
    const works = await linkedWorksOf(this.dataSource.manager, nominations);
    return nominations.map((n) => NominationView.of(n, works.get(n.id) ?? []));
  }
}

export async function lockCampaign(manager: EntityManager, id: string): Promise<HonorCampaign> {
  const campaign = await manager.findOne(HonorCampaign, {
    where: { id },
    lock: { mode: 'pessimistic_write' },
  });
  if (!campaign) throw CAMPAIGN_NOT_FOUND();
  return campaign;
}
