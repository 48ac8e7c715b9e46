import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Empty, Flex, List, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { api, unwrap } from '../../api/client';
import { ButtonLink } from '../../app/ButtonLink';
import { usePageTitle } from '../../app/page-title';
import { ProblemAlert } from '../../app/ProblemAlert';
import { AcceptForm } from '../../features/invitations/AcceptForm';
import { AnswerResult } from '../../features/invitations/AnswerResult';
import { DeclineForm } from '../../features/invitations/DeclineForm';
import { InvitationSummary } from '../../features/invitations/InvitationSummary';
import { opinionPageOpen } from '../../features/opinions/opinion-rules';
import {
  MY_INVITATIONS_KEY,
  STATUS_COLOR,
  type AcceptBody,
  type DeclineBody,
  type ExpertInvitation,
} from '../../features/invitations/invitations-api';
import { formatDateTime } from '../../i18n/format';
import { useUrlPage } from '../../app/url-page';

const PAGE_SIZE = 10;

/** /me/panel-invitations: the panels the person is invited to, answered here by the same rules as the links. */
export default function MyPanelInvitationsPage() {
  const { t } = useTranslation('invitations');
  usePageTitle(t('mine.title'));
  const paging = useUrlPage(PAGE_SIZE);
  const query = useQuery({
    queryKey: [...MY_INVITATIONS_KEY, paging.page],
    queryFn: () =>
      unwrap(
        api.GET('/me/panel-invitations', {
          params: { query: paging.window },
        }),
      ),
  });
  return (
    <Flex vertical gap="middle">
      <Typography.Title level={1}>{t('mine.title')}</Typography.Title>
      <Typography.Paragraph>{t('mine.intro')}</Typography.Paragraph>
      {query.isPending && <Spin />}
      {query.isError && <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />}
      {query.data && (
        <List
          dataSource={query.data.items}
          locale={{ emptyText: <Empty description={t('mine.none')} /> }}
          pagination={paging.pagination(query.data.total)}
          renderItem={(invitation) => (
            <List.Item>
              <InvitationCard invitation={invitation} />
            </List.Item>
          )}
        />
      )}
    </Flex>
  );
}

function InvitationCard({ invitation }: { invitation: ExpertInvitation }) {
  const { t } = useTranslation('invitations');
  const queryClient = useQueryClient();
  const [answering, setAnswering] = useState<'accept' | 'decline' | null>(null);
  const answer = useMutation({
    mutationFn: (body: { accept: AcceptBody } | { decline: DeclineBody }) => {
      const path = { params: { path: { invitationId: invitation.id } } };
      return 'accept' in body
        ? unwrap(api.POST('/me/panel-invitations/{invitationId}/accept', { ...path, body: body.accept }))
        : unwrap(api.POST('/me/panel-invitations/{invitationId}/decline', { ...path, body: body.decline }));
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: MY_INVITATIONS_KEY }),
  });
  return (
    <Card
      size="small"
      style={{ width: '100%' }}
      title={
        <Typography.Title level={2} style={{ margin: 0, fontSize: 16, whiteSpace: 'normal' }}>
          {invitation.requestTitle}
        </Typography.Title>
      }
      extra={<Tag color={STATUS_COLOR[invitation.status]}>{t(`status.${invitation.status}`)}</Tag>}
    >
      <Flex vertical gap="small">
        <InvitationSummary invitation={invitation} />
        <Typography.Text type="secondary">
          {invitation.invitedAt && t('mine.invitedAt', { when: formatDateTime(invitation.invitedAt) })}
          {invitation.answer && ` · ${t('mine.answeredAt', { when: formatDateTime(invitation.answer.at) })}`}
        </Typography.Text>
        {invitation.answer && <Typography.Text>{t(`answerKind.${invitation.answer.kind}`)}</Typography.Text>}
        {opinionPageOpen(invitation) && (
          <ButtonLink
            to={`/me/review-requests/${invitation.reviewRequestId}/opinion`}
            type="primary"
            style={{ alignSelf: 'flex-start' }}
          >
            {t('mine.writeOpinion')}
          </ButtonLink>
        )}
        {answer.data && <AnswerResult invitation={answer.data} />}
        <ProblemAlert error={answer.error} />
        {invitation.status === 'invited' && !answer.data && (
          <>
            {answering === null && (
              <Space wrap>
                <Button type="primary" onClick={() => setAnswering('accept')}>
                  {t('mine.accept')}
                </Button>
                <Button onClick={() => setAnswering('decline')}>{t('mine.decline')}</Button>
              </Space>
            )}
            {answering === 'accept' && (
              <AcceptForm
                invitation={invitation}
                pending={answer.isPending}
                onSubmit={(body) => answer.mutate({ accept: body })}
              />
            )}
            {answering === 'decline' && (
              <DeclineForm pending={answer.isPending} onSubmit={(body) => answer.mutate({ decline: body })} />
            )}
            {answering !== null && (
              <Button type="link" onClick={() => setAnswering(null)} style={{ alignSelf: 'flex-start' }}>
                {t('answer.cancel')}
              </Button>
            )}
          </>
        )}
      </Flex>
    </Card>
  );
}
