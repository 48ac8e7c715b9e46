import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AccessTarget } from '../../common/access/access';
import { Principal } from '../../common/access/principal';
import { HonorCouncilMember } from './council-member.entity';
import { HonorRecusal } from './recusal.entity';

/**
 * Who sits on which round's council, and whom they may score: the small surface other parts of the
 * review (scoring sheets, progress, result confirmation) build on.
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

  /**
   * Whether the member may score the nomination: no recusal recorded, or it was lifted. Recusals are
   * recorded when scoring opens; callers check the council's scoringOpenedAt themselves.
   */
  async mayScore(
    memberId: string,
    nominationId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    const recusal = await manager.findOne(HonorRecusal, {
      select: { id: true, liftedAt: true },
      where: { councilMemberId: memberId, nominationId },
    });
    return !recusal || recusal.liftedAt !== null;
  }
}

/** The access target for requireAccess(principal, Permission.HonorCouncilWork, …). */
export function councilTargetOf(seat: HonorCouncilMember | null, officersOnly = false): AccessTarget {
  return { council: { seatRole: seat?.role ?? null, officersOnly } };
}
