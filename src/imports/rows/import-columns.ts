import { foldVietnamese } from '../../common/text/normalize';

/** The reference lists a column's values come from (catalogs, plus organizations). */
export const LIST_NAMES = [
  'ethnic-groups',
  'communes',
  'countries',
  'fields',
  'degree-levels',
  'academic-titles',
  'organizations',
] as const;
export type ListName = (typeof LIST_NAMES)[number];

export interface ImportColumn {
  key: string;
  /** The header as it appears in the template and in exports. */
  header: string;
  /** The column's name in English messages (a Vietnamese message names the header). */
  labelEn: string;
  /**
   * `true`: the row fails without it; `residence`: exactly one of the three residence columns must be
   * filled (the profile rule: every profile has one residence).
   */
  required: boolean | 'residence';
  /** How to fill it in, for the instructions sheet. */
  help: string;
  example: string;
  list?: ListName;
  /** Stored as text in the template (keeps leading zeros). */
  text?: boolean;
}

/** The columns of the import template, in order. Headers are matched ignoring case and diacritics. */
export const IMPORT_COLUMNS = [
  {
    key: 'fullName',
    header: 'Họ và tên',
    labelEn: 'Full name',
    required: true,
    help: 'Họ tên đầy đủ, có dấu',
    example: 'Nguyễn Văn An',
  },
  {
    key: 'gender',
    header: 'Giới tính',
    labelEn: 'Gender',
    required: false,
    help: 'Nam hoặc Nữ',
    example: 'Nam',
  },
  {
    key: 'birthDate',
    header: 'Ngày sinh',
    labelEn: 'Date of birth',
    required: false,
    help: 'Ngày/tháng/năm, ví dụ 05/03/1980',
    example: '05/03/1980',
    text: true,
  },
  {
    key: 'nationalId',
    header: 'Số định danh cá nhân',
    labelEn: 'Personal identification number',
    required: false,
    help: '12 chữ số (số CCCD); dùng để nhận biết người đã có trong hệ thống',
    example: '056080000123',
    text: true,
  },
  {
    key: 'ethnicGroup',
    header: 'Dân tộc',
    labelEn: 'Ethnic group',
    required: false,
    help: 'Chọn trong danh sách',
    example: 'Kinh',
    list: 'ethnic-groups',
  },
  {
    key: 'commune',
    header: 'Xã/phường nơi ở',
    labelEn: 'Commune of residence',
    required: 'residence',
    help: 'Xã, phường, đặc khu của tỉnh Khánh Hòa (sau 01/7/2025); chọn trong danh sách. Nơi ở ghi đúng một trong ba cột: xã/phường, tỉnh/thành phố khác, hoặc quốc gia (nước ngoài)',
    example: 'Phường Nha Trang',
    list: 'communes',
  },
  {
    key: 'province',
    header: 'Tỉnh/thành phố nơi ở',
    labelEn: 'Province of residence',
    required: 'residence',
    help: 'Chỉ ghi khi ở tỉnh, thành phố khác của Việt Nam (không ghi xã/phường)',
    example: '',
  },
  {
    key: 'country',
    header: 'Quốc gia nơi ở',
    labelEn: 'Country of residence',
    required: 'residence',
    help: 'Chỉ ghi khi ở nước ngoài; chọn trong danh sách',
    example: 'Việt Nam',
    list: 'countries',
  },
  {
    key: 'email',
    header: 'Email',
    labelEn: 'Email',
    required: false,
    help: 'Địa chỉ thư điện tử',
    example: 'an.nv@example.vn',
  },
  {
    key: 'phone',
    header: 'Số điện thoại',
    labelEn: 'Phone number',
    required: false,
    help: 'Số điện thoại liên hệ',
    example: '0912345678',
    text: true,
  },
  {
    key: 'field',
    header: 'Lĩnh vực chuyên môn',
    labelEn: 'Field of expertise',
    required: false,
    help: 'Lĩnh vực khoa học và công nghệ chính; chọn trong danh sách',
    example: '1 - Khoa học tự nhiên',
    list: 'fields',
  },
  {
    key: 'degreeLevel',
    header: 'Trình độ cao nhất',
    labelEn: 'Highest degree',
    required: false,
    help: 'Học vị hoặc trình độ chuyên môn cao nhất; chọn trong danh sách',
    example: 'Tiến sĩ',
    list: 'degree-levels',
  },
  {
    key: 'institution',
    header: 'Cơ sở đào tạo',
    labelEn: 'Awarding institution',
    required: false,
    help: 'Nơi cấp văn bằng cao nhất (bắt buộc khi có trình độ cao nhất)',
    example: 'Trường Đại học Nha Trang',
  },
  {
    key: 'graduationYear',
    header: 'Năm tốt nghiệp',
    labelEn: 'Graduation year',
    required: false,
    help: 'Năm nhận văn bằng cao nhất',
    example: '2010',
  },
  {
    key: 'academicTitle',
    header: 'Học hàm',
    labelEn: 'Academic title',
    required: false,
    help: 'Phó giáo sư hoặc Giáo sư; chọn trong danh sách',
    example: '',
    list: 'academic-titles',
  },
  {
    key: 'academicTitleYear',
    header: 'Năm phong học hàm',
    labelEn: 'Year of the academic title',
    required: false,
    help: 'Bắt buộc khi có học hàm',
    example: '',
  },
  {
    key: 'organization',
    header: 'Cơ quan công tác',
    labelEn: 'Employer',
    required: false,
    help: 'Chọn trong danh sách, hoặc ghi tên cơ quan nếu không có trong danh sách',
    example: 'Trường Đại học Nha Trang',
    list: 'organizations',
  },
  {
    key: 'position',
    header: 'Chức vụ',
    labelEn: 'Position',
    required: false,
    help: 'Chức vụ hiện nay',
    example: 'Giảng viên',
  },
  {
    key: 'status',
    header: 'Tình trạng',
    labelEn: 'Status',
    required: false,
    help: 'Đang công tác, Nghỉ hưu hoặc Đã mất (để trống: đang công tác)',
    example: 'Đang công tác',
  },
] as const satisfies readonly ImportColumn[];

export type ColumnKey = (typeof IMPORT_COLUMNS)[number]['key'];
export type RowCells = Record<ColumnKey, string>;

export const HEADER_OF = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c.key, c.header])) as Record<
  ColumnKey,
  string
>;

export const LABEL_EN_OF = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c.key, c.labelEn])) as Record<
  ColumnKey,
  string
>;

/** The template's marks after a header: required, and one of the residence columns. */
export const REQUIRED_MARK = '(*)';
export const RESIDENCE_MARK = '(**)';

/** The header as the template writes it, with its requirement mark. */
export function markedHeader(column: ImportColumn): string {
  if (column.required === 'residence') return `${column.header} ${RESIDENCE_MARK}`;
  return column.required ? `${column.header} ${REQUIRED_MARK}` : column.header;
}

/**
 * The column errors.xlsx adds after the template's: what to fix in the row. The importer ignores it,
 * so the officer uploads the corrected file as it is.
 */
export const ERRORS_COLUMN = 'Lỗi cần sửa';

/** Headers compare folded: case, diacritics, spacing and a trailing "(*)" or "(**)" do not matter. */
export function headerKey(header: string): string {
  return foldVietnamese(header.replace(/\(\*{1,2}\)\s*$/, ''));
}
