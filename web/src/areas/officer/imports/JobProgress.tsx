import { Progress, Space, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../../api/client';
import { formatNumber } from '../../../i18n/format';
import { ImportStatusTag } from './ImportStatusTag';
import { importProgress, splitDuration } from './progress';

/** The live progress of a job: a bar, rows handled, rows per second and the time left. */
export function JobProgress({ job, now }: { job: Schemas['ImportJobSummaryView']; now: number }) {
  const { t } = useTranslation('imports');
  const progress = importProgress(job, now);
  const processed = formatNumber(job.processedRows);
  const facts: string[] = [
    job.totalRows === null
      ? t('progress.rowsUncounted', { processed })
      : progress.status === 'completed'
        ? t('progress.done', { processed })
        : t('progress.rows', { processed, total: formatNumber(job.totalRows) }),
  ];
  if (progress.rowsPerSecond !== null) {
    facts.push(t('progress.rate', { rate: formatNumber(progress.rowsPerSecond, undefined, 1) }));
  }
  if (progress.status === 'running' && progress.secondsLeft !== null) {
    facts.push(t('progress.timeLeft', { time: durationText(progress.secondsLeft, t) }));
  }
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {/* the status alone is announced: the numbers change every second */}
      <div aria-live="polite">
        <ImportStatusTag status={job.status} />
      </div>
      <Progress
        aria-label={t('progress.label')}
        percent={progress.percent ?? 0}
        status={job.status === 'failed' ? 'exception' : job.status === 'completed' ? 'success' : 'active'}
      />
      <Typography.Text>{facts.join(' · ')}</Typography.Text>
    </Space>
  );
}

function durationText(seconds: number, t: TFunction<'imports'>): string {
  const parts = splitDuration(seconds);
  const padded = { ...parts, seconds: String(parts.seconds).padStart(2, '0') };
  if (parts.hours) return t('progress.hours', { hours: parts.hours, minutes: parts.minutes });
  if (parts.minutes) return t('progress.minutes', padded);
  return t('progress.seconds', parts);
}
