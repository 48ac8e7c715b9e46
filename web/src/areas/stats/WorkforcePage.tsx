import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../app/page-title';
import { WorkforceBreakdown } from '../../features/stats/WorkforceBreakdown';
import { StatsNav } from './StatsNav';

/** `/stats`: the workforce breakdowns of officers, association staff and admins. */
export default function WorkforcePage() {
  const { t } = useTranslation('stats');
  usePageTitle(t('staff.title'));
  return (
    <article>
      <Typography.Title level={1}>{t('staff.title')}</Typography.Title>
      <StatsNav />
      <Typography.Paragraph>{t('staff.intro')}</Typography.Paragraph>
      <WorkforceBreakdown source="staff" />
    </article>
  );
}
