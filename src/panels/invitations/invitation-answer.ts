import type { PanelMember } from '../panel';
import type { InvitationAnswerView } from './invitations.views';

/** The expert's answer as stored on the member, or null before one. */
export function answerOf(
  member: Pick<PanelMember, 'answeredAt' | 'declarationText' | 'declaredConflict' | 'declineReason'>,
): InvitationAnswerView | null {
  if (!member.answeredAt) return null;
  return {
    kind: member.declarationText ? 'accepted' : member.declaredConflict ? 'conflict_declared' : 'declined',
    at: member.answeredAt,
    declarationText: member.declarationText,
    declaredConflict: member.declaredConflict,
    declineReason: member.declineReason,
  };
}
