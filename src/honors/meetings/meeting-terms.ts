import { DomainError } from '../../common/errors/domain-error';
import type { HonorCampaign } from '../campaigns';

/** The RSVP token of one invitation: one per mail, for the invitee's row; either link uses it. */
export const RSVP_PURPOSE = 'meeting-rsvp';

/** The web app's RSVP pages; the token travels in the fragment, the path preselects the answer. */
export const RSVP_PAGES = { accepted: '/meeting-rsvp/accept', declined: '/meeting-rsvp/decline' } as const;

/** How many hits one add-from-search takes at most (by relevance). */
export const SEARCH_ADD_CAP = 500;

export const INVITEE_STATUSES = ['not_sent', 'no_email', 'sent', 'bounced', 'accepted', 'declined'] as const;
export type InviteeStatus = (typeof INVITEE_STATUSES)[number];

/** 422 unless the campaign is a meeting: only exemplary_scientist_meeting campaigns have a list. */
export function requireMeetingCampaign(campaign: HonorCampaign): void {
  if (campaign.kind === 'exemplary_scientist_meeting') return;
  throw new DomainError(
    'UNPROCESSABLE',
    {
      en: `Only an exemplary_scientist_meeting campaign has a meeting invitation list; this one is ${campaign.kind}`,
      vi: `Chỉ đợt gặp mặt cán bộ khoa học tiêu biểu (exemplary_scientist_meeting) mới có danh sách mời; đợt này thuộc loại ${campaign.kind}`,
    },
    [
      {
        field: 'id',
        message: 'Not an exemplary_scientist_meeting campaign',
        messageVi: 'Không phải đợt gặp mặt cán bộ khoa học tiêu biểu',
      },
    ],
  );
}

/** 422 for a write to an archived meeting's list: once archived, the list and its answers are the record. */
export function requireNotArchived(campaign: HonorCampaign): void {
  if (campaign.state !== 'archived') return;
  throw new DomainError(
    'UNPROCESSABLE',
    {
      en: 'This meeting is archived; its invitation list no longer changes',
      vi: 'Đợt gặp mặt này đã lưu trữ; danh sách mời không còn thay đổi được',
    },
    [{ field: 'id', message: 'The campaign is archived', messageVi: 'Đợt đã được lưu trữ' }],
  );
}
