import { useQuery } from '@tanstack/react-query';
import { Card, Col, List, Row, Skeleton, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { usePageTitle } from '../../app/page-title';
import { ProblemAlert } from '../../app/ProblemAlert';
import { useSession } from '../../auth/session';
import { TAG_COLORS } from '../../features/profile/tag-colors';
import { formatDateTime, formatNumber } from '../../i18n/format';

const IMPORT_COLORS = {
  queued: TAG_COLORS.neutral,
  running: TAG_COLORS.running,
  completed: TAG_COLORS.verified,
  failed: TAG_COLORS.failed,
} as const;

function Panel({
  title,
  link,
  linkText,
  loading,
  error,
  children,
}: {
  title: string;
  link: string;
  linkText: string;
  loading: boolean;
  error: unknown;
  children: ReactNode;
}) {
  return (
    <Card title={<h2 style={{ margin: 0, fontSize: 18 }}>{title}</h2>} style={{ height: '100%' }}>
      <ProblemAlert error={error} />
      {loading ? <Skeleton active /> : children}
      <p>
        <Link to={link}>{linkText}</Link>
      </p>
    </Card>
  );
}

/** The officer's start page: what needs attention now, each with the way to the page that handles it. */
export default function StartPage() {
  const { t } = useTranslation('officer');
  const { can } = useSession();
  usePageTitle(t('start.title'));
  const corrections = useQuery({
    queryKey: ['corrections', 'pending', 'oldest'],
    queryFn: () =>
      unwrap(api.GET('/correction-requests', { params: { query: { status: 'pending', limit: 1 } } })),
    enabled: can('corrections.decide'),
  });
  const imports = useQuery({
    queryKey: ['imports', 'recent'],
    queryFn: () => unwrap(api.GET('/imports', { params: { query: { limit: 5 } } })),
    enabled: can('imports.run'),
  });
  const duplicates = useQuery({
    queryKey: ['duplicates', 'count'],
    queryFn: () => unwrap(api.GET('/intellectuals/duplicates', { params: { query: { limit: 1 } } })),
    enabled: can('profiles.merge'),
  });
  const pending = corrections.data;
  // the queue answers pending requests oldest first: the one waiting longest
  const oldest = pending?.items[0];

  return (
    <>
      <h1>{t('start.title')}</h1>
      <Typography.Paragraph>{t('start.intro')}</Typography.Paragraph>
      <Row gutter={[16, 16]}>
        {can('corrections.decide') && (
          <Col xs={24} lg={8}>
            <Panel
              title={t('start.corrections.title')}
              link="/officer/corrections"
              linkText={t('start.corrections.open')}
              loading={corrections.isPending}
              error={corrections.error}
            >
              {pending && pending.total > 0 ? (
                <>
                  <Typography.Title level={3} style={{ fontSize: 28, margin: 0 }}>
                    {t('start.corrections.count', { total: formatNumber(pending.total) })}
                  </Typography.Title>
                  {oldest && (
                    <Typography.Paragraph>
                      {t('start.corrections.oldest', { date: formatDateTime(oldest.createdAt) })}
                      <br />
                      <Link to={`/people/${oldest.intellectualId}`}>{oldest.reason}</Link>
                    </Typography.Paragraph>
                  )}
                </>
              ) : (
                <Typography.Paragraph>{t('start.corrections.none')}</Typography.Paragraph>
              )}
            </Panel>
          </Col>
        )}
        {can('imports.run') && (
          <Col xs={24} lg={8}>
            <Panel
              title={t('start.imports.title')}
              link="/officer/imports"
              linkText={t('start.imports.open')}
              loading={imports.isPending}
              error={imports.error}
            >
              {imports.data && imports.data.items.length > 0 ? (
                <List
                  dataSource={imports.data.items}
                  renderItem={(job) => (
                    <List.Item key={job.id}>
                      <div>
                        <Link to={`/officer/imports/${job.id}`}>{job.fileName}</Link>{' '}
                        <Tag color={IMPORT_COLORS[job.status]}>{t(`importStatus.${job.status}`)}</Tag>
                        {job.dryRun && <Tag>{t('start.imports.dryRun')}</Tag>}
                        <div>
                          <Typography.Text type="secondary">
                            {t('start.imports.startedAt', { date: formatDateTime(job.createdAt) })}
                          </Typography.Text>
                        </div>
                        <div>
                          {t('start.imports.counts', {
                            created: formatNumber(job.counts.created),
                            updated: formatNumber(job.counts.updated),
                            possibleDuplicates: formatNumber(job.counts.possibleDuplicates),
                            failed: formatNumber(job.counts.failed),
                          })}
                        </div>
                      </div>
                    </List.Item>
                  )}
                />
              ) : (
                <Typography.Paragraph>{t('start.imports.none')}</Typography.Paragraph>
              )}
            </Panel>
          </Col>
        )}
        {can('profiles.merge') && (
          <Col xs={24} lg={8}>
            <Panel
              title={t('start.duplicates.title')}
              link="/officer/duplicates"
              linkText={t('start.duplicates.open')}
              loading={duplicates.isPending}
              error={duplicates.error}
            >
              <Typography.Paragraph>
                {duplicates.data && duplicates.data.total > 0
                  ? t('start.duplicates.count', { total: formatNumber(duplicates.data.total) })
                  : t('start.duplicates.none')}
              </Typography.Paragraph>
            </Panel>
          </Col>
        )}
      </Row>
    </>
  );
}
