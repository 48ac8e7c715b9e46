import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Response } from 'supertest';
import { IndexerService } from '../../../src/search/indexer/indexer.service';
import { createIntellectual } from '../../support/factories/intellectual.factory';
import { bearer, startTestApp, TestAccount, TestApp } from '../../support/test-app';
import type { SearchBody } from '../search/search-body';
import { expectProblem } from '../foundation/problem';

jest.setTimeout(60_000);

const binary = (response: Response, callback: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => callback(null, Buffer.concat(chunks)));
};

describe('staff list and exports: full-text q, typed spreadsheet cells', () => {
  let t: TestApp;
  let officer: TestAccount;
  let lobster: string;
  let alsoLobster: string;
  let machines: string;

  beforeAll(async () => {
    t = await startTestApp();
    officer = await t.account(['personnel_officer']);
    // "tôm hùm" only in a publication title and an invention, never in the name
    lobster = (
      await createIntellectual(t, officer, {
        fullName: 'Trần Thị Biển Xanh',
        gender: 'female',
        nationalId: '056012345678',
        phone: '+84 905 123 456',
        birthDate: '1985-03-07',
        position: '=1+1',
      })
    ).id;
    alsoLobster = (
      await createIntellectual(t, officer, {
        fullName: 'Lê Văn Sóng',
        gender: 'male',
        expertise: ['tôm hùm bông'],
        publications: [],
        intellectualProperties: [],
      })
    ).id;
    await createIntellectual(t, officer, {
      fullName: 'Đặng Văn Rừng',
      expertise: ['lâm nghiệp'],
      biography: 'Nghiên cứu rừng phòng hộ.',
      publications: [],
      intellectualProperties: [],
    });
    machines = (
      await createIntellectual(t, officer, {
        fullName: 'Võ Minh Máy',
        expertise: ['AI'],
        publications: [],
        intellectualProperties: [],
      })
    ).id;
    await t.app.get(IndexerService).drain();
  });
  afterAll(() => t.close());

  const list = async (query: string): Promise<string[]> => {
    const response = await t.http
      .get(`/api/v1/intellectuals?${query}`)
      .set(bearer(officer.token))
      .expect(200);
    return (response.body as { items: Array<{ id: string }> }).items.map((item) => item.id).sort();
  };

  it('q on the staff list finds whom search finds, not only names', async () => {
    const search = await t.http
      .get('/api/v1/search/intellectuals?q=tôm hùm')
      .set(bearer(officer.token))
      .expect(200);
    const found = (search.body as SearchBody).items.map((hit) => hit.id).sort();
    expect(found).toEqual([lobster, alsoLobster].sort());
    expect(await list('q=tôm hùm')).toEqual(found);
    // without diacritics, and together with the list's filters
    expect(await list('q=tom hum&gender=male')).toEqual([alsoLobster]);
    expect(await list('q=Biển Xanh')).toEqual([lobster]);
    // synonyms longer than Meilisearch expands work here as in search
    expect(await list('q=trí tuệ nhân tạo')).toEqual([machines]);
  });

  it('exports exactly what q finds, in CSV and XLSX', async () => {
    const csv = await t.http
      .get('/api/v1/exports/intellectuals.csv?q=tôm hùm')
      .set(bearer(officer.token))
      .expect(200);
    const rows: string[][] = parseCsv(csv.text, { bom: true });
    const ids = rows.slice(1).map((row) => row[rows[0].indexOf('Mã hồ sơ')]);
    expect(ids.sort()).toEqual([lobster, alsoLobster].sort());
    const xlsx = await t.http
      .get('/api/v1/exports/intellectuals.xlsx?q=tom hum&gender=female')
      .set(bearer(officer.token))
      .buffer(true)
      .parse(binary)
      .expect(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.body as ArrayBuffer);
    expect(book.worksheets[0].rowCount).toBe(2);
    expect(book.worksheets[0].getRow(2).getCell(1).value).toBe(lobster);
  });

  it('writes national IDs and phone numbers as text cells and dates as date cells, without apostrophes', async () => {
    const response = await t.http
      .get('/api/v1/exports/intellectuals.xlsx?q=Biển Xanh')
      .set(bearer(officer.token))
      .buffer(true)
      .parse(binary)
      .expect(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.body as ArrayBuffer);
    const sheet = book.worksheets[0];
    const headers = (sheet.getRow(1).values as string[]).slice(1);
    const cell = (header: string) => sheet.getRow(2).getCell(headers.indexOf(header) + 1);
    const shape = (header: string) => {
      const { type, numFmt, value } = cell(header);
      return { type, numFmt, value };
    };
    expect(shape('Số định danh cá nhân')).toEqual({
      type: ExcelJS.ValueType.String,
      numFmt: '@',
      value: '056012345678',
    });
    expect(shape('Số điện thoại')).toEqual({
      type: ExcelJS.ValueType.String,
      numFmt: '@',
      value: '+84905123456',
    });
    expect(shape('Ngày sinh')).toEqual({
      type: ExcelJS.ValueType.Date,
      numFmt: 'dd/mm/yyyy',
      value: new Date('1985-03-07T00:00:00Z'),
    });
    expect(shape('Năm sinh')).toEqual({ type: ExcelJS.ValueType.Number, numFmt: '0', value: 1985 });
    // text that looks like a formula stays text: a string cell, never a formula
    expect(shape('Chức vụ')).toEqual({ type: ExcelJS.ValueType.String, numFmt: '@', value: '=1+1' });
    const sheetXml = await (
      await JSZip.loadAsync(response.body as Buffer)
    )
      .file('xl/worksheets/sheet1.xml')!
      .async('string');
    expect(sheetXml).not.toContain('<f>');
    expect(sheetXml).not.toContain("'+84");
  });

  it('keeps CSV RFC 4180 UTF-8 with BOM, apostrophes only before real formulas', async () => {
    const csv = await t.http
      .get('/api/v1/exports/intellectuals.csv?q=Biển Xanh')
      .set(bearer(officer.token))
      .expect(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.text.startsWith('\uFEFFMã hồ sơ,')).toBe(true);
    expect(csv.text.endsWith('\r\n')).toBe(true);
    const [headers, row]: string[][] = parseCsv(csv.text, { bom: true });
    const cell = (header: string) => row[headers.indexOf(header)];
    expect(cell('Số điện thoại')).toBe('+84905123456');
    expect(cell('Số định danh cá nhân')).toBe('056012345678');
    expect(cell('Ngày sinh')).toBe('07/03/1985');
    expect(cell('Chức vụ')).toBe("'=1+1");
  });

  it('exports the soft-deleted profiles the list shows with deleted=true, only for who may read them', async () => {
    const gone = await createIntellectual(t, officer, { fullName: 'Phan Thị Đã Xóa' });
    await t.http
      .delete(`/api/v1/intellectuals/${gone.id}`)
      .set(bearer(officer.token))
      .set('If-Match', gone.etag)
      .expect(204);
    const ids = async (query: string) => {
      const csv = await t.http
        .get(`/api/v1/exports/intellectuals.csv?${query}`)
        .set(bearer(officer.token))
        .expect(200);
      const rows: string[][] = parseCsv(csv.text, { bom: true });
      return rows
        .slice(1)
        .map((row) => row[rows[0].indexOf('Mã hồ sơ')])
        .sort();
    };
    expect(await list('deleted=true&q=da xoa')).toEqual([gone.id]);
    expect(await ids('deleted=true&q=da xoa')).toEqual([gone.id]);
    // the other filters apply to deleted profiles too, and a live export leaves it out
    expect(await ids('deleted=true&gender=male')).toEqual([]);
    expect(await ids('gender=female')).toEqual(await list('gender=female'));
    expect(await ids('gender=female')).not.toContain(gone.id);
    const association = await t.account(['association_staff']);
    expectProblem(
      await t.http.get('/api/v1/exports/intellectuals.xlsx?deleted=true').set(bearer(association.token)),
      403,
      'FORBIDDEN',
    );
  });

  it('refuses a malformed q naming the field', async () => {
    expectProblem(
      await t.http.get(`/api/v1/intellectuals?q=${'a'.repeat(201)}`).set(bearer(officer.token)),
      400,
      'VALIDATION_FAILED',
      { fields: ['q'] },
    );
  });
});
