import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { bilingual } from '../../common/validation/bilingual-message';

export const DUPLICATE_REASONS = ['same_name_and_birth_date', 'similar_name_same_organization'] as const;
export type DuplicateReason = (typeof DUPLICATE_REASONS)[number];

export class DuplicateReasonView {
  @ApiProperty({ enum: DUPLICATE_REASONS }) code: DuplicateReason;
  @ApiProperty() message: string;
  @ApiProperty() messageVi: string;
}

export class DuplicatePersonView {
  @ApiProperty() id: string;
  @ApiProperty() fullName: string;
  @ApiProperty({ nullable: true }) birthDate: string | null;
  @ApiProperty({ nullable: true }) organizationName: string | null;
  @ApiProperty() version: number;
}

export class DuplicatePairView {
  @ApiProperty({ description: '0 to 1; higher is more likely the same person' }) score: number;
  @ApiProperty({ type: [DuplicateReasonView] }) reasons: DuplicateReasonView[];
  @ApiProperty({ type: DuplicatePersonView }) first: DuplicatePersonView;
  @ApiProperty({ type: DuplicatePersonView }) second: DuplicatePersonView;
}

export class DuplicatePairPage {
  @ApiProperty({ type: [DuplicatePairView] }) items: DuplicatePairView[];
  @ApiProperty() total: number;
  @ApiProperty() limit: number;
  @ApiProperty() offset: number;
}

/** POST /intellectuals/{id}/merge: the record merged into {id}, which survives. */
export class MergeDto {
  @ApiProperty({ description: 'The duplicate record; it is soft-deleted and points to the survivor' })
  @IsUUID('all', bilingual('otherId must be a UUID', 'otherId phải là mã UUID'))
  otherId: string;
}
