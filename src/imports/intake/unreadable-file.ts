import { DomainError } from '../../common/errors/domain-error';

/** A file that arrived but cannot be imported as it is (422, reported on the `file` field). */
export function unreadableFile(en: string, vi: string): DomainError {
  return new DomainError('UNPROCESSABLE', { en, vi }, [{ field: 'file', message: en, messageVi: vi }]);
}
