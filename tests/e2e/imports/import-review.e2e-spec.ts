import ExcelJS from 'exceljs';
import { PROFILE_FIELDS } from '../../../src/intellectuals/dto/profile.dto';
import { CATALOG_NAMES } from '../../../src/catalog/catalog-entry.entity';
import type { ImportJobView } from '../../../src/imports/jobs/import-job.view';
import { IMPORT_COLUMNS } from '../../../src/imports/rows/import-columns';
import { binary, importClient } from '../../support/fixtures/imports/run-import';
import { importWorkbook, Person, readWorkbook } from '../../support/fixtures/imports/spreadsheets';
import { bearer, startTestApp, TestAccount, TestApp } from '../../support/test-app';
import { expectProblem } from '../foundation/problem';

const home = { commune: 'Phường Nha Trang' };

jest.setTimeout(60_000);

/** What officers need from the rows an import could not simply apply (issue 10, imports). */
describe('import review', () => {
  let t: TestApp;
  let officer: TestAccount;
  let nationalSeq = 0;
  const nationalId = () => `0791900${String(++nationalSeq).padStart(5, '0')}`;
  const { upload, runImport } = importClient(
    () => t,
    () => officer.token,
  );

  beforeAll(async () => {
    t = await startTestApp();
    officer = await t.account(['personnel_officer']);
  });
  afterAll(() => t.close());

  const person = async (nationalIdValue: string) =>
    (
      await t.dataSource.query<
        Array<{
          id: string;
          full_name: string;
          birth_date: string | null;
          position: string | null;
          version: number;
        }>
      >(
        `SELECT id, full_name, birth_date::text AS birth_date, position, version FROM intellectual WHERE national_id = $1`,
        [nationalIdValue],
      )
    )[0];
  const count = async (sql: string, params: unknown[] = []) =>
    Number((await t.dataSource.query<Array<{ n: string }>>(sql, params))[0].n);
  const resolve = (job: string, row: number, body: object, token = officer.token) =>
    t.http.post(`/api/v1/imports/${job}/rows/${row}/resolution`).set(bearer(token)).send(body);

  it('a row with the national ID of someone else is a conflict: nothing applied, the existing profile named', async () => {
    const id = nationalId();
    await runImport(
      await importWorkbook([
        { ...home, fullName: 'Phan Văn Gốc', gender: 'Nam', birthDate: '01/02/1970', nationalId: id },
      ]),
    );
    const before = await person(id);
    const job = await runImport(
      await importWorkbook([
        {
          ...home,
          fullName: 'Đoàn Thị Khác',
          gender: 'Nữ',
          birthDate: '01/02/1970',
          nationalId: id,
          position: 'Kế toán',
        },
      ]),
    );
    expect(job.counts).toEqual({
      created: 0,
      updated: 0,
      unchanged: 0,
      possibleDuplicates: 0,
      conflicts: 1,
      failed: 0,
    });
    expect(job.conflicts).toEqual([
      {
        row: 2,
        existing: { id: before.id, fullName: 'Phan Văn Gốc' },
        differences: [
          {
            row: 2,
            column: 'Họ và tên',
            message: expect.stringContaining('Phan Văn Gốc'),
            messageVi:
              'Họ và tên khác với hồ sơ có số định danh này (Phan Văn Gốc): hồ sơ ghi "Phan Văn Gốc", tệp ghi "Đoàn Thị Khác"',
          },
          {
            row: 2,
            column: 'Giới tính',
            message: expect.any(String),
            messageVi: expect.stringContaining('hồ sơ ghi "Nam", tệp ghi "Nữ"'),
          },
        ],
        resolution: null,
      },
    ]);
    expect(await person(id)).toEqual(before);

    // a conflict's national ID is taken: no new profile
    expectProblem(await resolve(job.id, 2, { action: 'create' }), 409, 'IMPORT_ROW_NOT_RESOLVABLE');
    // the officer checked: the row is right, the stored identity was wrong
    const linked = await resolve(job.id, 2, { action: 'link', intellectualId: before.id });
    expect(linked.status).toBe(200);
    expect(linked.body).toEqual({
      row: 2,
      outcome: 'conflict',
      resolution: {
        action: 'link',
        intellectualId: before.id,
        resolvedBy: officer.id,
        resolvedAt: expect.any(String),
      },
    });
    expect(await person(id)).toMatchObject({ full_name: 'Đoàn Thị Khác', position: 'Kế toán' });
    // the same decision again is answered the same and writes nothing more; another one is refused
    const again = await resolve(job.id, 2, { action: 'link', intellectualId: before.id });
    expect(again.body).toEqual(linked.body);
    expect((await person(id)).version).toBe(before.version + 1);
    expectProblem(await resolve(job.id, 2, { action: 'skip' }), 409, 'IMPORT_ROW_ALREADY_RESOLVED');
    expect(
      await count(
        `SELECT count(*) AS n FROM audit_event WHERE action = 'import.resolve_row' AND entity_id = $1`,
        [job.id],
      ),
    ).toBe(1);
    const view = await t.http.get(`/api/v1/imports/${job.id}`).set(bearer(officer.token));
    expect((view.body as ImportJobView).conflicts[0].resolution).toEqual(linked.body.resolution);
  });

  it('a dry run reports per row what the real run does, rules of stored degrees included', async () => {
    const id = nationalId();
    await runImport(
      await importWorkbook([
        {
          ...home,
          fullName: 'Vũ Chưa Có Ngày Sinh',
          nationalId: id,
          degreeLevel: 'Thạc sĩ',
          institution: 'Đại học Huế',
          graduationYear: '2000',
        },
      ]),
    );
    const file = await importWorkbook([
      // the stored master's degree of 2000 is too early for this birth date
      { ...home, fullName: 'Vũ Chưa Có Ngày Sinh', nationalId: id, birthDate: '01/01/1995' },
      {
        ...home,
        fullName: 'Lý Tốt Nghiệp Sớm',
        nationalId: nationalId(),
        birthDate: '01/01/2000',
        degreeLevel: 'Thạc sĩ',
        institution: 'Đại học Huế',
        graduationYear: '2010',
      },
      { ...home, fullName: 'Hà Bình Thường', nationalId: nationalId() },
    ]);
    const outcome = (job: ImportJobView) => ({
      counts: job.counts,
      failed: job.failedRows.items,
      failure: job.failure,
    });
    const dry = await runImport(file, 'thu.xlsx', true);
    const real = await runImport(file);
    expect(outcome(dry)).toEqual(outcome(real));
    expect(outcome(real)).toEqual({
      counts: { created: 1, updated: 0, unchanged: 0, possibleDuplicates: 0, conflicts: 0, failed: 2 },
      failure: null,
      failed: [
        {
          row: 2,
          column: 'Ngày sinh',
          value: '01/01/1995',
          message: 'Date of birth is less than 15 years before a degree year in the degrees on file',
          messageVi: 'Ngày sinh cách năm tốt nghiệp trong các văn bằng đã có chưa đủ 15 năm',
        },
        {
          row: 3,
          column: 'Năm tốt nghiệp',
          value: '2010',
          message: expect.stringMatching(/^Graduation year must be at least 15 years after the birth year/),
          messageVi: expect.stringMatching(/^Năm tốt nghiệp phải sau năm sinh ít nhất 15 năm/),
        },
      ],
    });
  });

  it('the same national ID on two rows of a file fails both, each naming the other', async () => {
    const id = nationalId();
    const job = await runImport(
      await importWorkbook([
        { ...home, fullName: 'Tạ Có Số', nationalId: id, position: 'Giáo viên' },
        { ...home, fullName: 'Mai Ở Giữa', nationalId: nationalId() },
        { ...home, fullName: 'Tạ Có Số', nationalId: id, position: 'Hiệu trưởng' },
      ]),
    );
    expect(job.counts).toMatchObject({ created: 1, failed: 2 });
    expect(job.failedRows.items).toEqual([
      {
        row: 2,
        column: 'Số định danh cá nhân',
        value: id,
        message: 'The same national ID is on row 4 of this file; nothing was written for either row',
        messageVi: 'Số định danh này cũng có ở dòng 4 của tệp; các dòng này đều chưa được ghi',
      },
      expect.objectContaining({ row: 4, messageVi: expect.stringContaining('dòng 2') }),
    ]);
    expect(await person(id)).toBeUndefined();
  });

  it('row messages never mix languages: no API field names in Vietnamese (or English) text', async () => {
    const existing = nationalId();
    await runImport(
      await importWorkbook([
        {
          ...home,
          fullName: 'Lâm Đã Có',
          nationalId: existing,
          degreeLevel: 'Tiến sĩ',
          institution: 'ĐH Huế',
          graduationYear: '2001',
        },
      ]),
    );
    const bad: Person[] = [
      { ...home, fullName: '' },
      { ...home, fullName: 'A' },
      { ...home, fullName: 'N'.repeat(180) },
      { ...home, fullName: 'Sai Giới', gender: 'khác', birthDate: '31/02/1980', nationalId: '123' },
      { ...home, fullName: 'Sai Dân Tộc', ethnicGroup: 'Không rõ', email: 'x@', phone: 'abc' },
      { ...home, fullName: 'Sai Chức Vụ', position: 'x'.repeat(250) },
      { ...home, fullName: 'Sai Cơ Quan', organization: 'C'.repeat(320) },
      { fullName: 'Sai Tỉnh', province: 'T'.repeat(120) },
      { fullName: 'Không Nơi Ở' },
      {
        ...home,
        fullName: 'Sai Học Hàm',
        birthDate: '01/01/1990',
        academicTitle: 'Phó giáo sư',
        academicTitleYear: '2000',
      },
      {
        ...home,
        fullName: 'Sai Năm',
        birthDate: '01/01/2000',
        degreeLevel: 'Tiến sĩ',
        institution: 'ĐH',
        graduationYear: '2005',
      },
      { ...home, fullName: 'Lâm Đã Có', nationalId: existing, birthDate: '01/01/1995' },
      { ...home, commune: 'Cam Hòa', fullName: 'Xã Đã Chia' },
      { ...home, fullName: 'Sai Năm Học Hàm', academicTitle: 'Giáo sư', academicTitleYear: 'năm ngoái' },
    ];
    const job = await runImport(await importWorkbook(bad));
    expect(job.counts.failed).toBe(bad.length);
    const issues = await t.dataSource.query<Array<{ message: string; message_vi: string }>>(
      `SELECT message, message_vi FROM import_row_issue WHERE job_id = $1`,
      [job.id],
    );
    expect(issues.length).toBeGreaterThanOrEqual(bad.length);
    // "Email" is a column header (and a Vietnamese word) as well as an API field
    const headers = new Set(IMPORT_COLUMNS.map((column) => column.header.toLowerCase()));
    const identifiers = [
      ...PROFILE_FIELDS.filter((field) => !headers.has(field.toLowerCase())),
      ...CATALOG_NAMES,
      'organizations',
      'educations',
      'level',
      'institution',
      'year',
    ];
    const apiWords = new RegExp(
      `(^|[^\\p{L}])(${identifiers.join('|')})([^\\p{L}]|$)|\\b[a-z]+[A-Z]\\w*|\\w+\\.\\d+\\.\\w+`,
      'u',
    );
    const english = /\b(is|must|the|required|should|value|invalid|between)\b/;
    const mixed = issues.flatMap(({ message, message_vi: messageVi }) => [
      ...(apiWords.test(messageVi) || english.test(messageVi) ? [messageVi] : []),
      ...(/\b[a-z]+[A-Z]\w*|\w+\.\d+\.\w+/.test(message) ? [message] : []),
    ]);
    expect(mixed).toEqual([]);
  });

  it('marks in the template exactly what the importer requires: the name, and one of the three residence columns', async () => {
    const response = await t.http
      .get('/api/v1/imports/template.xlsx')
      .set(bearer(officer.token))
      .buffer(true)
      .parse(binary);
    const zip = await (await import('jszip')).default.loadAsync(response.body);
    const strings = await zip.file('xl/sharedStrings.xml')!.async('string');
    for (const header of [
      'Họ và tên (*)',
      'Xã/phường nơi ở (**)',
      'Tỉnh/thành phố nơi ở (**)',
      'Quốc gia nơi ở (**)',
    ]) {
      expect(strings).toContain(header);
    }
    const job = await runImport(
      await importWorkbook([
        { fullName: 'Không Ghi Nơi Ở', nationalId: nationalId() },
        { ...home, fullName: '' },
      ]),
    );
    expect(job.failedRows.items.map(({ row, column }) => ({ row, column }))).toEqual([
      { row: 2, column: 'Xã/phường nơi ở' },
      { row: 3, column: 'Họ và tên' },
    ]);
  });

  it('commune names from before 1 July 2025 and names without unit type resolve to today’s commune, said in a notice', async () => {
    const ids = [nationalId(), nationalId(), nationalId()];
    const job = await runImport(
      await importWorkbook([
        { commune: 'Phường Vĩnh Hòa', fullName: 'Trương Ở Vĩnh Hòa', nationalId: ids[0] },
        { commune: 'Nha Trang', fullName: 'Trương Ở Nha Trang', nationalId: ids[1] },
        { commune: 'Cam Hòa', fullName: 'Trương Ở Cam Hòa', nationalId: ids[2] },
      ]),
    );
    expect(job.counts).toMatchObject({ created: 2, failed: 1 });
    const communes = await t.dataSource.query<Array<{ national_id: string; commune_code: string }>>(
      `SELECT national_id, commune_code FROM intellectual WHERE national_id = ANY($1) ORDER BY national_id`,
      [ids],
    );
    expect(communes).toEqual([
      { national_id: ids[0], commune_code: '22333' },
      { national_id: ids[1], commune_code: '22366' },
    ]);
    expect(job.notices).toEqual([
      {
        row: 2,
        column: 'Xã/phường nơi ở',
        kind: 'warning',
        message: expect.stringContaining('Phường Bắc Nha Trang'),
        messageVi:
          '"Phường Vĩnh Hòa" là đơn vị hành chính trước ngày 01/7/2025, nay thuộc Phường Bắc Nha Trang; đã ghi là Phường Bắc Nha Trang',
      },
      {
        row: 3,
        column: 'Xã/phường nơi ở',
        kind: 'warning',
        message: '"Nha Trang" was read as Phường Nha Trang',
        messageVi: '"Nha Trang" được hiểu là Phường Nha Trang',
      },
    ]);
    expect(job.failedRows.items).toEqual([
      {
        row: 4,
        column: 'Xã/phường nơi ở',
        value: 'Cam Hòa',
        message: expect.any(String),
        messageVi:
          '"Cam Hòa" là đơn vị hành chính trước ngày 01/7/2025, nay thuộc nhiều xã/phường (Xã Cam Lâm, Xã Suối Dầu, Xã Cam Hiệp); hãy ghi xã/phường nơi ở hiện nay',
      },
    ]);
  });

  it('a formula cell saved without its value is a warning naming the cell', async () => {
    const fill = new ExcelJS.Workbook();
    await fill.xlsx.load(
      (await importWorkbook(
        Array.from({ length: 6 }, (_, i) => ({ ...home, fullName: `Đặng Công Thức ${i}` })),
      )) as unknown as ArrayBuffer,
    );
    const data = fill.getWorksheet('Danh sách')!;
    // E7: the ethnic group of the 6th person, a formula another program saved without computing it
    data.getCell('E7').value = { formula: 'VLOOKUP(A7,Sheet2!A:B,2,FALSE)' };
    const job = await runImport(Buffer.from(await fill.xlsx.writeBuffer()));
    expect(job.counts).toMatchObject({ created: 6, failed: 0 });
    expect(job.notices).toEqual([
      {
        row: 7,
        column: 'Dân tộc',
        kind: 'warning',
        message: 'Cell E7 holds a formula saved without its value; it was read as empty',
        messageVi: 'Ô E7 có công thức nhưng không lưu giá trị; đã coi là ô trống',
      },
    ]);
  });

  it('an HR row never turns a verified fact unverified: the differing value is kept and listed for review', async () => {
    const id = nationalId();
    await runImport(
      await importWorkbook([
        {
          ...home,
          fullName: 'Kim Đã Xác Minh',
          nationalId: id,
          position: 'Phó phòng',
          email: 'kim@example.vn',
        },
      ]),
    );
    const { id: profileId } = await person(id);
    const read = await t.http
      .get(`/api/v1/intellectuals/${profileId}`)
      .set(bearer(officer.token))
      .expect(200);
    await t.http
      .post(`/api/v1/intellectuals/${profileId}/verify`)
      .set(bearer(officer.token))
      .set('If-Match', read.headers.etag)
      .send({ groups: ['employment'] })
      .expect(200);
    const job = await runImport(
      await importWorkbook([
        {
          ...home,
          fullName: 'Kim Đã Xác Minh',
          nationalId: id,
          position: 'Trưởng phòng',
          email: 'kim.moi@example.vn',
        },
      ]),
    );
    expect(job.counts).toMatchObject({ updated: 1, failed: 0 });
    expect(job.notices).toEqual([
      {
        row: 2,
        column: 'Chức vụ',
        kind: 'review',
        message:
          'Position: verified value kept; on file "Phó phòng", in the row "Trưởng phòng". If the row is right, edit the profile',
        messageVi:
          'Chức vụ: giữ giá trị đã xác minh; hồ sơ ghi "Phó phòng", tệp ghi "Trưởng phòng". Nếu tệp đúng, hãy sửa hồ sơ',
      },
    ]);
    const [stored] = await t.dataSource.query<
      Array<{ position: string; email: string; verification: string }>
    >(
      `SELECT position, email, provenance->'employment'->>'verification' AS verification FROM intellectual WHERE id = $1`,
      [profileId],
    );
    // the unverified contact changed, the verified employment did not
    expect(stored).toEqual({ position: 'Phó phòng', email: 'kim.moi@example.vn', verification: 'verified' });
  });

  it('errors.xlsx gives the failed rows back in the template layout; fixed, it imports as it is', async () => {
    const good = { ...home, fullName: 'Chu Đúng Ngay', nationalId: nationalId() };
    const wrong: Person = {
      ...home,
      fullName: 'Chu Sai Ngày',
      nationalId: nationalId(),
      birthDate: '31/02/1980',
      phone: '+84 912 345 678',
    };
    const existing = { ...home, fullName: 'Chu Trùng Tên', birthDate: '03/03/1983' };
    await runImport(await importWorkbook([existing]));
    const job = await runImport(await importWorkbook([good, wrong, { ...existing, position: 'Kỹ sư' }]));
    expect(job.counts).toMatchObject({ created: 1, failed: 1, possibleDuplicates: 1 });
    const report = await t.http
      .get(`/api/v1/imports/${job.id}/errors.xlsx`)
      .set(bearer(officer.token))
      .buffer(true)
      .parse(binary);
    expect(report.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(report.body);
    const sheet = book.getWorksheet('Danh sách')!;
    const column = (key: string) => IMPORT_COLUMNS.findIndex((c) => c.key === key) + 1;
    expect(sheet.getRow(2).getCell(column('fullName')).text).toBe('Chu Sai Ngày');
    expect(sheet.getRow(2).getCell(column('nationalId')).text).toBe(wrong.nationalId);
    expect(sheet.getRow(2).getCell(column('nationalId')).numFmt).toBe('@');
    expect(sheet.getRow(2).getCell(column('phone')).text).toBe('+84 912 345 678');
    expect(sheet.getRow(2).getCell(IMPORT_COLUMNS.length + 1).text).toBe(
      'Dòng 3: Ngày sinh: không phải ngày có thật',
    );
    // the rows waiting for a decision name the profiles, never their ids
    const review = await readWorkbook(report.body as Buffer, 1);
    expect(review).toEqual([
      ['Dòng', 'Họ và tên', 'Vấn đề', 'Hồ sơ đã có'],
      ['4', 'Chu Trùng Tên', expect.stringContaining('Có thể trùng'), 'Chu Trùng Tên'],
    ]);

    sheet.getRow(2).getCell(column('birthDate')).value = '28/02/1980';
    const fixed = await runImport(Buffer.from(await book.xlsx.writeBuffer()), 'loi-da-sua.xlsx');
    expect({ counts: fixed.counts, failed: fixed.failedRows.items }).toEqual({
      counts: { created: 1, updated: 0, unchanged: 0, possibleDuplicates: 0, conflicts: 0, failed: 0 },
      failed: [],
    });
    expect(await person(wrong.nationalId!)).toMatchObject({
      full_name: 'Chu Sai Ngày',
      birth_date: '1980-02-28',
    });
  });

  it('lists jobs newest first, paged, with counts and who started them', async () => {
    const other = await t.account(['admin']);
    const first = await upload(await importWorkbook([{ ...home, fullName: 'Danh Sách Một' }]), 'mot.xlsx', {
      dryRun: true,
      token: other.token,
    });
    const second = await upload(await importWorkbook([{ ...home, fullName: 'Danh Sách Hai' }]), 'hai.xlsx', {
      dryRun: true,
    });
    expect([first.status, second.status]).toEqual([202, 202]);
    const total = await count(`SELECT count(*) AS n FROM import_job`);
    const list = await t.http.get('/api/v1/imports?limit=2').set(bearer(officer.token)).expect(200);
    expect(list.body).toEqual({
      items: [
        expect.objectContaining({
          id: second.body.id,
          fileName: 'hai.xlsx',
          dryRun: true,
          counts: expect.objectContaining({ created: expect.any(Number) }),
          createdBy: { accountId: officer.id, email: officer.email, displayName: officer.email },
        }),
        expect.objectContaining({
          id: first.body.id,
          createdBy: { accountId: other.id, email: other.email, displayName: other.email },
        }),
      ],
      total,
      limit: 2,
      offset: 0,
    });
    const next = await t.http.get('/api/v1/imports?limit=2&offset=2').set(bearer(officer.token)).expect(200);
    const ids = (next.body as { items: Array<{ id: string }> }).items.map((job) => job.id);
    expect(ids).not.toContain(first.body.id);
    const staff = await t.account(['association_staff']);
    expectProblem(await t.http.get('/api/v1/imports').set(bearer(staff.token)), 403, 'FORBIDDEN');
  });

  it('a possible duplicate is resolved from the job: link to the existing person, create a new one, or skip', async () => {
    const original = { ...home, fullName: 'Hồ Giống Nhau', birthDate: '09/09/1979', position: 'Bác sĩ' };
    await runImport(await importWorkbook([original]));
    const [existing] = await t.dataSource.query<Array<{ id: string; version: number }>>(
      `SELECT id, version FROM intellectual WHERE full_name = 'Hồ Giống Nhau'`,
    );
    const job = await runImport(
      await importWorkbook([
        { ...original, position: 'Trưởng khoa' },
        { ...original, position: 'Giám đốc', email: 'ho.khac@example.vn' },
        { ...original, position: 'Y tá' },
      ]),
    );
    expect(job.possibleDuplicates.map(({ row, candidates }) => ({ row, candidates }))).toEqual([
      { row: 2, candidates: [{ id: existing.id, fullName: 'Hồ Giống Nhau' }] },
      { row: 3, candidates: [{ id: existing.id, fullName: 'Hồ Giống Nhau' }] },
      { row: 4, candidates: [{ id: existing.id, fullName: 'Hồ Giống Nhau' }] },
    ]);
    const staff = await t.account(['association_staff']);
    expectProblem(await resolve(job.id, 2, { action: 'skip' }, staff.token), 403, 'FORBIDDEN');
    expectProblem(
      await resolve(job.id, 2, { action: 'link', intellectualId: job.id }),
      400,
      'VALIDATION_FAILED',
      {
        fields: ['intellectualId'],
      },
    );
    expectProblem(await resolve(job.id, 9, { action: 'skip' }), 404, 'NOT_FOUND');
    expectProblem(
      await t.http
        .post(`/api/v1/imports/${job.id}/rows/two/resolution`)
        .set(bearer(officer.token))
        .send({ action: 'skip' }),
      400,
      'VALIDATION_FAILED',
      { fields: ['row'] },
    );

    expect((await resolve(job.id, 2, { action: 'link', intellectualId: existing.id })).status).toBe(200);
    const created = await resolve(job.id, 3, { action: 'create' });
    expect(created.body.resolution).toMatchObject({ action: 'create', intellectualId: expect.any(String) });
    expect((await resolve(job.id, 3, { action: 'create' })).body).toEqual(created.body);
    expect((await resolve(job.id, 4, { action: 'skip' })).body.resolution).toMatchObject({
      action: 'skip',
      intellectualId: null,
    });
    const refused = await resolve(job.id, 4, { action: 'create' });
    expectProblem(refused, 409, 'IMPORT_ROW_ALREADY_RESOLVED');
    expect(refused.body).toMatchObject({
      detail: 'Row 4 was already resolved: skipped',
      detailVi: 'Dòng 4 đã được xử lý: đã bỏ qua',
    });

    const people = await t.dataSource.query<Array<{ id: string; position: string; email: string | null }>>(
      `SELECT id, position, email FROM intellectual WHERE full_name = 'Hồ Giống Nhau' ORDER BY created_at`,
    );
    expect(people).toEqual([
      { id: existing.id, position: 'Trưởng khoa', email: null },
      { id: created.body.resolution.intellectualId, position: 'Giám đốc', email: 'ho.khac@example.vn' },
    ]);
    expect(
      await count(
        `SELECT count(*) AS n FROM audit_event WHERE action = 'import.resolve_row' AND entity_id = $1`,
        [job.id],
      ),
    ).toBe(3);
    const dry = await runImport(await importWorkbook([{ ...original, position: 'Y tá' }]), 'thu.xlsx', true);
    expectProblem(await resolve(dry.id, 2, { action: 'skip' }), 409, 'IMPORT_ROW_NOT_RESOLVABLE');
  });
});
