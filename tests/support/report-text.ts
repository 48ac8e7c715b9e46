import mammoth from 'mammoth';
import { PDFDocument } from 'pdf-lib';
import { pdfText } from '../../src/panels/documents/extraction/pdf-text';

/** Wrapped lines and paragraphs read as one run of words. */
function words(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The text of each page of a PDF, as pdf.js extracts it (each page copied out with pdf-lib). */
export async function pdfPageTexts(content: Buffer): Promise<string[]> {
  const source = await PDFDocument.load(content);
  const texts: string[] = [];
  for (const index of source.getPageIndices()) {
    const single = await PDFDocument.create();
    const [page] = await single.copyPages(source, [index]);
    single.addPage(page);
    texts.push(words(await pdfText(Buffer.from(await single.save()))));
  }
  return texts;
}

export async function docxText(content: Buffer): Promise<string> {
  const { value } = await mammoth.extractRawText({ buffer: content });
  return words(value);
}
