import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { Code, Int, Uuid } from '../../common/validation/fields';
import { StatNote } from '../stat-table';
import { TREND_GROUPS, TrendGroup } from './trend-series';

/** GET /stats/trends: which years, for whom. */
export class TrendsQuery {
  @Type(() => Number)
  @Int(1990, 2100, { optional: true, description: 'First year; ten years up to `to` when absent' })
  from?: number;

  @Type(() => Number)
  @Int(1990, 2100, { optional: true, description: 'Last year; this year when absent' })
  to?: number;

  @Code({ optional: true, description: 'Level-1 field of the people counted' }) field?: string;
  @Uuid({ optional: true, description: 'The organization of the people counted' }) organization?: string;
}

export class TrendTargetView {
  @ApiProperty() planCode: string;
  @ApiProperty() planTitle: string;
  @ApiProperty() minPerYear: number;
  @ApiProperty({ type: 'integer', nullable: true }) maxPerYear: number | null;
  @ApiProperty({ description: 'The year reached at least the minimum' }) met: boolean;
}

export class TrendSeriesView {
  @ApiProperty() key: string;
  @ApiProperty({ enum: TREND_GROUPS }) group: TrendGroup;
  @ApiProperty() label: string;
  @ApiProperty() labelEn: string;
  @ApiProperty({ type: [Number], description: 'One count per year of `years`' }) values: number[];
  @ApiProperty({
    type: 'array',
    items: { type: 'object', allOf: [{ $ref: '#/components/schemas/TrendTargetView' }], nullable: true },
    description: 'Per year, the plan’s target for this series (province-wide figures only); null: none',
  })
  targets: Array<TrendTargetView | null>;
}

export class TrendsView {
  @ApiProperty({ type: [Number] }) years: number[];
  @ApiProperty({ type: [TrendSeriesView] }) series: TrendSeriesView[];
  @ApiProperty({ type: [StatNote] }) notes: StatNote[];
}
