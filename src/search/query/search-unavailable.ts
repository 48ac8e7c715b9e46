import { DomainError } from '../../common/errors/domain-error';
import { SearchUnavailableError } from '../index/search-index';

/** Runs a search, answering 503 (with Retry-After) while the index is unavailable. */
export async function searchUnavailable<T>(search: () => Promise<T>): Promise<T> {
  try {
    return await search();
  } catch (error) {
    if (error instanceof SearchUnavailableError) {
      throw new DomainError('SERVICE_UNAVAILABLE', {
        en: 'Search is temporarily unavailable; please try again shortly',
        vi: 'Chức năng tìm kiếm tạm thời không khả dụng, vui lòng thử lại sau',
      });
    }
    throw error;
  }
}
