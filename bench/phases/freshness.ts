import { randomInt } from 'node:crypto';
import type { ApiClient } from '../api-client';
import { ApiSearchPage } from '../engines/api-search';
import { summarize } from '../stats';

export interface FreshnessResult {
  updates: number;
  p50: number;
  p95: number;
  max: number;
}

interface ProfileBody {
  expertise: string[];
}

/**
 * Time from an acknowledged PATCH /intellectuals/{id} (officer edit adding a unique expertise word) to
 * the first staff search for that word that returns the person, polled back to back.
 */
export async function measureFreshness(api: ApiClient, ids: string[]): Promise<FreshnessResult> {
  const delays: number[] = [];
  for (const id of ids) {
    const read = await api.get<ProfileBody>(`/intellectuals/${id}`);
    if (read.status !== 200) throw new Error(`GET /intellectuals/${id} answered ${read.status}`);
    const word = uniqueWord();
    const write = await api.send(
      'PATCH',
      `/intellectuals/${id}`,
      { expertise: [...read.body.expertise, word] },
      {
        'if-match': read.headers.get('etag') ?? '',
      },
    );
    if (write.status !== 200)
      throw new Error(`PATCH /intellectuals/${id} answered ${write.status}: ${JSON.stringify(write.body)}`);
    const acknowledged = performance.now();
    await untilFound(api, word, id);
    delays.push(performance.now() - acknowledged);
  }
  const { p50, p95, max } = summarize(delays, 0, 1);
  return { updates: delays.length, p50, p95, max };
}

async function untilFound(api: ApiClient, word: string, id: string): Promise<void> {
  const deadline = performance.now() + 30_000;
  while (performance.now() < deadline) {
    const { body } = await api.get<ApiSearchPage>(`/search/intellectuals?q=${word}&limit=5`);
    if (body.items.some((item) => item.id === id)) return;
  }
  throw new Error(`the update of ${id} was not searchable after 30 s`);
}

/** Ten random letters: one word that matches nothing else in the index. */
function uniqueWord(): string {
  return Array.from({ length: 10 }, () => String.fromCharCode(97 + randomInt(26))).join('');
}
