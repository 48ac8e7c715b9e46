import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import { ConflictNotice } from '../edit-session/ConflictNotice';
import type { Conflict } from '../edit-session/use-edit-session';
import type { Report } from './report-api';
import { formatReportValue, reportFieldLabel } from './report-values';

export interface CurrentReport {
  current: { data: Report; etag: string };
}

/** "Someone else saved this draft": the shared notice with the conclusion and each recommendation. */
export function ReportConflictNotice({
  conflict,
  onReapply,
  onDiscard,
}: {
  conflict: Conflict<CurrentReport>;
  onReapply: () => void;
  onDiscard: () => void;
}) {
  const { t } = useTranslation('report');
  const translate = t as unknown as (key: string, options?: Record<string, unknown>) => string;
  return (
    <ConflictNotice
      title={t('conflict.title')}
      intro={t('conflict.intro')}
      result={conflict.result}
      noVisibleChangesText={t('conflict.noVisibleChanges')}
      labelOf={(field) => reportFieldLabel(translate, field)}
      format={(_, value) => (
        // a conclusion keeps its paragraphs
        <span style={{ whiteSpace: 'pre-wrap' }}>
          {formatReportValue(translate, (count) => formatNumber(count), value)}
        </span>
      )}
      reapplyLabel={t('conflict.reapply')}
      discardLabel={t('conflict.discard')}
      onReapply={onReapply}
      onDiscard={onDiscard}
    />
  );
}
