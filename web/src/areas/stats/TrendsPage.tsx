import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Flex, Form, InputNumber, Skeleton, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Bar, CartesianGrid, ComposedChart, Line, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { api, unwrap, type Schemas } from '../../api/client';
import { usePageTitle } from '../../app/page-title';
import { ProblemAlert } from '../../app/ProblemAlert';
import { formatNumber } from '../../i18n/format';
import { StatsNav } from './StatsNav';

type Trends = Schemas['TrendsView'];
type Series = Schemas['TrendSeriesView'];
const GROUPS = ['publications', 'intellectualProperty', 'projects', 'degrees'] as const;

/** `/stats/trends`: works and titles per year, each against the plan's target where there is one. */
export default function TrendsPage() {
  const { t, i18n } = useTranslation('stats');
  usePageTitle(t('trends.title'));
  const [params, setParams] = useSearchParams();
  const year = (name: string) => (params.get(name) ? Number(params.get(name)) : undefined);
  const query = { from: year('from'), to: year('to') };
  const trends = useQuery({
    queryKey: ['stats', 'trends', query],
    queryFn: ({ signal }) => unwrap(api.GET('/stats/trends', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
  return (
    <article>
      <Typography.Title level={1}>{t('trends.title')}</Typography.Title>
      <StatsNav />
      <Typography.Paragraph>{t('trends.intro')}</Typography.Paragraph>
      <Form
        layout="inline"
        initialValues={query}
        onFinish={(values: { from?: number; to?: number }) =>
          setParams(
            new URLSearchParams(
              Object.entries(values).flatMap(([name, value]) => (value ? [[name, String(value)]] : [])),
            ),
          )
        }
        style={{ marginBottom: 16, rowGap: 8 }}
      >
        <Form.Item name="from" label={t('trends.from')}>
          <InputNumber min={1990} max={2100} />
        </Form.Item>
        <Form.Item name="to" label={t('trends.to')}>
          <InputNumber min={1990} max={2100} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit">
            {t('trends.show')}
          </Button>
        </Form.Item>
      </Form>
      {trends.error && <ProblemAlert error={trends.error} onRetry={() => void trends.refetch()} />}
      {!trends.data && !trends.error && <Skeleton active />}
      {trends.data && (
        <>
          <InternationalChart trends={trends.data} />
          {GROUPS.map((group) => (
            <TrendTable
              key={group}
              title={t(`trends.groups.${group}`)}
              years={trends.data.years}
              series={trends.data.series.filter((s) => s.group === group)}
            />
          ))}
          {trends.data.notes.map((note) => (
            <Typography.Paragraph key={note.vi} type="secondary">
              {i18n.language === 'en' ? note.en : note.vi}
            </Typography.Paragraph>
          ))}
        </>
      )}
    </article>
  );
}

/** International papers per year as bars, the target as a line; hidden from screen readers (the table says it). */
function InternationalChart({ trends }: { trends: Trends }) {
  const { t } = useTranslation('stats');
  const series = trends.series.find((s) => s.key === 'publications.international');
  if (!series) return null;
  const data = trends.years.map((year, i) => ({
    year: String(year),
    value: series.values[i],
    target: series.targets[i]?.minPerYear ?? null,
  }));
  return (
    <figure aria-hidden="true" style={{ margin: '0 0 16px' }}>
      <Typography.Text type="secondary">{t('trends.chartTitle')}</Typography.Text>
      <div style={{ width: '100%', height: 260 }}>
        <ResponsiveContainer>
          <ComposedChart data={data} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="year" />
            <YAxis allowDecimals={false} tickFormatter={(value: number) => formatNumber(value)} />
            <Bar dataKey="value" fill="#1d4ed8" />
            <Line dataKey="target" stroke="#b45309" strokeWidth={2} dot={false} connectNulls={false} />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

function TrendTable({ title, years, series }: { title: string; years: number[]; series: Series[] }) {
  const { t, i18n } = useTranslation('stats');
  const { token } = theme.useToken();
  const border = `1px solid ${token.colorBorderSecondary}`;
  const cell = { border, padding: '6px 10px', textAlign: 'right' as const, verticalAlign: 'top' as const };
  const head = { ...cell, textAlign: 'left' as const, background: token.colorFillAlter };
  return (
    <section style={{ marginBottom: 24 }}>
      <Typography.Title level={2} style={{ fontSize: 20 }}>
        {title}
      </Typography.Title>
      <div role="region" aria-label={title} tabIndex={0} style={{ overflowX: 'auto' }}>
        <table style={{ borderCollapse: 'collapse', minWidth: '100%' }}>
          <thead>
            <tr>
              <th scope="col" style={head}>
                {t('trends.series')}
              </th>
              {years.map((year) => (
                <th key={year} scope="col" style={head}>
                  {year}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {series.map((s) => (
              <tr key={s.key}>
                <th scope="row" style={head}>
                  {i18n.language === 'en' ? s.labelEn : s.label}
                </th>
                {s.values.map((value, i) => {
                  const target = s.targets[i];
                  return (
                    <td key={years[i]} style={cell}>
                      {formatNumber(value)}
                      {target && (
                        <Flex vertical style={{ fontSize: 12, color: token.colorTextSecondary }}>
                          <span>
                            {t('trends.target', {
                              goal: target.maxPerYear
                                ? `${target.minPerYear}–${target.maxPerYear}`
                                : `≥ ${target.minPerYear}`,
                            })}
                          </span>
                          <span>{target.met ? t('trends.met') : t('trends.notMet')}</span>
                        </Flex>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
