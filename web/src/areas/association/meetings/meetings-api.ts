import type { Schemas } from '../../../api/client';

export type MeetingInvitee = Schemas['MeetingInviteeView'];
export type InviteeStatus = MeetingInvitee['status'];

export const INVITEE_STATUSES: readonly InviteeStatus[] = [
  'not_sent',
  'no_email',
  'sent',
  'bounced',
  'accepted',
  'declined',
];

/** Solid dark tags: antd's preset tag colours fall short of WCAG AA contrast on small text. */
export const STATUS_COLOR: Record<InviteeStatus, string | undefined> = {
  not_sent: undefined,
  no_email: '#874d00',
  sent: '#003eb3',
  bounced: '#a8071a',
  accepted: '#135200',
  declined: undefined,
};

export const meetingListKey = (campaignId: string) =>
  ['honor-campaigns', campaignId, 'meeting-invitees'] as const;
