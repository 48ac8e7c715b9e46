import { DownloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Flex,
  Skeleton,
  Space,
  Table,
  Tag,
  Typography,
  type PaginationProps,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, unwrap, type Schemas } from '../../../api/client';
import { ButtonLink } from '../../../app/ButtonLink';
import { ProblemAlert } from '../../../app/ProblemAlert';
import { usePageTitle } from '../../../app/page-title';
import { currentLanguage } from '../../../i18n';
import { formatDateTime, formatNumber } from '../../../i18n/format';
import { saveFile } from './download';
import { JobProgress } from './JobProgress';
import { isActive } from './progress';
import { RowReview } from './RowReview';
import { useUrlPage } from '../../../app/url-page';

const PAGE_SIZE = 20;
const POLL_MS = 1000;
const COUNTS = ['created', 'updated', 'unchanged', 'possibleDuplicates', 'conflicts', 'failed'] as const;

type Job = Schemas['ImportJobView'];

/** /officer/imports/:id: one job, live while it runs, then what its rows need from the officer. */
export default function ImportPage() {
  const { t } = useTranslation('imports');
  const { id = '' } = useParams();
  const paging = useUrlPage(PAGE_SIZE, 'errors');
  const job = useQuery({
    queryKey: ['import', id, paging.page],
    queryFn: () =>
      unwrap(
        api.GET('/imports/{id}', {
          params: { path: { id }, query: paging.window },
        }),
      ),
    refetchInterval: (query) => (query.state.data && !isActive(query.state.data.status) ? false : POLL_MS),
    placeholderData: (previous) => previous,
  });
  usePageTitle(job.data ? t('job.title', { file: job.data.fileName }) : t('list.title'));

  if (job.error) return <ProblemAlert error={job.error} onRetry={() => void job.refetch()} />;
  if (!job.data) return <Skeleton active />;
  const data = job.data;
  const finished = !isActive(data.status);
  return (
    <Flex vertical gap="large">
      <div>
        <Link to="/officer/imports">{t('job.back')}</Link>
        <Typography.Title level={1}>{t('job.title', { file: data.fileName })}</Typography.Title>
        <Space wrap>
          {data.dryRun && <Tag>{t('dryRunTag')}</Tag>}
          <Typography.Text type="secondary">
            {t('job.startedBy', {
              name: data.createdBy?.displayName ?? data.createdBy?.email ?? t('empty'),
              at: formatDateTime(data.createdAt),
            })}
          </Typography.Text>
        </Space>
      </div>
      <Card>
        <JobProgress job={data} now={job.dataUpdatedAt} />
      </Card>
      {data.failure && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={t('job.failedFile')}
          description={currentLanguage() === 'vi' ? data.failure.messageVi : data.failure.message}
        />
      )}
      {finished && data.dryRun && <Alert type="info" showIcon title={t('job.dryRunNotice')} />}
      <section aria-labelledby="import-counts">
        <Typography.Title level={2} id="import-counts">
          {t('counts.title')}
        </Typography.Title>
        <Descriptions
          bordered
          size="small"
          column={{ xs: 1, sm: 2, lg: 3 }}
          items={COUNTS.map((key) => ({
            key,
            label: t(`counts.${key}`),
            children: formatNumber(data.counts[key]),
          }))}
        />
      </section>
      {finished && <NextSteps job={data} />}
      <FailedCells job={data} pagination={paging.pagination(data.failedRows.total)} />
      <RowReview job={data} />
      <Notices job={data} />
    </Flex>
  );
}

/** The error file to correct and the way back to upload it. */
function NextSteps({ job }: { job: Job }) {
  const { t } = useTranslation('imports');
  const download = useMutation({
    mutationFn: async () => {
      const blob = await unwrap(
        api.GET('/imports/{id}/errors.xlsx', { params: { path: { id: job.id } }, parseAs: 'blob' }),
      );
      saveFile(blob, `loi-nhap-${job.id}.xlsx`);
    },
  });
  const hasErrors = job.counts.failed + job.counts.conflicts + job.counts.possibleDuplicates > 0;
  if (!hasErrors && !job.dryRun) return null;
  return (
    <Space orientation="vertical">
      {hasErrors && <Typography.Paragraph>{t('job.errorsHelp')}</Typography.Paragraph>}
      <Space wrap>
        {hasErrors && (
          <Button icon={<DownloadOutlined />} loading={download.isPending} onClick={() => download.mutate()}>
            {t('job.downloadErrors')}
          </Button>
        )}
        <ButtonLink type="primary" to="/officer/imports">
          {t('job.uploadAgain')}
        </ButtonLink>
      </Space>
      <ProblemAlert error={download.error} />
    </Space>
  );
}

function FailedCells({ job, pagination }: { job: Job; pagination: PaginationProps }) {
  const { t } = useTranslation('imports');
  const vietnamese = currentLanguage() === 'vi';
  if (job.failedRows.total === 0) return null;
  return (
    <section aria-labelledby="failed-cells">
      <Typography.Title level={2} id="failed-cells">
        {t('errors.title')}
      </Typography.Title>
      <Table<Schemas['FailedCellView']>
        rowKey={(cell) => `${cell.row}-${cell.column ?? ''}-${cell.message}`}
        dataSource={job.failedRows.items}
        // cells wrap rather than scroll: a sideways-scrolling table without links is out of a keyboard's reach
        pagination={pagination}
        columns={[
          { title: t('errors.row'), dataIndex: 'row', key: 'row' },
          {
            title: t('errors.column'),
            key: 'column',
            render: (_, cell) => cell.column ?? t('errors.wholeRow'),
          },
          { title: t('errors.value'), key: 'value', render: (_, cell) => cell.value ?? t('empty') },
          {
            title: t('errors.problem'),
            key: 'problem',
            render: (_, cell) => (vietnamese ? cell.messageVi : cell.message),
          },
        ]}
      />
    </section>
  );
}

function Notices({ job }: { job: Job }) {
  const { t } = useTranslation('imports');
  const vietnamese = currentLanguage() === 'vi';
  if (job.notices.length === 0) return null;
  return (
    <section aria-labelledby="import-notices">
      <Typography.Title level={2} id="import-notices">
        {t('review.noticesTitle')}
      </Typography.Title>
      <Table<Schemas['RowNoticeView']>
        rowKey={(notice) => `${notice.row}-${notice.column ?? ''}-${notice.message}`}
        dataSource={job.notices}
        // cells wrap rather than scroll: a sideways-scrolling table without links is out of a keyboard's reach
        pagination={false}
        columns={[
          { title: t('errors.row'), dataIndex: 'row', key: 'row' },
          {
            title: t('errors.column'),
            key: 'column',
            render: (_, notice) => notice.column ?? t('errors.wholeRow'),
          },
          {
            title: t('review.kind'),
            key: 'kind',
            render: (_, notice) => t(`review.noticeKind.${notice.kind}`),
          },
          {
            title: t('errors.problem'),
            key: 'message',
            render: (_, notice) => (vietnamese ? notice.messageVi : notice.message),
          },
        ]}
      />
    </section>
  );
}
