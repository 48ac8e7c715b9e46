import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, Flex, Form, Input, List, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../app/ProblemAlert';
import { usePageTitle } from '../../app/page-title';
import { useUrlPage } from '../../app/url-page';
import { LinkedWorksList } from '../../features/nominations/LinkedWorks';
import { AnswerText } from '../../features/nominations/AnswerText';
import { NominationStateText } from '../../features/nominations/CriteriaList';
import type { Nomination } from '../../features/nominations/nomination-form';
import {
  acceptMyNomination,
  declineMyNomination,
  NOMINATIONS_KEY,
  useMyNominations,
} from '../../features/nominations/nominations-api';

const PAGE_SIZE = 10;

/** /me/nominations: the nominations of me, each with who nominated me and for what; accept or decline. */
export default function NominationsOfMePage() {
  const { t } = useTranslation('nominations');
  usePageTitle(t('me.title'));
  const paging = useUrlPage(PAGE_SIZE);
  const query = useMyNominations(paging.window);
  return (
    <Flex vertical gap="middle">
      <Typography.Title level={1}>{t('me.title')}</Typography.Title>
      <Typography.Paragraph>{t('me.intro')}</Typography.Paragraph>
      {query.isPending && <Spin />}
      <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      {query.data && (
        <List
          dataSource={query.data.items}
          locale={{ emptyText: <Empty description={t('me.none')} /> }}
          pagination={paging.pagination(query.data.total)}
          renderItem={(nomination) => (
            <List.Item>
              <NominationCard nomination={nomination} />
            </List.Item>
          )}
        />
      )}
    </Flex>
  );
}

function NominationCard({ nomination }: { nomination: Nomination }) {
  const { t } = useTranslation('nominations');
  const queryClient = useQueryClient();
  const [declining, setDeclining] = useState(false);
  const answer = useMutation({
    mutationFn: (body: { accept: true } | { reason: string | null }) =>
      'accept' in body ? acceptMyNomination(nomination.id) : declineMyNomination(nomination.id, body.reason),
    onSettled: () => queryClient.invalidateQueries({ queryKey: NOMINATIONS_KEY }),
  });
  const nominator = nomination.nominatorOrganizationName ?? t(`nominatedBy.${nomination.nominatedBy}`);
  return (
    <Card
      size="small"
      style={{ width: '100%' }}
      title={
        <Typography.Title level={2} style={{ margin: 0, fontSize: 16, whiteSpace: 'normal' }}>
          {nomination.campaignTitle}
        </Typography.Title>
      }
    >
      <Flex vertical gap="small">
        <span>
          <NominationStateText state={nomination.state} />
        </span>
        <span>{t('me.by', { name: nominator })}</span>
        {nomination.category && <span>{`${t('columns.category')}: ${nomination.category}`}</span>}
        {nomination.work && <span>{t('me.work', { title: nomination.work.title })}</span>}
        {nomination.work && <Typography.Paragraph>{nomination.work.summary}</Typography.Paragraph>}
        {nomination.statement && <Typography.Paragraph>{nomination.statement}</Typography.Paragraph>}
        {nomination.linkedWorks.length > 0 && <LinkedWorksList works={nomination.linkedWorks} />}
        <AnswerText nomination={nomination} />
        {answer.data && (
          <Alert
            type="success"
            showIcon
            role="status"
            title={t(answer.data.state === 'declined' ? 'me.declined' : 'me.accepted')}
          />
        )}
        <ProblemAlert error={answer.error} />
        {nomination.state === 'submitted' && !answer.data && !declining && (
          <Space wrap>
            <Button type="primary" loading={answer.isPending} onClick={() => answer.mutate({ accept: true })}>
              {t('me.accept')}
            </Button>
            <Button onClick={() => setDeclining(true)}>{t('me.decline')}</Button>
          </Space>
        )}
        {nomination.state === 'submitted' && !answer.data && declining && (
          <Form<{ reason?: string }>
            layout="vertical"
            onFinish={({ reason }) => answer.mutate({ reason: reason?.trim() || null })}
          >
            <Form.Item name="reason" label={t('me.declineReason')}>
              <Input.TextArea rows={3} maxLength={2_000} />
            </Form.Item>
            <Space wrap>
              <Button danger htmlType="submit" loading={answer.isPending}>
                {t('me.confirmDecline')}
              </Button>
              <Button onClick={() => setDeclining(false)}>{t('me.cancel')}</Button>
            </Space>
          </Form>
        )}
      </Flex>
    </Card>
  );
}
