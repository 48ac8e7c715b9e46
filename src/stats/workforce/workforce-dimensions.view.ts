import { ApiProperty } from '@nestjs/swagger';
import { WORKFORCE_DIMENSIONS, WorkforceDimensionKey } from './workforce-dimensions';

/** A dimension the caller may count by. */
export class WorkforceDimensionView {
  @ApiProperty({ enum: WORKFORCE_DIMENSIONS }) key: WorkforceDimensionKey;
  @ApiProperty() label: string;
  @ApiProperty() labelEn: string;
  @ApiProperty({ description: 'Aggregates over restricted attributes: a purpose is required' })
  sensitive: boolean;
}
