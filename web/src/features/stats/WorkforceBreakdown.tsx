import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Flex, Form, Input, Select, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ProblemAlert } from '../../app/ProblemAlert';
import { useSession } from '../../auth/session';
import { formatDate } from '../../i18n/format';
import { WorkforceChart } from './WorkforceChart';
import { WorkforceTableView } from './WorkforceTableView';
import {
  DIMENSION_KEYS,
  readWorkforceParams,
  SENSITIVE_KEYS,
  toSearchParams,
  usesSensitive,
  workbookHref,
  type WorkforceParams,
  type WorkforceSource,
} from './workforce-query';

/**
 * A workforce breakdown people build themselves: what to count by (rows, and columns if wanted) and
 * on which day, all in the address bar so a table can be bookmarked or sent; the chart, the same
 * numbers as a table (for screen readers and for reading), and the Excel file of exactly that.
 */
export function WorkforceBreakdown({ source }: { source: WorkforceSource }) {
  const { t, i18n } = useTranslation('stats');
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const choice = readWorkforceParams(params);
  const [form] = Form.useForm<WorkforceParams>();
  const rows = Form.useWatch('rows', form) ?? choice.rows;
  const columns = Form.useWatch('columns', form) ?? choice.columns;
  const sensitiveAllowed = source === 'staff' && can('stats.read-sensitive');
  const options = DIMENSION_KEYS.filter((key) => sensitiveAllowed || !SENSITIVE_KEYS.includes(key)).map(
    (key) => ({ value: key, label: t(`dimensions.${key}`) }),
  );
  const ready = choice.rows !== undefined && (!usesSensitive(choice) || !!choice.purpose);

  const table = useQuery({
    queryKey: ['stats', source, toSearchParams(choice).toString()],
    queryFn: ({ signal }) => {
      const query = {
        by: [choice.rows!, ...(choice.columns ? [choice.columns] : [])],
        at: choice.at,
        purpose: usesSensitive(choice) ? choice.purpose : undefined,
      };
      return unwrap(
        source === 'staff'
          ? api.GET('/stats/workforce', { params: { query }, signal })
          : api.GET('/open-data/workforce', { params: { query }, signal }),
      );
    },
    enabled: ready,
    placeholderData: keepPreviousData,
  });

  return (
    <>
      <Form
        form={form}
        layout="vertical"
        initialValues={choice}
        onFinish={(values) => setParams(toSearchParams(values))}
        style={{ marginBottom: 16 }}
      >
        <Flex wrap gap={16} align="end">
          <Form.Item
            name="rows"
            label={t('form.rows')}
            rules={[{ required: true }]}
            style={{ minWidth: 240 }}
          >
            <Select virtual={false} options={options} />
          </Form.Item>
          <Form.Item name="columns" label={t('form.columns')} style={{ minWidth: 240 }}>
            <Select
              virtual={false}
              allowClear
              placeholder={t('form.noColumns')}
              options={options.filter((o) => o.value !== rows)}
            />
          </Form.Item>
          <Form.Item name="at" label={t('form.at')}>
            <Input type="date" max={new Date().toISOString().slice(0, 10)} />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit">
              {t('form.show')}
            </Button>
          </Form.Item>
        </Flex>
        {usesSensitive({ rows, columns }) && (
          <Form.Item
            name="purpose"
            label={t('form.purpose')}
            extra={t('form.purposeHelp')}
            rules={[{ required: true, min: 5 }]}
          >
            <Input maxLength={500} />
          </Form.Item>
        )}
      </Form>
      {!ready && <Typography.Paragraph>{t('table.chooseFirst')}</Typography.Paragraph>}
      {ready && table.error && <ProblemAlert error={table.error} onRetry={() => void table.refetch()} />}
      {ready && !table.data && !table.error && (
        <div role="status" aria-busy="true" aria-label={t('table.loading')}>
          <Skeleton active />
        </div>
      )}
      {ready && table.data && (
        <section aria-busy={table.isFetching}>
          <Flex justify="space-between" align="center" wrap gap={8}>
            <Typography.Title level={2} style={{ fontSize: 20, margin: 0 }}>
              {t('table.caption', {
                dimensions: [table.data.rowDimension, table.data.columnDimension]
                  .filter((d) => d !== null)
                  .map((d) => t(`dimensions.${d.key as (typeof DIMENSION_KEYS)[number]}`).toLowerCase())
                  .join(t('table.and')),
                date: formatDate(table.data.at),
              })}
            </Typography.Title>
            <Button href={workbookHref(source, choice)} download>
              {t('form.download')}
            </Button>
          </Flex>
          <WorkforceChart table={table.data} />
          <WorkforceTableView table={table.data} />
          {table.data.notes.map((note) => (
            <Typography.Paragraph key={note.vi} type="secondary">
              {i18n.language === 'en' ? note.en : note.vi}
            </Typography.Paragraph>
          ))}
        </section>
      )}
    </>
  );
}
