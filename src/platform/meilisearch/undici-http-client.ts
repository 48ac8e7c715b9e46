import { MeilisearchApiError } from 'meilisearch';
import { Agent, request } from 'undici';

/**
 * The meilisearch client's default transport is global fetch, which measured ~44 ms slower per search
 * with a response over ~1 KB than undici's request on a keep-alive pool (BENCHMARKS.md). Same contract:
 * resolve with the parsed body, throw MeilisearchApiError on an error status.
 */
export function undiciHttpClient(agent: Agent) {
  return async (input: string | URL | Request, init?: RequestInit): Promise<unknown> => {
    const url = input instanceof Request ? input.url : input.toString();
    const response = await request(url, {
      method: (init?.method ?? 'GET') as 'GET',
      headers: Object.fromEntries(new Headers(init?.headers).entries()),
      body: init?.body as string | undefined,
      signal: init?.signal ?? undefined,
      dispatcher: agent,
    });
    const text = await response.body.text();
    const body = text === '' ? undefined : (JSON.parse(text) as unknown);
    if (response.statusCode >= 400) {
      throw new MeilisearchApiError(new Response(null, { status: response.statusCode }), body as never);
    }
    return body;
  };
}
