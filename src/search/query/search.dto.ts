import { ApiProperty } from '@nestjs/swagger';
import { SECTORS } from '../../catalog';
import { DEGREE_LEVELS, ACADEMIC_TITLES, GENDERS, STATUSES } from '../../intellectuals';
import { PageQuery } from '../../common/pagination/page';
import { QueryValues, Text, Uuid } from '../../common/validation/fields';
import { INDEXED_CLASSES } from '../document/intellectual-document';
import { AGE_BANDS, filtersFor, type FilterName } from './search-filters';

const BOOLEANS = ['true', 'false'] as const;

/** Public facets: what anyone may filter the directory by. */
export class DirectoryFilters extends PageQuery {
  @Text(1, 200, { optional: true, description: 'Words to find, with or without Vietnamese diacritics' })
  q?: string;

  @QueryValues({ description: 'S&T field code; also matches its sub-fields.' })
  fieldCode?: string[];

  @QueryValues({ description: 'Highest degree.', values: DEGREE_LEVELS })
  degreeLevel?: string[];

  @QueryValues({ description: 'Academic title.', values: ACADEMIC_TITLES })
  academicTitle?: string[];

  @QueryValues({ description: 'Organization id.', uuid: true })
  organizationId?: string[];

  @QueryValues({ description: 'Sector.', values: SECTORS })
  sector?: string[];

  @QueryValues({ description: 'Lives outside Việt Nam.', values: BOOLEANS })
  overseas?: string[];

  @QueryValues({ description: 'Country of residence (ISO 3166 alpha-2).' })
  countryCode?: string[];
}

const DIRECTORY_FACETS = filtersFor(new Set(['public']));
const STAFF_FACETS = filtersFor(INDEXED_CLASSES);
const DIRECTORY_SORTS = ['fullName', 'publicationCount', 'internationalPublicationCount', 'ipCount'].flatMap(
  (name) => [`${name}:asc`, `${name}:desc`],
);
const STAFF_SORTS = [...DIRECTORY_SORTS, 'updatedAt:asc', 'updatedAt:desc'];

export class DirectoryQuery extends DirectoryFilters {
  @QueryValues({
    description: 'Facets to count (comma-separated or repeated).',
    values: DIRECTORY_FACETS,
    commaSeparated: true,
    maxItems: DIRECTORY_FACETS.length,
  })
  facets?: string[];

  @QueryValues({
    description: 'Sort order, e.g. fullName:asc; relevance when absent.',
    values: DIRECTORY_SORTS,
    maxItems: 3,
  })
  sort?: string[];
}

/** Staff also filter by internal attributes (DESIGN.md section 4). */
export class StaffSearchQuery extends DirectoryFilters {
  @QueryValues({ description: 'Commune of residence (catalog code).' })
  communeCode?: string[];

  @QueryValues({ description: 'Gender.', values: GENDERS })
  gender?: string[];

  @QueryValues({ description: 'Age band (by birth year).', values: AGE_BANDS })
  ageBand?: string[];

  @QueryValues({ description: 'Verified by an officer.', values: BOOLEANS })
  verified?: string[];

  @QueryValues({ description: 'Status; active only when absent.', values: STATUSES })
  status?: string[];

  @QueryValues({
    description: 'Facets to count (comma-separated or repeated).',
    values: STAFF_FACETS,
    commaSeparated: true,
    maxItems: STAFF_FACETS.length,
  })
  facets?: string[];

  @QueryValues({
    description: 'Sort order, e.g. updatedAt:desc; relevance when absent.',
    values: STAFF_SORTS,
    maxItems: 3,
  })
  sort?: string[];
}

/** The path of a public profile; a malformed id is a 400 naming `id`. */
export class DirectoryProfileParams {
  @Uuid({ description: 'Id of the person in the directory' })
  id: string;
}

export interface SearchHit {
  /** The attributes the caller may see. */
  [attribute: string]: unknown;
  /** Matched words wrapped in <mark>, HTML-escaped; only attributes that matched. */
  highlight: Record<string, string | string[]>;
}

/** One value of a facet: what to filter by, its Vietnamese name, and how many hits have it. */
export class FacetValue {
  @ApiProperty({ description: 'The filter value (catalog code, organization id, true/false, age band)' })
  value: string;

  @ApiProperty({ description: 'Vietnamese name of the value (Thủy sản, Phường Nha Trang, Tiến sĩ…)' })
  label: string;

  @ApiProperty({ type: 'integer' })
  count: number;
}

export interface SearchPage {
  items: SearchHit[];
  total: number;
  limit: number;
  offset: number;
  /** Per requested facet, its values with names and counts, most frequent first (age bands in order). */
  facets: Partial<Record<FilterName, FacetValue[]>>;
}
