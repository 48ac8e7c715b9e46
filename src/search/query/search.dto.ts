import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { SECTORS } from '../../catalog';
import { DEGREE_LEVELS, ACADEMIC_TITLES, GENDERS, STATUSES } from '../../intellectuals';
import { PageQuery } from '../../common/pagination/page';
import { bilingual } from '../../common/validation/bilingual-message';
import { INDEXED_CLASSES } from '../document/intellectual-document';
import { AGE_BANDS, filtersFor, type FilterName } from './search-filters';

/** A repeated query parameter arrives as an array, a single one as a string: always an array here. */
const toArray = ({ value }: { value: unknown }) => (value === undefined ? undefined : [value].flat());
/** `facets=a,b` and `facets=a&facets=b` mean the same. */
const toList = ({ value }: { value: unknown }) =>
  value === undefined
    ? undefined
    : [value]
        .flat()
        .flatMap((item: unknown) =>
          typeof item === 'string' ? item.split(',').map((name) => name.trim()) : [item],
        )
        .filter((item) => item !== '');

const BOOLEANS = ['true', 'false'] as const;
const MAX_VALUES = 20;

function oneOf(name: string, values: readonly string[]) {
  return bilingual(
    `each ${name} must be one of: ${values.join(', ')}`,
    `mỗi giá trị ${name} phải là một trong: ${values.join(', ')}`,
    { each: true },
  );
}
function text(name: string) {
  return bilingual(`each ${name} must be text`, `mỗi giá trị ${name} phải là chuỗi ký tự`, { each: true });
}
function tooLong(name: string) {
  return bilingual(`each ${name} is at most 100 characters`, `mỗi giá trị ${name} dài tối đa 100 ký tự`, {
    each: true,
  });
}
function tooMany(name: string) {
  return bilingual(`at most ${MAX_VALUES} values of ${name}`, `tối đa ${MAX_VALUES} giá trị ${name}`);
}
function property(description: string, values?: readonly string[]) {
  return ApiProperty({
    required: false,
    description: `${description} Repeat the parameter for alternatives (OR).`,
    type: [String],
    ...(values ? { enum: values } : {}),
  });
}

/** Public facets: what anyone may filter the directory by. */
export class DirectoryFilters extends PageQuery {
  @ApiProperty({ required: false, description: 'Words to find, with or without Vietnamese diacritics' })
  @IsOptional()
  @IsString(bilingual('q must be text', 'q phải là chuỗi ký tự'))
  @MaxLength(200, bilingual('q is at most 200 characters', 'q dài tối đa 200 ký tự'))
  q?: string;

  @property('S&T field code; also matches its sub-fields.')
  @IsOptional()
  @Transform(toArray)
  @ArrayMaxSize(MAX_VALUES, tooMany('fieldCode'))
  @IsString(text('fieldCode'))
  @MaxLength(100, tooLong('fieldCode'))
  fieldCode?: string[];

  @property('Highest degree.', DEGREE_LEVELS)
  @IsOptional()
  @Transform(toArray)
  @ArrayMaxSize(MAX_VALUES, tooMany('degreeLevel'))
  @IsIn(DEGREE_LEVELS, oneOf('degreeLevel', DEGREE_LEVELS))
  degreeLevel?: string[];

  @property('Academic title.', ACADEMIC_TITLES)
  @IsOptional()
  @Transform(toArray)
  @ArrayMaxSize(MAX_VALUES, tooMany('academicTitle'))
  @IsIn(ACADEMIC_TITLES, oneOf('academicTitle', ACADEMIC_TITLES))
  academicTitle?: string[];

  @property('Organization id.')
  @IsOptional()
  @Transform(toArray)
  @ArrayMaxSize(MAX_VALUES, tooMany('organizationId'))
  @IsUUID(
    'all',
    bilingual('each organizationId must be a UUID', 'mỗi organizationId phải là UUID', { each: true }),
  )
  organizationId?: string[];

  @property('Sector.', SECTORS)
  @IsOptional()
  @Transform(toArray)
  @ArrayMaxSize(MAX_VALUES, tooMany('sector'))
  @IsIn(SECTORS, oneOf('sector', SECTORS))
  sector?: string[];

  @property('Lives outside Việt Nam.', BOOLEANS)
  @IsOptional()
  @Transform(toArray)
  @IsIn(BOOLEANS, oneOf('overseas', BOOLEANS))
  overseas?: string[];

  @property('Country of residence (ISO 3166 alpha-2).')
  @IsOptional()
  @Transform(toArray)
  @ArrayMaxSize(MAX_VALUES, tooMany('countryCode'))
  @IsString(text('countryCode'))
  @MaxLength(100, tooLong('countryCode'))
  countryCode?: string[];
}

const DIRECTORY_FACETS = filtersFor(new Set(['public']));
const STAFF_FACETS = filtersFor(INDEXED_CLASSES);
const DIRECTORY_SORTS = ['fullName', 'publicationCount', 'internationalPublicationCount', 'ipCount'].flatMap(
  (name) => [`${name}:asc`, `${name}:desc`],
);
const STAFF_SORTS = [...DIRECTORY_SORTS, 'updatedAt:asc', 'updatedAt:desc'];

export class DirectoryQuery extends DirectoryFilters {
  @property('Facets to count (comma-separated or repeated).', DIRECTORY_FACETS)
  @IsOptional()
  @Transform(toList)
  @IsIn(DIRECTORY_FACETS, oneOf('facets', DIRECTORY_FACETS))
  facets?: string[];

  @property('Sort order, e.g. fullName:asc; relevance when absent.', DIRECTORY_SORTS)
  @IsOptional()
  @Transform(toArray)
  @ArrayMaxSize(3, bilingual('at most 3 sort orders', 'tối đa 3 tiêu chí sắp xếp'))
  @IsIn(DIRECTORY_SORTS, oneOf('sort', DIRECTORY_SORTS))
  sort?: string[];
}

/** Staff also filter by internal attributes (DESIGN.md section 4). */
export class StaffSearchQuery extends DirectoryFilters {
  @property('Commune of residence (catalog code).')
  @IsOptional()
  @Transform(toArray)
  @ArrayMaxSize(MAX_VALUES, tooMany('communeCode'))
  @IsString(text('communeCode'))
  @MaxLength(100, tooLong('communeCode'))
  communeCode?: string[];

  @property('Gender.', GENDERS)
  @IsOptional()
  @Transform(toArray)
  @IsIn(GENDERS, oneOf('gender', GENDERS))
  gender?: string[];

  @property('Age band (by birth year).', AGE_BANDS)
  @IsOptional()
  @Transform(toArray)
  @IsIn(AGE_BANDS, oneOf('ageBand', AGE_BANDS))
  ageBand?: string[];

  @property('Verified by an officer.', BOOLEANS)
  @IsOptional()
  @Transform(toArray)
  @IsIn(BOOLEANS, oneOf('verified', BOOLEANS))
  verified?: string[];

  @property('Status; active only when absent.', STATUSES)
  @IsOptional()
  @Transform(toArray)
  @IsIn(STATUSES, oneOf('status', STATUSES))
  status?: string[];

  @property('Facets to count (comma-separated or repeated).', STAFF_FACETS)
  @IsOptional()
  @Transform(toList)
  @IsIn(STAFF_FACETS, oneOf('facets', STAFF_FACETS))
  facets?: string[];

  @property('Sort order, e.g. updatedAt:desc; relevance when absent.', STAFF_SORTS)
  @IsOptional()
  @Transform(toArray)
  @ArrayMaxSize(3, bilingual('at most 3 sort orders', 'tối đa 3 tiêu chí sắp xếp'))
  @IsIn(STAFF_SORTS, oneOf('sort', STAFF_SORTS))
  sort?: string[];
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
