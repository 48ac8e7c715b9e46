import { retryDelayMs } from '../../../src/platform/mail/retry-delay';

describe('retryDelayMs', () => {
  const retry = { baseMs: 30_000, maxMs: 3_600_000 };

  it('doubles from the base after each failed attempt, up to the maximum', () => {
    const upper = (attempts: number) => retryDelayMs(attempts, retry, () => 1);
    expect([1, 2, 3, 4, 5].map(upper)).toEqual([30_000, 60_000, 120_000, 240_000, 480_000]);
    expect(upper(8)).toBe(3_600_000);
    expect(upper(40)).toBe(3_600_000);
  });

  it('takes off up to half at random, so messages that failed together spread out', () => {
    expect(retryDelayMs(2, retry, () => 0)).toBe(30_000);
    expect(retryDelayMs(2, retry, () => 0.5)).toBe(45_000);
    const delays = Array.from({ length: 200 }, () => retryDelayMs(3, retry));
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(60_000);
    expect(Math.max(...delays)).toBeLessThanOrEqual(120_000);
    expect(new Set(delays).size).toBeGreaterThan(50);
  });
});
