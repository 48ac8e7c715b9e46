import { PANEL_ROLES } from '../../panels';
import type { PanelRole } from '../../panels';
import { NestedList, OneOf, Text, Uuid } from '../../common/validation/fields';

/** Larger than the council's own limit (15, a rule checked after), so that list is refused by name. */
export const MAX_COUNCIL_MEMBERS = 30;

export class CouncilMemberInput {
  @Uuid({ description: 'The intellectual who sits on the council' })
  intellectualId: string;

  @OneOf(PANEL_ROLES, { description: 'A panel role: chair, vice_chair, secretary, reviewer, member' })
  role: PanelRole;
}

/** The whole member list; members left out are taken off the council. */
export class ReplaceCouncilDto {
  @NestedList(() => CouncilMemberInput, MAX_COUNCIL_MEMBERS)
  members: CouncilMemberInput[];
}

export class LiftRecusalDto {
  @Text(3, 2000, { description: 'Why the member may score this nominee despite the conflict' })
  reason: string;
}
