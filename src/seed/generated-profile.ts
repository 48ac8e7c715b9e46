import type { Sector } from '../catalog';
import type { AwardLevel } from '../intellectuals';
import type { DegreeLevel } from '../intellectuals';
import type { IpKind, IpStatus } from '../intellectuals';
import type {
  AcademicTitle,
  CivilService,
  Gender,
  Hometown,
  HonoraryTitle,
  IntellectualStatus,
  OverseasInfo,
} from '../intellectuals';
import type { AuthorRole, IndexClass } from '../intellectuals';
import type { ProjectLevel, ProjectRole } from '../intellectuals';

/**
 * One generated, fictional profile in the shape of the profile API's create body (issue 3), except
 * that organizations are named by their `short_name` in organizations.csv (loaders map them to ids)
 * and that it carries the public-profile consent the person would give.
 */
export interface GeneratedProfile {
  fullName: string;
  otherNames: string[];
  gender: Gender;
  birthDate: string;
  ethnicGroupCode: string;
  nationalId: string;
  hometown: Hometown;
  communeCode?: string;
  provinceName?: string;
  countryCode: string;
  email: string;
  phone: string;
  biography: string;
  expertise: string[];
  languages: string[];
  primaryFieldCode: string;
  fieldCodes: string[];
  academicTitle?: AcademicTitle;
  honoraryTitles: HonoraryTitle[];
  /** short_name of a catalog organization; otherwise `organizationName` (abroad, other provinces). */
  organizationShortName?: string;
  organizationName?: string;
  position?: string;
  sector: Sector;
  civilService?: CivilService;
  status: IntellectualStatus;
  overseasInfo?: OverseasInfo;
  publicProfile: boolean;
  educations: GeneratedEducation[];
  employments: GeneratedEmployment[];
  publications: GeneratedPublication[];
  intellectualProperties: GeneratedIntellectualProperty[];
  researchProjects: GeneratedResearchProject[];
  awards: GeneratedAward[];
  memberships: GeneratedMembership[];
}

export interface GeneratedEducation {
  level: DegreeLevel;
  fieldCode: string;
  major: string;
  institution: string;
  countryCode: string;
  year: number;
}

export interface GeneratedEmployment {
  organizationShortName?: string;
  organizationName?: string;
  position: string;
  fromYear: number;
  toYear?: number;
}

export interface GeneratedPublication {
  title: string;
  year: number;
  venue: string;
  doi?: string;
  indexClass: IndexClass;
  authorRole: AuthorRole;
  coAuthors: string[];
}

export interface GeneratedIntellectualProperty {
  kind: IpKind;
  title: string;
  number: string;
  issuer: string;
  year: number;
  status: IpStatus;
}

export interface GeneratedResearchProject {
  code: string;
  title: string;
  level: ProjectLevel;
  role: ProjectRole;
  startYear: number;
  endYear: number;
  outcome: string;
}

export interface GeneratedAward {
  name: string;
  prizeCode?: string;
  level: AwardLevel;
  issuer: string;
  year: number;
}

export interface GeneratedMembership {
  associationName: string;
  role: string;
  fromYear: number;
}
