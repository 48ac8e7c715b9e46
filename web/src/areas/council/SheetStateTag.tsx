import { Badge } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SheetState } from '../../features/scoring/scoring-api';

// a coloured dot beside plain text: coloured tags miss the 4.5:1 contrast
const BADGE: Record<SheetState, 'default' | 'warning' | 'success'> = {
  none: 'default',
  draft: 'warning',
  submitted: 'success',
};

/** My sheet's state, in the reader's language. */
export function SheetStateTag({ state }: { state: SheetState }) {
  const { t } = useTranslation('scoring');
  return <Badge status={BADGE[state]} text={t(`states.${state}`)} />;
}
