import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import { IsObject, IsOptional } from 'class-validator';
import { bilingual } from '../../common/validation/bilingual-message';
import { QueryBoolean } from '../../common/validation/query-boolean';
import { PageQuery } from '../../common/pagination/page';
import { SECTORS, Sector } from '../../catalog';
import { CORRECTION_STATUSES, CorrectionStatus } from '../entities/correction-request.entity';
import { DEGREE_LEVELS, DegreeLevel } from '../entities/education.entity';
import {
  ACADEMIC_TITLES,
  AcademicTitleCode,
  Gender,
  GENDERS,
  IntellectualStatus,
  STATUSES,
} from '../entities/intellectual.entity';
import { FACT_GROUPS, FactGroup } from '../entities/provenance';
import { FULL_TEXT_CAP } from '../full-text-matcher';
import { PART_KINDS, PartKind } from '../profile-parts';
import { AGE_BANDS, AgeBand } from '../summary/age-bands';
import {
  Bool,
  Code,
  Email,
  Nested,
  NestedList,
  OneOf,
  OneOfList,
  Text,
  Uuid,
} from '../../common/validation/fields';
import { SelfUpdateDto } from './profile.dto';

export const SORTS = ['fullName', '-fullName', 'createdAt', '-createdAt', 'updatedAt', '-updatedAt'] as const;
export type ProfileSort = (typeof SORTS)[number];

/** Filters of the staff list over PostgreSQL, shared with exports. */
export class IntellectualFilter {
  @Text(1, 200, {
    optional: true,
    description: `Words to find, as staff search finds them (names, expertise, fields, publications…; synonyms and typos allowed). At most ${FULL_TEXT_CAP - 1} matches: a broader q answers 422 QUERY_TOO_BROAD. For soft-deleted profiles (deleted=true): part of the name.`,
  })
  q?: string;
  @Code({ optional: true, description: 'S&T field; a field also matches its sub-fields' }) fieldCode?: string;
  @Code({ optional: true }) communeCode?: string;
  @Code({ optional: true, description: 'Country of residence (ISO 3166-1 alpha-2)' }) countryCode?: string;
  @OneOf(DEGREE_LEVELS, { optional: true, description: 'Highest degree' }) degreeLevel?: DegreeLevel;
  @OneOf(ACADEMIC_TITLES, { optional: true }) academicTitle?: AcademicTitleCode;
  @Uuid({ optional: true }) organizationId?: string;
  @OneOf(SECTORS, { optional: true }) sector?: Sector;
  @OneOf(GENDERS, { optional: true }) gender?: Gender;
  @OneOf(STATUSES, { optional: true }) status?: IntellectualStatus;
  @OneOf(AGE_BANDS, {
    optional: true,
    description: 'Age reached this calendar year (current year − birth year)',
  })
  ageBand?: AgeBand;

  @QueryBoolean()
  @Bool({ optional: true, description: 'Living abroad (country other than VN)' })
  overseas?: boolean;

  @QueryBoolean()
  @Bool({ optional: true, description: 'Verified: an officer verified every fact group and every part item' })
  verified?: boolean;
}

/** The people a staff list or an export covers: the filters, over live or over soft-deleted profiles. */
export class StaffListFilter extends IntellectualFilter {
  @QueryBoolean()
  @Bool({ optional: true, description: 'Only soft-deleted profiles (officers and admins)' })
  deleted?: boolean;
}

/** GET /intellectuals: the filters, sorted and paged. */
export class IntellectualQuery extends IntersectionType(PageQuery, StaffListFilter) {
  @OneOf(SORTS, { optional: true, description: 'A leading - sorts descending' }) sort?: ProfileSort;
}

export class PartRefDto {
  @OneOf(PART_KINDS) part: PartKind;
  @Uuid() id: string;
}

/** POST /intellectuals/{id}/verify: what the officer checked. */
export class VerifyDto {
  @OneOfList(FACT_GROUPS, FACT_GROUPS.length, { optional: true }) groups?: FactGroup[];
  @NestedList(() => PartRefDto, 1000, { optional: true }) parts?: PartRefDto[];
  @Bool({ optional: true, description: 'Verify every fact group and part item' }) all?: boolean;
}

export class ConsentDto {
  @Bool({ description: 'true to show a public profile in the directory, false to withdraw' })
  consent: boolean;
}

export class PartCorrectionDto {
  @OneOf(PART_KINDS) part: PartKind;
  @Uuid() id: string;
  @OneOf(['update', 'delete']) action: 'update' | 'delete';

  @ApiProperty({
    required: false,
    type: Object,
    additionalProperties: true,
    description: 'For update: the new values',
  })
  @IsOptional()
  @IsObject(bilingual('changes must be an object', 'changes phải là một đối tượng'))
  changes?: Record<string, unknown>;
}

/** POST /me/correction-requests. */
export class CorrectionRequestDto {
  @Nested(() => SelfUpdateDto, { optional: true, description: 'Top-level facts as they should be' })
  changes?: SelfUpdateDto;
  @NestedList(() => PartCorrectionDto, 100, { optional: true }) parts?: PartCorrectionDto[];
  @Text(5, 2000, { description: 'Why, with the evidence (document numbers…)' }) reason: string;
}

export class CorrectionQuery extends PageQuery {
  @OneOf(CORRECTION_STATUSES, { optional: true }) status?: CorrectionStatus;
  @Uuid({ optional: true }) intellectualId?: string;
}

export class RejectDto {
  @Text(5, 2000, { description: 'Shown to the person' }) reason: string;
}

export class InvitationDto {
  @Email({ optional: true, description: 'When given, only this email can accept the invitation' })
  email?: string;
}

export class AcceptInvitationDto {
  @Text(8, 64, { example: 'K7QF-3M9X-T2RB-8WJD' }) code: string;
  @Email() email: string;
  @Text(10, 200) password: string;
  @Text(1, 200, { optional: true }) displayName?: string;
}
