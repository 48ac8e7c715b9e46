import { cleanText, hasText } from './clean-text';
import { DOCUMENT_LIMITS, DocumentLimits } from './document-limits';
import { detectDocumentKind, DocumentKind, MEDIA_TYPES } from './document-type';
import { docxText } from './docx-text';
import { fileTooLarge, unreadableFile } from './file-problems';
import { pdfText } from './pdf-text';
import { plainText } from './plain-text';

/** `no_text`: the file holds no letters to read, like a scanned PDF without a text layer. */
export type TextStatus = 'extracted' | 'no_text';

export interface ExtractedDocument {
  kind: DocumentKind;
  /** The media type the content shows, which is what downloads are served as. */
  mediaType: string;
  textStatus: TextStatus;
  /** NFC text; null when there is none. */
  text: string | null;
}

/**
 * Reads an uploaded document: its type from its bytes, then its text with the reader for that type.
 * Anything that is not a readable PDF, DOCX or UTF-8 text is refused with a problem naming `file`.
 */
export async function extractDocument(
  content: Buffer,
  limits: DocumentLimits = DOCUMENT_LIMITS,
): Promise<ExtractedDocument> {
  if (content.length > limits.maxFileBytes) throw fileTooLarge(limits.maxFileBytes);
  if (content.length === 0) throw unreadableFile('The file is empty', 'Tệp rỗng');
  const kind = await detectDocumentKind(content);
  const text = cleanText(await rawText(kind, content, limits));
  const found = hasText(text);
  return {
    kind,
    mediaType: MEDIA_TYPES[kind],
    textStatus: found ? 'extracted' : 'no_text',
    text: found ? text : null,
  };
}

function rawText(kind: DocumentKind, content: Buffer, limits: DocumentLimits): Promise<string> | string {
  switch (kind) {
    case 'pdf':
      return pdfText(content);
    case 'docx':
      return docxText(content, limits);
    case 'txt':
      return plainText(content);
  }
}
