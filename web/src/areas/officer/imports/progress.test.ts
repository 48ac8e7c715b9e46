import { importProgress, isActive, splitDuration } from './progress';

const START = '2026-12-02T05:00:00.000Z';
const at = (seconds: number) => Date.parse(START) + seconds * 1000;

const running = (processedRows: number, totalRows: number | null = 1000) => ({
  status: 'running' as const,
  totalRows,
  processedRows,
  startedAt: START,
  finishedAt: null,
});

describe('importProgress', () => {
  it('measures rows per second since the start and the time left at that rate', () => {
    expect(importProgress(running(250), at(10))).toEqual({
      status: 'running',
      percent: 25,
      rowsPerSecond: 25,
      secondsLeft: 30,
    });
  });

  it('rounds the time left up, so it never shows 0 seconds while rows remain', () => {
    expect(importProgress(running(300), at(10)).secondsLeft).toBe(24); // 700 rows at 30/s = 23.3 s
  });

  it('gives no rate and no time left before the first row is handled', () => {
    const progress = importProgress(running(0), at(5));
    expect(progress).toMatchObject({ percent: 0, rowsPerSecond: null, secondsLeft: null });
  });

  it('gives no rate when no time has passed or the browser clock is behind the server', () => {
    expect(importProgress(running(10), at(0)).rowsPerSecond).toBeNull();
    expect(importProgress(running(10), at(-3)).rowsPerSecond).toBeNull();
    expect(importProgress(running(10), at(-3)).secondsLeft).toBeNull();
  });

  it('has a rate but no percentage or time left while the rows are not counted yet', () => {
    expect(importProgress(running(40, null), at(4))).toEqual({
      status: 'running',
      percent: null,
      rowsPerSecond: 10,
      secondsLeft: null,
    });
  });

  it('stays below 100 % while the job still runs with every row handled', () => {
    expect(importProgress(running(1000), at(10))).toMatchObject({ percent: 99, secondsLeft: 0 });
  });

  it('shows a queued job at 0 % without a rate', () => {
    const queued = {
      status: 'queued' as const,
      totalRows: null,
      processedRows: 0,
      startedAt: null,
      finishedAt: null,
    };
    expect(importProgress(queued, at(100))).toEqual({
      status: 'queued',
      percent: 0,
      rowsPerSecond: null,
      secondsLeft: null,
    });
  });

  it('measures a finished job over its own run, not until now', () => {
    const done = {
      status: 'completed' as const,
      totalRows: 500,
      processedRows: 500,
      startedAt: START,
      finishedAt: new Date(at(20)).toISOString(),
    };
    expect(importProgress(done, at(3600))).toEqual({
      status: 'completed',
      percent: 100,
      rowsPerSecond: 25,
      secondsLeft: 0,
    });
  });

  it('completes an empty file at 100 % without a rate', () => {
    const empty = {
      status: 'completed' as const,
      totalRows: 0,
      processedRows: 0,
      startedAt: START,
      finishedAt: START,
    };
    expect(importProgress(empty, at(1))).toEqual({
      status: 'completed',
      percent: 100,
      rowsPerSecond: null,
      secondsLeft: 0,
    });
  });

  it('keeps where a failed job stopped and gives no time left', () => {
    const failed = {
      status: 'failed' as const,
      totalRows: 800,
      processedRows: 200,
      startedAt: START,
      finishedAt: new Date(at(8)).toISOString(),
    };
    expect(importProgress(failed, at(60))).toEqual({
      status: 'failed',
      percent: 25,
      rowsPerSecond: 25,
      secondsLeft: null,
    });
  });

  it('shows a file that failed before counting (wrong headers) without a percentage', () => {
    const failed = {
      status: 'failed' as const,
      totalRows: null,
      processedRows: 0,
      startedAt: START,
      finishedAt: START,
    };
    expect(importProgress(failed, at(1))).toEqual({
      status: 'failed',
      percent: null,
      rowsPerSecond: null,
      secondsLeft: null,
    });
  });
});

describe('splitDuration', () => {
  it('splits seconds into hours, minutes and seconds', () => {
    expect(splitDuration(3725)).toEqual({ hours: 1, minutes: 2, seconds: 5 });
    expect(splitDuration(59.2)).toEqual({ hours: 0, minutes: 1, seconds: 0 });
    expect(splitDuration(-4)).toEqual({ hours: 0, minutes: 0, seconds: 0 });
  });
});

describe('isActive', () => {
  it('keeps polling queued and running jobs only', () => {
    expect(['queued', 'running', 'completed', 'failed'].filter((s) => isActive(s as never))).toEqual([
      'queued',
      'running',
    ]);
  });
});
