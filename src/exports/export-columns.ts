import type { DegreeLevel } from '../intellectuals/entities/education.entity';
import type { Intellectual } from '../intellectuals/entities/intellectual.entity';
import {
  ATTRIBUTE_CLASSES,
  PrivacyClass,
  ProfileAttribute,
} from '../intellectuals/privacy/attribute-classes';
import { birthYear } from '../intellectuals/profile-derived';
import { ListName } from '../imports/rows/import-columns';

/** One exported person with what a row needs besides the root columns. */
export interface ExportRecord {
  person: Intellectual;
  highestDegree: DegreeLevel | null;
}

/** Code → Vietnamese name, per reference list. */
export type NameOf = (list: ListName, code: string | null | undefined) => string;

export interface ExportColumn {
  /** The attribute shown: its privacy class decides who gets the column. */
  attribute: ProfileAttribute;
  header: string;
  value(record: ExportRecord, nameOf: NameOf): string;
}

const GENDER: Record<string, string> = { male: 'Nam', female: 'Nữ' };
const STATUS: Record<string, string> = { active: 'Đang công tác', retired: 'Nghỉ hưu', deceased: 'Đã mất' };

/** The columns of an export, in order, with Vietnamese headers. */
export const EXPORT_COLUMNS: readonly ExportColumn[] = [
  { attribute: 'id', header: 'Mã hồ sơ', value: ({ person }) => person.id },
  { attribute: 'fullName', header: 'Họ và tên', value: ({ person }) => person.fullName },
  { attribute: 'gender', header: 'Giới tính', value: ({ person }) => GENDER[person.gender ?? ''] ?? '' },
  {
    attribute: 'birthYear',
    header: 'Năm sinh',
    value: ({ person }) => String(birthYear(person.birthDate) ?? ''),
  },
  { attribute: 'birthDate', header: 'Ngày sinh', value: ({ person }) => formatDate(person.birthDate) },
  { attribute: 'nationalId', header: 'Số định danh cá nhân', value: ({ person }) => person.nationalId ?? '' },
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
  { attribute: 'email', header: 'Email', value: ({ person }) => person.email ?? '' },
  { attribute: 'phone', header: 'Số điện thoại', value: ({ person }) => person.phone ?? '' },
  {
    attribute: 'primaryFieldCode',
    header: 'Lĩnh vực chuyên môn',
    value: ({ person }, nameOf) => nameOf('fields', person.primaryFieldCode),
  },
  {
    attribute: 'highestDegree',
    header: 'Trình độ cao nhất',
    value: ({ highestDegree }, nameOf) => nameOf('degree-levels', highestDegree),
  },
  {
    attribute: 'academicTitle',
    header: 'Học hàm',
    value: ({ person }, nameOf) =>
      person.academicTitle
        ? `${nameOf('academic-titles', person.academicTitle.code)} (${person.academicTitle.year})`
        : '',
  },
  {
    attribute: 'organizationName',
    header: 'Cơ quan công tác',
    value: ({ person }) => person.organizationName ?? '',
  },
  { attribute: 'position', header: 'Chức vụ', value: ({ person }) => person.position ?? '' },
  { attribute: 'status', header: 'Tình trạng', value: ({ person }) => STATUS[person.status] ?? '' },
];

/** The columns whose attributes the caller may see. */
export function visibleColumns(classes: ReadonlySet<PrivacyClass>): ExportColumn[] {
  return EXPORT_COLUMNS.filter((column) => classes.has(ATTRIBUTE_CLASSES[column.attribute]));
}

function formatDate(iso: string | null): string {
  return iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '';
}
