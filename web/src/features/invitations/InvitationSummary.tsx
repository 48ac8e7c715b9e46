import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format';
import type { ExpertInvitation } from './invitations-api';

/** What the expert is invited to: the proposal, who asks, by when, in which role. */
export function InvitationSummary({ invitation }: { invitation: ExpertInvitation }) {
  const { t } = useTranslation('invitations');
  return (
    <Descriptions
      bordered
      column={1}
      size="small"
      items={[
        { key: 'request', label: t('answer.request'), children: invitation.requestTitle },
        { key: 'agency', label: t('answer.agency'), children: invitation.agency },
        {
          key: 'kind',
          label: t('answer.kind'),
          children: t(`kind.${invitation.requestKind as 'critique'}`, {
            defaultValue: invitation.requestKind,
          }),
        },
        { key: 'deadline', label: t('answer.deadline'), children: formatDate(invitation.deadline) },
        { key: 'role', label: t('answer.role'), children: t(`role.${invitation.role}`) },
        { key: 'summary', label: t('answer.summary'), children: invitation.requestSummary },
      ]}
    />
  );
}
