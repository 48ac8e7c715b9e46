import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';
import { type ReportBlock, reportBlocks } from './report-blocks';
import type { ReportContent } from './report-content';
import { reportFonts } from './report-fonts';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const WIDTH = A4[0] - 2 * MARGIN;

const STYLE: Readonly<Record<ReportBlock['kind'], { size: number; bold: boolean; before: number }>> = {
  title: { size: 16, bold: true, before: 0 },
  heading: { size: 13, bold: true, before: 14 },
  subheading: { size: 11.5, bold: true, before: 8 },
  paragraph: { size: 11, bold: false, before: 4 },
};

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

/** The consolidated report as an A4 PDF with Noto Sans embedded (subset). */
export function renderReportPdf(content: ReportContent): Promise<Buffer> {
  return renderBlocksPdf(
    { title: `Báo cáo tổng hợp ý kiến: ${content.request.title}`, date: content.generatedAt },
    reportBlocks(content),
  );
}

/**
 * Blocks of text (title, headings, paragraphs) as an A4 PDF with Noto Sans embedded (subset), so any
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
  const options = { subset: true, features: { ccmp: false } };
  const fonts = {
    regular: await document.embedFont(bytes.regular, options),
    bold: await document.embedFont(bytes.bold, options),
  };

  let page: PDFPage = document.addPage(A4);
  let y = A4[1] - MARGIN;
  for (const block of blocks) {
    const style = STYLE[block.kind];
    const font = style.bold ? fonts.bold : fonts.regular;
    const lineHeight = style.size * 1.45;
    y -= style.before;
    for (const line of wrapText(block.text, font, style.size, WIDTH)) {
      if (y - lineHeight < MARGIN) {
        page = document.addPage(A4);
        y = A4[1] - MARGIN;
      }
      y -= lineHeight;
      const x = block.kind === 'title' ? (A4[0] - font.widthOfTextAtSize(line, style.size)) / 2 : MARGIN;
      page.drawText(line, { x, y, size: style.size, font, color: rgb(0, 0, 0) });
    }
  }
  return Buffer.from(await document.save());
}
