import { DomainError } from '../../../src/common/errors/domain-error';
import { extractDocument } from '../../../src/panels/documents/extraction/text-extraction';
import { scannedPdf, textPdf, windowsProgram, wordDocument, zipArchive } from '../../support/documents';

const PROPOSAL = 'Đề án phát triển nuôi trồng thủy sản công nghệ cao ở vịnh Vân Phong';
const SECOND_LINE = 'Ứng dụng vắc-xin cho cá mú, tôm hùm; ước tính hiệu quả kinh tế – xã hội';

/** The problem an extraction refused the file with. */
async function refusal(content: Buffer, limits?: Parameters<typeof extractDocument>[1]) {
  try {
    await extractDocument(content, limits);
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    const { code, status, detail, errors } = error as DomainError;
    return { code, status, detail, field: errors[0]?.field };
  }
  throw new Error('the file was accepted');
}

describe('extractDocument', () => {
  it('reads the text layer of a PDF page by page, Vietnamese marks intact and in NFC', async () => {
    const result = await extractDocument(await textPdf([[PROPOSAL, SECOND_LINE], ['Trang hai: Khánh Hòa']]));
    expect(result).toMatchObject({ kind: 'pdf', mediaType: 'application/pdf', textStatus: 'extracted' });
    expect(result.text).toContain(PROPOSAL);
    expect(result.text).toContain(SECOND_LINE);
    expect(result.text).toContain('Trang hai: Khánh Hòa');
    expect(result.text).toBe(result.text!.normalize('NFC'));
  });

  it('reports a scanned PDF (an image, no text layer) as having no text', async () => {
    expect(await extractDocument(await scannedPdf())).toEqual({
      kind: 'pdf',
      mediaType: 'application/pdf',
      textStatus: 'no_text',
      text: null,
    });
  });

  it('reads a Word document’s paragraphs and tables', async () => {
    const result = await extractDocument(
      await wordDocument([PROPOSAL, SECOND_LINE], ['Nha Trang', 'Cam Ranh']),
    );
    expect(result).toMatchObject({
      kind: 'docx',
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      textStatus: 'extracted',
    });
    expect(result.text).toContain(PROPOSAL);
    expect(result.text).toContain(SECOND_LINE);
    expect(result.text).toContain('Cam Ranh');
  });

  it('reads UTF-8 text, composing decomposed marks (NFD from macOS) into NFC and dropping the BOM', async () => {
    const content = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(`${PROPOSAL}\r\n`.normalize('NFD')),
    ]);
    expect(await extractDocument(content)).toEqual({
      kind: 'txt',
      mediaType: 'text/plain; charset=utf-8',
      textStatus: 'extracted',
      text: PROPOSAL,
    });
  });

  it('refuses a ZIP archive named .pdf and a program named .txt: the bytes decide, not the name', async () => {
    expect(await refusal(await zipArchive())).toEqual({
      code: 'UNSUPPORTED_FILE',
      status: 415,
      detail: expect.objectContaining({ en: expect.stringContaining('application/zip') }),
      field: 'file',
    });
    expect(await refusal(windowsProgram())).toMatchObject({
      code: 'UNSUPPORTED_FILE',
      detail: {
        en: expect.stringContaining('only PDF, Word (.docx) and UTF-8 text (.txt) files are accepted'),
        vi: expect.stringContaining('chỉ nhận tệp PDF, Word (.docx) và văn bản UTF-8 (.txt)'),
      },
    });
  });

  it('refuses text that is not UTF-8 (a Windows-1258 file)', async () => {
    expect(await refusal(Buffer.from([0x54, 0xe0, 0x69, 0x20, 0x6c, 0x69, 0xea, 0x75]))).toMatchObject({
      code: 'UNSUPPORTED_FILE',
      status: 415,
    });
  });

  it('refuses a damaged PDF with 422 and says so in both languages', async () => {
    const pdf = await textPdf([[PROPOSAL]]);
    expect(await refusal(Buffer.concat([pdf.subarray(0, 400), Buffer.alloc(400, 0x20)]))).toEqual({
      code: 'UNPROCESSABLE',
      status: 422,
      detail: { en: 'The PDF is damaged and cannot be read', vi: 'Tệp PDF bị hỏng, không đọc được' },
      field: 'file',
    });
  });

  it('refuses a file over the size limit (413) and an empty one', async () => {
    const limits = { maxFileBytes: 1024, maxUncompressedBytes: 10_000, maxZipEntries: 10 };
    expect(await refusal(Buffer.alloc(1025, 0x41), limits)).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      status: 413,
    });
    expect(await refusal(Buffer.alloc(0))).toMatchObject({
      code: 'UNPROCESSABLE',
      detail: { en: 'The file is empty' },
    });
  });

  it('refuses a Word document that inflates past the limit (a zip bomb)', async () => {
    const document = await wordDocument(['x'.repeat(50_000)]);
    const limits = { maxFileBytes: 1024 * 1024, maxUncompressedBytes: 20_000, maxZipEntries: 100 };
    expect(await refusal(document, limits)).toMatchObject({
      code: 'UNPROCESSABLE',
      detail: { en: 'The Word document expands beyond the allowed size' },
    });
  });
});
