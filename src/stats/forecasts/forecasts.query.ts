import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { Code, Int, Text } from '../../common/validation/fields';
import { StatNote, StatTable } from '../stat-table';

/** GET /stats/forecasts: how far ahead, which field, and why (the forecasts read dates of birth). */
export class ForecastsQuery {
  @Type(() => Number)
  @Int(1, 20, { optional: true, description: 'Years ahead, this year included; 10 when absent' })
  years?: number;

  @Code({ optional: true, description: 'Only this level-1 field' }) field?: string;

  @Text(5, 500, {
    description: 'Why the forecast is needed (it reads dates of birth); recorded in the audit',
  })
  purpose: string;
}

export class ForecastsView {
  @ApiProperty({ description: 'The first year of the forecast (this year)' }) fromYear: number;
  @ApiProperty({
    type: StatTable,
    description:
      'Working people by field (rows) and the year they reach retirement age (columns; the first column: already past it)',
  })
  retirements: StatTable;
  @ApiProperty({
    type: StatTable,
    description:
      'Working people by field, each in one column: doctorates reaching retirement age within the years, doctorates staying, under-35s without a doctorate, the others',
  })
  pipeline: StatTable;
  @ApiProperty({ description: 'Working people without a date of birth or gender, not forecast' })
  notForecast: number;
  @ApiProperty({ type: [StatNote], description: 'The assumptions behind the figures' }) notes: StatNote[];
}
