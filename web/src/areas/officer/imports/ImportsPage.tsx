import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Checkbox, Flex, Form, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api, unwrap, type Schemas } from '../../../api/client';
import { ProblemAlert } from '../../../app/ProblemAlert';
import { ResponsiveTable } from '../../../app/ResponsiveTable';
import { usePageTitle } from '../../../app/page-title';
import { formatDateTime, formatNumber } from '../../../i18n/format';
import { saveFile } from './download';
import { ImportStatusTag } from './ImportStatusTag';
import { useUrlPage } from '../../../app/url-page';

const PAGE_SIZE = 20;
const ACCEPT = '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';

type Job = Schemas['ImportJobSummaryView'];

/** /officer/imports: the template, an upload (or dry run), and the recent jobs. */
export default function ImportsPage() {
  const { t } = useTranslation('imports');
  usePageTitle(t('list.title'));
  return (
    <Flex vertical gap="large">
      <div>
        <Typography.Title level={1}>{t('list.title')}</Typography.Title>
        <Typography.Paragraph>{t('list.intro')}</Typography.Paragraph>
        <TemplateDownload />
      </div>
      <UploadForm />
      <RecentJobs />
    </Flex>
  );
}

function TemplateDownload() {
  const { t } = useTranslation('imports');
  const download = useMutation({
    mutationFn: async () => {
      const blob = await unwrap(api.GET('/imports/template.xlsx', { parseAs: 'blob' }));
      saveFile(blob, 'mau-nhap-tri-thuc.xlsx');
    },
  });
  return (
    <Space orientation="vertical">
      <Button icon={<DownloadOutlined />} loading={download.isPending} onClick={() => download.mutate()}>
        {t('list.template')}
      </Button>
      <ProblemAlert error={download.error} />
    </Space>
  );
}

function UploadForm() {
  const { t } = useTranslation('imports');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [dryRun, setDryRun] = useState(false);
  const [missing, setMissing] = useState(false);
  const start = useMutation({
    mutationFn: (upload: File) =>
      unwrap(
        api.POST('/imports', {
          // the contract types a binary part as a string; the serializer sends the File itself
          body: { file: upload.name, dryRun },
          bodySerializer: () => {
            const form = new FormData();
            form.append('file', upload);
            form.append('dryRun', String(dryRun));
            return form;
          },
        }),
      ),
    onSuccess: async (started) => {
      // the list must show the new job when the officer comes back to it
      await queryClient.invalidateQueries({ queryKey: ['imports'] });
      void navigate(`/officer/imports/${started.id}`);
    },
  });
  const submit = () => {
    if (!file) return setMissing(true);
    start.mutate(file);
  };
  return (
    <Card title={<Typography.Title level={2}>{t('list.uploadTitle')}</Typography.Title>}>
      <Form layout="vertical" onFinish={submit}>
        <Form.Item
          label={t('list.file')}
          htmlFor="import-file"
          help={missing ? <span id="import-file-error">{t('list.fileRequired')}</span> : undefined}
          extra={<span id="import-file-help">{t('list.fileHelp')}</span>}
          validateStatus={missing ? 'error' : undefined}
          required
        >
          <input
            id="import-file"
            type="file"
            accept={ACCEPT}
            aria-describedby={missing ? 'import-file-error import-file-help' : 'import-file-help'}
            aria-invalid={missing || undefined}
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setMissing(false);
            }}
          />
        </Form.Item>
        <Form.Item>
          <Checkbox checked={dryRun} onChange={(event) => setDryRun(event.target.checked)}>
            {t('list.dryRun')}
          </Checkbox>
        </Form.Item>
        <ProblemAlert error={start.error} />
        <Button type="primary" htmlType="submit" icon={<UploadOutlined />} loading={start.isPending}>
          {start.isPending ? t('list.starting') : t('list.start')}
        </Button>
      </Form>
    </Card>
  );
}

function RecentJobs() {
  const { t } = useTranslation('imports');
  const paging = useUrlPage(PAGE_SIZE);
  const jobs = useQuery({
    queryKey: ['imports', paging.page],
    queryFn: () => unwrap(api.GET('/imports', { params: { query: paging.window } })),
    // a running job's row changes as it goes
    refetchInterval: (query) =>
      query.state.data?.items.some((job) => job.status === 'queued' || job.status === 'running')
        ? 2000
        : false,
  });
  return (
    <section aria-labelledby="recent-imports">
      <Typography.Title level={2} id="recent-imports">
        {t('list.recent')}
      </Typography.Title>
      <ProblemAlert error={jobs.error} onRetry={() => void jobs.refetch()} />
      <ResponsiveTable<Job>
        rowKey="id"
        loading={jobs.isLoading}
        dataSource={jobs.data?.items}
        locale={{ emptyText: t('list.none') }}
        pagination={paging.pagination(jobs.data?.total)}
        columns={[
          {
            title: t('list.columns.file'),
            key: 'file',
            render: (job) => <Link to={`/officer/imports/${job.id}`}>{job.fileName}</Link>,
          },
          {
            title: t('list.columns.createdAt'),
            key: 'createdAt',
            render: (job) => formatDateTime(job.createdAt),
          },
          {
            title: t('list.columns.startedBy'),
            key: 'startedBy',
            render: (job) => job.createdBy?.displayName ?? job.createdBy?.email ?? t('empty'),
          },
          {
            title: t('list.columns.status'),
            key: 'status',
            render: (job) => (
              <Space size={4} wrap>
                <ImportStatusTag status={job.status} />
                {job.dryRun && <Tag>{t('dryRunTag')}</Tag>}
              </Space>
            ),
          },
          {
            title: t('list.columns.rows'),
            key: 'rows',
            render: (job) =>
              t('list.rowsOf', {
                processed: formatNumber(job.processedRows),
                total: job.totalRows === null ? '?' : formatNumber(job.totalRows),
              }),
          },
          {
            title: t('list.columns.outcome'),
            key: 'outcome',
            render: (job) =>
              t('list.outcome', {
                created: formatNumber(job.counts.created),
                updated: formatNumber(job.counts.updated),
                failed: formatNumber(job.counts.failed),
              }),
          },
        ]}
      />
    </section>
  );
}
