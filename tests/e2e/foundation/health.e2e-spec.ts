import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  RunningMeilisearch,
  startEmbeddedMeilisearch,
} from '../../../src/platform/embedded/embedded-meilisearch';
import { ensureTraversableDir } from '../../../src/platform/embedded/local-files';
import { startTestApp, TestApp } from '../../support/test-app';

// Real servers and argon2 need more than the default 5 s under load (Jest only reads testTimeout
// from the top level of its configuration, not from a project).
jest.setTimeout(60_000);

const quiet = { debug: () => undefined, warn: () => undefined };

describe('health', () => {
  it('reports 200 with both services up', async () => {
    const t = await startTestApp();
    try {
      const response = await t.http.get('/api/v1/health').expect(200);
      expect(response.body).toEqual({
        status: 'ok',
        postgres: 'up',
        meilisearch: 'up',
        smtp: 'up',
        searchBacklog: 0,
        mailBacklog: 0,
        mailFailed: 0,
      });
      expect(response.headers['content-type']).toMatch(/^application\/json/);
    } finally {
      await t.close();
    }
  });

  describe('when Meilisearch stops', () => {
    let dir: string;
    let meilisearch: RunningMeilisearch;
    let t: TestApp;
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'tkh-health-'));
      await ensureTraversableDir(dir);
      meilisearch = await startEmbeddedMeilisearch(dir, quiet);
      t = await startTestApp({
        config: { meili: { url: meilisearch.url, masterKey: meilisearch.masterKey, indexPrefix: 'health_' } },
      });
    }, 90_000);
    afterAll(async () => {
      await t?.close();
      await meilisearch?.stop();
      await rm(dir, { recursive: true, force: true });
    });

    it('answers 503 naming Meilisearch as down while PostgreSQL is up', async () => {
      const before = await t.http.get('/api/v1/health').expect(200);
      expect(before.body).toEqual({
        status: 'ok',
        postgres: 'up',
        meilisearch: 'up',
        smtp: 'up',
        searchBacklog: 0,
        mailBacklog: 0,
        mailFailed: 0,
      });

      await meilisearch.stop();
      const started = Date.now();
      const after = await t.http.get('/api/v1/health');
      expect(after.status).toBe(503);
      expect(after.body).toEqual({
        status: 'degraded',
        postgres: 'up',
        meilisearch: 'down',
        smtp: 'up',
        searchBacklog: 0,
        mailBacklog: 0,
        mailFailed: 0,
      });
      expect(Date.now() - started).toBeLessThan(5_000);

      // the rest of the API keeps working on PostgreSQL alone
      await t.http.get('/api/v1/catalog/communes?limit=1').expect(200);
    });
  });
});
