import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { type ReportBlock, reportBlocks } from './report-blocks';
import type { ReportContent } from './report-content';

const FONT = 'Noto Sans';

function tableOf(block: Extract<ReportBlock, { kind: 'table' }>): Table {
  const row = (cells: string[], bold: boolean) =>
    new TableRow({
      tableHeader: bold,
      children: cells.map(
        (text, at) =>
          new TableCell({
            children: [
              new Paragraph({
                alignment: at === 0 ? AlignmentType.LEFT : AlignmentType.RIGHT,
                children: [new TextRun({ text, bold, font: FONT, size: 20 })],
              }),
            ],
          }),
      ),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [row(block.headers, true), ...block.rows.map((cells) => row(cells, false))],
  });
}

function paragraphOf(block: ReportBlock): Paragraph | Table {
  switch (block.kind) {
    case 'table':
      return tableOf(block);
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
export function renderReportDocx(content: ReportContent): Promise<Buffer> {
  return renderBlocksDocx(
    {
      title: `Báo cáo tổng hợp ý kiến: ${content.request.title}`,
      creator: 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Khánh Hòa',
    },
    reportBlocks(content),
  );
}

/** Blocks of a Vietnamese document (headings, paragraphs, tables) as a Word document. */
export async function renderBlocksDocx(
  meta: { title: string; creator: string },
  blocks: Iterable<ReportBlock>,
): Promise<Buffer> {
  const document = new Document({
    title: meta.title.normalize('NFC'),
    creator: meta.creator,
    styles: { default: { document: { run: { font: FONT } } } },
    sections: [{ children: [...blocks].map(paragraphOf) }],
  });
  return Packer.toBuffer(document);
}
