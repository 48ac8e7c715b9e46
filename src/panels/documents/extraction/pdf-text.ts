import { dirname, join } from 'node:path';
import { unreadableFile } from './file-problems';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let pdfjsLoaded: Promise<PdfJs> | undefined;

/**
 * pdf.js (the legacy build, for Node 20) runs its parser on the main thread here: the worker module
 * is loaded first and published as `globalThis.pdfjsWorker`, where pdf.js looks before it would try
 * to start a worker from a file URL.
 */
function pdfjs(): Promise<PdfJs> {
  pdfjsLoaded ??= (async () => {
    const worker: unknown = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return pdfjsLoaded;
}

/** For PDFs that use the 14 standard fonts without embedding them. */
const STANDARD_FONTS = join(dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts/');

/**
 * The text layer of a PDF, page by page. A scan has none and gives an empty string; a damaged or
 * password-protected file is refused.
 */
export async function pdfText(content: Buffer): Promise<string> {
  const { getDocument, VerbosityLevel } = await pdfjs();
  const task = getDocument({
    // pdf.js takes ownership of the bytes it is given, so it gets a copy
    data: new Uint8Array(content),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    standardFontDataUrl: STANDARD_FONTS,
    verbosity: VerbosityLevel.ERRORS,
  });
  let document: Awaited<typeof task.promise>;
  try {
    document = await task.promise;
  } catch (error) {
    await task.destroy();
    throw unreadablePdf(error);
  }
  try {
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const { items } = await page.getTextContent();
      pages.push(items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
      page.cleanup();
    }
    return pages.join('\n\n');
  } catch (error) {
    throw unreadablePdf(error);
  } finally {
    await document.destroy();
  }
}

function unreadablePdf(error: unknown) {
  if ((error as { name?: string })?.name === 'PasswordException') {
    return unreadableFile(
      'The PDF is password-protected; upload it without a password',
      'Tệp PDF có mật khẩu; hãy tải lên bản không có mật khẩu',
    );
  }
  return unreadableFile('The PDF is damaged and cannot be read', 'Tệp PDF bị hỏng, không đọc được');
}
