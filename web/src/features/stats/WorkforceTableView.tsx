import { theme } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { formatNumber } from '../../i18n/format';

type Table = Schemas['StatTable'];
type Cell = Schemas['StatCell'];

/** A table's header in the reader's language. */
export function headerLabel(header: { label: string; labelEn: string }, language: string): string {
  return language === 'en' ? header.labelEn : header.label;
}

/**
 * The numbers of a breakdown as a real table (row and column headers, totals), scrolling sideways on
 * a phone; a withheld cell says why in words, not only by its mark.
 */
export function WorkforceTableView({ table }: { table: Table }) {
  const { t, i18n } = useTranslation('stats');
  const { token } = theme.useToken();
  const twoWay = table.columnDimension !== null;
  const border = `1px solid ${token.colorBorderSecondary}`;
  const cellStyle = { border, padding: '6px 10px', textAlign: 'right' as const };
  const headStyle = { ...cellStyle, textAlign: 'left' as const, background: token.colorFillAlter };
  const value = (cell: Cell) => {
    if (cell.suppression === 'small') return <abbr title={t('table.small')}>{t('table.smallMark')}</abbr>;
    if (cell.suppression === 'complementary') {
      return <abbr title={t('table.complementary')}>{t('table.complementaryMark')}</abbr>;
    }
    return formatNumber(cell.value ?? 0);
  };
  return (
    <div
      role="region"
      aria-label={headerLabel(table.rowDimension, i18n.language)}
      tabIndex={0}
      style={{ overflowX: 'auto', marginTop: 16, marginBottom: 16 }}
    >
      <table style={{ borderCollapse: 'collapse', minWidth: '100%' }}>
        <thead>
          <tr>
            <th scope="col" style={headStyle}>
              {headerLabel(table.rowDimension, i18n.language)}
            </th>
            {table.columns.map((column) => (
              <th key={column.key ?? ''} scope="col" style={headStyle}>
                {headerLabel(column, i18n.language)}
              </th>
            ))}
            {twoWay && (
              <th scope="col" style={headStyle}>
                {t('table.total')}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={row.key ?? ''}>
              <th scope="row" style={headStyle}>
                {headerLabel(row, i18n.language)}
              </th>
              {table.cells[r].map((cell, c) => (
                <td key={c} style={cellStyle}>
                  {value(cell)}
                </td>
              ))}
              {twoWay && <td style={{ ...cellStyle, fontWeight: 600 }}>{value(table.rowTotals[r])}</td>}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" style={headStyle}>
              {t('table.total')}
            </th>
            {(twoWay ? table.columnTotals : [table.total]).map((cell, c) => (
              <td key={c} style={{ ...cellStyle, fontWeight: 600 }}>
                {value(cell)}
              </td>
            ))}
            {twoWay && <td style={{ ...cellStyle, fontWeight: 600 }}>{value(table.total)}</td>}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
