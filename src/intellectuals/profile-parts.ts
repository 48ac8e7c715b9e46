import { Type } from '@nestjs/common';
import { ObjectLiteral } from 'typeorm';
import { Award } from './entities/award.entity';
import { Education } from './entities/education.entity';
import { Employment } from './entities/employment.entity';
import { IntellectualProperty } from './entities/intellectual-property.entity';
import { Membership } from './entities/membership.entity';
import { ProfilePart } from './entities/provenance';
import { Publication } from './entities/publication.entity';
import { Relation } from './entities/relation.entity';
import { ResearchProject } from './entities/research-project.entity';
import { Supervision } from './entities/supervision.entity';
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
} from './dto/part.dto';

/** The parts of a profile: the URL segment and JSON array name of each, its table and its body DTO. */
export const PART_KINDS = [
  'educations',
  'employments',
  'publications',
  'intellectualProperties',
  'researchProjects',
  'awards',
  'supervisions',
  'memberships',
  'relations',
] as const;
export type PartKind = (typeof PART_KINDS)[number];

export type PartEntity = ProfilePart & ObjectLiteral & { id: string; intellectualId: string };

export interface PartSpec {
  /** URL segment: /intellectuals/{id}/{segment} and /me/{segment}. */
  segment: string;
  entity: Type<PartEntity>;
  dto: Type<object>;
  /** The most items one profile may hold. */
  maxItems: number;
  label: { en: string; vi: string };
}

export const PARTS: Record<PartKind, PartSpec> = {
  educations: {
    segment: 'educations',
    entity: Education,
    dto: EducationDto,
    maxItems: 50,
    label: { en: 'education', vi: 'quá trình đào tạo' },
  },
  employments: {
    segment: 'employments',
    entity: Employment,
    dto: EmploymentDto,
    maxItems: 100,
    label: { en: 'employment', vi: 'quá trình công tác' },
  },
  publications: {
    segment: 'publications',
    entity: Publication,
    dto: PublicationDto,
    maxItems: 2000,
    label: { en: 'publication', vi: 'công bố khoa học' },
  },
  intellectualProperties: {
    segment: 'intellectual-properties',
    entity: IntellectualProperty,
    dto: IntellectualPropertyDto,
    maxItems: 500,
    label: { en: 'intellectual property', vi: 'sở hữu trí tuệ' },
  },
  researchProjects: {
    segment: 'research-projects',
    entity: ResearchProject,
    dto: ResearchProjectDto,
    maxItems: 500,
    label: { en: 'research project', vi: 'đề tài, dự án' },
  },
  awards: {
    segment: 'awards',
    entity: Award,
    dto: AwardDto,
    maxItems: 500,
    label: { en: 'award', vi: 'giải thưởng' },
  },
  supervisions: {
    segment: 'supervisions',
    entity: Supervision,
    dto: SupervisionDto,
    maxItems: 500,
    label: { en: 'supervision', vi: 'hướng dẫn học viên' },
  },
  memberships: {
    segment: 'memberships',
    entity: Membership,
    dto: MembershipDto,
    maxItems: 100,
    label: { en: 'membership', vi: 'tham gia hội' },
  },
  relations: {
    segment: 'relations',
    entity: Relation,
    dto: RelationDto,
    maxItems: 200,
    label: { en: 'declared relation', vi: 'quan hệ khai báo' },
  },
};

/** Columns of a part that are bookkeeping, not facts the client sends. */
const BOOKKEEPING = new Set([
  'id',
  'intellectualId',
  'intellectual',
  'relatedIntellectual',
  'source',
  'verification',
  'verifiedBy',
  'verifiedAt',
  'createdAt',
  'updatedAt',
  // an award's honor campaign: written by the campaign's publication, never by a client
  'campaignId',
]);

/** The facts of a part item (what its DTO carries). */
export function partFacts(item: PartEntity): Record<string, unknown> {
  return Object.fromEntries(Object.entries(item).filter(([key]) => !BOOKKEEPING.has(key)));
}
