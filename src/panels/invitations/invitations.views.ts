import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '../../common/openapi/api-docs';
import { CONFLICT_SEVERITIES, ConflictFlagView, type ConflictSeverity } from '../conflicts';
import { MEMBER_STATUSES, PANEL_ROLES } from '../panel/panel-rules';
import type { MemberStatus, PanelRole } from '../panel/panel-rules';
import { PanelCandidateView, ViolationView } from '../panel/panel.views';
import { REQUEST_STATES } from '../requests/request-states';
import type { RequestState } from '../requests/request-states';

export const ANSWERS = ['accepted', 'declined', 'conflict_declared'] as const;
export type Answer = (typeof ANSWERS)[number];

export class DeclarationTextsView {
  @ApiProperty() vi: string;
  @ApiProperty() en: string;
}

/** The expert's answer, once given. */
export class InvitationAnswerView {
  @ApiProperty({ enum: ANSWERS }) kind: Answer;
  @ApiProperty({ type: String, format: 'date-time' }) at: Date;
  @ApiProperty({ type: String, nullable: true, description: 'accepted: the declaration confirmed, as shown' })
  declarationText: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'conflict_declared: the conflict described' })
  declaredConflict: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'declined: the reason given, if any' })
  declineReason: string | null;
}

/** An invitation as the expert sees it (from a link, or signed in). */
export class ExpertInvitationView {
  @ApiProperty({ format: 'uuid', description: 'The invitation (panel member) id' }) id: string;
  @ApiProperty({ format: 'uuid' }) reviewRequestId: string;
  @ApiProperty() requestTitle: string;
  @ApiProperty() requestKind: string;
  @ApiProperty() requestSummary: string;
  @ApiProperty({ enum: REQUEST_STATES, enumName: 'RequestState', description: 'Where the request stands' })
  requestState: RequestState;
  @ApiProperty({ description: 'The requesting organization' }) agency: string;
  @ApiProperty({ description: 'YYYY-MM-DD: when opinions are due' }) deadline: string;
  @ApiProperty() fullName: string;
  @ApiProperty({ enum: PANEL_ROLES }) role: PanelRole;
  @ApiProperty({ enum: MEMBER_STATUSES }) status: MemberStatus;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) invitedAt: Date | null;
  @ApiProperty({ type: InvitationAnswerView, nullable: true }) answer: InvitationAnswerView | null;
  @ApiProperty({
    type: DeclarationTextsView,
    description: 'The no-conflict declaration to confirm when accepting',
  })
  declaration: DeclarationTextsView;
}

/** What a link stands for, read before the expert confirms (the link stays unused). */
export class TokenInvitationView extends ExpertInvitationView {
  @ApiProperty({ enum: ['accept', 'decline'] }) action: 'accept' | 'decline';
  @ApiProperty({ type: String, format: 'date-time' }) linkExpiresAt: Date;
}

export class ExpertInvitationPage extends PageOf(ExpertInvitationView) {}

/** One member's invitation as staff follow it. */
export class InvitationStatusView {
  @ApiProperty({ format: 'uuid' }) intellectualId: string;
  @ApiProperty() fullName: string;
  @ApiProperty({ type: String, nullable: true }) organizationName: string | null;
  @ApiProperty({ enum: PANEL_ROLES }) role: PanelRole;
  @ApiProperty({ enum: MEMBER_STATUSES }) status: MemberStatus;
  @ApiProperty({ description: 'The profile has a mail address the invitation can go to' })
  hasMailAddress: boolean;
  @ApiProperty({ enum: ['vi', 'en'], description: 'The language of their mail' }) mailLocale: 'vi' | 'en';
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) invitedAt: Date | null;
  @ApiProperty({ type: InvitationAnswerView, nullable: true }) answer: InvitationAnswerView | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) reminderSentAt: Date | null;
  @ApiProperty({ type: [ConflictFlagView], description: 'Declared conflicts included' })
  conflicts: ConflictFlagView[];
  @ApiProperty({ enum: CONFLICT_SEVERITIES, nullable: true }) worstSeverity: ConflictSeverity | null;
}

/** The next best eligible candidate not on the panel, for a member who declined. */
export class ReplacementView {
  @ApiProperty({ format: 'uuid', description: 'Who declined' }) forIntellectualId: string;
  @ApiProperty() forFullName: string;
  @ApiProperty({ enum: PANEL_ROLES, description: 'The seat to fill' }) role: PanelRole;
  @ApiProperty({
    type: PanelCandidateView,
    nullable: true,
    description:
      'null: nobody off the panel is eligible (all conflicted, at their load limit or matching nothing)',
  })
  candidate: PanelCandidateView | null;
}

export class InvitationsView {
  @ApiProperty({ format: 'uuid' }) reviewRequestId: string;
  @ApiProperty({ type: 'integer', description: 'The panel’s ETag (If-Match of the invitation send)' })
  version: number;
  @ApiProperty({ description: 'YYYY-MM-DD' }) deadline: string;
  @ApiProperty({
    type: 'integer',
    description: 'PANEL_REMINDER_DAYS: reminders go out this many days before',
  })
  reminderDaysBefore: number;
  @ApiProperty({ type: [InvitationStatusView] }) members: InvitationStatusView[];
  @ApiProperty({ type: [ViolationView], description: 'Errors that refuse sending invitations now' })
  blockingViolations: ViolationView[];
  @ApiProperty({
    type: [ReplacementView],
    description: 'One per member who declined and is not yet replaced',
  })
  replacements: ReplacementView[];
}
