import { Badge } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../../api/client';

// a coloured dot beside plain text: antd's coloured tags miss the 4.5:1 contrast with our theme's colours
const BADGE = { queued: 'default', running: 'processing', completed: 'success', failed: 'error' } as const;

export function ImportStatusTag({ status }: { status: Schemas['ImportJobSummaryView']['status'] }) {
  const { t } = useTranslation('imports');
  return <Badge status={BADGE[status]} text={t(`status.${status}`)} />;
}
