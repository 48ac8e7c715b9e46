import { ApiProperty } from '@nestjs/swagger';
import { Int, OneOf, Text } from '../../common/validation/fields';
import { TARGET_METRICS, TargetMetric } from './stat-target.entity';

/** A plan's yearly target, as admins enter it (create and replace take the whole of it). */
export class StatTargetDto {
  @OneOf(TARGET_METRICS) metric: TargetMetric;
  @Text(1, 40, { description: 'The plan’s number or short name', example: '45-NQ/TW' }) planCode: string;
  @Text(1, 300, { description: 'The plan’s title' }) planTitle: string;
  @Int(2000, 2100) fromYear: number;
  @Int(2000, 2100) toYear: number;
  @Int(0, 1_000_000, { description: 'At least this many a year' }) minPerYear: number;
  @Int(0, 1_000_000, { optional: true, description: 'At most this many a year; absent: no upper bound' })
  maxPerYear?: number | null;
}

export class StatTargetView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: TARGET_METRICS }) metric: TargetMetric;
  @ApiProperty() planCode: string;
  @ApiProperty() planTitle: string;
  @ApiProperty() fromYear: number;
  @ApiProperty() toYear: number;
  @ApiProperty() minPerYear: number;
  @ApiProperty({ type: 'integer', nullable: true }) maxPerYear: number | null;
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}
