import { openZip } from '../../common/zip/zip-archive';
import { ImportLimits } from './import-limits';
import { unreadableFile as unreadable } from './unreadable-file';

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;
/** A row element (not <rowBreaks>); at most 5 characters, so a 4-character tail never holds a match. */
const ROW_ELEMENT = /<row[\s>/]/g;

/**
 * Checks an .xlsx archive before a spreadsheet library touches it: it must be a workbook, unencrypted,
 * with few entries whose total expanded size is bounded. Every entry is inflated once here (yauzl
 * checks each against its declared size, so a forged central directory fails) while the rows of each
 * worksheet are counted.
 */
export async function inspectZip(content: Buffer, limits: ImportLimits): Promise<void> {
  const zip = await openZip(content, limits.maxZipEntries, { damaged: corrupt, tooLarge });
  try {
    const names = new Set(zip.entries.map((entry) => entry.fileName));
    if (!names.has('[Content_Types].xml') || !names.has('xl/workbook.xml')) {
      throw unreadable(
        'The archive is not an Excel workbook (.xlsx)',
        'Tệp nén không phải bảng tính Excel (.xlsx)',
      );
    }
    if (zip.entries.some((entry) => entry.isEncrypted())) throw encrypted();
    const declared = zip.entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
    if (declared > limits.maxUncompressedBytes) throw tooLarge();
    let inflated = 0;
    for (const entry of zip.entries) {
      const rows = new RowCounter(WORKSHEET.test(entry.fileName));
      await zip.consume(entry, (chunk) => {
        inflated += chunk.length;
        if (inflated > limits.maxUncompressedBytes) throw tooLarge();
        rows.add(chunk);
      });
      if (rows.count > limits.maxRows + 1) throw tooManyRows(limits.maxRows);
    }
  } finally {
    zip.close();
  }
}

export function tooManyRows(maxRows: number) {
  return unreadable(
    `The file has more than ${maxRows.toLocaleString('en')} rows; split it into smaller files`,
    `Tệp có hơn ${maxRows.toLocaleString('vi')} dòng; hãy chia thành các tệp nhỏ hơn`,
  );
}

function tooLarge() {
  return unreadable(
    'The workbook expands beyond the allowed size (a compressed archive bomb, or far too much data)',
    'Bảng tính khi giải nén vượt quá kích thước cho phép',
  );
}

function encrypted() {
  return unreadable(
    'The workbook is password-protected; remove the password and upload again',
    'Bảng tính có mật khẩu; hãy bỏ mật khẩu rồi tải lên lại',
  );
}

function corrupt() {
  return unreadable('The workbook is damaged and cannot be read', 'Bảng tính bị hỏng, không đọc được');
}

/** Counts row elements across chunks (a 4-character tail carries a match split between two). */
class RowCounter {
  count = 0;
  private tail = '';
  constructor(private readonly counting: boolean) {}

  add(chunk: Buffer): void {
    if (!this.counting) return;
    const text = this.tail + chunk.toString('latin1');
    this.count += text.match(ROW_ELEMENT)?.length ?? 0;
    this.tail = text.slice(-4);
  }
}
