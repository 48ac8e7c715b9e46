import { DomainError } from '../../common/errors/domain-error';

export interface UploadedDocument {
  fileName: string;
  content: Buffer;
}

const MAX_FILE_NAME = 200;

/** The file of a multipart upload with its name made safe to show and offer back. */
export function uploadedDocument(
  file: { originalname: string; buffer: Buffer } | undefined,
): UploadedDocument {
  if (!file) {
    throw DomainError.invalidField(
      'file',
      'Attach the document (PDF, DOCX or TXT) as the "file" field',
      'Hãy đính kèm tài liệu (PDF, DOCX hoặc TXT) ở trường "file"',
    );
  }
  return { fileName: safeFileName(file.originalname), content: file.buffer };
}

/** The last path segment (browsers on Windows once sent C:\fakepath\…), NFC, no control characters. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base
    .normalize('NFC')
    .replace(/\p{Cc}/gu, '')
    .trim();
  return [...clean].slice(0, MAX_FILE_NAME).join('') || 'tai-lieu';
}
