import { ATTRIBUTE_CLASSES, type PrivacyClass } from '../../intellectuals/privacy/attribute-classes';
import { DOCUMENT_SOURCES, type DocumentAttribute } from '../document/intellectual-document';

/** Filter query parameters and the document attribute each one filters on: the only filterable inputs. */
export const FILTERS = {
  fieldCode: 'fieldCodes',
  degreeLevel: 'degreeLevel',
  academicTitle: 'academicTitle',
  communeCode: 'communeCode',
  organizationId: 'organizationId',
  sector: 'sector',
  gender: 'gender',
  ageBand: 'birthYear',
  overseas: 'overseas',
  countryCode: 'countryCode',
  verified: 'verified',
  status: 'status',
} as const satisfies Record<string, DocumentAttribute>;

export type FilterName = keyof typeof FILTERS;
export type FilterValues = Partial<Record<FilterName, string[]>>;

export const AGE_BANDS = ['under_30', '30_39', '40_49', '50_59', '60_plus'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** Filters a caller may use: filtering on an attribute reveals it, so its class must be visible. */
export function filtersFor(classes: ReadonlySet<PrivacyClass>): FilterName[] {
  return (Object.keys(FILTERS) as FilterName[]).filter((name) =>
    classes.has(ATTRIBUTE_CLASSES[DOCUMENT_SOURCES[FILTERS[name]]]),
  );
}

/**
 * A Meilisearch filter string literal. Inside double quotes only `"` and `\` are special, so escaping
 * them makes any user value (OR, parentheses, brackets included) one literal, never filter syntax.
 */
export function literal(value: string): string {
  return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/**
 * Meilisearch filter from filter parameters: values of one parameter are alternatives (OR), different
 * parameters must all hold (AND). Nested arrays are Meilisearch's OR groups.
 */
export function buildFilter(values: FilterValues, now: Date = new Date()): Array<string | string[]> {
  const filter: Array<string | string[]> = [];
  for (const name of Object.keys(FILTERS) as FilterName[]) {
    const chosen = values[name];
    if (!chosen?.length) continue;
    filter.push(
      name === 'ageBand'
        ? chosen.map((band) => birthYearRange(band as AgeBand, now.getFullYear()))
        : `${FILTERS[name]} IN [${chosen.map(literal).join(', ')}]`,
    );
  }
  return filter;
}

/** Age bands filter on birth year, so the index never holds an age that goes stale on a birthday. */
function birthYearRange(band: AgeBand, year: number): string {
  switch (band) {
    case 'under_30':
      return `birthYear > ${year - 30}`;
    case '30_39':
      return `birthYear ${year - 39} TO ${year - 30}`;
    case '40_49':
      return `birthYear ${year - 49} TO ${year - 40}`;
    case '50_59':
      return `birthYear ${year - 59} TO ${year - 50}`;
    case '60_plus':
      return `birthYear <= ${year - 60}`;
  }
}

export function ageBandOf(birthYear: number, now: Date = new Date()): AgeBand {
  const age = now.getFullYear() - birthYear;
  if (age < 30) return 'under_30';
  if (age < 40) return '30_39';
  if (age < 50) return '40_49';
  if (age < 60) return '50_59';
  return '60_plus';
}
