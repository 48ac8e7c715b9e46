import { ApiProperty } from '@nestjs/swagger';

/**
 * The one shape of every statistics table (workforce breakdowns, trends, forecasts, open data, the
 * yearly report, the .xlsx files): a matrix of counts with its margins, where a cell may be withheld.
 * One-way tables have one column. Counts are people unless the table says otherwise (publications,
 * patents…).
 */

/** Why a cell shows no number: `small` fewer than the threshold (primary), `complementary` hidden so
 * that a small cell cannot be recovered from the totals (secondary). */
export const SUPPRESSIONS = ['small', 'complementary'] as const;
export type Suppression = (typeof SUPPRESSIONS)[number];

export class StatCell {
  @ApiProperty({ type: 'integer', nullable: true, description: 'null when suppressed' })
  value: number | null;
  @ApiProperty({ enum: SUPPRESSIONS, nullable: true, description: 'null: the value is shown' })
  suppression: Suppression | null;
}

export class StatHeader {
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The dimension value (a catalog code, enum value or year); null: not recorded',
  })
  key: string | null;
  @ApiProperty({ description: 'Vietnamese label' }) label: string;
  @ApiProperty({ description: 'English label' }) labelEn: string;
}

export class StatDimension {
  @ApiProperty() key: string;
  @ApiProperty() label: string;
  @ApiProperty() labelEn: string;
}

export class StatTable {
  @ApiProperty({ type: StatDimension }) rowDimension: StatDimension;
  @ApiProperty({ type: StatDimension, nullable: true, description: 'null: a one-way table (one column)' })
  columnDimension: StatDimension | null;
  @ApiProperty({ type: [StatHeader] }) rows: StatHeader[];
  @ApiProperty({ type: [StatHeader] }) columns: StatHeader[];
  @ApiProperty({ type: 'array', items: { type: 'array', items: { $ref: '#/components/schemas/StatCell' } } })
  cells: StatCell[][];
  @ApiProperty({ type: [StatCell], description: 'One per row' }) rowTotals: StatCell[];
  @ApiProperty({ type: [StatCell], description: 'One per column' }) columnTotals: StatCell[];
  @ApiProperty({ type: StatCell }) total: StatCell;
}

/** A sentence next to a figure: how it is counted, or the assumptions of a forecast. */
export class StatNote {
  @ApiProperty() vi: string;
  @ApiProperty() en: string;
}
