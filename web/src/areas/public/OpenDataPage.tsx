import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../app/page-title';
import { WorkforceBreakdown } from '../../features/stats/WorkforceBreakdown';

/** `/open-data`: the non-sensitive aggregates for anyone and the province's portal. */
export default function OpenDataPage() {
  const { t } = useTranslation('stats');
  usePageTitle(t('openData.title'));
  return (
    <article>
      <Typography.Title level={1}>{t('openData.title')}</Typography.Title>
      <Typography.Paragraph>{t('openData.intro')}</Typography.Paragraph>
      <WorkforceBreakdown source="open-data" />
    </article>
  );
}
