import { DomainError } from '../../../common/errors/domain-error';

const ACCEPTED = {
  en: 'only PDF, Word (.docx) and UTF-8 text (.txt) files are accepted',
  vi: 'chỉ nhận tệp PDF, Word (.docx) và văn bản UTF-8 (.txt)',
};

/** The bytes are not a PDF, a DOCX or UTF-8 text, whatever the file is called (415, on `file`). */
export function unsupportedFile(whatEn: string, whatVi: string): DomainError {
  const en = `${whatEn}; ${ACCEPTED.en}`;
  const vi = `${whatVi}; ${ACCEPTED.vi}`;
  return new DomainError('UNSUPPORTED_FILE', { en, vi }, [{ field: 'file', message: en, messageVi: vi }]);
}

/** A file of an accepted type that cannot be read as it is: damaged, encrypted or too big inside (422). */
export function unreadableFile(en: string, vi: string): DomainError {
  return new DomainError('UNPROCESSABLE', { en, vi }, [{ field: 'file', message: en, messageVi: vi }]);
}

export function fileTooLarge(maxBytes: number): DomainError {
  const megabytes = maxBytes / 1024 / 1024;
  const en = `The file is larger than ${megabytes} MB`;
  const vi = `Tệp lớn hơn ${megabytes} MB`;
  return new DomainError('PAYLOAD_TOO_LARGE', { en, vi }, [{ field: 'file', message: en, messageVi: vi }]);
}
