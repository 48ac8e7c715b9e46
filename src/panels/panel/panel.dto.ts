import { PageQuery } from '../../common/pagination/page';
import { QueryBoolean } from '../../common/validation/query-boolean';
import { Bool, NestedList, OneOf, Text, Uuid } from '../../common/validation/fields';
import { PANEL_ROLES, PanelRole } from './panel-rules';

/** Larger than any panel a request may ask for; the request's own range is a rule checked after. */
export const MAX_PANEL_MEMBERS = 30;

export class CandidatesQuery extends PageQuery {
  @QueryBoolean()
  @Bool({ optional: true, description: 'Also propose retired people (default false)' })
  includeRetired?: boolean;
}

export class SuggestPanelDto {
  @Bool({ optional: true, description: 'Also consider retired people (default false)' })
  includeRetired?: boolean;
}

export class PanelMemberInput {
  @Uuid()
  intellectualId: string;

  @OneOf(PANEL_ROLES)
  role: PanelRole;

  @Text(3, 2000, {
    optional: true,
    description:
      'Why this member sits despite a blocking conflict of interest; required for one, kept once given',
  })
  conflictOverrideReason?: string;
}

/** The whole member list as the panel builder shows it; members left out are taken off. */
export class ReplacePanelMembersDto {
  @NestedList(() => PanelMemberInput, MAX_PANEL_MEMBERS)
  members: PanelMemberInput[];
}
