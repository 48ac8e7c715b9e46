import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Badge,
  Button,
  Card,
  Empty,
  Flex,
  Form,
  Input,
  Modal,
  Pagination,
  Popconfirm,
  Radio,
  Skeleton,
  Space,
  Table,
  Typography,
} from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, ApiProblem, unwrap, unwrapWithEtag, type Schemas } from '../../../api/client';
import { showFieldErrors } from '../../../api/form-errors';
import { ProblemAlert } from '../../../app/ProblemAlert';
import { usePageTitle } from '../../../app/page-title';
import { formatDateTime } from '../../../i18n/format';
import { useProfileCodeNames } from '../../../features/catalog/code-fields';
import type { NameOf } from '../../../features/catalog/use-catalog';
import { factText } from './fact-text';
import { useUrlPage } from '../../../app/url-page';

const PAGE_SIZE = 20;
const STATUSES = ['pending', 'approved', 'rejected', 'withdrawn'] as const;
// a coloured dot beside plain text: coloured tags miss the 4.5:1 contrast
const STATUS_BADGE = {
  pending: 'warning',
  approved: 'success',
  rejected: 'error',
  withdrawn: 'default',
} as const;

type Request = Schemas['CorrectionRequestView'];
type Profile = Schemas['IntellectualView'];
type Status = (typeof STATUSES)[number];
type Filter = Status | 'all';

/** /officer/corrections: the queue of correction requests, pending ones by default; ?status=all lists every one, pending first. */
export default function CorrectionsPage() {
  const { t } = useTranslation('imports');
  usePageTitle(t('corrections.title'));
  const [params, setParams] = useSearchParams();
  const filter = parseFilter(params.get('status'));
  const paging = useUrlPage(PAGE_SIZE);
  const requests = useQuery({
    queryKey: ['corrections', filter, paging.page],
    queryFn: () =>
      unwrap(
        api.GET('/correction-requests', {
          params: {
            query: {
              ...(filter !== 'all' && { status: filter }),
              ...paging.window,
            },
          },
        }),
      ),
  });
  return (
    <Flex vertical gap="large">
      <div>
        <Typography.Title level={1}>{t('corrections.title')}</Typography.Title>
        <Typography.Paragraph>{t('corrections.intro')}</Typography.Paragraph>
        <Radio.Group
          aria-label={t('corrections.filter')}
          optionType="button"
          // the five buttons wrap onto a second line on a phone
          style={{ display: 'flex', flexWrap: 'wrap' }}
          value={filter}
          onChange={(event) => setParams({ status: event.target.value as Filter })}
          options={[
            ...STATUSES.map((status) => ({ value: status, label: t(`corrections.status.${status}`) })),
            { value: 'all', label: t('corrections.all') },
          ]}
        />
      </div>
      <ProblemAlert error={requests.error} onRetry={() => void requests.refetch()} />
      {requests.isLoading && <Skeleton active />}
      {requests.data?.items.length === 0 && <Empty description={t('corrections.none')} />}
      {requests.data?.items.map((request) => (
        <RequestCard key={request.id} request={request} />
      ))}
      {requests.data && requests.data.total > PAGE_SIZE && (
        <nav aria-label={t('corrections.pagination')}>
          <Pagination {...paging.pagination(requests.data.total)} />
        </nav>
      )}
    </Flex>
  );
}

function parseFilter(value: string | null): Filter {
  return value === 'all' || (STATUSES as readonly string[]).includes(value ?? '')
    ? (value as Filter)
    : 'pending';
}

interface ChangeRow {
  key: string;
  label: string;
  current: string;
  proposed: string;
}

function RequestCard({ request }: { request: Request }) {
  const { t } = useTranslation('imports');
  const nameOf = useProfileCodeNames();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [rejecting, setRejecting] = useState(false);
  const profile = useQuery({
    queryKey: ['profile', request.intellectualId],
    queryFn: () =>
      unwrapWithEtag(api.GET('/intellectuals/{id}', { params: { path: { id: request.intellectualId } } })),
  });
  const decided = async (text: string) => {
    await queryClient.invalidateQueries({ queryKey: ['corrections'] });
    await queryClient.invalidateQueries({ queryKey: ['profile', request.intellectualId] });
    void message.success(text);
  };
  const approve = useMutation({
    mutationFn: (etag: string) =>
      unwrap(
        api.POST('/correction-requests/{id}/approve', {
          params: { path: { id: request.id }, header: { 'If-Match': etag } },
        }),
      ),
    onSuccess: () => decided(t('corrections.approved')),
    onError: (error) => {
      if (error instanceof ApiProblem && error.status === 412)
        void queryClient.invalidateQueries({ queryKey: ['profile', request.intellectualId] });
    },
  });
  const person = profile.data?.data;
  const name = person?.fullName ?? '';
  const headingId = `correction-${request.id}`;
  const stale = approve.error instanceof ApiProblem && approve.error.status === 412;
  return (
    <section aria-labelledby={headingId}>
      <Card
        title={
          <Space wrap>
            <Typography.Title level={2} id={headingId} style={{ margin: 0, fontSize: '1.25rem' }}>
              {person ? <Link to={`/people/${person.id}`}>{person.fullName}</Link> : request.intellectualId}
            </Typography.Title>
            <Badge status={STATUS_BADGE[request.status]} text={t(`corrections.status.${request.status}`)} />
          </Space>
        }
      >
        <Flex vertical gap="middle">
          <Typography.Text type="secondary">
            {t('corrections.filedAt', { at: formatDateTime(request.createdAt) })}
          </Typography.Text>
          <ProblemAlert error={profile.error} />
          {profile.isLoading ? (
            <Skeleton active paragraph={{ rows: 2 }} />
          ) : (
            <Table<ChangeRow>
              rowKey="key"
              size="small"
              pagination={false}
              // cells wrap rather than scroll: a sideways-scrolling table without links is out of a keyboard's reach
              dataSource={changeRows(request, person, t, nameOf)}
              columns={[
                { title: t('corrections.field'), dataIndex: 'label', key: 'label' },
                { title: t('corrections.current'), dataIndex: 'current', key: 'current' },
                { title: t('corrections.proposed'), dataIndex: 'proposed', key: 'proposed' },
              ]}
            />
          )}
          <div>
            <Typography.Text strong>{t('corrections.reason')}: </Typography.Text>
            <Typography.Text>{request.reason}</Typography.Text>
          </div>
          {request.decisionReason && (
            <div>
              <Typography.Text strong>{t('corrections.decisionReason')}: </Typography.Text>
              <Typography.Text>{request.decisionReason}</Typography.Text>
            </div>
          )}
          {request.decidedAt && (
            <Typography.Text type="secondary">
              {t('corrections.decidedAt', { at: formatDateTime(request.decidedAt) })}
            </Typography.Text>
          )}
          {stale ? (
            <Alert type="warning" showIcon role="alert" title={t('corrections.profileChanged')} />
          ) : (
            <ProblemAlert error={approve.error} />
          )}
          {request.status === 'pending' && (
            <Space wrap role="group" aria-labelledby={headingId}>
              <Popconfirm
                title={t('corrections.approveConfirm', { name })}
                okText={t('corrections.approveOk')}
                onConfirm={() => profile.data && approve.mutate(profile.data.etag)}
              >
                <Button type="primary" loading={approve.isPending} disabled={!profile.data}>
                  {t('corrections.approve')}
                </Button>
              </Popconfirm>
              <Button danger onClick={() => setRejecting(true)}>
                {t('corrections.reject')}
              </Button>
            </Space>
          )}
        </Flex>
        {rejecting && (
          <RejectDialog
            request={request}
            name={name}
            onClose={() => setRejecting(false)}
            onRejected={() => {
              setRejecting(false);
              void decided(t('corrections.rejected'));
            }}
          />
        )}
      </Card>
    </section>
  );
}

function RejectDialog({
  request,
  name,
  onClose,
  onRejected,
}: {
  request: Request;
  name: string;
  onClose: () => void;
  onRejected: () => void;
}) {
  const { t } = useTranslation('imports');
  const [form] = Form.useForm<{ reason: string }>();
  const [problem, setProblem] = useState<ApiProblem | undefined>();
  const reject = useMutation({
    mutationFn: (reason: string) =>
      unwrap(
        api.POST('/correction-requests/{id}/reject', {
          params: { path: { id: request.id } },
          body: { reason },
        }),
      ),
    onSuccess: onRejected,
    onError: (error) => setProblem(showFieldErrors(form, error)),
  });
  return (
    <Modal
      open
      title={t('corrections.rejectTitle', { name })}
      okText={t('corrections.rejectSubmit')}
      okButtonProps={{ danger: true, loading: reject.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={({ reason }) => reject.mutate(reason.trim())}>
        <Form.Item
          name="reason"
          label={t('corrections.rejectReason')}
          rules={[
            { required: true, whitespace: true, min: 5, message: t('corrections.rejectReasonRequired') },
          ]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
      </Form>
      <ProblemAlert error={problem} />
    </Modal>
  );
}

/** Each fact the request changes, as it is on the profile now and as the person wants it. */
function changeRows(
  request: Request,
  profile: Profile | undefined,
  t: TFunction<'imports'>,
  nameOf: NameOf,
): ChangeRow[] {
  const changes = Object.entries(request.changes) as Array<[keyof Schemas['SelfUpdateDto'], unknown]>;
  const facts = changes.map(([field, proposed]) => ({
    key: field,
    label: t(`facts.${field}`),
    current: factText(field, profile?.[field], t, nameOf),
    proposed: factText(field, proposed, t, nameOf),
  }));
  const parts = request.parts.map((correction) => {
    const part = t(`corrections.part.${correction.part}`);
    const items = (profile?.[correction.part] ?? []) as Array<{ id: string } & Record<string, unknown>>;
    const item = items.find((candidate) => candidate.id === correction.id);
    const current = item ? factText(correction.part, item, t, nameOf) : t('corrections.itemGone');
    if (correction.action === 'delete') {
      return {
        key: correction.id,
        label: t('corrections.partDelete', { part }),
        current,
        proposed: t('empty'),
      };
    }
    return {
      key: correction.id,
      label: t('corrections.partUpdate', { part }),
      current,
      proposed: factText(correction.part, { ...item, ...correction.changes }, t, nameOf),
    };
  });
  return [...facts, ...parts];
}
