import { PartialType } from '@nestjs/swagger';
import { SECTORS, Sector } from '../../catalog';
import {
  ACADEMIC_TITLES,
  AcademicTitleCode,
  Gender,
  GENDERS,
  IntellectualStatus,
  STATUSES,
} from '../entities/intellectual.entity';
import { FactGroup, Source, SOURCES } from '../entities/provenance';
import {
  BirthDate,
  Bool,
  Code,
  CodeList,
  CountryCode,
  Email,
  NationalId,
  Nested,
  NestedList,
  OneOf,
  Phone,
  Text,
  TextList,
  Uuid,
  Year,
} from '../../common/validation/fields';
import {
  AwardDto,
  EducationDto,
  EmploymentDto,
  IntellectualPropertyDto,
  MembershipDto,
  PublicationDto,
  RelationDto,
  ResearchProjectDto,
  SupervisionDto,
} from './part.dto';

export class HometownDto {
  @Code({ optional: true, description: 'A Khánh Hòa commune code (catalog communes)' })
  communeCode?: string | null;

  @Text(2, 200, { optional: true, description: 'Free text when the hometown is elsewhere' })
  text?: string | null;
}

export class AcademicTitleDto {
  @OneOf(ACADEMIC_TITLES) code: AcademicTitleCode;
  @Year({ description: 'Year the title was conferred' }) year: number;
}

export class HonoraryTitleDto {
  @Code({ description: 'Honorary title code (catalog honorary-titles), e.g. NGND' }) code: string;
  @Year({ optional: true }) year?: number | null;
}

export class CivilServiceDto {
  @Code({ description: 'Civil-service rank code (catalog civil-service-ranks)' }) rankCode: string;
  @Text(1, 20, { optional: true }) grade?: string | null;
}

export class OverseasInfoDto {
  @Bool() willingToContribute: boolean;
  @TextList(20, 1, 200, { optional: true }) topics?: string[];
  @Text(1, 200, { optional: true }) contactPreference?: string | null;
}

/** The top-level facts of a profile. */
export class ProfileFactsDto {
  @Text(2, 150, { example: 'Nguyễn Thị Minh Châu' }) fullName: string;
  @TextList(10, 2, 150, { optional: true }) otherNames?: string[];
  @OneOf(GENDERS, { optional: true }) gender?: Gender | null;
  @BirthDate({ optional: true }) birthDate?: string | null;
  @Code({ optional: true, description: 'Ethnic group code (catalog ethnic-groups)' })
  ethnicGroupCode?: string | null;

  @NationalId({ optional: true }) nationalId?: string | null;

  @Nested(() => HometownDto, { optional: true }) hometown?: HometownDto | null;
  @Text(1, 200, { optional: true }) disability?: string | null;
  @Text(2, 300, { optional: true }) homeAddress?: string | null;

  @Code({ optional: true, description: 'Residence in Khánh Hòa (catalog communes)' })
  communeCode?: string | null;
  @Text(2, 100, { optional: true, description: 'Residence in another province of Viet Nam' })
  provinceName?: string | null;
  @CountryCode({ optional: true, description: 'Country of residence; not VN means overseas' })
  countryCode?: string | null;

  @Email({ optional: true }) email?: string | null;

  @Phone({ optional: true }) phone?: string | null;
  @Text(1, 5000, { optional: true }) biography?: string | null;
  @TextList(50, 1, 100, { optional: true, description: 'Free keywords' }) expertise?: string[];
  @TextList(20, 2, 50, { optional: true }) languages?: string[];
  @Code({ optional: true, description: 'Primary S&T field (catalog fields)' }) primaryFieldCode?:
    string | null;
  @CodeList(20, { optional: true, description: 'S&T fields (catalog fields)' }) fieldCodes?: string[];
  @Nested(() => AcademicTitleDto, { optional: true }) academicTitle?: AcademicTitleDto | null;
  @NestedList(() => HonoraryTitleDto, 20, { optional: true }) honoraryTitles?: HonoraryTitleDto[];
  @Uuid({ optional: true }) organizationId?: string | null;
  @Text(2, 300, { optional: true }) organizationName?: string | null;
  @Text(1, 200, { optional: true }) position?: string | null;
  @OneOf(SECTORS, { optional: true }) sector?: Sector | null;
  @Nested(() => CivilServiceDto, { optional: true }) civilService?: CivilServiceDto | null;
  @OneOf(STATUSES, { optional: true }) status?: IntellectualStatus;
  @Nested(() => OverseasInfoDto, { optional: true, description: 'For people living abroad' })
  overseasInfo?: OverseasInfoDto | null;
}

/** POST /intellectuals, and the seed's input: the facts, the parts, and where they came from. */
export class CreateIntellectualDto extends ProfileFactsDto {
  @OneOf(SOURCES, { optional: true, description: "Where the facts come from; defaults to 'officer'" })
  source?: Source;

  @NestedList(() => EducationDto, 50, { optional: true }) educations?: EducationDto[];
  @NestedList(() => EmploymentDto, 100, { optional: true }) employments?: EmploymentDto[];
  @NestedList(() => PublicationDto, 500, { optional: true }) publications?: PublicationDto[];
  @NestedList(() => IntellectualPropertyDto, 200, { optional: true })
  intellectualProperties?: IntellectualPropertyDto[];
  @NestedList(() => ResearchProjectDto, 200, { optional: true }) researchProjects?: ResearchProjectDto[];
  @NestedList(() => AwardDto, 200, { optional: true }) awards?: AwardDto[];
  @NestedList(() => SupervisionDto, 200, { optional: true }) supervisions?: SupervisionDto[];
  @NestedList(() => MembershipDto, 100, { optional: true }) memberships?: MembershipDto[];
  @NestedList(() => RelationDto, 100, { optional: true }) relations?: RelationDto[];
}

/** PATCH of top-level facts by the person: absent fields stay, null clears. */
export class SelfUpdateDto extends PartialType(ProfileFactsDto) {}

/** PATCH by an officer, who may also say where the new facts come from (defaults to 'officer'). */
export class UpdateIntellectualDto extends SelfUpdateDto {
  @OneOf(SOURCES, { optional: true }) source?: Source;
}

export type ProfileField = keyof ProfileFactsDto;

/** The fact group of each top-level field: provenance and verification are kept per group. */
export const FIELD_GROUPS: Record<ProfileField, FactGroup> = {
  fullName: 'identity',
  otherNames: 'identity',
  gender: 'identity',
  birthDate: 'identity',
  ethnicGroupCode: 'identity',
  nationalId: 'identity',
  hometown: 'identity',
  disability: 'identity',
  homeAddress: 'identity',
  communeCode: 'residence',
  provinceName: 'residence',
  countryCode: 'residence',
  email: 'contact',
  phone: 'contact',
  biography: 'expertise',
  expertise: 'expertise',
  languages: 'expertise',
  primaryFieldCode: 'expertise',
  fieldCodes: 'expertise',
  academicTitle: 'titles',
  honoraryTitles: 'titles',
  organizationId: 'employment',
  organizationName: 'employment',
  position: 'employment',
  sector: 'employment',
  civilService: 'employment',
  status: 'employment',
  overseasInfo: 'overseas',
};

export const PROFILE_FIELDS = Object.keys(FIELD_GROUPS) as ProfileField[];
