import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Schemas } from '../../api/client';
import { formatNumber } from '../../i18n/format';
import { headerLabel } from './WorkforceTableView';

/** Colours with at least 3:1 contrast on white (WCAG 1.4.11), told apart by the legend too. */
const SERIES_COLOURS = [
  '#1d4ed8',
  '#b45309',
  '#047857',
  '#7c3aed',
  '#be123c',
  '#0e7490',
  '#4d7c0f',
  '#9d174d',
];

/**
 * Bars of a breakdown: one bar per row, or a group per row with a bar per column. Withheld cells are
 * left out of the chart (the table says so); the chart is hidden from screen readers, which read the
 * table of the same numbers below it.
 */
export function WorkforceChart({ table }: { table: Schemas['WorkforceTable'] }) {
  const { t, i18n } = useTranslation('stats');
  const series = table.columns.map((column, c) => ({
    key: `c${c}`,
    name: headerLabel(column, i18n.language),
  }));
  const data = table.rows.map((row, r) => ({
    name: headerLabel(row, i18n.language),
    ...Object.fromEntries(table.cells[r].map((cell, c) => [`c${c}`, cell.value])),
  }));
  return (
    <figure aria-hidden="true" style={{ margin: '16px 0' }}>
      <Typography.Text type="secondary">{t('table.chartTitle')}</Typography.Text>
      <div
        style={{ width: '100%', height: Math.max(240, table.rows.length * (series.length > 1 ? 44 : 30)) }}
      >
        <ResponsiveContainer>
          <BarChart data={data} layout="vertical" margin={{ left: 8, right: 16 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis
              type="number"
              allowDecimals={false}
              tickFormatter={(value: number) => formatNumber(value)}
            />
            <YAxis type="category" dataKey="name" width={160} tick={{ fontSize: 12 }} />
            <Tooltip formatter={(value) => formatNumber(Number(value))} />
            {series.length > 1 && <Legend />}
            {series.map((s, i) => (
              <Bar
                key={s.key}
                dataKey={s.key}
                name={s.name}
                fill={SERIES_COLOURS[i % SERIES_COLOURS.length]}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
