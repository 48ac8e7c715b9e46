import { EntityManager } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error';
import { STANDING_STATES } from './nomination-states';
import { HonorNomination } from './nomination.entity';

/** The nomination checked; no id before it is stored. */
type Candidate = Pick<
  HonorNomination,
  'campaignId' | 'nomineeId' | 'nominatedBy' | 'category' | 'workTitleKey'
> & { id?: string };

/**
 * Refuses a nomination the campaign already has (409 naming the nomination there): the same person in
 * the same category, or the same work (its folded title), while the earlier one stands (submitted or
 * accepted; withdrawn and declined ones do not count). A person who declined a nomination in the
 * campaign is not nominated again in it by others; only they can change their mind, by nominating
 * themself where the campaign allows. Callers hold the campaign's lock, so two submissions cannot
 * both pass.
 */
export async function refuseDuplicates(
  manager: EntityManager,
  candidate: Candidate,
  nomineeName: string,
): Promise<void> {
  const query = manager
    .createQueryBuilder(HonorNomination, 'n')
    .where('n.campaignId = :campaignId', { campaignId: candidate.campaignId });
  if (candidate.id) query.andWhere('n.id <> :id', { id: candidate.id });
  const others = await query
    .andWhere('n.state IN (:...states)', { states: [...STANDING_STATES, 'declined'] })
    .andWhere('(n.nomineeId = :nomineeId OR n.workTitleKey = :key)', {
      nomineeId: candidate.nomineeId,
      key: candidate.workTitleKey ?? '',
    })
    .orderBy('n.createdAt', 'ASC')
    .getMany();
  const declined = others.find((n) => n.state === 'declined' && n.nomineeId === candidate.nomineeId);
  if (declined && candidate.nominatedBy !== 'self') {
    throw DomainError.conflictOn(
      'NOMINEE_DECLINED',
      'nomineeId',
      `${nomineeName} declined the nomination ${declined.id} in this campaign`,
      `${nomineeName} đã từ chối đề cử ${declined.id} trong đợt xét chọn này`,
    );
  }
  const standing = others.filter((n) => STANDING_STATES.includes(n.state));
  const samePerson = standing.find(
    (n) => n.nomineeId === candidate.nomineeId && n.category === candidate.category,
  );
  if (samePerson) {
    throw DomainError.conflictOn(
      'DUPLICATE_NOMINATION',
      'nomineeId',
      `${nomineeName} is already nominated in this campaign${candidate.category ? ` for ${candidate.category}` : ''}: nomination ${samePerson.id}`,
      `${nomineeName} đã được đề cử trong đợt xét chọn này${candidate.category ? ` ở lĩnh vực ${candidate.category}` : ''}: hồ sơ ${samePerson.id}`,
    );
  }
  const sameWork = standing.find((n) => candidate.workTitleKey && n.workTitleKey === candidate.workTitleKey);
  if (sameWork) {
    throw DomainError.conflictOn(
      'DUPLICATE_NOMINATION',
      'work.title',
      `This work is already nominated in this campaign: nomination ${sameWork.id}`,
      `Công trình này đã được đề cử trong đợt xét chọn này: hồ sơ ${sameWork.id}`,
    );
  }
}
