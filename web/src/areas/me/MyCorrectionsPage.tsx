import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Empty,
  Flex,
  List,
  Popconfirm,
  Spin,
  Tag,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client';
import { usePageTitle } from '../../app/page-title';
import { ProblemAlert } from '../../app/ProblemAlert';
import { formatDateTime } from '../../i18n/format';
import { requestedChanges } from './correction';
import { PART_INPUTS, type InputSpec, type ShownField } from './fact-inputs';
import { FactValue, shapeOf } from './FactValue';
import { MY_CORRECTIONS_KEY } from './my-profile';
import { useUrlPage } from '../../app/url-page';

type Request = Schemas['CorrectionRequestView'];
const PAGE_SIZE = 10;
// dark enough for white text at AA contrast (antd's light preset tags are not)
const STATUS_COLOR: Record<Request['status'], string | undefined> = {
  pending: '#874d00',
  approved: '#135200',
  rejected: '#a8071a',
  withdrawn: undefined,
};

/** /me/corrections: the person's correction requests, newest first, with what became of each. */
export default function MyCorrectionsPage() {
  const { t } = useTranslation(['me', 'common']);
  usePageTitle(t('requests.title'));
  const location = useLocation();
  const paging = useUrlPage(PAGE_SIZE);
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: [...MY_CORRECTIONS_KEY, paging.page],
    queryFn: () =>
      unwrap(
        api.GET('/me/correction-requests', {
          params: { query: paging.window },
        }),
      ),
  });
  const withdraw = useMutation({
    mutationFn: (id: string) =>
      unwrap(
        api.POST('/me/correction-requests/{requestId}/withdraw', { params: { path: { requestId: id } } }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: MY_CORRECTIONS_KEY }),
  });
  const filed = (location.state as { filed?: boolean } | null)?.filed === true;
  return (
    <Flex vertical gap="middle">
      <Typography.Title level={1}>{t('requests.title')}</Typography.Title>
      <Typography.Paragraph>{t('requests.intro')}</Typography.Paragraph>
      {filed && <Alert type="success" showIcon role="status" title={t('requests.filed')} />}
      <ProblemAlert error={withdraw.error} />
      {query.isPending && <Spin />}
      {query.isError && <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />}
      {query.data && (
        <List
          dataSource={query.data.items}
          locale={{ emptyText: <Empty description={t('requests.none')} /> }}
          pagination={paging.pagination(query.data.total)}
          renderItem={(request) => (
            <List.Item>
              <RequestCard
                request={request}
                onWithdraw={() => withdraw.mutate(request.id)}
                withdrawing={withdraw.isPending && withdraw.variables === request.id}
              />
            </List.Item>
          )}
        />
      )}
      <Link to="/me">{t('correction.backToProfile')}</Link>
    </Flex>
  );
}

function RequestCard({
  request,
  onWithdraw,
  withdrawing,
}: {
  request: Request;
  onWithdraw: () => void;
  withdrawing: boolean;
}) {
  const { t } = useTranslation(['me', 'common']);
  const lines = requestedChanges(request);
  return (
    <Card
      size="small"
      style={{ width: '100%' }}
      title={
        <Typography.Title level={2} style={{ margin: 0, fontSize: 16, whiteSpace: 'normal' }}>
          {t('requests.filedAt', { when: formatDateTime(request.createdAt) })}
        </Typography.Title>
      }
      extra={<Tag color={STATUS_COLOR[request.status]}>{t(`requests.status.${request.status}`)}</Tag>}
    >
      <Descriptions
        column={1}
        size="small"
        items={[
          ...lines.map((line, index) => {
            if (line.part && line.action === 'delete')
              return { key: index, label: t(`parts.${line.part}`), children: t('requests.removeItem') };
            const shape = line.part
              ? (PART_INPUTS[line.part] as Record<string, InputSpec>)[line.fact!]
              : shapeOf(line.fact as ShownField);
            const label = line.part
              ? `${t(`parts.${line.part}`)} · ${t(`partFields.${line.part}.${line.fact}` as 'partFields.educations.year')}`
              : t(`fields.${line.fact as ShownField}`);
            return {
              key: index,
              label,
              children: shape ? <FactValue shape={shape} value={line.value} /> : JSON.stringify(line.value),
            };
          }),
          { key: 'reason', label: t('requests.reason'), children: request.reason },
          ...(request.decidedAt
            ? [
                {
                  key: 'decidedAt',
                  label: t('requests.decidedAt'),
                  children: formatDateTime(request.decidedAt),
                },
              ]
            : []),
          ...(request.decisionReason
            ? [
                {
                  key: 'decisionReason',
                  label: t('requests.decisionReason'),
                  children: request.decisionReason,
                },
              ]
            : []),
        ]}
      />
      {request.status === 'pending' && (
        <Popconfirm
          title={t('requests.withdrawConfirm')}
          okText={t('common:actions.confirm')}
          cancelText={t('common:actions.cancel')}
          onConfirm={onWithdraw}
        >
          <Button danger size="small" loading={withdrawing}>
            {t('requests.withdraw')}
          </Button>
        </Popconfirm>
      )}
    </Card>
  );
}
