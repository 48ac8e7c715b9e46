import { extname } from 'node:path';
import { DomainError } from '../../common/errors/domain-error';
import { IMPORT_LIMITS, ImportLimits } from './import-limits';
import { unreadableFile as unreadable } from './unreadable-file';
import { inspectZip } from './zip-inspection';

export type SpreadsheetKind = 'xlsx' | 'csv';

export interface Upload {
  fileName: string;
  content: Buffer;
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** Compound File Binary: legacy .xls, and every password-protected (encrypted) .xlsx. */
const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/**
 * Decides what an upload really is from its bytes, never its name, and refuses hostile or unusable
 * files before anything parses them: oversize, encrypted or legacy workbooks, archives that expand
 * too far or hold too many rows, and text that is not UTF-8.
 */
export async function inspectUpload(
  upload: Upload,
  limits: ImportLimits = IMPORT_LIMITS,
): Promise<SpreadsheetKind> {
  const { content } = upload;
  if (content.length > limits.maxFileBytes) {
    throw new DomainError('PAYLOAD_TOO_LARGE', {
      en: `The file is larger than ${limits.maxFileBytes / 1024 / 1024} MB`,
      vi: `Tệp lớn hơn ${limits.maxFileBytes / 1024 / 1024} MB`,
    });
  }
  if (content.length === 0) throw unreadable('The file is empty', 'Tệp rỗng');
  if (startsWith(content, CFB_MAGIC)) {
    throw unreadable(
      'The workbook is password-protected or in the old .xls format; save it as .xlsx without a password',
      'Tệp Excel có mật khẩu hoặc ở định dạng .xls cũ; hãy lưu lại dạng .xlsx và bỏ mật khẩu',
    );
  }
  if (startsWith(content, ZIP_MAGIC)) {
    await inspectZip(content, limits);
    return 'xlsx';
  }
  if (extname(upload.fileName).toLowerCase() === '.csv' && isUtf8Text(content)) return 'csv';
  throw new DomainError('UNSUPPORTED_MEDIA_TYPE', {
    en: 'The file is neither an Excel workbook (.xlsx) nor a UTF-8 CSV file',
    vi: 'Tệp không phải bảng tính Excel (.xlsx) hoặc tệp CSV mã hóa UTF-8',
  });
}

function startsWith(content: Buffer, magic: Buffer): boolean {
  return content.length >= magic.length && content.subarray(0, magic.length).equals(magic);
}

function isUtf8Text(content: Buffer): boolean {
  if (content.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(content);
    return true;
  } catch {
    return false;
  }
}

/** The uploaded file of a multipart request; a request without one is refused. */
export function uploadOf(file: { originalname: string; buffer: Buffer } | undefined): Upload {
  if (!file) {
    throw DomainError.invalidField(
      'file',
      'Attach the spreadsheet as the "file" field',
      'Hãy đính kèm bảng tính ở trường "file"',
    );
  }
  return { fileName: file.originalname, content: file.buffer };
}
