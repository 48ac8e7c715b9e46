import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';
import { type ReportBlock, reportBlocks } from './report-blocks';
import type { ReportContent } from './report-content';
import { reportFonts } from './report-fonts';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const WIDTH = A4[0] - 2 * MARGIN;

type TextBlock = Exclude<ReportBlock, { kind: 'table' }>;
const STYLE: Readonly<Record<TextBlock['kind'], { size: number; bold: boolean; before: number }>> = {
  title: { size: 16, bold: true, before: 0 },
  heading: { size: 13, bold: true, before: 14 },
  subheading: { size: 11.5, bold: true, before: 8 },
  paragraph: { size: 11, bold: false, before: 4 },
};
const TABLE_TEXT = 9;
const CELL_PADDING = 3;

/** Splits a paragraph into lines no wider than `width`; a word longer than a line is cut. */
export function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  const fits = (line: string) => font.widthOfTextAtSize(line, size) <= width;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    let rest = word;
    while (!fits(rest)) {
      const characters = Array.from(rest);
      let cut = characters.length - 1;
      while (cut > 1 && !fits(characters.slice(0, cut).join(''))) cut -= 1;
      lines.push(characters.slice(0, cut).join(''));
      rest = characters.slice(cut).join('');
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}

/** The consolidated report as an A4 PDF with Noto Sans embedded. */
export function renderReportPdf(content: ReportContent): Promise<Buffer> {
  return renderBlocksPdf(
    { title: `Báo cáo tổng hợp ý kiến: ${content.request.title}`, date: content.generatedAt },
    reportBlocks(content),
  );
}

/**
 * Blocks (title, headings, paragraphs, tables) as an A4 PDF with Noto Sans embedded whole, so any
 * Vietnamese text reads right; used by the consolidated report and by other Vietnamese documents.
 */
export async function renderBlocksPdf(
  meta: { title: string; date: Date },
  blocks: Iterable<ReportBlock>,
): Promise<Buffer> {
  const document = await PDFDocument.create();
  document.registerFontkit(fontkit);
  document.setTitle(meta.title.normalize('NFC'));
  document.setLanguage('vi-VN');
  document.setCreationDate(meta.date);
  document.setModificationDate(meta.date);
  const bytes = await reportFonts();
  // ccmp off: with it fontkit drops the dot below (học, nghị come out as hoc, nghi) in text and glyphs
  // Whole fonts, not subsets: pdf-lib's subsets of Noto Sans lose most glyphs in poppler (LibreOffice,
  // Evince, pdftoppm show "BÁO CÁO … C" for a whole title) while the text still extracts right
  const options = { subset: false, features: { ccmp: false } };
  const fonts = {
    regular: await document.embedFont(bytes.regular, options),
    bold: await document.embedFont(bytes.bold, options),
  };

  let page: PDFPage = document.addPage(A4);
  let y = A4[1] - MARGIN;
  const room = (height: number) => {
    if (y - height >= MARGIN) return;
    page = document.addPage(A4);
    y = A4[1] - MARGIN;
  };
  for (const block of blocks) {
    if (block.kind === 'table') {
      // the first column (the row names) takes 40%, the numbers share the rest
      const first = block.headers.length > 1 ? WIDTH * 0.4 : WIDTH;
      const other = block.headers.length > 1 ? (WIDTH - first) / (block.headers.length - 1) : 0;
      const widths = block.headers.map((_, at) => (at === 0 ? first : other));
      y -= 6;
      for (const [index, cells] of [block.headers, ...block.rows].entries()) {
        const font = index === 0 ? fonts.bold : fonts.regular;
        const lines = cells.map((text, at) =>
          wrapText(text, font, TABLE_TEXT, widths[at] - 2 * CELL_PADDING),
        );
        const height = Math.max(1, ...lines.map((l) => l.length)) * TABLE_TEXT * 1.3 + 2 * CELL_PADDING;
        room(height);
        let x = MARGIN;
        lines.forEach((cellLines, at) => {
          cellLines.forEach((line, n) => {
            const width = font.widthOfTextAtSize(line, TABLE_TEXT);
            const left = at === 0 ? x + CELL_PADDING : x + widths[at] - CELL_PADDING - width;
            const top = y - CELL_PADDING - (n + 1) * TABLE_TEXT * 1.3 + 2;
            page.drawText(line, { x: left, y: top, size: TABLE_TEXT, font, color: rgb(0, 0, 0) });
          });
          x += widths[at];
        });
        y -= height;
        page.drawLine({
          start: { x: MARGIN, y },
          end: { x: MARGIN + WIDTH, y },
          thickness: index === 0 ? 0.8 : 0.3,
          color: rgb(0.4, 0.4, 0.4),
        });
      }
      continue;
    }
    const style = STYLE[block.kind];
    const font = style.bold ? fonts.bold : fonts.regular;
    const lineHeight = style.size * 1.45;
    y -= style.before;
    for (const line of wrapText(block.text, font, style.size, WIDTH)) {
      room(lineHeight);
      y -= lineHeight;
      const x = block.kind === 'title' ? (A4[0] - font.widthOfTextAtSize(line, style.size)) / 2 : MARGIN;
      page.drawText(line, { x, y, size: style.size, font, color: rgb(0, 0, 0) });
    }
  }
  return Buffer.from(await document.save());
}
