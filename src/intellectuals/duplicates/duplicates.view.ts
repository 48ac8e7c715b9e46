import { ApiProperty } from '@nestjs/swagger';
import { GENDERS } from '../entities/intellectual.entity';

export const DUPLICATE_REASONS = ['same_name_and_birth_date', 'similar_name_same_organization'] as const;
export type DuplicateReason = (typeof DUPLICATE_REASONS)[number];

export class DuplicateReasonView {
  @ApiProperty({ enum: DUPLICATE_REASONS }) code: DuplicateReason;
  @ApiProperty() message: string;
  @ApiProperty() messageVi: string;
}

/** One record of a group, with the attributes staff lists show (no restricted ones: lists are not audited). */
export class DuplicatePersonView {
  @ApiProperty() id: string;
  @ApiProperty() fullName: string;
  @ApiProperty({ enum: GENDERS, nullable: true }) gender: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) birthYear: number | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The employer: a catalog organization or free text',
  })
  organizationName: string | null;
  @ApiProperty({ description: 'Send it as If-Match (survivor) or otherVersion (the other) to merge' })
  version: number;
}

/** Two records of a group that may be the same person. */
export class DuplicateLinkView {
  @ApiProperty({ format: 'uuid' }) firstId: string;
  @ApiProperty({ format: 'uuid' }) secondId: string;
  @ApiProperty({ description: '0 to 1; higher is more likely the same person' }) score: number;
  @ApiProperty({ type: [DuplicateReasonView] }) reasons: DuplicateReasonView[];
}

/** Records that may all be one person: the connected candidate pairs (at most 10 records). */
export class DuplicateGroupView {
  @ApiProperty({ description: 'The strongest link of the group, 0 to 1' }) score: number;
  @ApiProperty({ type: [DuplicatePersonView] }) members: DuplicatePersonView[];
  @ApiProperty({ type: [DuplicateLinkView] }) links: DuplicateLinkView[];
}

export class DuplicateGroupPage {
  @ApiProperty({ type: [DuplicateGroupView] }) items: DuplicateGroupView[];
  @ApiProperty() total: number;
  @ApiProperty() limit: number;
  @ApiProperty() offset: number;
}
