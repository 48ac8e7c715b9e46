import { ApiProperty, ApiPropertyOptions, PickType } from '@nestjs/swagger';
import { SECTORS, Sector } from '../catalog';
import { PageOf } from '../common/openapi/api-docs';
import {
  AwardView,
  EducationView,
  EmploymentView,
  IntellectualPropertyView,
  MembershipView,
  PublicationView,
  RelationView,
  ResearchProjectView,
  SupervisionView,
  VerificationView,
} from './dto/part-item.view';
import {
  AcademicTitleDto,
  CivilServiceDto,
  HometownDto,
  HonoraryTitleDto,
  OverseasInfoDto,
} from './dto/profile.dto';
import { DEGREE_LEVELS, DegreeLevel } from './entities/education.entity';
import { GENDERS, Gender, IntellectualStatus, STATUSES } from './entities/intellectual.entity';
import { INDEX_CLASSES, IndexClass } from './entities/publication.entity';
import {
  FACT_GROUPS,
  FactGroup,
  Source,
  SOURCES,
  VERIFICATION_STATUSES,
  VerificationStatus,
} from './entities/provenance';
import { ATTRIBUTE_CLASSES, PrivacyClass, ProfileAttribute } from './privacy/attribute-classes';
import { AGE_BANDS, AgeBand } from './summary/age-bands';

/**
 * The response shapes of profiles as the OpenAPI document describes them. serializeProfile builds
 * the bodies; every attribute here is one of attribute-classes.ts (checked below) and is present only
 * when the caller may see its privacy class.
 */

const WHO_SEES: Record<PrivacyClass, string> = {
  public: 'public: anyone, for a consented public profile; staff and the person',
  internal: 'internal: staff and the person',
  restricted: 'restricted: personnel officers, admins and the person',
};

/** A profile attribute, documented with its privacy class (it is absent for callers who may not see it). */
function Attribute(options: ApiPropertyOptions = {}): PropertyDecorator {
  return (target, key) => {
    const privacy = WHO_SEES[ATTRIBUTE_CLASSES[key as ProfileAttribute]];
    const description = [options.description, `Privacy class ${privacy}.`].filter(Boolean).join(' ');
    ApiProperty({ ...options, required: false, description } as ApiPropertyOptions)(target, key);
  };
}

export class ProvenanceView {
  @ApiProperty({ enum: SOURCES }) source: Source;
  @ApiProperty({ type: VerificationView }) verification: VerificationView;
}

/** Provenance of each fact group that has facts. */
export class ProvenanceByGroupView {}
for (const group of FACT_GROUPS) {
  ApiProperty({ type: ProvenanceView, required: false })(ProvenanceByGroupView.prototype, group);
}

export class PublicationCountsView {}
for (const name of INDEX_CLASSES) {
  ApiProperty({ type: 'integer', required: false })(PublicationCountsView.prototype, name);
}

/** The list shape: every attribute but the part arrays, never restricted ones. */
export class IntellectualSummaryView {
  @Attribute({ format: 'uuid' }) id: string;
  @Attribute() fullName: string;
  @Attribute({ type: [String] }) otherNames: string[];
  @Attribute({ enum: GENDERS, nullable: true }) gender: Gender | null;
  @Attribute({ type: 'integer', nullable: true }) birthYear: number | null;
  @Attribute({ enum: AGE_BANDS, nullable: true }) ageBand: AgeBand | null;
  @Attribute({ type: String, nullable: true, description: 'Residence: commune of Khánh Hòa' })
  communeCode: string | null;
  @Attribute({ type: String, nullable: true, description: 'Residence: another province' })
  provinceName: string | null;
  @Attribute({ example: 'VN' }) countryCode: string;
  @Attribute() overseas: boolean;
  @Attribute({ type: String, nullable: true }) email: string | null;
  @Attribute({ type: String, nullable: true }) phone: string | null;
  @Attribute({ type: String, nullable: true }) biography: string | null;
  @Attribute({ type: [String] }) expertise: string[];
  @Attribute({ type: [String] }) languages: string[];
  @Attribute({ type: String, nullable: true }) primaryFieldCode: string | null;
  @Attribute({ type: [String] }) fieldCodes: string[];
  @Attribute({ type: [String], description: 'The fields and all their ancestors in the catalog' })
  fieldTree: string[];
  @Attribute({ type: AcademicTitleDto, nullable: true }) academicTitle: AcademicTitleDto | null;
  @Attribute({ type: [HonoraryTitleDto] }) honoraryTitles: HonoraryTitleDto[];
  @Attribute({ enum: DEGREE_LEVELS, nullable: true }) highestDegree: DegreeLevel | null;
  @Attribute({ type: String, format: 'uuid', nullable: true }) organizationId: string | null;
  @Attribute({ type: String, nullable: true }) organizationName: string | null;
  @Attribute({ type: String, nullable: true }) position: string | null;
  @Attribute({ enum: SECTORS, nullable: true }) sector: Sector | null;
  @Attribute({ type: CivilServiceDto, nullable: true }) civilService: CivilServiceDto | null;
  @Attribute({ enum: STATUSES }) status: IntellectualStatus;
  @Attribute({ type: OverseasInfoDto, nullable: true }) overseasInfo: OverseasInfoDto | null;
  @Attribute({ description: 'Consented to a public profile in the directory' }) publicProfile: boolean;
  @Attribute({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When that consent was given',
  })
  publicProfileConsentedAt: string | null;
  @Attribute({ type: ProvenanceByGroupView }) provenance: Partial<Record<FactGroup, ProvenanceView>>;
  @Attribute({ enum: VERIFICATION_STATUSES, description: 'Verified when every fact and item is' })
  verification: VerificationStatus;
  @Attribute({ type: 'integer', description: 'Also the ETag of the profile' }) version: number;
  @Attribute({ format: 'date-time' }) createdAt: string;
  @Attribute({ format: 'date-time' }) updatedAt: string;
  @Attribute({ type: PublicationCountsView }) publicationCounts: Partial<Record<IndexClass, number>>;
  @Attribute({ type: 'integer' }) ipCount: number;
}

/** One profile with its parts, as GET /intellectuals/{id} and GET /me answer it. */
export class IntellectualView extends IntellectualSummaryView {
  @Attribute({ type: String, format: 'date', nullable: true }) birthDate: string | null;
  @Attribute({ type: String, nullable: true }) ethnicGroupCode: string | null;
  @Attribute({ type: String, nullable: true }) nationalId: string | null;
  @Attribute({ type: HometownDto, nullable: true }) hometown: HometownDto | null;
  @Attribute({ type: String, nullable: true }) disability: string | null;
  @Attribute({ type: String, nullable: true }) homeAddress: string | null;
  @Attribute({ type: [EducationView] }) educations: EducationView[];
  @Attribute({ type: [EmploymentView] }) employments: EmploymentView[];
  @Attribute({ type: [PublicationView] }) publications: PublicationView[];
  @Attribute({ type: [IntellectualPropertyView] }) intellectualProperties: IntellectualPropertyView[];
  @Attribute({ type: [ResearchProjectView] }) researchProjects: ResearchProjectView[];
  @Attribute({ type: [AwardView] }) awards: AwardView[];
  @Attribute({ type: [SupervisionView] }) supervisions: SupervisionView[];
  @Attribute({ type: [MembershipView] }) memberships: MembershipView[];
  @Attribute({ type: [RelationView] }) relations: RelationView[];
  @Attribute({
    type: [String],
    description:
      'What the person changes only through a correction request: fields (position) and part items (educations.{id}), as FACTS_PROTECTED names them',
  })
  lockedFacts: string[];
}

export const IntellectualSummaryPage = PageOf(IntellectualSummaryView);

const PUBLIC_ATTRIBUTES = (Object.keys(ATTRIBUTE_CLASSES) as ProfileAttribute[]).filter(
  (name) => ATTRIBUTE_CLASSES[name] === 'public',
);

/** A public profile in the directory: its public attributes only, all of them present. */
export class PublicProfileView extends PickType(IntellectualView, PUBLIC_ATTRIBUTES) {}
for (const name of PUBLIC_ATTRIBUTES) ApiProperty({ required: true })(PublicProfileView.prototype, name);

// The documented profile has exactly the attributes of the privacy table: adding one there without
// documenting it here (or the reverse) fails to compile.
type Documented = keyof IntellectualView;
const sameAttributes: [Exclude<ProfileAttribute, Documented>, Exclude<Documented, ProfileAttribute>] extends [
  never,
  never,
]
  ? true
  : never = true;
void sameAttributes;
