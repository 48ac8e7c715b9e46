import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { DomainError } from '../../../src/common/errors/domain-error';
import { neutralizeFormula } from '../../../src/common/spreadsheet/formula-guard';
import { inspectUpload } from '../../../src/imports/intake/file-intake';
import { IMPORT_LIMITS } from '../../../src/imports/intake/import-limits';
import { sheetRows } from '../../../src/imports/reading/sheet-rows';

async function workbook(rows: unknown[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Danh sách');
  rows.forEach((row) => sheet.addRow(row));
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function failure(promise: Promise<unknown>): Promise<{ status: number; en: string }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return { status: error.status, en: error.detail?.en ?? '' };
    throw error;
  }
  throw new Error('expected a DomainError');
}

async function collect(content: Buffer, kind: 'xlsx' | 'csv') {
  const rows = [];
  for await (const row of sheetRows(content, kind)) rows.push(row);
  return rows;
}

describe('inspectUpload', () => {
  it('knows a workbook by its bytes, whatever its name', async () => {
    expect(await inspectUpload({ fileName: 'danh-sach.csv', content: await workbook([['a']]) })).toBe('xlsx');
  });

  it('accepts UTF-8 text named .csv, with or without BOM', async () => {
    expect(await inspectUpload({ fileName: 'a.csv', content: Buffer.from('\uFEFFHọ và tên\n') })).toBe('csv');
    expect(await inspectUpload({ fileName: 'a.CSV', content: Buffer.from('Họ và tên\n') })).toBe('csv');
  });

  it('refuses a text file renamed .xlsx, and non-UTF-8 text', async () => {
    expect(await failure(inspectUpload({ fileName: 'a.xlsx', content: Buffer.from('hello') }))).toMatchObject(
      {
        status: 415,
      },
    );
    const latin1 = Buffer.from('Nguy\xean', 'latin1');
    expect(await failure(inspectUpload({ fileName: 'a.csv', content: latin1 }))).toMatchObject({
      status: 415,
    });
  });

  it('refuses password-protected (CFB) workbooks', async () => {
    const cfb = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504)]);
    expect(await failure(inspectUpload({ fileName: 'a.xlsx', content: cfb }))).toMatchObject({
      status: 422,
      en: expect.stringMatching(/password/),
    });
  });

  it('refuses files over the size limit', async () => {
    const big = Buffer.alloc(IMPORT_LIMITS.maxFileBytes + 1, 0x41);
    expect(await failure(inspectUpload({ fileName: 'a.csv', content: big }))).toMatchObject({ status: 413 });
  });

  it('refuses a zip that is not a workbook, and a damaged one', async () => {
    const zip = new JSZip();
    zip.file('hello.txt', 'hi');
    const notWorkbook = await zip.generateAsync({ type: 'nodebuffer' });
    expect(await failure(inspectUpload({ fileName: 'a.xlsx', content: notWorkbook }))).toMatchObject({
      status: 422,
    });
    const damaged = (await workbook([['a']])).subarray(0, 200);
    expect(await failure(inspectUpload({ fileName: 'a.xlsx', content: damaged }))).toMatchObject({
      status: 422,
    });
  });

  it('refuses an archive that expands beyond the bound (zip bomb), before any parsing', async () => {
    const zip = await JSZip.loadAsync(await workbook([['a']]));
    zip.file('xl/media/bomb.bin', Buffer.alloc(4 * 1024 * 1024));
    const bomb = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    expect(bomb.length).toBeLessThan(100_000);
    const limits = { ...IMPORT_LIMITS, maxUncompressedBytes: 1024 * 1024 };
    expect(await failure(inspectUpload({ fileName: 'a.xlsx', content: bomb }, limits))).toMatchObject({
      status: 422,
      en: expect.stringMatching(/expands beyond/),
    });
  });

  it('counts worksheet rows before parsing and refuses too many', async () => {
    const content = await workbook([['h'], ['1'], ['2'], ['3']]);
    const limits = { ...IMPORT_LIMITS, maxRows: 2 };
    expect(await failure(inspectUpload({ fileName: 'a.xlsx', content }, limits))).toMatchObject({
      status: 422,
      en: expect.stringMatching(/more than 2 rows/),
    });
  });
});

describe('sheetRows', () => {
  it('reads cached formula results and never evaluates formulas, marking those saved without a value; dates become ISO', async () => {
    const content = await workbook([
      ['Họ và tên', 'Ngày sinh', 'Số'],
      ['An', new Date(Date.UTC(1980, 2, 5)), { formula: '1+1', result: 7 }],
      [],
      ['Bình', '', { formula: 'NOW()' }],
    ]);
    expect(await collect(content, 'xlsx')).toEqual([
      { number: 1, values: ['Họ và tên', 'Ngày sinh', 'Số'] },
      { number: 2, values: ['An', '1980-03-05', '7'] },
      { number: 4, values: ['Bình', '', ''], formulasWithoutValue: [2] },
    ]);
  });

  it('reads CSV with a BOM, commas or semicolons, and quoted cells', async () => {
    const csv = Buffer.from('\uFEFFHọ và tên;Chức vụ\r\n"Lê; Văn";"Giảng ""viên"""\r\n');
    expect(await collect(csv, 'csv')).toEqual([
      { number: 1, values: ['Họ và tên', 'Chức vụ'] },
      { number: 2, values: ['Lê; Văn', 'Giảng "viên"'] },
    ]);
  });
});

describe('neutralizeFormula', () => {
  it.each(['=1+1', '@SUM(A1)', '\tx', '\rx', "-2+3+cmd|' /C calc'!A0", '+HYPERLINK("http://x")', '=2'])(
    'prefixes %j, which a spreadsheet would run as a formula',
    (value) => {
      expect(neutralizeFormula(value)).toBe(`'${value}`);
    },
  );
  it.each(['Nguyễn Văn An', '+84 912 345 678', '+84912345678', '-2', '-12.5', '(0258) 3822 123'])(
    'leaves %j alone: text, phone numbers and numbers',
    (value) => {
      expect(neutralizeFormula(value)).toBe(value);
    },
  );
});
