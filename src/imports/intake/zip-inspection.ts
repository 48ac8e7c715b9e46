import { Readable } from 'node:stream';
import yauzl, { Entry, ZipFile } from 'yauzl';
import { DomainError } from '../../common/errors/domain-error';
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
  const zip = await open(content);
  try {
    const entries = await listEntries(zip, limits.maxZipEntries);
    const names = new Set(entries.map((entry) => entry.fileName));
    if (!names.has('[Content_Types].xml') || !names.has('xl/workbook.xml')) {
      throw unreadable(
        'The archive is not an Excel workbook (.xlsx)',
        'Tệp nén không phải bảng tính Excel (.xlsx)',
      );
    }
    if (entries.some((entry) => entry.isEncrypted())) throw encrypted();
    const declared = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
    if (declared > limits.maxUncompressedBytes) throw tooLarge();
    let inflated = 0;
    for (const entry of entries) {
      const stream = await openEntry(zip, entry);
      const rows = await consume(stream, WORKSHEET.test(entry.fileName), (bytes) => {
        inflated += bytes;
        if (inflated > limits.maxUncompressedBytes) throw tooLarge();
      });
      if (rows > limits.maxRows + 1) throw tooManyRows(limits.maxRows);
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

function open(content: Buffer): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(content, { lazyEntries: true, validateEntrySizes: true }, (error, zip) =>
      error ? reject(corrupt()) : resolve(zip),
    );
  });
}

function listEntries(zip: ZipFile, maxEntries: number): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: Entry[] = [];
    zip.on('entry', (entry: Entry) => {
      entries.push(entry);
      if (entries.length > maxEntries) reject(tooLarge());
      else zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', () => reject(corrupt()));
    zip.readEntry();
  });
}

function openEntry(zip: ZipFile, entry: Entry): Promise<Readable> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => (error ? reject(corrupt()) : resolve(stream)));
  });
}

/** Reads a stream to its end, reporting sizes; counts row elements when asked. */
async function consume(stream: Readable, countRows: boolean, onBytes: (bytes: number) => void) {
  let rows = 0;
  let tail = '';
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      onBytes(chunk.length);
      if (!countRows) continue;
      const text = tail + chunk.toString('latin1');
      rows += text.match(ROW_ELEMENT)?.length ?? 0;
      tail = text.slice(-4);
    }
  } catch (error) {
    stream.destroy();
    throw error instanceof DomainError ? error : corrupt();
  }
  return rows;
}
