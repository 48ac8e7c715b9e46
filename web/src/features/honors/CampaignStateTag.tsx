import { Badge } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CampaignState } from './campaigns-api';

// a coloured dot beside plain text: coloured tags miss the 4.5:1 contrast
const STATE_BADGE: Record<CampaignState, 'default' | 'processing' | 'success' | 'warning'> = {
  draft: 'default',
  open: 'warning',
  in_review: 'processing',
  decided: 'processing',
  published: 'success',
  archived: 'default',
};

/** A campaign's state, in the reader's language. */
export function CampaignStateTag({ state }: { state: CampaignState }) {
  const { t } = useTranslation('honors');
  return <Badge status={STATE_BADGE[state]} text={t(`states.${state}`)} />;
}
