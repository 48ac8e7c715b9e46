import { Pool } from 'pg';
import type { ApiClient } from '../api-client';
import { ApiSearchPage, apiSearchPath } from '../engines/api-search';
import { baselineSearch } from '../engines/pg-baseline';
import type { LabelledSpec } from '../queries';

export interface EngineScore {
  correct: number;
  share: number;
}

export interface CorrectnessResult {
  queries: number;
  api: EngineScore;
  postgres: EngineScore;
  /** The queries one engine or the other got wrong. */
  misses: Array<{ kind: string; q?: string; api: boolean; postgres: boolean }>;
}

/** How many labelled searches put the expected person in the first 10 hits, per engine. */
export async function measureCorrectness(
  api: ApiClient,
  pool: Pool,
  labelled: LabelledSpec[],
): Promise<CorrectnessResult> {
  const misses: CorrectnessResult['misses'] = [];
  let apiCorrect = 0;
  let pgCorrect = 0;
  for (const spec of labelled) {
    const { status, body } = await api.get<ApiSearchPage>(apiSearchPath(spec));
    if (status !== 200) throw new Error(`search answered ${status} for ${JSON.stringify(spec)}`);
    const apiHit = body.items.some((item) => item.id === spec.expectedId);
    const pgHit = (await baselineSearch(pool, spec)).includes(spec.expectedId);
    apiCorrect += Number(apiHit);
    pgCorrect += Number(pgHit);
    if (!apiHit || !pgHit) misses.push({ kind: spec.kind, q: spec.q, api: apiHit, postgres: pgHit });
  }
  const score = (correct: number) => ({
    correct,
    share: Math.round((correct / labelled.length) * 1000) / 1000,
  });
  return { queries: labelled.length, api: score(apiCorrect), postgres: score(pgCorrect), misses };
}
