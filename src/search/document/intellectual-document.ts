import type { Organization, Sector } from '../../catalog';
import type { Award } from '../../intellectuals';
import type { DegreeLevel } from '../../intellectuals';
import type { IntellectualProperty } from '../../intellectuals';
import type { AcademicTitleCode, Gender, Intellectual, IntellectualStatus } from '../../intellectuals';
import type { IndexClass, Publication } from '../../intellectuals';
import type { ResearchProject } from '../../intellectuals';
import {
  ATTRIBUTE_CLASSES,
  attributesOf,
  type PrivacyClass,
  type ProfileAttribute,
} from '../../intellectuals';
import type { ProfileSummary } from '../../intellectuals';
import type { CatalogLookup, LocalizedName } from './catalog-lookup';

/** One intellectual as the search index holds it: public and internal attributes only. */
export interface IntellectualDocument {
  id: string;
  fullName: string;
  otherNames: string[];
  gender: Gender | null;
  birthYear: number | null;
  communeCode: string | null;
  communeName: string | null;
  provinceName: string | null;
  countryCode: string;
  countryName: string | null;
  overseas: boolean;
  biography: string | null;
  expertise: string[];
  languages: string[];
  primaryFieldCode: string | null;
  /** The person's fields and all their ancestors (the profile summary's field tree). */
  fieldCodes: string[];
  /** Vietnamese and English names of the person's own fields. */
  fieldNames: string[];
  academicTitle: AcademicTitleCode | null;
  academicTitleName: string | null;
  honoraryTitles: string[];
  honoraryTitleNames: string[];
  /** Highest degree held. */
  degreeLevel: DegreeLevel | null;
  degreeName: string | null;
  organizationId: string | null;
  organizationName: string | null;
  /** English and short names of the organization (NTU, Nha Trang University…). */
  organizationAliases: string[];
  position: string | null;
  sector: Sector | null;
  status: IntellectualStatus;
  publicProfile: boolean;
  verified: boolean;
  publicationTitles: string[];
  publicationCount: number;
  publicationCounts: Partial<Record<IndexClass, number>>;
  /** Publications in SCIE, SSCI, AHCI, ESCI or Scopus (the province's yearly target counts these). */
  internationalPublicationCount: number;
  projectTitles: string[];
  ipTitles: string[];
  ipCount: number;
  awardNames: string[];
  /** Epoch milliseconds, for sorting. */
  updatedAt: number;
}

export type DocumentAttribute = keyof IntellectualDocument;

/**
 * The profile attribute each document attribute derives from. Its privacy class (attribute-classes.ts)
 * decides whether it may enter the index at all and who sees it in results.
 */
export const DOCUMENT_SOURCES: Record<DocumentAttribute, ProfileAttribute> = {
  id: 'id',
  fullName: 'fullName',
  otherNames: 'otherNames',
  gender: 'gender',
  birthYear: 'birthYear',
  communeCode: 'communeCode',
  communeName: 'communeCode',
  provinceName: 'provinceName',
  countryCode: 'countryCode',
  countryName: 'countryCode',
  overseas: 'overseas',
  biography: 'biography',
  expertise: 'expertise',
  languages: 'languages',
  primaryFieldCode: 'primaryFieldCode',
  fieldCodes: 'fieldTree',
  fieldNames: 'fieldCodes',
  academicTitle: 'academicTitle',
  academicTitleName: 'academicTitle',
  honoraryTitles: 'honoraryTitles',
  honoraryTitleNames: 'honoraryTitles',
  degreeLevel: 'highestDegree',
  degreeName: 'highestDegree',
  organizationId: 'organizationId',
  organizationName: 'organizationName',
  organizationAliases: 'organizationName',
  position: 'position',
  sector: 'sector',
  status: 'status',
  publicProfile: 'publicProfile',
  verified: 'verification',
  publicationTitles: 'publications',
  publicationCount: 'publicationCounts',
  publicationCounts: 'publicationCounts',
  internationalPublicationCount: 'publicationCounts',
  projectTitles: 'researchProjects',
  ipTitles: 'intellectualProperties',
  ipCount: 'ipCount',
  awardNames: 'awards',
  updatedAt: 'updatedAt',
};

/** Only these classes may enter the index (DESIGN.md section 4): restricted attributes never do. */
export const INDEXED_CLASSES: ReadonlySet<PrivacyClass> = new Set(['public', 'internal']);

const indexable = new Set(attributesOf(INDEXED_CLASSES));
const notIndexable = Object.entries(DOCUMENT_SOURCES).filter(([, source]) => !indexable.has(source));
if (notIndexable.length > 0) {
  throw new Error(`Search documents must not hold ${notIndexable.map(([name]) => name).join(', ')}`);
}

/** The document attributes a caller who may see `classes` is shown. */
export function documentAttributesFor(classes: ReadonlySet<PrivacyClass>): DocumentAttribute[] {
  return (Object.keys(DOCUMENT_SOURCES) as DocumentAttribute[]).filter((name) =>
    classes.has(ATTRIBUTE_CLASSES[DOCUMENT_SOURCES[name]]),
  );
}

/** What the mapper reads: the current row, its derived facts, the parts that rank experts, its organization. */
export interface ProfileSnapshot {
  intellectual: Intellectual;
  summary: ProfileSummary;
  publications: Array<Pick<Publication, 'title'>>;
  intellectualProperties: Array<Pick<IntellectualProperty, 'title'>>;
  awards: Array<Pick<Award, 'name'>>;
  researchProjects: Array<Pick<ResearchProject, 'title'>>;
  organization: Pick<Organization, 'nameVi' | 'nameEn' | 'shortName'> | null;
}

const INTERNATIONAL: ReadonlySet<IndexClass> = new Set(['SCIE', 'SSCI', 'AHCI', 'ESCI', 'Scopus']);

export function toDocument(snapshot: ProfileSnapshot, catalogs: CatalogLookup): IntellectualDocument {
  const { intellectual: person, summary } = snapshot;
  const ownFields = unique([person.primaryFieldCode, ...person.fieldCodes]);
  const publicationCounts = Object.fromEntries(
    Object.entries(summary.publicationCounts).filter(([, count]) => count > 0),
  ) as Partial<Record<IndexClass, number>>;
  const organization = snapshot.organization;
  return {
    id: person.id,
    fullName: person.fullName,
    otherNames: person.otherNames,
    gender: person.gender,
    birthYear: summary.birthYear,
    communeCode: person.communeCode,
    communeName: catalogs.name('communes', person.communeCode)?.vi ?? null,
    provinceName: person.provinceName,
    countryCode: person.countryCode,
    countryName: catalogs.name('countries', person.countryCode)?.vi ?? null,
    overseas: summary.overseas,
    biography: person.biography,
    expertise: person.expertise,
    languages: person.languages,
    primaryFieldCode: person.primaryFieldCode,
    fieldCodes: summary.fieldTree,
    fieldNames: unique(ownFields.flatMap((code) => bothNames(catalogs.name('fields', code)))),
    academicTitle: person.academicTitle?.code ?? null,
    academicTitleName: catalogs.name('academic-titles', person.academicTitle?.code)?.vi ?? null,
    honoraryTitles: person.honoraryTitles.map((title) => title.code),
    honoraryTitleNames: unique(
      person.honoraryTitles.map((title) => catalogs.name('honorary-titles', title.code)?.vi),
    ),
    degreeLevel: summary.highestDegree,
    degreeName: catalogs.name('degree-levels', summary.highestDegree)?.vi ?? null,
    organizationId: person.organizationId,
    organizationName: summary.employerName,
    organizationAliases: unique([organization?.nameVi, organization?.nameEn, organization?.shortName]).filter(
      (name) => name !== person.organizationName,
    ),
    position: person.position,
    sector: person.sector,
    status: person.status,
    publicProfile: person.publicProfile,
    verified: summary.verified,
    publicationTitles: snapshot.publications.map((publication) => publication.title),
    publicationCount: snapshot.publications.length,
    publicationCounts,
    internationalPublicationCount: [...INTERNATIONAL].reduce(
      (total, indexClass) => total + summary.publicationCounts[indexClass],
      0,
    ),
    projectTitles: snapshot.researchProjects.map((project) => project.title),
    ipTitles: snapshot.intellectualProperties.map((ip) => ip.title),
    ipCount: summary.ipCount,
    awardNames: snapshot.awards.map((award) => award.name),
    updatedAt: person.updatedAt.getTime(),
  };
}

function bothNames(name: LocalizedName | undefined): string[] {
  return name ? unique([name.vi, name.en]) : [];
}

function unique(values: Array<string | null | undefined>): string[] {
  return [...new Set(values.filter((value): value is string => !!value))];
}
