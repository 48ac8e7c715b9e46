import type { TFunction } from 'i18next';
import { ApiProblem, type Schemas } from '../../api/client';
import { formatDate, formatDateTime } from '../../i18n/format';
import type { MemberOpinion, OpinionWindow } from './opinions-api';

type PanelRole = MemberOpinion['role'];
const ROLES: readonly PanelRole[] = ['chair', 'vice_chair', 'secretary', 'reviewer', 'member'];

/** Why opinions can no longer be written, in words; null while they can. */
export function closedNotice(window: OpinionWindow, t: TFunction<'opinions'>): string | null {
  switch (window.closedReason) {
    case null:
      return null;
    case 'locked':
      return t('closed.locked', { when: formatDateTime(window.lockedAt) });
    case 'deadline_passed':
      return t('closed.deadline_passed', { deadline: formatDate(window.deadline) });
    case 'not_in_review':
      return t('closed.not_in_review');
  }
}

/**
 * Which of the review's two moves apply now: starting it while the panel forms, locking it once
 * during the review (after the deadline too: late opinions are refused anyway, the lock makes it final).
 */
export function reviewActions(
  state: Schemas['ReviewRequestView']['state'],
  window: Pick<OpinionWindow, 'lockedAt'> | undefined,
  mayConduct: boolean,
): { start: boolean; lock: boolean } {
  return {
    start: mayConduct && state === 'panel_forming',
    lock: mayConduct && state === 'in_review' && !!window && !window.lockedAt,
  };
}

/** The roles a 422 PANEL_NOT_READY names as not accepted yet (its field problems); [] for anything else. */
export function notReadyRoles(error: unknown): PanelRole[] {
  if (!(error instanceof ApiProblem) || error.code !== 'PANEL_NOT_READY') return [];
  return (error.body?.errors ?? [])
    .map(({ field }) => field as PanelRole)
    .filter((field) => ROLES.includes(field));
}

/** An accepted invitation leads to the opinion page while its request is under review. */
export function opinionPageOpen(
  invitation: Pick<Schemas['ExpertInvitationView'], 'status' | 'requestState'>,
) {
  return invitation.status === 'accepted' && invitation.requestState === 'in_review';
}

/** How many of the members have submitted an opinion. */
export function submittedCount(members: readonly Pick<MemberOpinion, 'opinion'>[]): number {
  return members.filter((member) => member.opinion !== null).length;
}
