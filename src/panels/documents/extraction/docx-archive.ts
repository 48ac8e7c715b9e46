import { Readable } from 'node:stream';
import yauzl, { Entry, ZipFile } from 'yauzl';
import { DomainError } from '../../../common/errors/domain-error';
import { DocumentLimits } from './document-limits';
import { unreadableFile } from './file-problems';

/**
 * Checks a DOCX archive before the Word reader inflates it in memory: a bounded number of entries
 * whose inflated size (measured, not the declared one a forged archive lies about) stays within the
 * limit, none encrypted, and a main document part.
 */
export async function inspectDocxArchive(content: Buffer, limits: DocumentLimits): Promise<void> {
  const zip = await open(content);
  try {
    const entries = await listEntries(zip, limits.maxZipEntries);
    if (!entries.some((entry) => entry.fileName === 'word/document.xml')) throw damaged();
    if (entries.some((entry) => entry.isEncrypted())) throw damaged();
    let inflated = 0;
    for (const entry of entries) {
      if (entry.fileName.endsWith('/')) continue;
      const stream = await openEntry(zip, entry);
      await drain(stream, (bytes) => {
        inflated += bytes;
        if (inflated > limits.maxUncompressedBytes) throw tooLarge();
      });
    }
  } finally {
    zip.close();
  }
}

function damaged() {
  return unreadableFile(
    'The Word document is damaged and cannot be read',
    'Tài liệu Word bị hỏng, không đọc được',
  );
}

function tooLarge() {
  return unreadableFile(
    'The Word document expands beyond the allowed size',
    'Tài liệu Word khi giải nén vượt quá kích thước cho phép',
  );
}

function open(content: Buffer): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(content, { lazyEntries: true, validateEntrySizes: true }, (error, zip) =>
      error ? reject(damaged()) : resolve(zip),
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
    zip.on('error', () => reject(damaged()));
    zip.readEntry();
  });
}

function openEntry(zip: ZipFile, entry: Entry): Promise<Readable> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => (error ? reject(damaged()) : resolve(stream)));
  });
}

async function drain(stream: Readable, onBytes: (bytes: number) => void): Promise<void> {
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) onBytes(chunk.length);
  } catch (error) {
    stream.destroy();
    throw error instanceof DomainError ? error : damaged();
  }
}
