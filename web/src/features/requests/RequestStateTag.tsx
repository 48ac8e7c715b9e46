import { Badge } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RequestState } from './requests-api';

// a coloured dot beside plain text: coloured tags miss the 4.5:1 contrast
const STATE_BADGE: Record<RequestState, 'default' | 'processing' | 'success' | 'error' | 'warning'> = {
  draft: 'default',
  submitted: 'warning',
  accepted: 'processing',
  declined: 'error',
  panel_forming: 'processing',
  in_review: 'processing',
  report_sent: 'processing',
  answered: 'success',
  closed: 'success',
  cancelled: 'default',
};

/** A request's state, in the reader's language. */
export function RequestStateTag({ state }: { state: RequestState }) {
  const { t } = useTranslation('requests');
  return <Badge status={STATE_BADGE[state]} text={t(`states.${state}`)} />;
}
