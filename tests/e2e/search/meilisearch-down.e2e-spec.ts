import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  RunningMeilisearch,
  startEmbeddedMeilisearch,
} from '../../../src/platform/embedded/embedded-meilisearch';
import { ensureTraversableDir } from '../../../src/platform/embedded/local-files';
import { IndexerService } from '../../../src/search/indexer/indexer.service';
import {
  createProfile,
  softDeleteProfile,
  updateProfile,
} from '../../support/factories/search-profile.factory';
import { bearer, startTestApp, TestApp } from '../../support/test-app';
import { idsOf, SearchBody } from './search-body';
import { expectProblem } from '../foundation/problem';

jest.setTimeout(120_000);

const quiet = { debug: () => undefined, warn: (message: string) => console.warn(message) };

/** Polls until `check` holds; fails with the last value seen when it does not within the deadline. */
async function eventually<T>(
  read: () => Promise<T>,
  check: (value: T) => boolean,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!check(value)) {
    if (Date.now() > deadline)
      throw new Error(`Condition not met in ${timeoutMs} ms; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

describe('when Meilisearch goes down and comes back', () => {
  let dir: string;
  let meilisearch: RunningMeilisearch;
  let t: TestApp;
  let officer: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tkh-search-down-'));
    await ensureTraversableDir(dir);
    meilisearch = await startEmbeddedMeilisearch(dir, quiet);
    t = await startTestApp({
      config: {
        meili: {
          url: meilisearch.url,
          masterKey: meilisearch.masterKey,
          indexPrefix: `t${randomBytes(5).toString('hex')}_`,
        },
      },
    });
    officer = (await t.account(['personnel_officer'])).token;
  });
  afterAll(async () => {
    await t.close();
    await meilisearch.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps writes working, answers 503, reports the backlog, then catches up to PostgreSQL', async () => {
    const kept = await createProfile(t.dataSource, { fullName: 'Lưu Văn Bền' });
    const removed = await createProfile(t.dataSource, { fullName: 'Tống Thị Xóa' });
    await t.app.get(IndexerService).drain();

    await meilisearch.stop();
    const added = await createProfile(t.dataSource, { fullName: 'Mạc Đăng Mới' });
    await updateProfile(t.dataSource, kept.id, { fullName: 'Lưu Văn Vững' });
    await softDeleteProfile(t.dataSource, removed.id);

    const staffSearch = await t.http.get('/api/v1/search/intellectuals?q=luu van').set(bearer(officer));
    expectProblem(staffSearch, 503, 'SERVICE_UNAVAILABLE');
    const directory = await t.http.get('/api/v1/directory');
    expectProblem(directory, 503, 'SERVICE_UNAVAILABLE');
    // clients are told when to come back
    expect([staffSearch.headers['retry-after'], directory.headers['retry-after']]).toEqual(['5', '5']);
    // q on the staff list and exports goes through the index too: 503 with Retry-After, never a name-only answer
    for (const path of [
      '/api/v1/intellectuals?q=luu van',
      '/api/v1/exports/intellectuals.csv?q=luu van',
      '/api/v1/exports/intellectuals.xlsx?q=luu van',
    ]) {
      const response = await t.http.get(path).set(bearer(officer));
      expectProblem(response, 503, 'SERVICE_UNAVAILABLE');
      expect(response.headers['retry-after']).toBe('5');
    }
    await t.http.get('/api/v1/intellectuals').set(bearer(officer)).expect(200);
    const down = await t.http.get('/api/v1/health').expect(503);
    expect(down.headers['retry-after']).toBe('5');
    expect(down.body).toMatchObject({
      status: 'degraded',
      postgres: 'up',
      meilisearch: 'down',
      searchBacklog: 3,
    });

    meilisearch = await startEmbeddedMeilisearch(dir, quiet, Number(new URL(meilisearch.url).port));
    const healthy = await eventually(
      async () => (await t.http.get('/api/v1/health')).body as { searchBacklog: number; meilisearch: string },
      (body) => body.searchBacklog === 0 && body.meilisearch === 'up',
    );
    expect(healthy).toMatchObject({ status: 'ok', postgres: 'up', meilisearch: 'up', searchBacklog: 0 });

    const { results } = await t.meilisearch
      .index(`${t.config.meili.indexPrefix}intellectuals`)
      .getDocuments({ fields: ['id', 'fullName'], limit: 100 });
    const rows: Array<{ id: string; fullName: string }> = await t.dataSource.query(
      `SELECT id, full_name AS "fullName" FROM intellectual WHERE deleted_at IS NULL ORDER BY id`,
    );
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
    expect([...results].sort(byId)).toEqual(rows);
    expect(rows.map((row) => row.id).sort()).toEqual([kept.id, added.id].sort());
    const search = await t.http
      .get('/api/v1/search/intellectuals?q=luu van vung')
      .set(bearer(officer))
      .expect(200);
    expect(idsOf(search.body as SearchBody)).toEqual([kept.id]);
  });
});
