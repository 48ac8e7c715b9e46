import { ApiProperty, ApiPropertyOptions, getSchemaPath } from '@nestjs/swagger';
import { SECTORS, type Sector } from '../../catalog';
import {
  ACADEMIC_TITLES,
  type AcademicTitleCode,
  ATTRIBUTE_CLASSES,
  DEGREE_LEVELS,
  type DegreeLevel,
  GENDERS,
  type Gender,
  INDEX_CLASSES,
  type IndexClass,
  type IntellectualStatus,
  STATUSES,
} from '../../intellectuals';
import {
  DOCUMENT_SOURCES,
  type DocumentAttribute,
  type IntellectualDocument,
} from '../document/intellectual-document';
import { FacetValue, type SearchPage } from './search.dto';

/**
 * The response shapes of search and the directory as the OpenAPI document describes them. A hit holds
 * the document attributes the caller may see (public ones in the directory, internal ones for staff).
 */

/** Attributes that rank hits but are not returned (see LIST_ONLY in search.service.ts). */
type ListOnly = 'publicationTitles' | 'projectTitles' | 'ipTitles' | 'awardNames';
type HitAttribute = Exclude<DocumentAttribute, ListOnly>;

function Hit(options: ApiPropertyOptions = {}): PropertyDecorator {
  return (target, key) => {
    const staffOnly = ATTRIBUTE_CLASSES[DOCUMENT_SOURCES[key as DocumentAttribute]] !== 'public';
    const description = [options.description, staffOnly ? 'Staff search only.' : undefined]
      .filter(Boolean)
      .join(' ');
    ApiProperty({
      ...options,
      required: key === 'id' || key === 'fullName',
      description,
    } as ApiPropertyOptions)(target, key);
  };
}

export class PublicationCountsByClassView {}
for (const name of INDEX_CLASSES) {
  ApiProperty({ type: 'integer', required: false })(PublicationCountsByClassView.prototype, name);
}

export class SearchHitView implements Partial<Pick<IntellectualDocument, HitAttribute>> {
  @Hit({ format: 'uuid' }) id: string;
  @Hit() fullName: string;
  @Hit({ type: [String] }) otherNames?: string[];
  @Hit({ enum: GENDERS, nullable: true }) gender?: Gender | null;
  @Hit({ type: 'integer', nullable: true }) birthYear?: number | null;
  @Hit({ type: String, nullable: true }) communeCode?: string | null;
  @Hit({ type: String, nullable: true }) communeName?: string | null;
  @Hit({ type: String, nullable: true }) provinceName?: string | null;
  @Hit({ type: String }) countryCode?: string;
  @Hit({ type: String, nullable: true }) countryName?: string | null;
  @Hit({ type: Boolean }) overseas?: boolean;
  @Hit({ type: String, nullable: true, description: 'Cropped around the match' }) biography?: string | null;
  @Hit({ type: [String] }) expertise?: string[];
  @Hit({ type: [String] }) languages?: string[];
  @Hit({ type: String, nullable: true }) primaryFieldCode?: string | null;
  @Hit({ type: [String], description: "The person's fields and their ancestors" }) fieldCodes?: string[];
  @Hit({ type: [String] }) fieldNames?: string[];
  @Hit({ enum: ACADEMIC_TITLES, nullable: true }) academicTitle?: AcademicTitleCode | null;
  @Hit({ type: String, nullable: true }) academicTitleName?: string | null;
  @Hit({ type: [String] }) honoraryTitles?: string[];
  @Hit({ type: [String] }) honoraryTitleNames?: string[];
  @Hit({ enum: DEGREE_LEVELS, nullable: true, description: 'Highest degree' })
  degreeLevel?: DegreeLevel | null;
  @Hit({ type: String, nullable: true }) degreeName?: string | null;
  @Hit({ type: String, format: 'uuid', nullable: true }) organizationId?: string | null;
  @Hit({ type: String, nullable: true }) organizationName?: string | null;
  @Hit({ type: [String] }) organizationAliases?: string[];
  @Hit({ type: String, nullable: true }) position?: string | null;
  @Hit({ enum: SECTORS, nullable: true }) sector?: Sector | null;
  @Hit({ enum: STATUSES }) status?: IntellectualStatus;
  @Hit({ type: Boolean }) publicProfile?: boolean;
  @Hit({ type: Boolean }) verified?: boolean;
  @Hit({ type: 'integer' }) publicationCount?: number;
  @Hit({ type: PublicationCountsByClassView }) publicationCounts?: Partial<Record<IndexClass, number>>;
  @Hit({ type: 'integer', description: 'In SCIE, SSCI, AHCI, ESCI or Scopus' })
  internationalPublicationCount?: number;
  @Hit({ type: 'integer' }) ipCount?: number;
  @Hit({ type: 'integer', description: 'Epoch milliseconds' }) updatedAt?: number;

  @ApiProperty({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
    description: 'Matched words wrapped in <mark>, HTML-escaped; only attributes that matched',
  })
  highlight: Record<string, string | string[]>;
}

export class SearchPageView implements Omit<SearchPage, 'items'> {
  @ApiProperty({ type: [SearchHitView] }) items: SearchHitView[];
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ type: 'integer' }) limit: number;
  @ApiProperty({ type: 'integer' }) offset: number;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'array', items: { $ref: getSchemaPath(FacetValue) } },
    description: 'Per requested facet, its values with names and counts, most frequent first',
  })
  facets: SearchPage['facets'];
}

// Every attribute a hit can hold is documented: a new document attribute fails to compile until it is.
const documented: Exclude<HitAttribute, keyof SearchHitView> extends never ? true : never = true;
void documented;
