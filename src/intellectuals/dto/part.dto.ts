import { AWARD_LEVELS, AwardLevel } from '../entities/award.entity';
import { DEGREE_LEVELS, DegreeLevel } from '../entities/education.entity';
import { IP_KINDS, IP_STATUSES, IpKind, IpStatus } from '../entities/intellectual-property.entity';
import { AUTHOR_ROLES, AuthorRole, INDEX_CLASSES, IndexClass } from '../entities/publication.entity';
import { RELATION_KINDS, RelationKind } from '../entities/relation.entity';
import {
  PROJECT_LEVELS,
  PROJECT_ROLES,
  ProjectLevel,
  ProjectRole,
} from '../entities/research-project.entity';
import { SUPERVISION_LEVELS, SupervisionLevel } from '../entities/supervision.entity';
import {
  Code,
  CountryCode,
  Doi,
  Isbn,
  Issn,
  OneOf,
  Text,
  TextList,
  Uuid,
  Year,
} from '../../common/validation/fields';

/** The body of one part item (education, publication…) as clients send it; ids and provenance are ours. */

export class EducationDto {
  @OneOf(DEGREE_LEVELS) level: DegreeLevel;
  @Code({ optional: true, description: 'S&T field code (catalog fields)' }) fieldCode?: string | null;
  @Text(1, 200, { optional: true }) major?: string | null;
  @Text(2, 300, { example: 'Trường Đại học Nha Trang' }) institution: string;
  @CountryCode({ optional: true }) countryCode?: string | null;
  @Year({ optional: true, description: 'Year the degree was awarded' }) year?: number | null;
}

export class EmploymentDto {
  @Uuid({ optional: true }) organizationId?: string | null;
  @Text(2, 300, { optional: true }) organizationName?: string | null;
  @Text(1, 200, { optional: true }) position?: string | null;
  @Year({ optional: true }) fromYear?: number | null;
  @Year({ optional: true }) toYear?: number | null;
}

export class PublicationDto {
  @Text(2, 1000) title: string;
  @Year() year: number;
  @Text(1, 300, { optional: true }) venue?: string | null;
  @Issn({ optional: true }) issn?: string | null;
  @Isbn({ optional: true }) isbn?: string | null;
  @Doi({ optional: true }) doi?: string | null;
  @OneOf(INDEX_CLASSES) indexClass: IndexClass;
  @OneOf(AUTHOR_ROLES, { optional: true }) authorRole?: AuthorRole | null;
  @TextList(100, 2, 150, { optional: true }) coAuthors?: string[];
}

export class IntellectualPropertyDto {
  @OneOf(IP_KINDS) kind: IpKind;
  @Text(2, 1000) title: string;
  @Text(1, 100, { optional: true, description: 'Certificate or application number' }) number?: string | null;
  @Text(1, 300, { optional: true }) issuer?: string | null;
  @Year({ optional: true }) year?: number | null;
  @OneOf(IP_STATUSES, { optional: true }) status?: IpStatus | null;
}

export class ResearchProjectDto {
  @Text(1, 100, { optional: true }) code?: string | null;
  @Text(2, 1000) title: string;
  @OneOf(PROJECT_LEVELS) level: ProjectLevel;
  @OneOf(PROJECT_ROLES, { optional: true }) role?: ProjectRole | null;
  @Year({ optional: true }) startYear?: number | null;
  @Year({ optional: true }) endYear?: number | null;
  @Text(1, 2000, { optional: true }) outcome?: string | null;
}

export class AwardDto {
  @Text(2, 500) name: string;
  @Code({ optional: true, description: 'Prize code (catalog prizes)' }) prizeCode?: string | null;
  @OneOf(AWARD_LEVELS, { optional: true }) level?: AwardLevel | null;
  @Text(1, 300, { optional: true }) issuer?: string | null;
  @Year({ optional: true }) year?: number | null;
}

export class SupervisionDto {
  @Text(2, 150) studentName: string;
  @Text(2, 1000, { optional: true }) thesisTitle?: string | null;
  @OneOf(SUPERVISION_LEVELS) level: SupervisionLevel;
  @Year({ optional: true }) year?: number | null;
}

export class MembershipDto {
  @Uuid({ optional: true }) organizationId?: string | null;
  @Text(2, 300, { optional: true }) associationName?: string | null;
  @Text(1, 200, { optional: true }) role?: string | null;
  @Year({ optional: true }) fromYear?: number | null;
  @Year({ optional: true }) toYear?: number | null;
}

export class RelationDto {
  @Uuid({ description: 'The other intellectual' }) relatedIntellectualId: string;
  @OneOf(RELATION_KINDS) kind: RelationKind;
  @Year({ optional: true }) fromYear?: number | null;
  @Year({ optional: true }) toYear?: number | null;
  @Text(1, 500, { optional: true }) note?: string | null;
}
