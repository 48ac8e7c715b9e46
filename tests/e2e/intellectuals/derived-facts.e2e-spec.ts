import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Response } from 'supertest';
import { IndexerService } from '../../../src/search/indexer/indexer.service';
import { createIntellectual } from '../../support/factories/intellectual.factory';
import { bearer, startTestApp, TestAccount, TestApp } from '../../support/test-app';
import type { SearchBody } from '../search/search-body';

jest.setTimeout(60_000);

const binary = (response: Response, callback: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => callback(null, Buffer.concat(chunks)));
};

function findById(value: unknown, id: string): object | undefined {
  if (Array.isArray(value)) return value.map((item) => findById(item, id)).find(Boolean);
  if (!value || typeof value !== 'object') return undefined;
  if ((value as { id?: unknown }).id === id) return value;
  return findById(Object.values(value), id);
}

/**
 * One person whose derived facts are easy to get wrong (a bachelor's and an engineer's degree, a
 * catalog organization as employer, residence abroad, a birth year on an age-band edge, some facts
 * verified and some not), read through every consumer: each must show the same values.
 */
describe('derived facts: one source for every consumer', () => {
  let t: TestApp;
  let officer: TestAccount;
  let id: string;
  let organization: { id: string; name: string };
  const year = Number(
    new Intl.DateTimeFormat('en', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(new Date()),
  );
  // 35 this calendar year, 34 until the last day of it: the edge between under_35 and 35_44
  const birthDate = `${year - 35}-12-31`;
  const fullName = 'Phạm Quang Biên Giới';

  beforeAll(async () => {
    t = await startTestApp();
    officer = await t.account(['personnel_officer']);
    [organization] = await t.dataSource.query<Array<{ id: string; name: string }>>(
      `SELECT id, name_vi AS name FROM organization ORDER BY name_vi LIMIT 1`,
    );
    const created = await createIntellectual(t, officer, {
      fullName,
      birthDate,
      communeCode: null,
      countryCode: 'JP',
      organizationName: null,
      organizationId: organization.id,
      primaryFieldCode: '201',
      fieldCodes: ['201', '102'],
      academicTitle: null,
      honoraryTitles: [],
      educations: [
        { level: 'engineer', fieldCode: '201', institution: 'Trường Đại học Bách khoa', year: year - 12 },
        { level: 'bachelor', fieldCode: '102', institution: 'Trường Đại học Nha Trang', year: year - 10 },
      ],
    });
    id = created.id;
    // every fact group verified, but not the degrees: partially verified
    await t.http
      .post(`/api/v1/intellectuals/${id}/verify`)
      .set(bearer(officer.token))
      .set('If-Match', created.etag)
      .send({
        groups: Object.keys(created.body.provenance as object),
        parts: (created.body.publications ?? []).map((item) => ({ part: 'publications', id: item.id })),
      })
      .expect(200);
    // a second record of the same person, so the duplicates view shows the pair
    await createIntellectual(t, officer, {
      fullName,
      birthDate,
      organizationName: 'Một nơi khác',
      educations: [],
      academicTitle: null,
      honoraryTitles: [],
    });
    await t.app.get(IndexerService).drain();
  });
  afterAll(() => t.close());

  const expected = () => ({
    highestDegree: 'engineer',
    ageBand: '35_44',
    birthYear: year - 35,
    overseas: true,
    organizationName: organization.name,
    verified: false,
    fieldTree: ['1', '102', '2', '201'],
  });

  it('the profile view', async () => {
    const { body } = await t.http.get(`/api/v1/intellectuals/${id}`).set(bearer(officer.token)).expect(200);
    expect({
      highestDegree: body.highestDegree,
      ageBand: body.ageBand,
      birthYear: body.birthYear,
      overseas: body.overseas,
      organizationName: body.organizationName,
      verified: body.verification === 'verified',
      fieldTree: body.fieldTree,
    }).toEqual(expected());
  });

  it('the staff list, and its filters on each fact', async () => {
    const { body } = await t.http
      .get(`/api/v1/intellectuals?organizationId=${organization.id}`)
      .set(bearer(officer.token))
      .expect(200);
    const item = (body as { items: Array<Record<string, unknown>> }).items.find((row) => row.id === id)!;
    expect({
      highestDegree: item.highestDegree,
      ageBand: item.ageBand,
      birthYear: item.birthYear,
      overseas: item.overseas,
      organizationName: item.organizationName,
      verified: item.verification === 'verified',
      fieldTree: item.fieldTree,
    }).toEqual(expected());
    const found = async (filters: string) => {
      const response = await t.http
        .get(`/api/v1/intellectuals?organizationId=${organization.id}&${filters}`)
        .set(bearer(officer.token))
        .expect(200);
      return (response.body as { items: Array<{ id: string }> }).items.some((row) => row.id === id);
    };
    expect(
      await found(
        'degreeLevel=engineer&ageBand=35_44&overseas=true&countryCode=JP&verified=false&fieldCode=2',
      ),
    ).toBe(true);
    for (const other of [
      'degreeLevel=bachelor',
      'ageBand=under_35',
      'verified=true',
      'overseas=false',
      'countryCode=KR',
    ]) {
      expect(await found(other)).toBe(false);
    }
  });

  it('the search document, hit, facets and filters', async () => {
    const search = async (query: string): Promise<SearchBody> => {
      const response = await t.http
        .get(`/api/v1/search/intellectuals?q=Biên Giới&organizationId=${organization.id}&${query}`)
        .set(bearer(officer.token))
        .expect(200);
      return response.body as SearchBody;
    };
    const { items, facets } = await search('facets=ageBand&facets=degreeLevel&facets=verified');
    const hit = items.find((row) => row.id === id)!;
    expect({
      highestDegree: hit.degreeLevel,
      ageBand: hit.ageBand,
      birthYear: hit.birthYear,
      overseas: hit.overseas,
      organizationName: hit.organizationName,
      verified: hit.verified,
      fieldTree: [...(hit.fieldCodes as string[])].sort(),
    }).toEqual(expected());
    expect(facets.ageBand).toEqual([{ value: '35_44', label: '35–44', count: 1 }]);
    expect(facets.degreeLevel).toEqual([{ value: 'engineer', label: 'Kỹ sư', count: 1 }]);
    expect(facets.verified).toEqual([{ value: 'false', label: 'Chưa xác minh', count: 1 }]);
    const ids = (body: SearchBody) => body.items.map((row) => row.id);
    expect(
      ids(await search('ageBand=35_44&degreeLevel=engineer&fieldCode=2&overseas=true&countryCode=JP')),
    ).toEqual([id]);
    expect(ids(await search('countryCode=KR'))).toEqual([]);
    expect(ids(await search('ageBand=under_35'))).toEqual([]);
  });

  it('the CSV and XLSX exports', async () => {
    const csv = await t.http
      .get(`/api/v1/exports/intellectuals.csv?organizationId=${organization.id}`)
      .set(bearer(officer.token))
      .expect(200);
    const xlsx = await t.http
      .get(`/api/v1/exports/intellectuals.xlsx?organizationId=${organization.id}`)
      .set(bearer(officer.token))
      .buffer(true)
      .parse(binary)
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const xlsxRows: string[][] = [];
    sheet.eachRow((row) => {
      const cells: string[] = [];
      for (let column = 1; column <= sheet.columnCount; column += 1) cells.push(row.getCell(column).text);
      xlsxRows.push(cells);
    });
    const degreeName = (
      await t.dataSource.query<Array<{ name: string }>>(
        `SELECT name_vi AS name FROM catalog_entry WHERE catalog = 'degree-levels' AND code = 'engineer'`,
      )
    )[0].name;
    const csvRows: string[][] = parseCsv(csv.text, { bom: true });
    for (const rows of [csvRows, xlsxRows]) {
      const [headers, ...data] = rows;
      const row = data.find((cells) => cells[headers.indexOf('Mã hồ sơ')] === id)!;
      const cell = (header: string) => row[headers.indexOf(header)];
      expect({
        degree: cell('Trình độ cao nhất'),
        ageBand: cell('Nhóm tuổi'),
        birthYear: cell('Năm sinh'),
        country: cell('Quốc gia nơi ở'),
        employer: cell('Cơ quan công tác'),
        verified: cell('Đã xác minh'),
        fieldGroup: cell('Lĩnh vực (cấp 1)'),
      }).toEqual({
        degree: degreeName,
        ageBand: '35–44',
        birthYear: String(year - 35),
        country: 'Nhật Bản',
        employer: organization.name,
        verified: 'Chưa',
        fieldGroup: 'Khoa học kỹ thuật và công nghệ',
      });
    }
  });

  it('the duplicates view', async () => {
    const { body } = await t.http
      .get('/api/v1/intellectuals/duplicates?limit=100')
      .set(bearer(officer.token))
      .expect(200);
    // pairs or groups: wherever the view shows this person
    const shown = findById(body, id) as { organizationName: string };
    expect(shown.organizationName).toBe(organization.name);
  });
});
