import { Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format';
import type { ExpertInvitation } from './invitations-api';

/** What became of the answer just given, in words. */
export function AnswerResult({ invitation, extra }: { invitation: ExpertInvitation; extra?: ReactNode }) {
  const { t } = useTranslation('invitations');
  const kind = invitation.answer?.kind ?? 'declined';
  const [title, detail] =
    kind === 'accepted'
      ? [
          t('answer.doneAccepted'),
          t('answer.doneAcceptedDetail', { when: formatDateTime(invitation.answer?.at) }),
        ]
      : kind === 'conflict_declared'
        ? [t('answer.doneConflict'), t('answer.doneConflictDetail')]
        : [t('answer.doneDeclined'), t('answer.doneDeclinedDetail')];
  return (
    <Result
      status={kind === 'accepted' ? 'success' : 'info'}
      title={<h2 style={{ fontSize: 20, margin: 0 }}>{title}</h2>}
      subTitle={detail}
      extra={extra}
      role="status"
    />
  );
}
