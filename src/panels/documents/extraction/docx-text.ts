import mammoth from 'mammoth';
import { DocumentLimits } from './document-limits';
import { inspectDocxArchive } from './docx-archive';
import { unreadableFile } from './file-problems';

/** A Word document's text (paragraphs, tables, lists), once its archive has been checked. */
export async function docxText(content: Buffer, limits: DocumentLimits): Promise<string> {
  await inspectDocxArchive(content, limits);
  try {
    const { value } = await mammoth.extractRawText({ buffer: content });
    return value;
  } catch {
    throw unreadableFile(
      'The Word document is damaged and cannot be read',
      'Tài liệu Word bị hỏng, không đọc được',
    );
  }
}
