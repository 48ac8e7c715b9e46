import { IMPORT_COLUMNS, markedHeader, RowCells } from '../../../src/imports/rows/import-columns';
import { cellsOf, mapHeaders } from '../../../src/imports/rows/header-mapping';
import { ReferenceLookups } from '../../../src/imports/rows/reference-lookups';
import { parseRow } from '../../../src/imports/rows/row-parser';
import { DomainError } from '../../../src/common/errors/domain-error';

const ORG_ID = '5b3f3a0e-58a4-4c1b-9d7f-0a3f0f6b1c11';
const lookups = new ReferenceLookups({
  'ethnic-groups': [{ code: '01', nameVi: 'Kinh' }],
  communes: [{ code: '22366', nameVi: 'Phường Nha Trang' }],
  countries: [{ code: 'VN', nameVi: 'Việt Nam', nameEn: 'Viet Nam' }],
  fields: [{ code: '1', nameVi: 'Khoa học tự nhiên' }],
  'degree-levels': [{ code: 'doctorate', nameVi: 'Tiến sĩ', aliases: ['TS'] }],
  'academic-titles': [{ code: 'associate_professor', nameVi: 'Phó giáo sư', aliases: ['PGS'] }],
  organizations: [{ code: ORG_ID, nameVi: 'Trường Đại học Nha Trang', aliases: ['NTU'] }],
});
const TODAY = '2026-03-01';

function cells(values: Partial<RowCells>): RowCells {
  const blank = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c.key, ''])) as RowCells;
  return { ...blank, commune: 'Phường Nha Trang', ...values };
}

describe('parseRow', () => {
  it('resolves names, labels, codes and aliases against the lists, ignoring case and diacritics', () => {
    const parsed = parseRow(
      cells({
        fullName: '  Nguyễn   Văn An ',
        gender: 'nữ',
        birthDate: '5/3/1980',
        nationalId: '56080000123',
        ethnicGroup: 'kinh',
        commune: 'phuong nha trang',
        field: '1 - Khoa học tự nhiên',
        degreeLevel: 'TS',
        institution: 'Trường Đại học Nha Trang',
        graduationYear: '2010',
        academicTitle: 'PGS',
        academicTitleYear: '2018',
        organization: 'ntu',
        status: 'Nghỉ hưu',
        email: 'An.NV@Example.vn',
      }),
      lookups,
      TODAY,
    );
    expect(parsed).toEqual({
      ok: true,
      row: {
        fullName: 'Nguyễn Văn An',
        gender: 'female',
        birthDate: '1980-03-05',
        nationalId: '056080000123',
        ethnicGroupCode: '01',
        communeCode: '22366',
        provinceName: null,
        countryCode: null,
        email: 'an.nv@example.vn',
        phone: null,
        primaryFieldCode: '1',
        education: { level: 'doctorate', institution: 'Trường Đại học Nha Trang', year: 2010 },
        academicTitle: { code: 'associate_professor', year: 2018 },
        organizationId: ORG_ID,
        organizationName: null,
        position: null,
        status: 'retired',
      },
      warnings: [],
    });
  });

  it('takes the residence from exactly one of commune, province or a foreign country', () => {
    expect(
      parseRow(cells({ fullName: 'A B', commune: '', province: 'Hà Nội' }), lookups, TODAY),
    ).toMatchObject({
      ok: true,
      row: { communeCode: null, provinceName: 'Hà Nội', countryCode: null },
    });
    const abroad = parseRow(cells({ fullName: 'A B', commune: '', country: 'Viet Nam' }), lookups, TODAY);
    expect(abroad.ok).toBe(false);
  });

  it('keeps an organization that is not in the list as free text', () => {
    const parsed = parseRow(cells({ fullName: 'Lê Thị Hoa', organization: 'Công ty ABC' }), lookups, TODAY);
    expect(parsed).toMatchObject({
      ok: true,
      row: { organizationId: null, organizationName: 'Công ty ABC' },
    });
  });

  it.each([
    [{ fullName: '' }, 'Họ và tên'],
    [{ gender: 'khác' }, 'Giới tính'],
    [{ birthDate: '31/02/1980' }, 'Ngày sinh'],
    [{ birthDate: '01/01/2030' }, 'Ngày sinh'],
    [{ birthDate: '1980' }, 'Ngày sinh'],
    [{ nationalId: '12345' }, 'Số định danh cá nhân'],
    [{ ethnicGroup: 'Không có' }, 'Dân tộc'],
    [{ email: 'not-an-email' }, 'Email'],
    [{ graduationYear: '1800', degreeLevel: 'Tiến sĩ', institution: 'X University' }, 'Năm tốt nghiệp'],
    [{ degreeLevel: 'Tiến sĩ' }, 'Cơ sở đào tạo'],
    [{ academicTitle: 'Phó giáo sư' }, 'Năm phong học hàm'],
    [{ status: 'đang nghỉ' }, 'Tình trạng'],
    [{ commune: '' }, 'Xã/phường nơi ở'],
    [{ commune: 'Phường Nha Trang', province: 'Hà Nội' }, 'Xã/phường nơi ở'],
  ])('reports %o on the column %s, in both languages', (values, column) => {
    const parsed = parseRow(cells({ fullName: 'Trần Văn Bình', ...values }), lookups, TODAY);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toEqual([{ column, message: expect.any(String), messageVi: expect.any(String) }]);
  });

  it('lists every problem of a row at once', () => {
    const parsed = parseRow(cells({ fullName: '', gender: 'x', nationalId: '1' }), lookups, TODAY);
    expect(parsed.ok ? [] : parsed.problems.map((p) => p.column)).toEqual([
      'Họ và tên',
      'Giới tính',
      'Số định danh cá nhân',
    ]);
  });
});

describe('the template marks what the importer requires', () => {
  const complete = cells({ fullName: 'Trần Văn Bình' });

  it.each(IMPORT_COLUMNS.map((column) => [column.header, column] as const))('%s', (_, column) => {
    const blanked =
      column.required === 'residence' ? { commune: '', province: '', country: '' } : { [column.key]: '' };
    const parsed = parseRow({ ...complete, ...blanked }, lookups, TODAY);
    const failedOn = parsed.ok ? [] : parsed.problems.map((problem) => problem.column);
    if (column.required === true) expect(failedOn).toEqual([column.header]);
    else if (column.required === 'residence') expect(failedOn).toEqual(['Xã/phường nơi ở']);
    else expect(failedOn).toEqual([]);
    expect(markedHeader(column)).toBe(
      column.required === true
        ? `${column.header} (*)`
        : column.required
          ? `${column.header} (**)`
          : column.header,
    );
  });
});

describe('mapHeaders', () => {
  const headers = IMPORT_COLUMNS.map((c) => c.header);

  it('finds columns in any order, ignoring case, diacritics and a required marker', () => {
    const shuffled = [...headers].reverse().map((h, i) => (i === 0 ? `${h.toUpperCase()} (*)` : h));
    const positions = mapHeaders(shuffled);
    expect(positions.get('fullName')).toBe(headers.length - 1);
    const values = [...shuffled].map((_, i) => `v${i}`);
    expect(cellsOf(values, positions).fullName).toBe(`v${headers.length - 1}`);
    expect(mapHeaders(headers.map((h) => h.normalize('NFD').toLowerCase())).size).toBe(headers.length);
  });

  it('refuses missing or unknown headers with one error listing the expected ones', () => {
    let error: unknown;
    try {
      mapHeaders(['Họ và tên', 'Tuổi']);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DomainError);
    const problem = (error as DomainError).errors;
    expect(problem).toHaveLength(1);
    expect(problem[0].field).toBe('headers');
    expect(problem[0].messageVi).toContain('không nhận ra: Tuổi');
    for (const header of headers) expect(problem[0].message).toContain(header);
  });
});
