import JSZip from 'jszip';
import { IntellectualsService } from '../../../src/intellectuals/intellectuals.service';
import { IMPORT_COLUMNS, markedHeader } from '../../../src/imports/rows/import-columns';
import { IndexerService } from '../../../src/search/indexer/indexer.service';
import { bearer, startTestApp, TestApp } from '../../support/test-app';
import { binary, importClient } from '../../support/fixtures/imports/run-import';
import { importCsv, importWorkbook, Person, readWorkbook } from '../../support/fixtures/imports/spreadsheets';
import { expectProblem } from '../foundation/problem';

const home = { commune: 'Phường Nha Trang' };

jest.setTimeout(30_000);

describe('imports', () => {
  let t: TestApp;
  let officer: string;
  let nationalSeq = 0;
  const nationalId = () => `0560800${String(++nationalSeq).padStart(5, '0')}`;

  beforeAll(async () => {
    t = await startTestApp();
    // keep outbox rows in place so that tests can see them (the indexer would consume them)
    await t.app.get(IndexerService).beforeApplicationShutdown();
    officer = (await t.account(['personnel_officer'])).token;
  });
  afterAll(() => t.close());

  const { upload, runImport } = importClient(
    () => t,
    () => officer,
  );

  const count = async (sql: string, params: unknown[] = []) =>
    Number((await t.dataSource.query<Array<{ n: string }>>(sql, params))[0].n);

  it('creates profiles from a valid workbook through the profile service, audited and queued for search', async () => {
    const people: Person[] = [
      {
        ...home,
        fullName: 'Nguyễn Văn Import',
        gender: 'Nam',
        birthDate: '05/03/1980',
        nationalId: nationalId(),
        ethnicGroup: 'Kinh',
        degreeLevel: 'Tiến sĩ',
        institution: 'Trường Đại học Nha Trang',
        graduationYear: '2010',
        organization: 'Trường Đại học Nha Trang',
        position: 'Giảng viên',
      },
      { ...home, fullName: 'Trần Thị Nhập', gender: 'Nữ', birthDate: '1985-12-01', nationalId: nationalId() },
    ];
    const outboxBefore = await count(`SELECT count(*) AS n FROM outbox_event`);
    const job = await runImport(await importWorkbook(people));
    expect(job).toMatchObject({
      status: 'completed',
      dryRun: false,
      totalRows: 2,
      processedRows: 2,
      counts: { created: 2, updated: 0, unchanged: 0, possibleDuplicates: 0, conflicts: 0, failed: 0 },
      failure: null,
      failedRows: { items: [], total: 0, limit: 20, offset: 0 },
      possibleDuplicates: [],
    });
    const [stored] = await t.dataSource.query(
      `SELECT id, full_name, gender, birth_date::text AS birth_date, commune_code, organization_id, position,
              provenance->'identity'->>'source' AS source
         FROM intellectual WHERE national_id = $1`,
      [people[0].nationalId],
    );
    expect(stored).toMatchObject({
      full_name: 'Nguyễn Văn Import',
      gender: 'male',
      birth_date: '1980-03-05',
      commune_code: '22366',
      organization_id: expect.any(String),
      position: 'Giảng viên',
      source: 'hr_import',
    });
    expect(
      await t.dataSource.query(
        `SELECT level, institution, year, source FROM education WHERE intellectual_id = $1`,
        [stored.id],
      ),
    ).toEqual([
      { level: 'doctorate', institution: 'Trường Đại học Nha Trang', year: 2010, source: 'hr_import' },
    ]);
    expect(
      await count(
        `SELECT count(*) AS n FROM audit_event WHERE action = 'intellectual.create' AND entity_id = $1`,
        [stored.id],
      ),
    ).toBe(1);
    expect(
      await count(`SELECT count(*) AS n FROM audit_event WHERE action = 'import.start' AND entity_id = $1`, [
        job.id,
      ]),
    ).toBe(1);
    expect(await count(`SELECT count(*) AS n FROM outbox_event`)).toBeGreaterThanOrEqual(outboxBefore + 2);
    expect(
      await count(`SELECT count(*) AS n FROM outbox_event WHERE consumer = 'search' AND aggregate_id = $1`, [
        stored.id,
      ]),
    ).toBeGreaterThanOrEqual(1);
  });

  it('lands valid rows and reports each failed cell (row, column, both languages), also as a workbook', async () => {
    const people: Person[] = [
      { ...home, fullName: 'Lê Văn Hợp Lệ', nationalId: nationalId() },
      { ...home, fullName: 'Phạm Sai Ngày', birthDate: '31/02/1980', gender: 'khác' },
      { ...home, fullName: 'Võ Thị Đúng', nationalId: nationalId() },
    ];
    const job = await runImport(await importWorkbook(people));
    expect(job.counts).toEqual({
      created: 2,
      updated: 0,
      unchanged: 0,
      possibleDuplicates: 0,
      conflicts: 0,
      failed: 1,
    });
    expect(job.failedRows.items).toEqual([
      {
        row: 3,
        column: 'Giới tính',
        value: 'khác',
        message: expect.any(String),
        messageVi: expect.any(String),
      },
      {
        row: 3,
        column: 'Ngày sinh',
        value: '31/02/1980',
        message: expect.any(String),
        messageVi: 'không phải ngày có thật',
      },
    ]);
    expect(await count(`SELECT count(*) AS n FROM intellectual WHERE full_name = 'Phạm Sai Ngày'`)).toBe(0);
    const report = await t.http
      .get(`/api/v1/imports/${job.id}/errors.xlsx`)
      .set(bearer(officer))
      .buffer(true)
      .parse(binary);
    expect(report.status).toBe(200);
    expect(await readWorkbook(report.body)).toEqual([
      [...IMPORT_COLUMNS.map((column) => markedHeader(column)), 'Lỗi cần sửa'],
      [
        ...IMPORT_COLUMNS.map((column) => people[1][column.key] ?? ''),
        'Dòng 3: Giới tính: phải là Nam hoặc Nữ; Ngày sinh: không phải ngày có thật',
      ],
    ]);
  });

  it('dry run validates and counts but writes nothing', async () => {
    const before = await count(`SELECT count(*) AS n FROM intellectual`);
    const outbox = await count(`SELECT count(*) AS n FROM outbox_event`);
    const job = await runImport(
      await importWorkbook([
        { ...home, fullName: 'Đỗ Thử Nghiệm', nationalId: nationalId() },
        { ...home, fullName: '' },
      ]),
      'thu.xlsx',
      true,
    );
    expect(job).toMatchObject({ dryRun: true, counts: { created: 1, failed: 1 } });
    expect(await count(`SELECT count(*) AS n FROM intellectual`)).toBe(before);
    expect(await count(`SELECT count(*) AS n FROM outbox_event`)).toBe(outbox);
  });

  it('importing the same file twice changes nothing the second time; a changed row updates', async () => {
    const people: Person[] = [
      { ...home, fullName: 'Hoàng Lặp Lại', nationalId: nationalId(), position: 'Kỹ sư' },
      {
        ...home,
        fullName: 'Bùi Không Số',
        birthDate: '02/02/1970',
        degreeLevel: 'Thạc sĩ',
        institution: 'Đại học Huế',
      },
    ];
    const file = await importWorkbook(people);
    expect((await runImport(file)).counts).toMatchObject({ created: 2 });
    const [{ version }] = await t.dataSource.query(
      `SELECT version FROM intellectual WHERE national_id = $1`,
      [people[0].nationalId],
    );
    const audits = await count(`SELECT count(*) AS n FROM audit_event WHERE entity_type = 'intellectual'`);
    expect((await runImport(file)).counts).toEqual({
      created: 0,
      updated: 0,
      unchanged: 2,
      possibleDuplicates: 0,
      conflicts: 0,
      failed: 0,
    });
    expect(await count(`SELECT count(*) AS n FROM audit_event WHERE entity_type = 'intellectual'`)).toBe(
      audits,
    );
    const changed = await importWorkbook([
      { ...people[0], position: 'Kỹ sư chính', degreeLevel: 'Thạc sĩ', institution: 'Đại học Huế' },
    ]);
    const update = await runImport(changed);
    expect({ counts: update.counts, failed: update.failedRows.items, failure: update.failure }).toEqual({
      counts: { created: 0, updated: 1, unchanged: 0, possibleDuplicates: 0, conflicts: 0, failed: 0 },
      failed: [],
      failure: null,
    });
    const [after] = await t.dataSource.query(
      `SELECT id, position, version, provenance->'employment'->>'source' AS source FROM intellectual WHERE national_id = $1`,
      [people[0].nationalId],
    );
    expect(after).toMatchObject({ position: 'Kỹ sư chính', version: version + 1, source: 'hr_import' });
    expect(await count(`SELECT count(*) AS n FROM education WHERE intellectual_id = $1`, [after.id])).toBe(1);
  });

  it('reports a person with the same name and birth date as a possible duplicate and writes nothing', async () => {
    await runImport(
      await importWorkbook([
        { ...home, fullName: 'Ngô Trùng Tên', birthDate: '03/04/1975', position: 'Bác sĩ' },
      ]),
    );
    const [existing] = await t.dataSource.query(
      `SELECT id FROM intellectual WHERE full_name = 'Ngô Trùng Tên'`,
    );
    const job = await runImport(
      await importWorkbook([
        { ...home, fullName: 'NGÔ TRÙNG TÊN', birthDate: '03/04/1975', position: 'Trưởng khoa' },
      ]),
    );
    expect(job.counts).toMatchObject({ created: 0, possibleDuplicates: 1 });
    expect(job.possibleDuplicates).toEqual([
      {
        row: 2,
        message: expect.any(String),
        messageVi: expect.any(String),
        candidateIds: [existing.id],
        candidates: [{ id: existing.id, fullName: 'Ngô Trùng Tên' }],
        resolution: null,
      },
    ]);
    expect(
      await count(
        `SELECT count(*) AS n FROM intellectual WHERE f_unaccent(lower(full_name)) = 'ngo trung ten'`,
      ),
    ).toBe(1);
  });

  it('applies rows about the same person in file order, as if one at a time, though rows go in batches', async () => {
    const repeated = { ...home, fullName: 'Lương Hai Lần', birthDate: '07/07/1977', position: 'Kỹ sư' };
    const job = await runImport(
      await importWorkbook([
        repeated,
        { ...home, fullName: 'Mai Ở Giữa', nationalId: nationalId() },
        repeated,
        { ...repeated, position: 'Kỹ sư trưởng' },
      ]),
    );
    expect(job.counts).toEqual({
      created: 2,
      updated: 0,
      unchanged: 1,
      possibleDuplicates: 1,
      conflicts: 0,
      failed: 0,
    });
    expect(job.possibleDuplicates).toEqual([expect.objectContaining({ row: 5 })]);
  });

  it('a listed organization replaces an employer on file as free text, and the other way round', async () => {
    const id = nationalId();
    const person = { ...home, fullName: 'Quách Đổi Việc', nationalId: id };
    await runImport(await importWorkbook([{ ...person, organization: 'Công ty Ngọc Trai Tư Nhân' }]));
    const listed = await runImport(
      await importWorkbook([{ ...person, organization: 'Trường Đại học Nha Trang' }]),
    );
    expect(listed.counts).toMatchObject({ updated: 1, failed: 0 });
    const employer = async () =>
      (
        await t.dataSource.query<Array<{ listed: boolean; organization_name: string | null }>>(
          `SELECT organization_id IS NOT NULL AS listed, organization_name FROM intellectual WHERE national_id = $1`,
          [id],
        )
      )[0];
    expect(await employer()).toEqual({ listed: true, organization_name: null });
    await runImport(await importWorkbook([{ ...person, organization: 'Hợp tác xã Yến Sào' }]));
    expect(await employer()).toEqual({ listed: false, organization_name: 'Hợp tác xã Yến Sào' });
  });

  it('a row the database refuses fails alone: the other rows of its batch still land, audited', async () => {
    await t.dataSource.query(`
      CREATE FUNCTION test_refuse_import_row() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.full_name = 'Trịnh Bị Từ Chối' THEN RAISE EXCEPTION 'refused by the test'; END IF;
        RETURN NEW;
      END $$`);
    await t.dataSource.query(
      `CREATE TRIGGER test_refuse_import_row BEFORE INSERT ON intellectual
         FOR EACH ROW EXECUTE FUNCTION test_refuse_import_row()`,
    );
    try {
      const people: Person[] = [
        {
          ...home,
          fullName: 'Đinh Trước Đó',
          nationalId: nationalId(),
          degreeLevel: 'Thạc sĩ',
          institution: 'Đại học Huế',
        },
        {
          ...home,
          fullName: 'Trịnh Bị Từ Chối',
          nationalId: nationalId(),
          degreeLevel: 'Thạc sĩ',
          institution: 'Đại học Huế',
        },
        { ...home, fullName: 'Kiều Sau Đó', nationalId: nationalId() },
      ];
      const job = await runImport(await importWorkbook(people));
      expect(job.counts).toEqual({
        created: 2,
        updated: 0,
        unchanged: 0,
        possibleDuplicates: 0,
        conflicts: 0,
        failed: 1,
      });
      expect(job.failedRows.items).toEqual([
        {
          row: 3,
          column: null,
          value: null,
          message: 'Internal error on this row',
          messageVi: 'Lỗi hệ thống ở dòng này',
        },
      ]);
      const stored = await t.dataSource.query<Array<{ id: string; full_name: string }>>(
        `SELECT id, full_name FROM intellectual WHERE national_id = ANY($1) ORDER BY full_name`,
        [people.map((person) => person.nationalId)],
      );
      expect(stored.map((person) => person.full_name)).toEqual(['Kiều Sau Đó', 'Đinh Trước Đó']);
      for (const { id } of stored) {
        expect(
          await count(
            `SELECT count(*) AS n FROM audit_event WHERE action = 'intellectual.create' AND entity_id = $1`,
            [id],
          ),
        ).toBe(1);
      }
      expect(
        await count(
          `SELECT count(*) AS n FROM education e WHERE NOT EXISTS (SELECT 1 FROM intellectual i WHERE i.id = e.intellectual_id)`,
        ),
      ).toBe(0);
    } finally {
      await t.dataSource.query(`DROP TRIGGER test_refuse_import_row ON intellectual`);
      await t.dataSource.query(`DROP FUNCTION test_refuse_import_row`);
    }
  });

  it('imports a CSV saved by Excel (UTF-8 with BOM)', async () => {
    const job = await runImport(
      importCsv([
        {
          ...home,
          fullName: 'Đặng Văn Csv',
          nationalId: nationalId(),
          position: 'Giảng viên, trưởng bộ môn',
        },
      ]),
      'ds.csv',
    );
    expect(job).toMatchObject({ fileKind: 'csv', counts: { created: 1 } });
    expect(
      await count(
        `SELECT count(*) AS n FROM intellectual WHERE full_name = 'Đặng Văn Csv' AND position = 'Giảng viên, trưởng bộ môn'`,
      ),
    ).toBe(1);
  });

  it('refuses wrong headers at once, with one error listing the expected ones', async () => {
    const response = await upload(
      await importWorkbook([{ ...home, fullName: 'X' }], ['Tên', 'Tuổi']),
      'sai.xlsx',
    );
    const problem = expectProblem(response, 422, 'UNPROCESSABLE', { fields: ['headers'] });
    expect(problem.errors[0].message).toContain('Họ và tên, Giới tính, Ngày sinh');
  });

  it('refuses hostile and unusable files by their bytes', async () => {
    expectProblem(await upload(Buffer.from('just text'), 'renamed.xlsx'), 415, 'UNSUPPORTED_MEDIA_TYPE');
    const cfb = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(1024)]);
    expectProblem(await upload(cfb, 'encrypted.xlsx'), 422, 'UNPROCESSABLE', { fields: ['file'] });
    expectProblem(
      await upload(Buffer.alloc(20 * 1024 * 1024 + 10, 0x41), 'big.csv'),
      413,
      'PAYLOAD_TOO_LARGE',
    );
    expectProblem(
      await t.http.post('/api/v1/imports').set(bearer(officer)).field('dryRun', 'true'),
      400,
      'VALIDATION_FAILED',
      {
        fields: ['file'],
      },
    );
  });

  it('serves the template with Vietnamese headers, instructions and catalog drop-downs', async () => {
    const response = await t.http
      .get('/api/v1/imports/template.xlsx')
      .set(bearer(officer))
      .buffer(true)
      .parse(binary);
    expect(response.status).toBe(200);
    // read as XML: ExcelJS expands validation ranges cell by cell when loading, far too slowly
    const zip = await JSZip.loadAsync(response.body);
    const text = (name: string) => zip.file(name)!.async('string');
    const [workbookXml, dataXml, strings] = await Promise.all([
      text('xl/workbook.xml'),
      text('xl/worksheets/sheet1.xml'),
      text('xl/sharedStrings.xml'),
    ]);
    expect(workbookXml).toMatch(
      /name="Danh sách" state="visible".*name="Hướng dẫn" state="visible".*name="Danh mục" state="hidden"/s,
    );
    for (const header of [
      'Họ và tên (*)',
      'Số định danh cá nhân',
      'Xã/phường nơi ở',
      'Cách ghi',
      'Phường Nha Trang',
      'Kinh',
    ]) {
      expect(strings).toContain(header);
    }
    expect(dataXml).toContain('sqref="F2:F100001"><formula1>&apos;Danh mục&apos;!$B$2:$B$66</formula1>');
    expect(dataXml).toContain('<formula1>&quot;Nam,Nữ&quot;</formula1>');
  });

  it('lets only personnel officers and admins import', async () => {
    const file = await importWorkbook([{ ...home, fullName: 'A B' }]);
    for (const roles of [['association_staff'], ['intellectual']] as const) {
      const { token } = await t.account([...roles]);
      expectProblem(await upload(file, 'a.xlsx', { token }), 403, 'FORBIDDEN');
      expectProblem(await t.http.get('/api/v1/imports/template.xlsx').set(bearer(token)), 403, 'FORBIDDEN');
    }
    expectProblem(
      await t.http.post('/api/v1/imports').attach('file', file, 'a.xlsx'),
      401,
      'UNAUTHENTICATED',
    );
    const admin = (await t.account(['admin'])).token;
    expect((await upload(file, 'a.xlsx', { token: admin, dryRun: true })).status).toBe(202);
  });

  it('exports only what the caller may see, neutralising formulas in CSV, audited', async () => {
    const service = t.app.get(IntellectualsService);
    await service.create(
      {
        communeCode: '22366',
        fullName: 'Xuất Công Thức',
        position: '=1+1',
        nationalId: nationalId(),
        birthDate: '1990-01-01',
      },
      undefined,
      'officer',
    );
    // q is full-text: it finds people through the search index
    await t.app.get(IndexerService).drain();
    const staff = (await t.account(['association_staff'])).token;
    const xlsx = await t.http
      .get('/api/v1/exports/intellectuals.xlsx?q=Xuat Cong')
      .set(bearer(staff))
      .buffer(true)
      .parse(binary);
    expect(xlsx.status).toBe(200);
    const rows = await readWorkbook(xlsx.body);
    expect(rows[0]).not.toContain('Số định danh cá nhân');
    expect(rows[0]).not.toContain('Ngày sinh');
    expect(rows[0]).toContain('Năm sinh');
    expect(rows).toHaveLength(2);
    // a text cell in .xlsx never runs as a formula: the value as typed, no apostrophe
    expect(rows[1][rows[0].indexOf('Chức vụ')]).toBe('=1+1');
    const csv = await t.http
      .get('/api/v1/exports/intellectuals.csv?q=Xuat Cong')
      .set(bearer(officer))
      .expect(200);
    expect(csv.text.startsWith('\uFEFFMã hồ sơ,Họ và tên')).toBe(true);
    expect(csv.text).toContain('Số định danh cá nhân');
    expect(csv.text).toContain("'=1+1");
    expect(await count(`SELECT count(*) AS n FROM audit_event WHERE action = 'export.intellectuals'`)).toBe(
      2,
    );
    const intellectual = (await t.account(['intellectual'])).token;
    expectProblem(
      await t.http.get('/api/v1/exports/intellectuals.csv').set(bearer(intellectual)),
      403,
      'FORBIDDEN',
    );
  });
});
