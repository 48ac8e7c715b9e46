import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AccessTarget } from '../../common/access/access';
import { Principal } from '../../common/access/principal';
import { HonorCouncilMember } from './council-member.entity';

/**
 * Who sits on which round's council: the caller's seat decides what the council routes show them.
 */
@Injectable()
export class CouncilSeatsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The caller's seat on the round's council, or null (no linked profile, not seated, no council). */
  async seatOf(
    campaignId: string,
    round: number,
    principal: Principal | undefined,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<HonorCouncilMember | null> {
    if (!principal?.intellectualId) return null;
    return manager
      .createQueryBuilder(HonorCouncilMember, 'm')
      .innerJoin('m.council', 'c')
      .where('c.campaign_id = :campaignId AND c.round = :round AND m.intellectual_id = :intellectualId', {
        campaignId,
        round,
        intellectualId: principal.intellectualId,
      })
      .getOne();
  }
}

/** The access target for requireAccess(principal, Permission.HonorCouncilWork, …). */
export function councilTargetOf(seat: HonorCouncilMember | null, officersOnly = false): AccessTarget {
  return { council: { seatRole: seat?.role ?? null, officersOnly } };
}
