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
  required: boolean;
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
    required: true,
    help: 'Họ tên đầy đủ, có dấu',
    example: 'Nguyễn Văn An',
  },
  { key: 'gender', header: 'Giới tính', required: false, help: 'Nam hoặc Nữ', example: 'Nam' },
  {
    key: 'birthDate',
    header: 'Ngày sinh',
    required: false,
    help: 'Ngày/tháng/năm, ví dụ 05/03/1980',
    example: '05/03/1980',
    text: true,
  },
  {
    key: 'nationalId',
    header: 'Số định danh cá nhân',
    required: false,
    help: '12 chữ số (số CCCD); dùng để nhận biết người đã có trong hệ thống',
    example: '056080000123',
    text: true,
  },
  {
    key: 'ethnicGroup',
    header: 'Dân tộc',
    required: false,
    help: 'Chọn trong danh sách',
    example: 'Kinh',
    list: 'ethnic-groups',
  },
  {
    key: 'commune',
    header: 'Xã/phường nơi ở',
    required: false,
    help: 'Xã, phường, đặc khu của tỉnh Khánh Hòa (sau 01/7/2025); chọn trong danh sách. Nơi ở ghi đúng một trong ba cột: xã/phường, tỉnh/thành phố khác, hoặc quốc gia (nước ngoài)',
    example: 'Phường Nha Trang',
    list: 'communes',
  },
  {
    key: 'province',
    header: 'Tỉnh/thành phố nơi ở',
    required: false,
    help: 'Chỉ ghi khi ở tỉnh, thành phố khác của Việt Nam (không ghi xã/phường)',
    example: '',
  },
  {
    key: 'country',
    header: 'Quốc gia nơi ở',
    required: false,
    help: 'Chỉ ghi khi ở nước ngoài; chọn trong danh sách',
    example: 'Việt Nam',
    list: 'countries',
  },
  {
    key: 'email',
    header: 'Email',
    required: false,
    help: 'Địa chỉ thư điện tử',
    example: 'an.nv@example.vn',
  },
  {
    key: 'phone',
    header: 'Số điện thoại',
    required: false,
    help: 'Số điện thoại liên hệ',
    example: '0912345678',
    text: true,
  },
  {
    key: 'field',
    header: 'Lĩnh vực chuyên môn',
    required: false,
    help: 'Lĩnh vực khoa học và công nghệ chính; chọn trong danh sách',
    example: '1 - Khoa học tự nhiên',
    list: 'fields',
  },
  {
    key: 'degreeLevel',
    header: 'Trình độ cao nhất',
    required: false,
    help: 'Học vị hoặc trình độ chuyên môn cao nhất; chọn trong danh sách',
    example: 'Tiến sĩ',
    list: 'degree-levels',
  },
  {
    key: 'institution',
    header: 'Cơ sở đào tạo',
    required: false,
    help: 'Nơi cấp văn bằng cao nhất (bắt buộc khi có trình độ cao nhất)',
    example: 'Trường Đại học Nha Trang',
  },
  {
    key: 'graduationYear',
    header: 'Năm tốt nghiệp',
    required: false,
    help: 'Năm nhận văn bằng cao nhất',
    example: '2010',
  },
  {
    key: 'academicTitle',
    header: 'Học hàm',
    required: false,
    help: 'Phó giáo sư hoặc Giáo sư; chọn trong danh sách',
    example: '',
    list: 'academic-titles',
  },
  {
    key: 'academicTitleYear',
    header: 'Năm phong học hàm',
    required: false,
    help: 'Bắt buộc khi có học hàm',
    example: '',
  },
  {
    key: 'organization',
    header: 'Cơ quan công tác',
    required: false,
    help: 'Chọn trong danh sách, hoặc ghi tên cơ quan nếu không có trong danh sách',
    example: 'Trường Đại học Nha Trang',
    list: 'organizations',
  },
  { key: 'position', header: 'Chức vụ', required: false, help: 'Chức vụ hiện nay', example: 'Giảng viên' },
  {
    key: 'status',
    header: 'Tình trạng',
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

/** Headers compare folded: case, diacritics, spacing and a trailing "(*)" do not matter. */
export function headerKey(header: string): string {
  return foldVietnamese(header.replace(/\(\*\)\s*$/, ''));
}
