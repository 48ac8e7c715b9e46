import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '../../common/openapi/api-docs';
import { CONFLICT_SEVERITIES, ConflictFlagView, type ConflictSeverity } from '../conflicts';
import { CandidateView, KeyPhraseView } from '../matching/candidates.view';
import { MEMBER_STATUSES, PANEL_ROLES, VIOLATION_CODES } from './panel-rules';
import type { MemberStatus, PanelRole, ViolationCode } from './panel-rules';

/** An expert's load against the limit M. */
export class PanelLoadView {
  @ApiProperty({ type: 'integer', description: 'Active panels in the last 12 months, this one excluded' })
  activePanels: number;
  @ApiProperty({ type: 'integer', description: 'M: PANEL_MAX_ACTIVE_PANELS' }) maxActivePanels: number;
  @ApiProperty({ description: 'One more panel would exceed M' }) limitReached: boolean;
}

export class PanelCandidateView extends CandidateView {
  @ApiProperty({ type: [ConflictFlagView] }) conflicts: ConflictFlagView[];
  @ApiProperty({ enum: CONFLICT_SEVERITIES, nullable: true, description: 'null: no conflict found' })
  worstSeverity: ConflictSeverity | null;
  @ApiProperty({ type: PanelLoadView }) load: PanelLoadView;
  @ApiProperty({ description: 'Already seated on this request’s panel' }) onPanel: boolean;
}

export class PanelCandidatePage extends PageOf(PanelCandidateView) {
  @ApiProperty({ type: [KeyPhraseView], description: 'What the proposal was reduced to, best first' })
  keyPhrases: KeyPhraseView[];
}

export class ConflictOverrideView {
  @ApiProperty() reason: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) byAccountId: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) at: Date | null;
}

export class PanelMemberView {
  @ApiProperty({ format: 'uuid' }) intellectualId: string;
  @ApiProperty() fullName: string;
  @ApiProperty({ type: String, nullable: true }) organizationName: string | null;
  @ApiProperty({ enum: PANEL_ROLES }) role: PanelRole;
  @ApiProperty({ enum: MEMBER_STATUSES }) status: MemberStatus;
  @ApiProperty({ type: Number, nullable: true, description: 'The matching score when added' })
  relevance: number | null;
  @ApiProperty({ type: [ConflictFlagView] }) conflicts: ConflictFlagView[];
  @ApiProperty({ enum: CONFLICT_SEVERITIES, nullable: true }) worstSeverity: ConflictSeverity | null;
  @ApiProperty({ type: ConflictOverrideView, nullable: true }) override: ConflictOverrideView | null;
  @ApiProperty({ type: PanelLoadView }) load: PanelLoadView;
}

export class ViolationView {
  @ApiProperty({ enum: VIOLATION_CODES }) code: ViolationCode;
  @ApiProperty({ enum: ['error', 'warning'], description: 'error: a save is refused; warning: shown' })
  level: 'error' | 'warning';
  @ApiProperty() message: string;
  @ApiProperty() messageVi: string;
  @ApiProperty({ type: [String], description: 'The members concerned' }) intellectualIds: string[];
  @ApiProperty({ type: String, nullable: true }) fieldCode: string | null;
}

export class FieldBalanceView {
  @ApiProperty() code: string;
  @ApiProperty({ type: 'integer' }) members: number;
}

export class OrganizationBalanceView {
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty({ type: 'integer' }) members: number;
}

export class PanelBalanceView {
  @ApiProperty({ type: 'integer', description: 'Seated members' }) size: number;
  @ApiProperty({ type: 'integer' }) women: number;
  @ApiProperty({ type: 'integer' }) under35: number;
  @ApiProperty({ type: 'integer', description: 'Living abroad' }) overseas: number;
  @ApiProperty({ type: [FieldBalanceView], description: 'Members per requested field' })
  fields: FieldBalanceView[];
  @ApiProperty({ type: [OrganizationBalanceView] }) organizations: OrganizationBalanceView[];
}

export class PanelRequirementsView {
  @ApiProperty({ type: 'integer' }) sizeMin: number;
  @ApiProperty({ type: 'integer' }) sizeMax: number;
  @ApiProperty({ type: [String] }) fieldCodes: string[];
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    description: 'Wanted members per role',
  })
  rolesWanted: Partial<Record<PanelRole, number>>;
  @ApiProperty({ type: 'integer', description: 'N: PANEL_MAX_PER_ORGANIZATION' }) maxPerOrganization: number;
}

/** A panel as the builder shows it: members, the rules' verdict and the balance. */
export class PanelView {
  @ApiProperty({ format: 'uuid' }) reviewRequestId: string;
  @ApiProperty({ type: 'integer', description: 'The ETag; 0 before the first save' }) version: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lockedAt: Date | null;
  @ApiProperty({ type: [PanelMemberView], description: 'Every member, those who left included' })
  members: PanelMemberView[];
  @ApiProperty({ type: [ViolationView], description: 'Over the seated members' }) violations: ViolationView[];
  @ApiProperty({ type: PanelBalanceView }) balance: PanelBalanceView;
  @ApiProperty({ type: PanelRequirementsView }) requirements: PanelRequirementsView;
}

/** A member list with the rules' verdict and the balance, not saved. */
export class PanelDraftView {
  @ApiProperty({ type: [PanelMemberView] }) members: PanelMemberView[];
  @ApiProperty({ type: [ViolationView] }) violations: ViolationView[];
  @ApiProperty({ type: PanelBalanceView }) balance: PanelBalanceView;
}

/** A proposed panel: not saved; PUT its members to keep it. */
export class PanelSuggestionView extends PanelDraftView {
  @ApiProperty({ description: 'Which suggester chose it' }) suggester: string;
  @ApiProperty({ description: 'Σ relevance of the chosen members' }) totalRelevance: number;
  @ApiProperty({ type: [String], description: 'Requested fields no eligible candidate covers' })
  uncoveredFields: string[];
}

export class PanelHistoryItemView {
  @ApiProperty({ format: 'uuid' }) reviewRequestId: string;
  @ApiProperty() title: string;
  @ApiProperty() kind: string;
  @ApiProperty({ description: 'The request’s state' }) requestState: string;
  @ApiProperty({ enum: PANEL_ROLES }) role: PanelRole;
  @ApiProperty({ enum: MEMBER_STATUSES }) status: MemberStatus;
  @ApiProperty({ description: 'Counts toward the load now' }) active: boolean;
  @ApiProperty({ type: String, format: 'date-time' }) addedAt: Date;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When the invitation went out',
  })
  invitedAt: Date | null;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When they accepted or declined',
  })
  answeredAt: Date | null;
}

export class PanelHistoryPage extends PageOf(PanelHistoryItemView) {
  @ApiProperty({ type: PanelLoadView }) load: PanelLoadView;
}
