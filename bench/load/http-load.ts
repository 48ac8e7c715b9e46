import autocannon from 'autocannon';
import { LatencySummary, summarize } from '../stats';

export interface HttpRequestSpec {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
}

/**
 * Fires the requests round-robin with `connections` concurrent connections for `seconds` (autocannon,
 * in this process, so load generation never shares the server's event loop) and summarises every
 * response time. Any non-2xx answer counts as an error.
 */
export async function httpLoad(
  origin: string,
  headers: Record<string, string>,
  requests: HttpRequestSpec[],
  connections: number,
  seconds: number,
): Promise<LatencySummary> {
  let next = 0;
  const latencies: number[] = [];
  let errors = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: origin,
        connections,
        duration: seconds,
        headers,
        requests: [
          {
            setupRequest: (request) => {
              const spec = requests[next++ % requests.length];
              return { ...request, method: spec.method, path: spec.path, body: spec.body };
            },
          },
        ],
      },
      (error, done) =>
        error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(done),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      if (statusCode < 200 || statusCode >= 300) errors += 1;
    });
  });
  return summarize(latencies, errors + result.errors + result.timeouts, result.duration);
}
