import { DomainError } from '../../common/errors/domain-error';
import type { ReviewRequest } from './review-request.entity';

/** What an agency writes in a request (create and update alike). */
export type RequestContent = Pick<
  ReviewRequest,
  | 'kind'
  | 'title'
  | 'summary'
  | 'proposalText'
  | 'fieldCodes'
  | 'panelSizeMin'
  | 'panelSizeMax'
  | 'rolesWanted'
  | 'opinionsAttributed'
  | 'opinionsVisibleToMembers'
  | 'deadline'
>;

/**
 * The rules across fields, checked on the whole content after an update is merged in (the DTOs check
 * each field alone): the size range is a range and the wanted roles fit in it.
 */
export function requireValidContent(content: RequestContent): void {
  if (content.panelSizeMin > content.panelSizeMax) {
    throw DomainError.invalidField(
      'panelSizeMax',
      `panelSizeMax (${content.panelSizeMax}) must not be below panelSizeMin (${content.panelSizeMin})`,
      `Số thành viên tối đa (${content.panelSizeMax}) không được nhỏ hơn số tối thiểu (${content.panelSizeMin})`,
    );
  }
  const wanted = Object.values(content.rolesWanted).reduce((sum, count) => sum + (count ?? 0), 0);
  if (wanted > content.panelSizeMax) {
    throw DomainError.invalidField(
      'rolesWanted',
      `The roles wanted add up to ${wanted} members, more than panelSizeMax (${content.panelSizeMax})`,
      `Tổng số thành viên theo vai trò (${wanted}) vượt quá số thành viên tối đa (${content.panelSizeMax})`,
    );
  }
}
