import { openZip } from '../../../common/zip/zip-archive';
import { DocumentLimits } from './document-limits';
import { unreadableFile } from './file-problems';

/**
 * Checks a DOCX archive before the Word reader inflates it in memory: a bounded number of entries
 * whose inflated size (measured, not the declared one a forged archive lies about) stays within the
 * limit, none encrypted, and a main document part.
 */
export async function inspectDocxArchive(content: Buffer, limits: DocumentLimits): Promise<void> {
  const zip = await openZip(content, limits.maxZipEntries, { damaged, tooLarge });
  try {
    if (!zip.entries.some((entry) => entry.fileName === 'word/document.xml')) throw damaged();
    if (zip.entries.some((entry) => entry.isEncrypted())) throw damaged();
    let inflated = 0;
    for (const entry of zip.entries) {
      if (entry.fileName.endsWith('/')) continue;
      await zip.consume(entry, (chunk) => {
        inflated += chunk.length;
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
