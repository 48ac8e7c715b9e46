import { Badge, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LIST_STYLE, useBilingual } from './bilingual';
import type { ConflictFlag } from './panels-api';

/** Each conflict of interest found: how serious (block or warn), what the rule saw, and the records. */
export function ConflictFlags({ flags }: { flags: readonly ConflictFlag[] }) {
  const { t } = useTranslation('panels');
  const pick = useBilingual();
  if (flags.length === 0) return <Typography.Text>{t('conflicts.none')}</Typography.Text>;
  return (
    <ul style={LIST_STYLE}>
      {flags.map((flag, index) => (
        <li key={`${flag.rule}-${index}`}>
          <Badge
            status={flag.severity === 'block' ? 'error' : 'warning'}
            text={<Typography.Text strong>{t(`severity.${flag.severity}`)}</Typography.Text>}
          />{' '}
          {pick(flag.evidence.vi, flag.evidence.en)}
          {flag.evidence.records.length > 0 && (
            <ul>
              {flag.evidence.records.map((record) => (
                <li key={`${record.kind}-${record.id}`}>
                  {record.year
                    ? t('conflicts.record', { label: record.label, year: record.year })
                    : record.label}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
