import {
  ATTRIBUTE_CLASSES,
  type PrivacyClass,
  type AgeBand,
  birthYearRange,
  currentYear,
} from '../../intellectuals';
import { DOCUMENT_SOURCES, type DocumentAttribute } from '../document/intellectual-document';

export { AGE_BANDS } from '../../intellectuals';

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
        ? chosen.map((band) => birthYearFilter(band as AgeBand, currentYear(now)))
        : `${FILTERS[name]} IN [${chosen.map(literal).join(', ')}]`,
    );
  }
  return filter;
}

/** Age bands filter on birth year, so the index never holds an age that goes stale on a birthday. */
function birthYearFilter(band: AgeBand, year: number): string {
  const { min, max } = birthYearRange(band, year);
  if (min === null) return `birthYear <= ${max}`;
  if (max === null) return `birthYear >= ${min}`;
  return `birthYear ${min} TO ${max}`;
}
