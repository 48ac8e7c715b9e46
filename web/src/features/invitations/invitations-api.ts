import type { Schemas } from '../../api/client';

export type ExpertInvitation = Schemas['ExpertInvitationView'];
export type AcceptBody = Schemas['AcceptPanelInvitationDto'];
export type DeclineBody = Schemas['DeclinePanelInvitationDto'];

export const MY_INVITATIONS_KEY = ['me', 'panel-invitations'] as const;

// dark enough for white text at AA contrast (antd's light preset tags are not)
export const STATUS_COLOR: Record<ExpertInvitation['status'], string | undefined> = {
  proposed: undefined,
  invited: '#874d00',
  accepted: '#135200',
  declined: '#a8071a',
  removed: undefined,
};
