import type { ApiClient } from '../api-client';

export interface SearchStatus {
  index: string;
  documents: number | null;
  backlog: number;
  parked: number;
}

/** Polls GET /search/status until the outbox is empty and the index holds `expected` documents. */
export async function waitUntilSearchable(
  api: ApiClient,
  expected: number,
  timeoutMs: number,
): Promise<SearchStatus> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { status, body } = await api.get<SearchStatus>('/search/status');
    if (status !== 200) throw new Error(`GET /search/status answered ${status}`);
    if (body.parked > 0) throw new Error(`${body.parked} outbox rows were parked: indexing failed`);
    if (body.backlog === 0 && body.documents === expected) return body;
    if (Date.now() > deadline) {
      throw new Error(`search not caught up after ${timeoutMs} ms: ${JSON.stringify(body)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
