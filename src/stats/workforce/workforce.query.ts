import { ApiProperty, OmitType } from '@nestjs/swagger';
import { SECTORS, Sector } from '../../catalog';
import { ACADEMIC_TITLES, AGE_BANDS, DEGREE_LEVELS, GENDERS, STATUSES } from '../../intellectuals';
import type {
  AcademicTitleCode,
  AgeBand,
  DegreeLevel,
  Gender,
  IntellectualStatus,
} from '../../intellectuals';
import { Bool, CalendarDate, Code, OneOf, QueryValues, Text, Uuid } from '../../common/validation/fields';
import { QueryBoolean } from '../../common/validation/query-boolean';
import { StatNote, StatTable } from '../stat-table';
import { WORKFORCE_DIMENSIONS, WorkforceDimensionKey } from './workforce-dimensions';

/** GET /stats/workforce: what to count by, which people, on which date. */
export class WorkforceQuery {
  @QueryValues({
    values: WORKFORCE_DIMENSIONS,
    maxItems: 2,
    commaSeparated: true,
    description: 'One or two dimensions to count by: rows, then columns (`by=field,gender`).',
    repeated: 'Repeating the parameter is the same as the comma.',
  })
  by?: WorkforceDimensionKey[];

  @CalendarDate({
    optional: true,
    description: 'The registry as it stood at the end of this day (Viet Nam time); today when absent',
  })
  at?: string;

  @Text(5, 500, {
    optional: true,
    description: 'Why the sensitive dimensions are needed; required with them, recorded in the audit',
  })
  purpose?: string;

  @Code({ optional: true, description: 'Level-1 field' }) field?: string;
  @Code({ optional: true, description: 'Level-2 field' }) subfield?: string;
  @OneOf(DEGREE_LEVELS, { optional: true, description: 'Highest degree' }) degree?: DegreeLevel;
  @OneOf(ACADEMIC_TITLES, { optional: true }) academicTitle?: AcademicTitleCode;
  @Code({ optional: true, description: 'Commune of residence' }) commune?: string;
  @OneOf(SECTORS, { optional: true }) sector?: Sector;
  @Uuid({ optional: true }) organization?: string;
  @OneOf(GENDERS, { optional: true }) gender?: Gender;
  @OneOf(AGE_BANDS, { optional: true, description: 'Age reached in the year of `at`' }) ageBand?: AgeBand;
  @OneOf(STATUSES, { optional: true }) status?: IntellectualStatus;
  @Code({ optional: true, description: 'Country of residence abroad (ISO 3166-1 alpha-2)' })
  overseasCountry?: string;

  @QueryBoolean()
  @Bool({ optional: true, description: 'From a Khánh Hòa commune, living in another province or abroad' })
  originElsewhere?: boolean;

  @QueryBoolean()
  @Bool({ optional: true, description: 'Sensitive: personnel officers and admins, with a purpose' })
  ethnicMinority?: boolean;

  @QueryBoolean()
  @Bool({ optional: true, description: 'Sensitive: personnel officers and admins, with a purpose' })
  disability?: boolean;
}

/** GET /open-data/workforce: the same without the sensitive dimensions (anyone may ask). */
export class OpenDataWorkforceQuery extends OmitType(WorkforceQuery, [
  'purpose',
  'ethnicMinority',
  'disability',
] as const) {}

/** A workforce breakdown: the counts, the date they describe and how they were counted. */
export class WorkforceTable extends StatTable {
  @ApiProperty({ format: 'date', description: 'The day the figures describe' }) at: string;
  @ApiProperty({ type: [StatNote] }) notes: StatNote[];
}
