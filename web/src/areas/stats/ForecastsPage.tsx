import { useQuery } from '@tanstack/react-query';
import { Button, Form, Input, InputNumber, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { usePageTitle } from '../../app/page-title';
import { ProblemAlert } from '../../app/ProblemAlert';
import { WorkforceTableView } from '../../features/stats/WorkforceTableView';
import { StatsNav } from './StatsNav';

/** `/stats/forecasts`: retirements by field and year, and the pipeline; asks why first (dates of birth). */
export default function ForecastsPage() {
  const { t, i18n } = useTranslation('stats');
  usePageTitle(t('forecasts.title'));
  const [params, setParams] = useSearchParams();
  const purpose = params.get('purpose') ?? '';
  const years = Number(params.get('years')) || 10;
  const forecast = useQuery({
    queryKey: ['stats', 'forecasts', purpose, years],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/stats/forecasts', { params: { query: { purpose, years } }, signal })),
    enabled: purpose.length >= 5,
  });
  return (
    <article>
      <Typography.Title level={1}>{t('forecasts.title')}</Typography.Title>
      <StatsNav />
      <Typography.Paragraph>{t('forecasts.intro')}</Typography.Paragraph>
      <Form
        layout="vertical"
        initialValues={{ purpose, years }}
        onFinish={(values: { purpose: string; years: number }) =>
          setParams({ purpose: values.purpose, years: String(values.years) })
        }
        style={{ maxWidth: 560, marginBottom: 16 }}
      >
        <Form.Item name="purpose" label={t('form.purpose')} rules={[{ required: true, min: 5 }]}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="years" label={t('forecasts.years')}>
          <InputNumber min={1} max={20} />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('form.show')}
        </Button>
      </Form>
      {forecast.error && <ProblemAlert error={forecast.error} onRetry={() => void forecast.refetch()} />}
      {forecast.isFetching && !forecast.data && <Skeleton active />}
      {forecast.data && (
        <>
          <Typography.Title level={2} style={{ fontSize: 20 }}>
            {t('forecasts.retirements')}
          </Typography.Title>
          <WorkforceTableView table={forecast.data.retirements} />
          <Typography.Title level={2} style={{ fontSize: 20 }}>
            {t('forecasts.pipeline')}
          </Typography.Title>
          <WorkforceTableView table={forecast.data.pipeline} />
          {forecast.data.notForecast > 0 && (
            <Typography.Paragraph>
              {t('forecasts.notForecast', { count: forecast.data.notForecast })}
            </Typography.Paragraph>
          )}
          {forecast.data.notes.map((note) => (
            <Typography.Paragraph key={note.vi} type="secondary">
              {i18n.language === 'en' ? note.en : note.vi}
            </Typography.Paragraph>
          ))}
        </>
      )}
    </article>
  );
}
