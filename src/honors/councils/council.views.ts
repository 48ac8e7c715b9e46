import { ApiProperty } from '@nestjs/swagger';
import { ConflictFlagView, PANEL_ROLES, ViolationView } from '../../panels';
import type { PanelRole } from '../../panels';
import { CAMPAIGN_STATES } from '../campaigns/campaign-states';
import type { CampaignState } from '../campaigns/campaign-states';
import { CAMPAIGN_KINDS } from '../campaigns/honor-campaign.entity';
import type { CampaignKind } from '../campaigns/honor-campaign.entity';

/**
 * A council member kept from a nominee by a conflict of interest: recorded (with an id) once scoring
 * opened, or as it would be recorded (no id) before.
 */
export class RecusalView {
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'Null before scoring opens: the recusal as it would be recorded',
  })
  id: string | null;
  @ApiProperty({ format: 'uuid', description: 'The council member (their intellectual id)' })
  intellectualId: string;
  @ApiProperty() memberName: string;
  @ApiProperty({ format: 'uuid' }) nominationId: string;
  @ApiProperty() nomineeName: string;
  @ApiProperty({
    type: [ConflictFlagView],
    description: 'The conflicts found, as the panels’ rules found them',
  })
  conflicts: ConflictFlagView[];
  @ApiProperty({ description: 'Still recused: false once lifted' }) recused: boolean;
  @ApiProperty({ type: String, nullable: true }) liftedReason: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) liftedBy: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) liftedAt: string | null;
}

export class CouncilMemberView {
  @ApiProperty({ format: 'uuid', description: 'The seat’s id' }) id: string;
  @ApiProperty({ format: 'uuid' }) intellectualId: string;
  @ApiProperty() fullName: string;
  @ApiProperty({ type: String, nullable: true }) organizationName: string | null;
  @ApiProperty({ enum: PANEL_ROLES, enumName: 'PanelRole' }) role: PanelRole;
  @ApiProperty({ type: [RecusalView], description: 'The nominees this member is recused from' })
  recusals: RecusalView[];
}

export class CouncilNomineeView {
  @ApiProperty({ format: 'uuid' }) nominationId: string;
  @ApiProperty({ format: 'uuid' }) nomineeId: string;
  @ApiProperty() nomineeName: string;
  @ApiProperty({ type: String, nullable: true }) organizationName: string | null;
  @ApiProperty({ type: String, nullable: true }) category: string | null;
  @ApiProperty({ type: String, nullable: true }) workTitle: string | null;
  @ApiProperty({ type: [RecusalView], description: 'The members recused from this nominee' })
  recusals: RecusalView[];
}

/** One round's council as staff assemble it. */
export class CouncilView {
  @ApiProperty({ format: 'uuid' }) campaignId: string;
  @ApiProperty({ type: 'integer' }) round: number;
  @ApiProperty({ type: String, nullable: true }) roundName: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) deadline: string | null;
  @ApiProperty({ description: 'Whether this is the campaign’s current round' }) current: boolean;
  @ApiProperty({ type: 'integer', description: 'The ETag value; 0 while no member was ever seated' })
  version: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) scoringOpenedAt: string | null;
  @ApiProperty({ description: 'Whether staff may still change the members' }) editable: boolean;
  @ApiProperty({ type: [CouncilMemberView] }) members: CouncilMemberView[];
  @ApiProperty({
    type: [ViolationView],
    description: 'The panels’ composition rules over the members (errors refuse a save, warnings are shown)',
  })
  violations: ViolationView[];
  @ApiProperty({
    type: [CouncilNomineeView],
    description: 'The round’s nominees: accepted nominations that reached this round',
  })
  nominees: CouncilNomineeView[];
}

/** A round the caller sits on. */
export class CouncilRoundView {
  @ApiProperty({ format: 'uuid' }) campaignId: string;
  @ApiProperty() campaignTitle: string;
  @ApiProperty({ enum: CAMPAIGN_KINDS, enumName: 'CampaignKind' }) campaignKind: CampaignKind;
  @ApiProperty({ type: 'integer' }) campaignYear: number;
  @ApiProperty({ enum: CAMPAIGN_STATES, enumName: 'CampaignState' }) campaignState: CampaignState;
  @ApiProperty({ type: 'integer' }) round: number;
  @ApiProperty({ type: String, nullable: true }) roundName: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) deadline: string | null;
  @ApiProperty({ enum: PANEL_ROLES, enumName: 'PanelRole' }) role: PanelRole;
  @ApiProperty() scoringOpen: boolean;
  @ApiProperty({ type: 'integer', description: 'Nominees of the round the caller may see and score' })
  nominees: number;
  @ApiProperty({ type: 'integer', description: 'Nominees of the round the caller is recused from' })
  recusedFrom: number;
}

export class CouncilRoundList {
  @ApiProperty({ type: [CouncilRoundView] }) items: CouncilRoundView[];
}

export class NomineeWorkView {
  @ApiProperty() title: string;
  @ApiProperty() summary: string;
  @ApiProperty({ type: String, nullable: true }) appliedIn: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) fromYear: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) toYear: number | null;
}

/** A nominee as a council member reads them. */
export class RoundNomineeView {
  @ApiProperty({ format: 'uuid' }) nominationId: string;
  @ApiProperty({ format: 'uuid' }) nomineeId: string;
  @ApiProperty() nomineeName: string;
  @ApiProperty({ type: String, nullable: true }) organizationName: string | null;
  @ApiProperty({ type: String, nullable: true }) category: string | null;
  @ApiProperty({ type: NomineeWorkView, nullable: true }) work: NomineeWorkView | null;
  @ApiProperty({ type: [String], format: 'uuid', description: 'Linked registry publications' })
  publicationIds: string[];
  @ApiProperty({ type: [String], format: 'uuid', description: 'Linked patents and utility solutions' })
  intellectualPropertyIds: string[];
  @ApiProperty({ type: [String], format: 'uuid', description: 'Linked research projects' })
  researchProjectIds: string[];
}

export class RoundNomineeList {
  @ApiProperty({ format: 'uuid' }) campaignId: string;
  @ApiProperty({ type: 'integer' }) round: number;
  @ApiProperty({ type: String, nullable: true }) roundName: string | null;
  @ApiProperty() scoringOpen: boolean;
  @ApiProperty({
    type: [RoundNomineeView],
    description: 'Staff: every nominee of the round; a member: those they are not recused from',
  })
  items: RoundNomineeView[];
}
