/**
 * Delay before the next attempt after `attempts` failed ones: exponential (base·2^(attempts−1), at
 * most max) less up to half of it at random, so messages that failed together (SMTP down for everyone)
 * do not all come back in the same second.
 */
export function retryDelayMs(
  attempts: number,
  retry: { baseMs: number; maxMs: number },
  random: () => number = Math.random,
): number {
  const exponential = Math.min(retry.baseMs * 2 ** Math.max(0, attempts - 1), retry.maxMs);
  return Math.round(exponential / 2 + (random() * exponential) / 2);
}
