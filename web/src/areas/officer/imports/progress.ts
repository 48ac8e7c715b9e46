import type { Schemas } from '../../../api/client';

type Job = Pick<
  Schemas['ImportJobSummaryView'],
  'status' | 'totalRows' | 'processedRows' | 'startedAt' | 'finishedAt'
>;

/** What the progress bar shows for a job at one moment. */
export interface ImportProgress {
  status: Job['status'];
  /** 0 to 100, or null while the job has not counted the file's rows yet. */
  percent: number | null;
  /** Rows handled per second since the job started, or null before there is anything to measure. */
  rowsPerSecond: number | null;
  /** Seconds until the last row at the current rate; 0 once finished; null when it cannot be told. */
  secondsLeft: number | null;
}

/**
 * The rate is the rows handled since the job started over the time since (until it finished, for a
 * finished job). `now` is the browser's clock; when it is behind the server's, the elapsed time can
 * come out zero or negative, which says nothing about the rate, so none is given then.
 */
export function importProgress(job: Job, now: number): ImportProgress {
  const { status, totalRows, processedRows } = job;
  const started = job.startedAt ? Date.parse(job.startedAt) : NaN;
  const until = job.finishedAt ? Date.parse(job.finishedAt) : now;
  const seconds = (until - started) / 1000;
  const rowsPerSecond = processedRows > 0 && seconds > 0 ? processedRows / seconds : null;
  const share = totalRows ? Math.min(processedRows / totalRows, 1) : totalRows === 0 ? 1 : null;

  switch (status) {
    case 'queued':
      return { status, percent: 0, rowsPerSecond: null, secondsLeft: null };
    case 'completed':
      return { status, percent: 100, rowsPerSecond, secondsLeft: 0 };
    case 'failed':
      return {
        status,
        percent: share === null ? null : Math.floor(share * 100),
        rowsPerSecond,
        secondsLeft: null,
      };
    case 'running': {
      const left = totalRows === null ? null : Math.max(totalRows - processedRows, 0);
      return {
        status,
        // a running job is not done even when every row is handled: it still writes its counts
        percent: share === null ? null : Math.min(Math.floor(share * 100), 99),
        rowsPerSecond,
        secondsLeft: left === null || rowsPerSecond === null ? null : Math.ceil(left / rowsPerSecond),
      };
    }
  }
}

/** A duration as hours, minutes and seconds, for "2 min 05 s left". */
export function splitDuration(totalSeconds: number): { hours: number; minutes: number; seconds: number } {
  const whole = Math.max(Math.ceil(totalSeconds), 0);
  return { hours: Math.floor(whole / 3600), minutes: Math.floor((whole % 3600) / 60), seconds: whole % 60 };
}

/** Whether the job may still change, so its page keeps asking. */
export function isActive(status: Job['status']): boolean {
  return status === 'queued' || status === 'running';
}
