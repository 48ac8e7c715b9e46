import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, formatNumber } from '../../i18n/format';
import { useCatalog } from '../catalog/use-catalog';
import { ConflictNotice } from '../edit-session/ConflictNotice';
import type { Conflict } from '../edit-session/use-edit-session';
import { formatRequestValue, requestFieldLabel } from './request-values';
import type { ReviewRequest } from './requests-api';

export interface CurrentRequest {
  current: { data: ReviewRequest; etag: string };
}

/** "Someone else changed this request": the shared notice with the request's labels and values. */
export function RequestConflictNotice({
  conflict,
  onReapply,
  onDiscard,
}: {
  conflict: Conflict<CurrentRequest>;
  onReapply: () => void;
  onDiscard: () => void;
}) {
  const { t } = useTranslation('requests');
  const { nameOf } = useCatalog('fields');
  const translate = t as unknown as (key: string, options?: Record<string, unknown>) => string;
  const helpers = {
    nameOf,
    date: (value: string) => formatDate(value),
    number: (value: number) => formatNumber(value),
  };
  return (
    <ConflictNotice
      title={t('conflict.title')}
      intro={t('conflict.intro')}
      details={
        <span>{t('conflict.savedAt', { date: formatDateTime(conflict.current.data.updatedAt) })}</span>
      }
      result={conflict.result}
      noVisibleChangesText={t('conflict.noVisibleChanges')}
      labelOf={(field) => requestFieldLabel(translate, field)}
      format={(field, value) => formatRequestValue(translate, helpers, field, value)}
      reapplyLabel={t('conflict.reapply')}
      discardLabel={t('conflict.discard')}
      onReapply={onReapply}
      onDiscard={onDiscard}
    />
  );
}
