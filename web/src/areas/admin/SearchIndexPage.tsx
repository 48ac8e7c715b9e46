import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Flex, Popconfirm, Progress, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { usePageTitle } from '../../app/page-title';
import { ProblemAlert } from '../../app/ProblemAlert';
import { formatNumber } from '../../i18n/format';
import { rebuildProgress } from './rebuild-progress';

const STATUS_KEY = ['search', 'status'] as const;

/** /admin/search: the index's health, and a rebuild from PostgreSQL with its progress. */
export default function SearchIndexPage() {
  const { t } = useTranslation(['admin', 'common']);
  usePageTitle(t('search.title'));
  const queryClient = useQueryClient();
  const reindex = useMutation({
    // answers once the new index is live; the status, polled meanwhile, shows how far it has got
    mutationFn: () => unwrap(api.POST('/search/reindex')),
    onSettled: () => queryClient.invalidateQueries({ queryKey: STATUS_KEY }),
  });
  const status = useQuery({
    queryKey: STATUS_KEY,
    queryFn: () => unwrap(api.GET('/search/status')),
    refetchInterval: (query) => (reindex.isPending || query.state.data?.building ? 1000 : false),
  });
  const progress = status.data ? rebuildProgress(status.data) : undefined;
  const running = reindex.isPending || progress !== undefined;
  return (
    <Flex vertical gap="middle">
      <Typography.Title level={1}>{t('search.title')}</Typography.Title>
      <Typography.Paragraph>{t('search.intro')}</Typography.Paragraph>
      {status.isPending && <Spin />}
      {status.isError && <ProblemAlert error={status.error} onRetry={() => void status.refetch()} />}
      {status.data && (
        <Card>
          <Descriptions
            column={{ xs: 1, md: 2 }}
            size="small"
            items={[
              { key: 'index', label: t('search.index'), children: status.data.index },
              {
                key: 'documents',
                label: t('search.documents'),
                children:
                  status.data.documents === null
                    ? t('search.unreachable')
                    : formatNumber(status.data.documents),
              },
              {
                key: 'expected',
                label: t('search.expected'),
                children: formatNumber(status.data.expectedDocuments),
              },
              { key: 'backlog', label: t('search.backlog'), children: formatNumber(status.data.backlog) },
              {
                key: 'oldest',
                label: t('search.oldestPending'),
                children:
                  status.data.oldestPendingSeconds === null
                    ? t('search.none')
                    : t('search.seconds', {
                        count: status.data.oldestPendingSeconds,
                        formatted: formatNumber(status.data.oldestPendingSeconds),
                      }),
              },
              { key: 'parked', label: t('search.parked'), children: formatNumber(status.data.parked) },
              {
                key: 'building',
                label: t('search.building'),
                children: status.data.building ?? t('search.none'),
              },
              {
                key: 'settings',
                label: t('search.settingsHash'),
                children: status.data.settingsHash ?? t('search.none'),
              },
            ]}
          />
        </Card>
      )}
      <Card
        title={
          <Typography.Title level={2} style={{ margin: 0, fontSize: 18 }}>
            {t('search.reindexTitle')}
          </Typography.Title>
        }
      >
        <Flex vertical gap="middle">
          <Typography.Paragraph>{t('search.reindexIntro')}</Typography.Paragraph>
          {running && (
            <div role="status" aria-live="polite">
              <Typography.Text>
                {progress
                  ? t('search.progress', {
                      done: formatNumber(progress.done),
                      total: formatNumber(progress.total),
                    })
                  : t('search.starting')}
              </Typography.Text>
              <Progress
                percent={progress?.percent ?? 0}
                status="active"
                aria-label={t('search.progressLabel')}
              />
            </div>
          )}
          {reindex.isSuccess && !running && (
            <Alert
              type="success"
              showIcon
              role="status"
              title={t('search.done', {
                documents: formatNumber(reindex.data.documents),
                seconds: formatNumber(reindex.data.tookMs / 1000, undefined, 1),
              })}
            />
          )}
          <ProblemAlert error={reindex.error} />
          <div>
            <Popconfirm
              title={t('search.reindexConfirm')}
              okText={t('common:actions.confirm')}
              cancelText={t('common:actions.cancel')}
              onConfirm={() => reindex.mutate()}
            >
              <Button type="primary" loading={running} disabled={running}>
                {t('search.reindex')}
              </Button>
            </Popconfirm>
          </div>
        </Flex>
      </Card>
    </Flex>
  );
}
