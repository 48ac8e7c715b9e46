import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../../api/client';
import { formatDate } from '../../../i18n/format';

/** Year, organizer and the decision (number, dd/mm/yyyy) of a published campaign. */
export function DecisionLine({ campaign }: { campaign: Schemas['PublicHonorCampaignView'] }) {
  const { t } = useTranslation('honorees');
  return (
    <Typography.Paragraph>
      {t('campaign.year', { year: campaign.year })} ·{' '}
      {t('campaign.organizer', { name: campaign.organizerName })}
      <br />
      {t('campaign.decision', { number: campaign.decisionNumber, date: formatDate(campaign.decisionDate) })}
    </Typography.Paragraph>
  );
}
