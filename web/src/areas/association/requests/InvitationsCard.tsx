import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, List, Skeleton, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrapWithEtag, type Schemas } from '../../../api/client';
import { ProblemAlert } from '../../../app/ProblemAlert';
import { STATUS_COLOR } from '../../../features/invitations/invitations-api';
import { currentLanguage } from '../../../i18n';
import { formatDate, formatDateTime, formatNumber } from '../../../i18n/format';

type Member = Schemas['InvitationStatusView'];

const invitationsKey = (id: string) => ['review-requests', id, 'panel', 'invitations'] as const;

/**
 * Staff's view of a panel's invitations: where each member's stands (sent, answered, declaration,
 * declared conflict, reminder), the replacements suggested for those who declined, and "Gửi thư mời"
 * for the proposed members, refused while the panel breaks a rule.
 */
export function InvitationsCard({ requestId }: { requestId: string }) {
  const { t } = useTranslation('invitations');
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: invitationsKey(requestId),
    queryFn: () =>
      unwrapWithEtag(
        api.GET('/review-requests/{id}/panel/invitations', { params: { path: { id: requestId } } }),
      ),
  });
  const send = useMutation({
    mutationFn: () =>
      unwrapWithEtag(
        api.POST('/review-requests/{id}/panel/invitations', {
          params: { path: { id: requestId }, header: { 'If-Match': query.data!.etag } },
          body: {},
        }),
      ),
    onSuccess: (sent) => queryClient.setQueryData(invitationsKey(requestId), sent),
    // refused (412: the panel changed meanwhile): show it as it is now
    onError: () => queryClient.invalidateQueries({ queryKey: ['review-requests', requestId] }),
  });
  if (query.error) return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <Skeleton active />;
  const view = query.data.data;
  const proposed = view.members.filter((member) => member.status === 'proposed').length;
  const blocked = view.blockingViolations.length > 0;
  const vi = currentLanguage() === 'vi';
  return (
    <Card title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('card.title')}</h2>}>
      <Flex vertical gap="middle">
        <Typography.Text type="secondary">
          {t('card.reminderRule', { days: view.reminderDaysBefore, deadline: formatDate(view.deadline) })}
        </Typography.Text>
        {view.members.length === 0 ? (
          <Typography.Text>{t('card.noPanel')}</Typography.Text>
        ) : (
          <List
            size="small"
            dataSource={view.members}
            renderItem={(member) => (
              <List.Item>
                <MemberLine member={member} />
              </List.Item>
            )}
          />
        )}
        {view.replacements.length > 0 && (
          <Flex vertical gap="small">
            <Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>
              {t('card.replacements')}
            </Typography.Title>
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {view.replacements.map(({ forIntellectualId, forFullName, role, candidate }) => (
                <li key={forIntellectualId}>
                  {candidate ? (
                    <>
                      {t('card.replacementFor', {
                        name: forFullName,
                        role: t(`role.${role}`),
                        candidate: candidate.fullName,
                      })}{' '}
                      ({t('card.score', { score: formatNumber(candidate.score, undefined, 2) })})
                      <ul style={{ paddingInlineStart: 20 }}>
                        {candidate.reasons.map((reason) => (
                          <li key={reason.message}>{vi ? reason.messageVi : reason.message}</li>
                        ))}
                      </ul>
                    </>
                  ) : (
                    t('card.noReplacement', { name: forFullName, role: t(`role.${role}`) })
                  )}
                </li>
              ))}
            </ul>
          </Flex>
        )}
        {blocked && (
          <Alert
            type="warning"
            showIcon
            title={t('card.blocked')}
            description={
              <ul style={{ margin: 0 }}>
                {view.blockingViolations.map((violation) => (
                  <li key={violation.code}>{vi ? violation.messageVi : violation.message}</li>
                ))}
              </ul>
            }
          />
        )}
        {send.isSuccess && <Alert type="success" showIcon role="status" title={t('card.sent')} />}
        <ProblemAlert error={send.error} />
        <Space wrap>
          <Button
            type="primary"
            disabled={proposed === 0 || blocked}
            loading={send.isPending}
            onClick={() => send.mutate()}
          >
            {t('card.send')}
          </Button>
          <Typography.Text type="secondary">
            {proposed === 0 ? t('card.nothingToSend') : t('card.sendHelp', { count: proposed })}
          </Typography.Text>
        </Space>
      </Flex>
    </Card>
  );
}

function MemberLine({ member }: { member: Member }) {
  const { t } = useTranslation('invitations');
  const answer = member.answer;
  return (
    <Flex vertical gap={4} style={{ width: '100%' }}>
      <Flex wrap gap="small" align="center">
        <Typography.Text strong>{member.fullName}</Typography.Text>
        <Typography.Text type="secondary">{t(`role.${member.role}`)}</Typography.Text>
        <Tag color={STATUS_COLOR[member.status]}>{t(`status.${member.status}`)}</Tag>
        {!member.hasMailAddress && <Tag>{t('card.noMail')}</Tag>}
        {member.mailLocale === 'en' && <Tag>{t('card.english')}</Tag>}
      </Flex>
      <Typography.Text type="secondary">
        {[
          member.invitedAt && `${t('card.invitedAt')}: ${formatDateTime(member.invitedAt)}`,
          answer && `${t('card.answer')}: ${t(`answerKind.${answer.kind}`)}, ${formatDateTime(answer.at)}`,
          member.reminderSentAt && `${t('card.reminder')}: ${formatDateTime(member.reminderSentAt)}`,
        ]
          .filter(Boolean)
          .join(' · ')}
      </Typography.Text>
      {answer?.declarationText && (
        <Typography.Text>
          {t('card.declaration')}: “{answer.declarationText}”
        </Typography.Text>
      )}
      {answer?.declaredConflict && (
        <Typography.Text type="danger">
          {t('card.declaredConflict')}: {answer.declaredConflict}
        </Typography.Text>
      )}
      {answer?.declineReason && (
        <Typography.Text>
          {t('card.reason')}: {answer.declineReason}
        </Typography.Text>
      )}
    </Flex>
  );
}
