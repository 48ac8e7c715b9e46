import { readFile } from 'node:fs/promises';
import fontkit from '@pdf-lib/fontkit';
import JSZip from 'jszip';
import { PDFDocument } from 'pdf-lib';

/** Noto Sans covers every Vietnamese letter with its marks; embedded whole so the PDF maps glyphs back to text. */
const NOTO_SANS = require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf');
/** A picture of text (the font's specimen): what a scanner puts in a PDF, with no text layer. */
const SPECIMEN_PNG = require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf.png');

/** A PDF with a real text layer: each page's lines set in an embedded TrueType font. */
export async function textPdf(pages: string[][]): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  // Noto's ccmp feature swaps i + dot below for a glyph that pdf-lib maps back to a wrong character
  const font = await pdf.embedFont(await readFile(NOTO_SANS), { subset: false, features: { ccmp: false } });
  for (const lines of pages) {
    const page = pdf.addPage([595, 842]);
    lines.forEach((line, index) => page.drawText(line, { x: 50, y: 780 - index * 20, size: 12, font }));
  }
  return Buffer.from(await pdf.save());
}

/** A scanned page: one image and no text layer. */
export async function scannedPdf(): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const image = await pdf.embedPng(await readFile(SPECIMEN_PNG));
  const page = pdf.addPage([595, 842]);
  page.drawImage(image, { x: 50, y: 400, width: 495, height: (495 * image.height) / image.width });
  return Buffer.from(await pdf.save());
}

const WORD_MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const WORD_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const paragraph = (text: string) =>
  `<w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;

/** A minimal Word document (the three parts Word itself needs) with paragraphs and a one-row table. */
export async function wordDocument(paragraphs: string[], tableCells: string[] = []): Promise<Buffer> {
  const table = tableCells.length
    ? `<w:tbl><w:tr>${tableCells.map((text) => `<w:tc>${paragraph(text)}</w:tc>`).join('')}</w:tr></w:tbl>`
    : '';
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="/word/document.xml" ContentType="${WORD_MAIN}"/></Types>`,
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${WORD_NS}"><w:body>${paragraphs.map(paragraph).join('')}${table}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** A ZIP archive that is no Word document (what a .pdf-named archive really is). */
export async function zipArchive(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('readme.txt', 'not a document');
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** The start of a Windows program (MZ header and PE stub), as a renamed .exe would begin. */
export function windowsProgram(): Buffer {
  const bytes = Buffer.alloc(512);
  bytes.write('MZ', 0, 'latin1');
  bytes.writeUInt32LE(0x80, 0x3c);
  bytes.write('PE\0\0', 0x80, 'latin1');
  return bytes;
}
