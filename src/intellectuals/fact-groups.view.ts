import { ApiProperty } from '@nestjs/swagger';
import { FIELD_GROUPS, PROFILE_FIELDS, ProfileField } from './dto/profile.dto';
import { FACT_GROUPS, FactGroup } from './entities/provenance';

/** One fact group: the top-level facts whose provenance and verification it keeps, in form order. */
export class FactGroupView {
  @ApiProperty({ enum: FACT_GROUPS, enumName: 'FactGroup' }) group: FactGroup;
  @ApiProperty({
    enum: PROFILE_FIELDS,
    enumName: 'ProfileField',
    isArray: true,
    description: 'The facts of this group a profile PATCH takes',
  })
  fields: ProfileField[];
}

export class FactGroupsView {
  @ApiProperty({ type: [FactGroupView] }) groups: FactGroupView[];
}

/**
 * FIELD_GROUPS as clients read it (GET /intellectuals/fact-groups), so forms group and verify facts
 * the way the server keeps them without a copy of the table.
 */
export const FACT_GROUPS_VIEW: FactGroupsView = {
  groups: FACT_GROUPS.map((group) => ({
    group,
    fields: PROFILE_FIELDS.filter((field) => FIELD_GROUPS[field] === group),
  })),
};
