import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { type ReportBlock, reportBlocks } from './report-blocks';
import type { ReportContent } from './report-content';

const FONT = 'Noto Sans';

function paragraphOf(block: ReportBlock): Paragraph {
  switch (block.kind) {
    case 'title':
      return new Paragraph({
        heading: HeadingLevel.TITLE,
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text: block.text, bold: true, font: FONT, size: 32 })],
      });
    case 'heading':
      return new Paragraph({
        heading: HeadingLevel.HEADING_1,
        spacing: { before: 240 },
        children: [new TextRun({ text: block.text, bold: true, font: FONT, size: 26 })],
      });
    case 'subheading':
      return new Paragraph({
        heading: HeadingLevel.HEADING_2,
        spacing: { before: 160 },
        children: [new TextRun({ text: block.text, bold: true, font: FONT, size: 23 })],
      });
    case 'paragraph':
      return new Paragraph({
        spacing: { before: 80 },
        children: [new TextRun({ text: block.text, font: FONT, size: 22 })],
      });
  }
}

/** The consolidated report as a Word document (text in Noto Sans; Word substitutes if absent). */
export async function renderReportDocx(content: ReportContent): Promise<Buffer> {
  const document = new Document({
    title: `Báo cáo tổng hợp ý kiến: ${content.request.title}`.normalize('NFC'),
    creator: 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Khánh Hòa',
    styles: { default: { document: { run: { font: FONT } } } },
    sections: [{ children: reportBlocks(content).map(paragraphOf) }],
  });
  return Packer.toBuffer(document);
}
