import { IP_KINDS, INDEX_CLASSES, PROJECT_LEVELS } from '../../intellectuals';
import type { TargetMetric } from '../targets/stat-target.entity';
import type { Label } from '../workforce/workforce-dimensions';

/** The index classes the plans count as international papers (ISI/Web of Science and Scopus). */
export const INTERNATIONAL_CLASSES = ['SCIE', 'SSCI', 'AHCI', 'ESCI', 'Scopus'] as const;

export const TREND_GROUPS = ['publications', 'intellectualProperty', 'projects', 'degrees'] as const;
export type TrendGroup = (typeof TREND_GROUPS)[number];

export interface TrendSeriesSpec {
  key: string;
  group: TrendGroup;
  label: Label;
  /** The plans' target this series is measured against. */
  metric?: TargetMetric;
}

const CLASS_NAMES: Record<(typeof INDEX_CLASSES)[number], Label> = {
  SCIE: { vi: 'SCIE', en: 'SCIE' },
  SSCI: { vi: 'SSCI', en: 'SSCI' },
  AHCI: { vi: 'AHCI', en: 'AHCI' },
  ESCI: { vi: 'ESCI', en: 'ESCI' },
  Scopus: { vi: 'Scopus', en: 'Scopus' },
  domestic_scored: { vi: 'Tạp chí trong nước được tính điểm', en: 'Scored domestic journals' },
  other: { vi: 'Khác', en: 'Other' },
};
const KIND_NAMES: Record<(typeof IP_KINDS)[number], Label> = {
  patent: { vi: 'Bằng độc quyền sáng chế', en: 'Patents' },
  utility_solution: { vi: 'Bằng độc quyền giải pháp hữu ích', en: 'Utility solutions' },
  industrial_design: { vi: 'Kiểu dáng công nghiệp', en: 'Industrial designs' },
  plant_variety: { vi: 'Giống cây trồng', en: 'Plant varieties' },
};
const LEVEL_NAMES: Record<(typeof PROJECT_LEVELS)[number], Label> = {
  national: { vi: 'Nhiệm vụ KH&CN cấp quốc gia', en: 'National S&T tasks' },
  ministerial: { vi: 'Nhiệm vụ cấp bộ', en: 'Ministerial tasks' },
  provincial: { vi: 'Nhiệm vụ KH&CN cấp tỉnh', en: 'Provincial S&T tasks' },
  grassroots: { vi: 'Nhiệm vụ cấp cơ sở', en: 'Institutional tasks' },
};
const PROJECT_METRICS: Partial<Record<(typeof PROJECT_LEVELS)[number], TargetMetric>> = {
  national: 'national_projects',
  provincial: 'provincial_projects',
};

/** Every series of the trends, in the order they are shown. */
export const TREND_SERIES: readonly TrendSeriesSpec[] = [
  {
    key: 'publications.international',
    group: 'publications',
    label: { vi: 'Bài báo quốc tế (ISI, Scopus)', en: 'International papers (ISI, Scopus)' },
    metric: 'international_publications',
  },
  ...INDEX_CLASSES.map((indexClass) => ({
    key: `publications.${indexClass}`,
    group: 'publications' as const,
    label: CLASS_NAMES[indexClass],
  })),
  {
    key: 'intellectualProperty.patentsAndUtilitySolutions',
    group: 'intellectualProperty',
    label: { vi: 'Sáng chế và giải pháp hữu ích', en: 'Patents and utility solutions' },
    metric: 'patents_and_utility_solutions',
  },
  ...IP_KINDS.map((kind) => ({
    key: `intellectualProperty.${kind}`,
    group: 'intellectualProperty' as const,
    label: KIND_NAMES[kind],
  })),
  ...PROJECT_LEVELS.map((level) => ({
    key: `projects.${level}`,
    group: 'projects' as const,
    label: LEVEL_NAMES[level],
    metric: PROJECT_METRICS[level],
  })),
  {
    key: 'degrees.doctorates',
    group: 'degrees',
    label: { vi: 'Tiến sĩ được cấp bằng', en: 'Doctorates awarded' },
  },
  {
    key: 'degrees.professor',
    group: 'degrees',
    label: { vi: 'Được công nhận Giáo sư', en: 'Professors appointed' },
  },
  {
    key: 'degrees.associate_professor',
    group: 'degrees',
    label: { vi: 'Được công nhận Phó Giáo sư', en: 'Associate professors appointed' },
  },
];
