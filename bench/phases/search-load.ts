import { Pool } from 'pg';
import type { ApiProcess } from '../api-process';
import { apiSearchPath } from '../engines/api-search';
import { baselineSearch } from '../engines/pg-baseline';
import { meiliSearchBody } from '../engines/meili-raw';
import { closedLoop } from '../load/closed-loop';
import { httpLoad } from '../load/http-load';
import type { SearchSpec } from '../queries';
import type { LatencySummary } from '../stats';

export interface LevelResult extends LatencySummary {
  concurrency: number;
}

export interface SearchLoadResult {
  api: LevelResult[];
  meilisearch: LevelResult[];
  postgres: LevelResult[];
  /** Highest RSS of the API process sampled while it served the load. */
  apiPeakRssMb: number;
}

export interface SearchTargets {
  api: ApiProcess;
  token: string;
  meili: { url: string; searchKey: string; indexUid: string };
  pool: Pool;
}

/** The same query mix at each concurrency level: through the API, straight to Meilisearch, and PostgreSQL. */
export async function measureSearch(
  targets: SearchTargets,
  specs: SearchSpec[],
  levels: number[],
  seconds: number,
): Promise<SearchLoadResult> {
  const apiUrl = new URL(targets.api.baseUrl);
  const apiRequests = specs.map((spec) => ({
    method: 'GET' as const,
    path: `${apiUrl.pathname}${apiSearchPath(spec)}`,
  }));
  const rawRequests = specs.map((spec) => ({
    method: 'POST' as const,
    path: `/indexes/${targets.meili.indexUid}/search`,
    body: JSON.stringify(meiliSearchBody(spec)),
  }));
  const result: SearchLoadResult = { api: [], meilisearch: [], postgres: [], apiPeakRssMb: 0 };
  for (const concurrency of levels) {
    const sampler = sampleRss(targets.api, (mb) => (result.apiPeakRssMb = Math.max(result.apiPeakRssMb, mb)));
    try {
      const api = await httpLoad(
        apiUrl.origin,
        { authorization: `Bearer ${targets.token}` },
        apiRequests,
        concurrency,
        seconds,
      );
      result.api.push({ concurrency, ...api });
    } finally {
      await sampler.stop();
    }
    const raw = await httpLoad(
      targets.meili.url,
      { authorization: `Bearer ${targets.meili.searchKey}`, 'content-type': 'application/json' },
      rawRequests,
      concurrency,
      seconds,
    );
    result.meilisearch.push({ concurrency, ...raw });
    const postgres = await closedLoop(
      specs,
      (spec) => baselineSearch(targets.pool, spec),
      concurrency,
      seconds,
    );
    result.postgres.push({ concurrency, ...postgres });
  }
  return result;
}

function sampleRss(api: ApiProcess, record: (mb: number) => void): { stop(): Promise<void> } {
  let running = true;
  const loop = (async () => {
    while (running) {
      record(await api.rssMb());
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
    },
  };
}
