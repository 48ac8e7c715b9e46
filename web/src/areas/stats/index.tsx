import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../app/page-title';
import { WorkforceBreakdown } from '../../features/stats/WorkforceBreakdown';

/** `/stats`: the workforce statistics of officers, association staff and admins. */
export default function StatsArea() {
  const { t } = useTranslation('stats');
  usePageTitle(t('staff.title'));
  return (
    <article>
      <Typography.Title level={1}>{t('staff.title')}</Typography.Title>
      <Typography.Paragraph>{t('staff.intro')}</Typography.Paragraph>
      <WorkforceBreakdown source="staff" />
    </article>
  );
}
