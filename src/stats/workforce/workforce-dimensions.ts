import { SECTORS, SECTOR_NAMES, type CatalogName } from '../../catalog';
import {
  ACADEMIC_TITLES,
  AGE_BANDS,
  ageBandLabel,
  ageBandLabelEn,
  birthYearRange,
  DEGREE_RANKING,
  GENDER_NAMES,
  GENDERS,
  STATUS_NAMES,
  STATUSES,
} from '../../intellectuals';

/** The dimensions a workforce breakdown counts by and filters on. */
export const WORKFORCE_DIMENSIONS = [
  'field',
  'subfield',
  'degree',
  'academicTitle',
  'commune',
  'sector',
  'organization',
  'gender',
  'ageBand',
  'status',
  'overseasCountry',
  'originElsewhere',
  'ethnicMinority',
  'disability',
] as const;
export type WorkforceDimensionKey = (typeof WORKFORCE_DIMENSIONS)[number];

export interface Label {
  vi: string;
  en: string;
}

/** Where the names of a dimension's values come from. */
export type LabelSource =
  { catalog: CatalogName } | { organizations: true } | { names: Readonly<Record<string, Label>> };

export interface WorkforceDimension {
  key: WorkforceDimensionKey;
  label: Label;
  /** Aggregates over restricted attributes: personnel officers and admins, with a purpose. */
  sensitive: boolean;
  /** The value of a workforce_fact row `f` as text (null: not recorded), in the given year. */
  expression: (year: number) => string;
  /** The values in display order when they are a fixed set (every one is shown, zeros too). */
  values?: readonly string[];
  labels: LabelSource;
  /** The name of the null value. */
  none: Label;
}

const NOT_RECORDED: Label = { vi: 'Chưa có thông tin', en: 'Not recorded' };
const FLAG_VALUES = ['true', 'false'] as const;
const FLAG_NAMES = (yes: Label, no: Label) => ({ names: { true: yes, false: no } });

const SECTOR_NAMES_EN: Readonly<Record<(typeof SECTORS)[number], string>> = {
  state_agency: 'State agency',
  public_service_unit: 'Public service unit',
  university: 'Higher education institution',
  research_institute: 'Research institute or centre',
  enterprise: 'Enterprise',
  association: 'Association',
  overseas: 'Working abroad',
  independent: 'Independent',
};
const GENDER_NAMES_EN = { male: 'Male', female: 'Female' } as const;
const STATUS_NAMES_EN = { active: 'Working', retired: 'Retired', deceased: 'Deceased' } as const;

const names = <T extends string>(values: readonly T[], vi: (v: T) => string, en: (v: T) => string) => ({
  names: Object.fromEntries(values.map((value) => [value, { vi: vi(value), en: en(value) }])),
});

/** The age band of birth_year in `year`, in SQL, from the one definition of the bands. */
function ageBandSql(year: number): string {
  const cases = AGE_BANDS.map((band) => {
    const { min, max } = birthYearRange(band, year);
    const bounds = [
      min === null ? null : `f.birth_year >= ${min}`,
      max === null ? null : `f.birth_year <= ${max}`,
    ];
    return `WHEN ${bounds.filter(Boolean).join(' AND ')} THEN '${band}'`;
  });
  return `CASE ${cases.join(' ')} END`;
}

const column = (name: string) => () => `f.${name}`;

export const DIMENSIONS: Readonly<Record<WorkforceDimensionKey, WorkforceDimension>> = {
  field: {
    key: 'field',
    label: { vi: 'Lĩnh vực (cấp 1)', en: 'Field (level 1)' },
    sensitive: false,
    expression: column('field_root'),
    labels: { catalog: 'fields' },
    none: NOT_RECORDED,
  },
  subfield: {
    key: 'subfield',
    label: { vi: 'Lĩnh vực (cấp 2)', en: 'Field (level 2)' },
    sensitive: false,
    expression: column('field_level2'),
    labels: { catalog: 'fields' },
    none: { vi: 'Chưa có lĩnh vực cấp 2', en: 'No level-2 field' },
  },
  degree: {
    key: 'degree',
    label: { vi: 'Trình độ cao nhất', en: 'Highest degree' },
    sensitive: false,
    expression: column('highest_degree'),
    values: DEGREE_RANKING,
    labels: { catalog: 'degree-levels' },
    none: { vi: 'Chưa có bằng cấp ghi nhận', en: 'No degree recorded' },
  },
  academicTitle: {
    key: 'academicTitle',
    label: { vi: 'Chức danh khoa học', en: 'Academic title' },
    sensitive: false,
    expression: column('academic_title'),
    values: [...ACADEMIC_TITLES].reverse(),
    labels: { catalog: 'academic-titles' },
    none: { vi: 'Không có chức danh', en: 'No title' },
  },
  commune: {
    key: 'commune',
    label: { vi: 'Xã, phường nơi ở', en: 'Commune of residence' },
    sensitive: false,
    expression: column('commune_code'),
    labels: { catalog: 'communes' },
    none: { vi: 'Ngoài tỉnh hoặc chưa ghi nhận', en: 'Outside the province or not recorded' },
  },
  sector: {
    key: 'sector',
    label: { vi: 'Khu vực công tác', en: 'Sector' },
    sensitive: false,
    expression: column('sector'),
    values: SECTORS,
    labels: names(
      SECTORS,
      (s) => SECTOR_NAMES[s],
      (s) => SECTOR_NAMES_EN[s],
    ),
    none: NOT_RECORDED,
  },
  organization: {
    key: 'organization',
    label: { vi: 'Cơ quan, đơn vị', en: 'Organization' },
    sensitive: false,
    expression: () => 'f.organization_id::text',
    labels: { organizations: true },
    none: { vi: 'Ngoài danh mục hoặc chưa ghi nhận', en: 'Not in the catalog or not recorded' },
  },
  gender: {
    key: 'gender',
    label: { vi: 'Giới tính', en: 'Gender' },
    sensitive: false,
    expression: column('gender'),
    values: GENDERS,
    labels: names(
      GENDERS,
      (g) => GENDER_NAMES[g],
      (g) => GENDER_NAMES_EN[g],
    ),
    none: NOT_RECORDED,
  },
  ageBand: {
    key: 'ageBand',
    label: { vi: 'Nhóm tuổi', en: 'Age band' },
    sensitive: false,
    expression: ageBandSql,
    values: AGE_BANDS,
    labels: names(AGE_BANDS, ageBandLabel, ageBandLabelEn),
    none: NOT_RECORDED,
  },
  status: {
    key: 'status',
    label: { vi: 'Tình trạng', en: 'Status' },
    sensitive: false,
    expression: column('status'),
    values: STATUSES,
    labels: names(
      STATUSES,
      (s) => STATUS_NAMES[s],
      (s) => STATUS_NAMES_EN[s],
    ),
    none: NOT_RECORDED,
  },
  overseasCountry: {
    key: 'overseasCountry',
    label: { vi: 'Nước đang sống (ở nước ngoài)', en: 'Country of residence (abroad)' },
    sensitive: false,
    expression: column('overseas_country'),
    labels: { catalog: 'countries' },
    none: { vi: 'Trong nước', en: 'In Viet Nam' },
  },
  originElsewhere: {
    key: 'originElsewhere',
    label: { vi: 'Quê Khánh Hòa, sống ngoài tỉnh', en: 'From Khánh Hòa, living elsewhere' },
    sensitive: false,
    expression: () => 'f.origin_elsewhere::text',
    values: FLAG_VALUES,
    labels: FLAG_NAMES({ vi: 'Có', en: 'Yes' }, { vi: 'Không', en: 'No' }),
    none: NOT_RECORDED,
  },
  ethnicMinority: {
    key: 'ethnicMinority',
    label: { vi: 'Dân tộc thiểu số', en: 'Ethnic minority' },
    sensitive: true,
    expression: () => 'f.ethnic_minority::text',
    values: FLAG_VALUES,
    labels: FLAG_NAMES(
      { vi: 'Dân tộc thiểu số', en: 'Ethnic minority' },
      { vi: 'Không phải dân tộc thiểu số', en: 'Not an ethnic minority' },
    ),
    none: NOT_RECORDED,
  },
  disability: {
    key: 'disability',
    label: { vi: 'Khuyết tật', en: 'Disability' },
    sensitive: true,
    expression: () => 'f.disability::text',
    values: FLAG_VALUES,
    labels: FLAG_NAMES(
      { vi: 'Có khuyết tật', en: 'With a disability' },
      { vi: 'Không ghi nhận', en: 'None recorded' },
    ),
    none: NOT_RECORDED,
  },
};

export const SENSITIVE_DIMENSIONS = WORKFORCE_DIMENSIONS.filter((key) => DIMENSIONS[key].sensitive);
