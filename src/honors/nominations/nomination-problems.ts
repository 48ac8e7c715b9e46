import { DomainError } from '../../common/errors/domain-error';
import { CAMPAIGN_STATE_NAMES_VI, HonorCampaign } from '../campaigns';
import { inNominationWindow, vietnamToday, vietnameseDate } from './nomination-rules';
import { NOMINATION_STATE_NAMES_VI, NominationState } from './nomination-states';

/** Submissions are taken while the campaign is open and today (in Vietnam) is within its dates. */
export function requireNominating(campaign: HonorCampaign, today: string = vietnamToday()): void {
  if (campaign.state !== 'open' || !inNominationWindow(campaign, today)) throw nominationsClosed(campaign);
}

export function nominationsClosed(campaign: HonorCampaign): DomainError {
  const { nominationsOpen: open, nominationsClose: close } = campaign;
  const state =
    campaign.state === 'open'
      ? { en: '', vi: '' }
      : {
          en: ` It is ${campaign.state} now.`,
          vi: ` Đợt hiện ở trạng thái "${CAMPAIGN_STATE_NAMES_VI[campaign.state]}".`,
        };
  return new DomainError('NOMINATIONS_CLOSED', {
    en: `${campaign.title} takes nominations from ${open} to ${close}.${state.en}`,
    vi: `${campaign.title} nhận đề cử từ ngày ${vietnameseDate(open)} đến hết ngày ${vietnameseDate(close)}.${state.vi}`,
  });
}

export function invalidNominationMove(from: NominationState, to: NominationState): DomainError {
  return new DomainError(
    'INVALID_TRANSITION',
    {
      en: `A nomination in state ${from} cannot move to ${to}`,
      vi: `Hồ sơ đề cử đang ở trạng thái "${NOMINATION_STATE_NAMES_VI[from]}" không thể chuyển sang "${NOMINATION_STATE_NAMES_VI[to]}"`,
    },
    [
      {
        field: 'state',
        message: `${from} → ${to} is not allowed`,
        messageVi: `Không được chuyển "${NOMINATION_STATE_NAMES_VI[from]}" → "${NOMINATION_STATE_NAMES_VI[to]}"`,
      },
    ],
  );
}

export function notEditable(state: NominationState): DomainError {
  return new DomainError('NOMINATION_NOT_EDITABLE', {
    en: `A nomination in state ${state} can no longer change; only drafts can`,
    vi: `Hồ sơ đề cử ở trạng thái "${NOMINATION_STATE_NAMES_VI[state]}" không còn sửa được; chỉ sửa khi là bản nháp`,
  });
}
