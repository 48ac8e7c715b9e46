import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Flex,
  Form,
  Input,
  Popconfirm,
  Radio,
  Skeleton,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { api, unwrap } from '../../../api/client';
import { ButtonLink } from '../../../app/ButtonLink';
import { usePageTitle } from '../../../app/page-title';
import { ProblemAlert } from '../../../app/ProblemAlert';
import { useUrlPage } from '../../../app/url-page';
import { formatDate, formatDateTime } from '../../../i18n/format';
import {
  INVITEE_STATUSES,
  meetingListKey,
  STATUS_COLOR,
  type InviteeStatus,
  type MeetingInvitee,
} from './meetings-api';

const PAGE_SIZE = 20;

/**
 * /honor-meetings/:campaignId: a meeting's invitation list. Staff add everyone a search finds, take
 * people off, send the invitations (each person once; again only on request) and follow the answers.
 */
export default function MeetingListPage() {
  const { t } = useTranslation('meetings');
  const campaignId = useParams().campaignId!;
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const filter = INVITEE_STATUSES.find((status) => status === params.get('status')) ?? 'all';
  const paging = useUrlPage(PAGE_SIZE);
  const campaign = useQuery({
    queryKey: ['honor-campaigns', campaignId],
    queryFn: () => unwrap(api.GET('/honor-campaigns/{id}', { params: { path: { id: campaignId } } })),
  });
  const list = useQuery({
    queryKey: [...meetingListKey(campaignId), filter, paging.window],
    queryFn: () =>
      unwrap(
        api.GET('/honor-campaigns/{id}/meeting-invitees', {
          params: {
            path: { id: campaignId },
            query: { ...paging.window, ...(filter === 'all' ? {} : { status: [filter] }) },
          },
        }),
      ),
  });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: meetingListKey(campaignId) });
  const remove = useMutation({
    mutationFn: (intellectualId: string) =>
      unwrap(
        api.DELETE('/honor-campaigns/{id}/meeting-invitees/{intellectualId}', {
          params: { path: { id: campaignId, intellectualId } },
        }),
      ),
    onSettled: refresh,
  });
  const resend = useMutation({
    mutationFn: (intellectualId: string) =>
      unwrap(
        api.POST('/honor-campaigns/{id}/meeting-invitations', {
          params: { path: { id: campaignId } },
          body: { intellectualIds: [intellectualId] },
        }),
      ),
    onSettled: refresh,
  });

  usePageTitle(campaign.data?.title ?? t('list.loading'));
  if (campaign.error) return <ProblemAlert error={campaign.error} onRetry={() => void campaign.refetch()} />;
  if (!campaign.data) return <Skeleton active aria-label={t('list.loading')} />;
  const counts = list.data?.counts;

  return (
    <Flex vertical gap="middle">
      <ButtonLink to="/honor-meetings" type="link" style={{ alignSelf: 'flex-start', padding: 0 }}>
        {t('list.back')}
      </ButtonLink>
      <Typography.Title level={1}>{campaign.data.title}</Typography.Title>
      <Typography.Text>
        {t('campaigns.date')}:{' '}
        {campaign.data.ceremonyDate ? formatDate(campaign.data.ceremonyDate) : t('campaigns.noDate')}
      </Typography.Text>
      {counts && (
        <section aria-label={t('list.counts')}>
          <Space wrap>
            <Tag>
              {t('list.listed')}: {counts.listed}
            </Tag>
            {INVITEE_STATUSES.map((status) => (
              <Tag key={status} color={STATUS_COLOR[status]}>
                {t(`status.${status}`)}: {counts[countKey(status)]}
              </Tag>
            ))}
          </Space>
        </section>
      )}
      <Flex gap="middle" wrap>
        <AddFromSearch campaignId={campaignId} onAdded={refresh} />
        <SendInvitations
          campaignId={campaignId}
          waiting={counts?.notSent ?? 0}
          hasDate={campaign.data.ceremonyDate !== null}
          onSent={refresh}
        />
      </Flex>
      <Radio.Group
        aria-label={t('list.filter')}
        optionType="button"
        style={{ display: 'flex', flexWrap: 'wrap' }}
        value={filter}
        onChange={(event) => setParams({ status: String(event.target.value) })}
        options={[
          { value: 'all', label: t('list.all') },
          ...INVITEE_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) })),
        ]}
      />
      <ProblemAlert error={list.error ?? remove.error ?? resend.error} onRetry={() => void list.refetch()} />
      <Table<MeetingInvitee>
        rowKey="intellectualId"
        loading={list.isPending}
        dataSource={list.data?.items}
        pagination={paging.pagination(list.data?.total)}
        locale={{ emptyText: t('list.empty') }}
        scroll={{ x: true }}
        columns={[
          { key: 'name', title: t('list.name'), dataIndex: 'fullName' },
          { key: 'email', title: t('list.email'), render: (_, row) => row.email ?? '—' },
          {
            key: 'status',
            title: t('list.status'),
            render: (_, row) => <Tag color={STATUS_COLOR[row.status]}>{t(`status.${row.status}`)}</Tag>,
          },
          { key: 'sentAt', title: t('list.sentAt'), render: (_, row) => formatDateTime(row.sentAt) },
          {
            key: 'answeredAt',
            title: t('list.answeredAt'),
            render: (_, row) => formatDateTime(row.answeredAt),
          },
          { key: 'note', title: t('list.note'), render: (_, row) => row.answerNote ?? '' },
          {
            key: 'actions',
            title: t('list.actions'),
            render: (_, row) => (
              <Space wrap>
                {row.email && row.sentAt && (
                  <Button
                    size="small"
                    loading={resend.isPending && resend.variables === row.intellectualId}
                    onClick={() => resend.mutate(row.intellectualId)}
                  >
                    {t('list.resend')}
                  </Button>
                )}
                <Popconfirm
                  title={t('list.removeConfirm', { name: row.fullName })}
                  okText={t('list.remove')}
                  cancelText={t('list.cancel')}
                  onConfirm={() => remove.mutate(row.intellectualId)}
                >
                  <Button size="small" danger>
                    {t('list.remove')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
    </Flex>
  );
}

type CountKey = 'notSent' | 'noEmail' | 'sent' | 'bounced' | 'accepted' | 'declined';
const countKey = (status: InviteeStatus): CountKey =>
  ({
    not_sent: 'notSent',
    no_email: 'noEmail',
    sent: 'sent',
    bounced: 'bounced',
    accepted: 'accepted',
    declined: 'declined',
  })[status] as CountKey;

function AddFromSearch({ campaignId, onAdded }: { campaignId: string; onAdded: () => void }) {
  const { t } = useTranslation('meetings');
  const add = useMutation({
    mutationFn: (q: string) =>
      unwrap(
        api.POST('/honor-campaigns/{id}/meeting-invitees/from-search', {
          params: { path: { id: campaignId }, query: { q } },
        }),
      ),
    onSuccess: onAdded,
  });
  return (
    <Card title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('add.title')}</h2>} style={{ flex: '1 1 320px' }}>
      <Typography.Paragraph type="secondary">{t('add.help')}</Typography.Paragraph>
      <Form layout="vertical" onFinish={({ q }: { q: string }) => add.mutate(q.trim())}>
        <Form.Item
          name="q"
          label={t('add.words')}
          rules={[{ required: true, whitespace: true, message: t('add.wordsRequired') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={add.isPending}>
          {t('add.submit')}
        </Button>
      </Form>
      <ProblemAlert error={add.error} />
      {add.data && (
        <Alert
          style={{ marginTop: 12 }}
          type="success"
          showIcon
          role="status"
          title={t('add.result', {
            matched: add.data.matched,
            added: add.data.added,
            already: add.data.alreadyListed,
          })}
          description={add.data.capped ? t('add.capped') : undefined}
        />
      )}
    </Card>
  );
}

function SendInvitations(props: {
  campaignId: string;
  waiting: number;
  hasDate: boolean;
  onSent: () => void;
}) {
  const { t } = useTranslation('meetings');
  const send = useMutation({
    mutationFn: (place: string | undefined) =>
      unwrap(
        api.POST('/honor-campaigns/{id}/meeting-invitations', {
          params: { path: { id: props.campaignId } },
          body: place ? { place } : {},
        }),
      ),
    onSuccess: props.onSent,
  });
  return (
    <Card
      title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('send.title')}</h2>}
      style={{ flex: '1 1 320px' }}
    >
      <Form
        layout="vertical"
        onFinish={({ place }: { place?: string }) => send.mutate(place?.trim() || undefined)}
      >
        <Form.Item name="place" label={t('send.place')} extra={t('send.placeHelp')}>
          <Input maxLength={300} />
        </Form.Item>
        <Space wrap>
          <Button
            type="primary"
            htmlType="submit"
            disabled={props.waiting === 0 || !props.hasDate}
            loading={send.isPending}
          >
            {t('send.submit')}
          </Button>
          <Typography.Text type="secondary">
            {!props.hasDate
              ? t('send.noDate')
              : props.waiting === 0
                ? t('send.nothing')
                : t('send.help', { count: props.waiting })}
          </Typography.Text>
        </Space>
      </Form>
      <ProblemAlert error={send.error} />
      {send.data && (
        <Alert
          style={{ marginTop: 12 }}
          type="success"
          showIcon
          role="status"
          title={t('send.sent', { count: send.data.sent })}
        />
      )}
    </Card>
  );
}
