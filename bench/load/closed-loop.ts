import { LatencySummary, summarize } from '../stats';

/** `concurrency` workers run `call` on the items round-robin, back to back, for `seconds`. */
export async function closedLoop<T>(
  items: T[],
  call: (item: T) => Promise<unknown>,
  concurrency: number,
  seconds: number,
): Promise<LatencySummary> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const worker = async () => {
    while (performance.now() < deadline) {
      const item = items[next++ % items.length];
      const begin = performance.now();
      try {
        await call(item);
        latencies.push(performance.now() - begin);
      } catch {
        errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return summarize(latencies, errors, (performance.now() - started) / 1000);
}
