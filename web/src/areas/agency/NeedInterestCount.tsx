import { useQuery } from '@tanstack/react-query';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';

/** How many experts are interested in the agency's task order: the agency sees counts, never names. */
export function NeedInterestCount({ id }: { id: string }) {
  const { t } = useTranslation('needs');
  const summary = useQuery({
    queryKey: ['review-requests', 'interest', id, 'summary'],
    queryFn: () => unwrap(api.GET('/review-requests/{id}/interest/summary', { params: { path: { id } } })),
  });
  if (!summary.data) return null;
  return <Typography.Paragraph role="status">{t('agency.count', summary.data)}</Typography.Paragraph>;
}
