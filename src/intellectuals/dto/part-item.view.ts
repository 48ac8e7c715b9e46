import { Type } from '@nestjs/common';
import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import { SOURCES, Source, VERIFICATION_STATUSES, VerificationStatus } from '../entities/provenance';
import type { PartKind } from '../profile-parts';
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

export class VerificationView {
  @ApiProperty({ enum: VERIFICATION_STATUSES }) status: VerificationStatus;
  @ApiProperty({ type: String, nullable: true, description: 'Account id of the officer' }) verifiedBy:
    string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) verifiedAt: string | null;
}

/** What every part item carries besides its facts; provenance only for callers who may see it. */
class PartItemMeta {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: SOURCES, required: false }) source?: Source;
  @ApiProperty({ type: VerificationView, required: false }) verification?: VerificationView;
}

export class EducationView extends IntersectionType(PartItemMeta, EducationDto) {}
export class EmploymentView extends IntersectionType(PartItemMeta, EmploymentDto) {}
export class PublicationView extends IntersectionType(PartItemMeta, PublicationDto) {}
export class IntellectualPropertyView extends IntersectionType(PartItemMeta, IntellectualPropertyDto) {}
export class ResearchProjectView extends IntersectionType(PartItemMeta, ResearchProjectDto) {}
export class AwardView extends IntersectionType(PartItemMeta, AwardDto) {
  @ApiProperty({
    type: String,
    format: 'uuid',
    required: false,
    description:
      'Only on an award an honor campaign’s publication wrote: that campaign (its public results: /public/honor-campaigns/{id}); read-only',
  })
  campaignId?: string;
}
export class SupervisionView extends IntersectionType(PartItemMeta, SupervisionDto) {}
export class MembershipView extends IntersectionType(PartItemMeta, MembershipDto) {}
export class RelationView extends IntersectionType(PartItemMeta, RelationDto) {}

/** The response class of one part item of each kind. */
export const PART_VIEWS: Record<PartKind, Type<object>> = {
  educations: EducationView,
  employments: EmploymentView,
  publications: PublicationView,
  intellectualProperties: IntellectualPropertyView,
  researchProjects: ResearchProjectView,
  awards: AwardView,
  supervisions: SupervisionView,
  memberships: MembershipView,
  relations: RelationView,
};
