import { GENDER_NAMES, type Intellectual, STATUS_NAMES } from '../intellectuals';
import { ATTRIBUTE_CLASSES, PrivacyClass, ProfileAttribute, ageBandLabel } from '../intellectuals';
import type { ProfileSummary } from '../intellectuals';
import { ListName } from '../imports';
import type { Cell, CellKind } from '../common/spreadsheet/spreadsheet-stream';

/** One exported person: the row and its derived facts (the profile summary every consumer reads). */
export interface ExportRecord {
  person: Intellectual;
  summary: ProfileSummary;
}

/** Code → Vietnamese name, per reference list. */
export type NameOf = (list: ListName, code: string | null | undefined) => string;

export interface ExportColumn {
  /** The attribute shown: its privacy class decides who gets the column. */
  attribute: ProfileAttribute;
  header: string;
  /** How a spreadsheet stores it (text by default); identifiers and phone numbers stay text. */
  kind?: CellKind;
  value(record: ExportRecord, nameOf: NameOf): Cell;
}

/** The columns of an export, in order, with Vietnamese headers. */
export const EXPORT_COLUMNS: readonly ExportColumn[] = [
  { attribute: 'id', header: 'Mã hồ sơ', value: ({ person }) => person.id },
  { attribute: 'fullName', header: 'Họ và tên', value: ({ person }) => person.fullName },
  {
    attribute: 'gender',
    header: 'Giới tính',
    value: ({ person }) => (person.gender ? GENDER_NAMES[person.gender] : ''),
  },
  { attribute: 'birthYear', header: 'Năm sinh', kind: 'number', value: ({ summary }) => summary.birthYear },
  { attribute: 'ageBand', header: 'Nhóm tuổi', value: ({ summary }) => ageBandLabel(summary.ageBand) },
  { attribute: 'birthDate', header: 'Ngày sinh', kind: 'date', value: ({ person }) => person.birthDate },
  {
    attribute: 'nationalId',
    header: 'Số định danh cá nhân',
    kind: 'identifier',
    value: ({ person }) => person.nationalId,
  },
  {
    attribute: 'ethnicGroupCode',
    header: 'Dân tộc',
    value: ({ person }, nameOf) => nameOf('ethnic-groups', person.ethnicGroupCode),
  },
  {
    attribute: 'communeCode',
    header: 'Xã/phường nơi ở',
    value: ({ person }, nameOf) => nameOf('communes', person.communeCode) || (person.provinceName ?? ''),
  },
  {
    attribute: 'countryCode',
    header: 'Quốc gia nơi ở',
    value: ({ person }, nameOf) => nameOf('countries', person.countryCode),
  },
  { attribute: 'email', header: 'Email', value: ({ person }) => person.email },
  { attribute: 'phone', header: 'Số điện thoại', kind: 'identifier', value: ({ person }) => person.phone },
  {
    attribute: 'primaryFieldCode',
    header: 'Lĩnh vực chuyên môn',
    value: ({ person }, nameOf) => nameOf('fields', person.primaryFieldCode),
  },
  {
    attribute: 'fieldTree',
    header: 'Lĩnh vực (cấp 1)',
    value: ({ summary }, nameOf) => nameOf('fields', summary.primaryFieldRoot),
  },
  {
    attribute: 'highestDegree',
    header: 'Trình độ cao nhất',
    value: ({ summary }, nameOf) => nameOf('degree-levels', summary.highestDegree),
  },
  {
    attribute: 'academicTitle',
    header: 'Học hàm',
    value: ({ person }, nameOf) =>
      person.academicTitle
        ? `${nameOf('academic-titles', person.academicTitle.code)} (${person.academicTitle.year})`
        : '',
  },
  { attribute: 'organizationName', header: 'Cơ quan công tác', value: ({ summary }) => summary.employerName },
  { attribute: 'position', header: 'Chức vụ', value: ({ person }) => person.position },
  { attribute: 'status', header: 'Tình trạng', value: ({ person }) => STATUS_NAMES[person.status] },
  {
    attribute: 'verification',
    header: 'Đã xác minh',
    value: ({ summary }) => (summary.verified ? 'Có' : 'Chưa'),
  },
];

/** The columns whose attributes the caller may see. */
export function visibleColumns(classes: ReadonlySet<PrivacyClass>): ExportColumn[] {
  return EXPORT_COLUMNS.filter((column) => classes.has(ATTRIBUTE_CLASSES[column.attribute]));
}
