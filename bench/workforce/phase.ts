import type { Pool } from 'pg';
import type { ApiProcess } from '../api-process';
import { HttpRequestSpec, httpLoad } from '../load/http-load';
import type { LatencySummary } from '../stats';
import { WORKFORCE_DIMENSIONS } from '../../src/stats/workforce/workforce-dimensions';

export interface WorkforcePlan {
  levels: number[];
  secondsPerLevel: number;
}
export const WORKFORCE_FULL: WorkforcePlan = { levels: [1, 4], secondsPerLevel: 10 };
export const WORKFORCE_SMOKE: WorkforcePlan = { levels: [1], secondsPerLevel: 1 };

export interface WorkforceFigures {
  /** From the end of the bulk load until the workforce consumer had every profile's facts. */
  secondsToFresh: number;
  factRows: number;
  /** Today's breakdowns: every dimension alone and every pair, filters, open data. */
  today: Array<{ concurrency: number } & LatencySummary>;
  /** The same on a past date (range conditions over the fact table's history). */
  pastDate: Array<{ concurrency: number } & LatencySummary>;
  queries: number;
}

const PURPOSE = encodeURIComponent('Đo hiệu năng thống kê');

/** Every dimension alone and every pair of them, sensitive ones with a purpose; some filtered, some open data. */
export function workforceQueries(at?: string): HttpRequestSpec[] {
  const date = at ? `&at=${at}` : '';
  const path = (by: string[]) => {
    const sensitive = by.some((key) => key === 'ethnicMinority' || key === 'disability');
    return `/api/v1/stats/workforce?by=${by.join(',')}${date}${sensitive ? `&purpose=${PURPOSE}` : ''}`;
  };
  const requests: HttpRequestSpec[] = [];
  WORKFORCE_DIMENSIONS.forEach((row, i) => {
    requests.push({ method: 'GET', path: path([row]) });
    for (const column of WORKFORCE_DIMENSIONS.slice(i + 1))
      requests.push({ method: 'GET', path: path([row, column]) });
  });
  requests.push(
    { method: 'GET', path: `/api/v1/stats/workforce?by=field,degree&gender=female&ageBand=under_35${date}` },
    { method: 'GET', path: `/api/v1/stats/workforce?by=commune&sector=university${date}` },
    { method: 'GET', path: `/api/v1/open-data/workforce?by=field,gender${date}` },
  );
  return requests;
}

/** Waits for the workforce consumer, then loads the breakdown routes (autocannon, as the search phase). */
export async function measureWorkforce(
  api: ApiProcess,
  token: string,
  pool: Pool,
  plan: WorkforcePlan,
  loadedAt: number,
): Promise<WorkforceFigures> {
  for (;;) {
    const [{ n }] = await pool
      .query<{ n: number }>(
        `SELECT count(*)::int AS n FROM outbox_event WHERE consumer = 'workforce' AND parked_at IS NULL`,
      )
      .then((result) => result.rows);
    if (n === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const secondsToFresh = (performance.now() - loadedAt) / 1000;
  // The generated registry is born at the load; backdating its facts gives the past-date queries a
  // history to read (every row passes the range condition), as a registry in service has.
  await pool.query(`UPDATE workforce_fact SET valid_from = valid_from - interval '3 years'`);
  // as autovacuum would have done in a registry that aged: the update left a dead copy of every row
  await pool.query(`VACUUM ANALYZE workforce_fact`);
  const [{ rows: factRows }] = (
    await pool.query<{ rows: number }>(`SELECT count(*)::int AS rows FROM workforce_fact`)
  ).rows;
  const headers = { authorization: `Bearer ${token}` };
  const lastYear = new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10);
  const run = async (requests: HttpRequestSpec[]) => {
    const rows: Array<{ concurrency: number } & LatencySummary> = [];
    for (const concurrency of plan.levels) {
      rows.push({
        concurrency,
        ...(await httpLoad(
          new URL(api.baseUrl).origin,
          headers,
          requests,
          concurrency,
          plan.secondsPerLevel,
        )),
      });
    }
    return rows;
  };
  const queries = workforceQueries();
  return {
    secondsToFresh: Math.round(secondsToFresh * 10) / 10,
    factRows,
    today: await run(queries),
    pastDate: await run(workforceQueries(lastYear)),
    queries: queries.length,
  };
}
