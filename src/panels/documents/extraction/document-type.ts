import { fileTypeFromBuffer } from 'file-type/core';
import { unsupportedFile } from './file-problems';

export type DocumentKind = 'pdf' | 'docx' | 'txt';

export const MEDIA_TYPES: Record<DocumentKind, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  txt: 'text/plain; charset=utf-8',
};

/**
 * What a document really is, from its bytes alone: a .pdf that is a ZIP archive or a program renamed
 * .txt is refused, whatever its name says.
 */
export async function detectDocumentKind(content: Buffer): Promise<DocumentKind> {
  const detected = await fileTypeFromBuffer(content);
  if (detected?.ext === 'pdf') return 'pdf';
  if (detected?.ext === 'docx') return 'docx';
  if (detected?.ext === 'cfb') {
    throw unsupportedFile(
      'The file is an old Word document (.doc) or a password-protected one',
      'Tệp là tài liệu Word cũ (.doc) hoặc có mật khẩu',
    );
  }
  if (detected) {
    throw unsupportedFile(
      `The file's content is ${detected.mime} (.${detected.ext})`,
      `Nội dung tệp là ${detected.mime} (.${detected.ext})`,
    );
  }
  if (isUtf8Text(content)) return 'txt';
  throw unsupportedFile(
    'The file is neither a PDF nor a Word document, nor text in UTF-8',
    'Tệp không phải PDF, tài liệu Word hay văn bản mã hóa UTF-8',
  );
}

/** Text, not binary: valid UTF-8 without NUL bytes (which no text file holds). */
function isUtf8Text(content: Buffer): boolean {
  if (content.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(content);
    return true;
  } catch {
    return false;
  }
}
