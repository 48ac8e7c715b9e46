import { IndexerService } from '../../../src/search/indexer/indexer.service';
import { MAX_ATTEMPTS, OutboxQueue } from '../../../src/platform/outbox/outbox-queue';
import { IndexLifecycle } from '../../../src/search/index/index-lifecycle.service';
import { SearchIndexState } from '../../../src/search/index/search-index-state.entity';
import {
  createProfile,
  softDeleteProfile,
  updateProfile,
} from '../../support/factories/search-profile.factory';
import { bearer, startTestApp, TestApp } from '../../support/test-app';
import { idsOf, SearchBody } from './search-body';

jest.setTimeout(60_000);

describe('search index sync through the outbox', () => {
  let t: TestApp;
  let officer: string;
  let admin: string;
  const drain = () => t.app.get(IndexerService).drain();
  const find = async (q: string, extra = ''): Promise<SearchBody> =>
    (
      await t.http
        .get(`/api/v1/search/intellectuals?q=${encodeURIComponent(q)}${extra}`)
        .set(bearer(officer))
        .expect(200)
    ).body as SearchBody;

  beforeAll(async () => {
    t = await startTestApp();
    officer = (await t.account(['personnel_officer'])).token;
    admin = (await t.account(['admin'])).token;
  });
  afterAll(() => t.close());

  it('indexes a new profile, reflects an update and forgets a soft-deleted one', async () => {
    const person = await createProfile(t.dataSource, {
      fullName: 'Tôn Nữ Thanh Xuân',
      expertise: ['san hô'],
    });
    await drain();
    expect(idsOf(await find('thanh xuan'))).toEqual([person.id]);

    await updateProfile(t.dataSource, person.id, { fullName: 'Tôn Nữ Thanh Thủy' });
    await drain();
    expect((await find('thanh xuan')).total).toBe(0);
    expect((await find('thanh thuy')).items[0]).toMatchObject({
      id: person.id,
      fullName: 'Tôn Nữ Thanh Thủy',
    });

    await softDeleteProfile(t.dataSource, person.id);
    await drain();
    expect((await find('thanh thuy')).total).toBe(0);
    await expect(
      t.meilisearch.index(`${t.config.meili.indexPrefix}intellectuals`).getDocument(person.id),
    ).rejects.toThrow();
  });

  it('re-indexes the people of an organization when an officer renames it, deciding whom in search', async () => {
    const first = await createProfile(t.dataSource, { fullName: 'Khúc Thừa Dụ', organization: 'VRTC-CB' });
    const second = await createProfile(t.dataSource, { fullName: 'Khúc Thừa Hạo', organization: 'VRTC-CB' });
    const elsewhere = await createProfile(t.dataSource, { fullName: 'Khúc Thừa Mỹ', organization: 'NTU' });
    await drain();
    const [{ id }] = await t.dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM organization WHERE short_name = 'VRTC-CB'`,
    );
    // What the rename enqueues (the indexer deletes outbox rows as soon as it has processed them).
    await t.dataSource.query(`
      CREATE TABLE test_outbox_log (consumer text, aggregate_type text, aggregate_id uuid);
      CREATE FUNCTION test_outbox_log() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN INSERT INTO test_outbox_log VALUES (NEW.consumer, NEW.aggregate_type, NEW.aggregate_id); RETURN NEW; END $$;
      CREATE TRIGGER test_outbox_log AFTER INSERT ON outbox_event FOR EACH ROW EXECUTE FUNCTION test_outbox_log();
    `);
    try {
      await t.http
        .patch(`/api/v1/catalog/organizations/${id}`)
        .set(bearer(officer))
        .send({ nameVi: 'Trung tâm Nhiệt đới Việt - Nga, Chi nhánh Ven biển Nha Trang' })
        .expect(200);
      // The catalog says only that the organization changed; search works out whose documents show it
      // (the statistics keep the organization's id, so a rename is not theirs to react to).
      expect(
        await t.dataSource.query(
          `SELECT consumer, aggregate_type AS type, aggregate_id AS id FROM test_outbox_log`,
        ),
      ).toEqual([{ consumer: 'search', type: 'organization', id }]);
    } finally {
      await t.dataSource.query(`DROP TABLE test_outbox_log; DROP FUNCTION test_outbox_log CASCADE`);
    }
    await drain();
    const hits = (await find('khuc thua')).items;
    expect(hits.map((hit) => [hit.id, hit.organizationName]).sort()).toEqual(
      [
        [first.id, 'Trung tâm Nhiệt đới Việt - Nga, Chi nhánh Ven biển Nha Trang'],
        [second.id, 'Trung tâm Nhiệt đới Việt - Nga, Chi nhánh Ven biển Nha Trang'],
        [elsewhere.id, 'Trường Đại học Nha Trang'],
      ].sort(),
    );
  });

  it('makes a change searchable without anyone draining (background indexer)', async () => {
    const person = await createProfile(t.dataSource, { fullName: 'Âu Dương Phong Vân' });
    // Liveness, not latency: freshness is measured by the benchmarks, and a loaded CI box is slow.
    const deadline = Date.now() + 30_000;
    let ids: string[] = [];
    while (Date.now() < deadline) {
      ids = idsOf(await find('au duong phong van'));
      if (ids.length) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(ids).toEqual([person.id]);
  });

  it('reports the backlog, its age and parked rows to admins', async () => {
    await drain();
    const person = await createProfile(t.dataSource, { fullName: 'Chờ Xử Lý' });
    await t.dataSource.query(
      `UPDATE outbox_event SET available_at = now() + interval '1 hour', created_at = now() - interval '30 seconds' WHERE aggregate_id = $1`,
      [person.id],
    );
    await t.dataSource.query(
      `INSERT INTO outbox_event (consumer, aggregate_type, aggregate_id, attempts, last_error, parked_at) VALUES ('search', 'intellectual', $1, 8, 'boom', now())`,
      [person.id],
    );
    const { body } = await t.http.get('/api/v1/search/status').set(bearer(admin)).expect(200);
    expect(body).toEqual({
      index: `${t.config.meili.indexPrefix}intellectuals`,
      documents: expect.any(Number),
      backlog: 1,
      oldestPendingSeconds: expect.any(Number),
      parked: 1,
      building: null,
      buildingDocuments: null,
      expectedDocuments: expect.any(Number),
      settingsHash: expect.stringMatching(/^[0-9a-f]{16}$/),
    });
    expect(body.oldestPendingSeconds).toBeGreaterThanOrEqual(30);
    await t.dataSource.query(`DELETE FROM outbox_event WHERE aggregate_id = $1`, [person.id]);
  });

  it('reports how far a running rebuild has got: documents written out of the profiles that belong', async () => {
    const live = `${t.config.meili.indexPrefix}intellectuals`;
    const building = `${live}_progress_test`;
    // a rebuild caught half-way: its index holds two documents so far
    await t.meilisearch.createIndex(building, { primaryKey: 'id' }).waitTask();
    await t.meilisearch
      .index(building)
      .addDocuments([{ id: 'a' }, { id: 'b' }])
      .waitTask();
    await t.dataSource.getRepository(SearchIndexState).update(live, { buildingUid: building });
    try {
      const expected = Number(
        (
          await t.dataSource.query(
            `SELECT count(*) FROM intellectual WHERE deleted_at IS NULL AND merged_into_id IS NULL`,
          )
        )[0].count,
      );
      const { body } = await t.http.get('/api/v1/search/status').set(bearer(admin)).expect(200);
      expect(body).toMatchObject({ building, buildingDocuments: 2, expectedDocuments: expected });
      expect(expected).toBeGreaterThan(0);
    } finally {
      await t.dataSource.getRepository(SearchIndexState).update(live, { buildingUid: null });
      await t.meilisearch.deleteIndex(building).waitTask();
    }
  });

  it('retries a failing row with growing backoff and parks it after the last attempt', async () => {
    const person = await createProfile(t.dataSource, { fullName: 'Hỏng Mãi' });
    await t.dataSource.query(
      `UPDATE outbox_event SET available_at = now() + interval '1 hour' WHERE aggregate_id = $1`,
      [person.id],
    );
    const queue = t.app.get(OutboxQueue);
    const row = async () =>
      (
        await t.dataSource.query(
          `SELECT attempts, last_error AS "lastError", parked_at IS NOT NULL AS parked,
                  round(extract(epoch FROM available_at - now())) AS "dueIn"
           FROM outbox_event WHERE consumer = 'search' AND aggregate_id = $1`,
          [person.id],
        )
      )[0] as { attempts: number; lastError: string; parked: boolean; dueIn: string };
    const [{ id }] = await t.dataSource.query(
      `SELECT id FROM outbox_event WHERE consumer = 'search' AND aggregate_id = $1`,
      [person.id],
    );
    await t.dataSource.transaction((manager) => queue.fail(manager, [id], 'document rejected'));
    expect(await row()).toEqual({ attempts: 1, lastError: 'document rejected', parked: false, dueIn: '2' });
    await t.dataSource.query(`UPDATE outbox_event SET attempts = $2 WHERE id = $1`, [id, MAX_ATTEMPTS - 1]);
    await t.dataSource.transaction((manager) => queue.fail(manager, [id], 'document rejected again'));
    expect(await row()).toMatchObject({
      attempts: MAX_ATTEMPTS,
      lastError: 'document rejected again',
      parked: true,
    });

    // a rebuild re-reads everyone, which settles what was parked before it
    await t.http.post('/api/v1/search/reindex').set(bearer(admin)).expect(200);
    expect(
      await t.dataSource.query(
        `SELECT id FROM outbox_event WHERE consumer = 'search' AND aggregate_id = $1`,
        [person.id],
      ),
    ).toEqual([]);
    await softDeleteProfile(t.dataSource, person.id);
    await drain();
  });

  it('rebuilds into a fresh index and swaps it in while searches keep answering', async () => {
    for (let i = 0; i < 30; i++)
      await createProfile(t.dataSource, { fullName: `Người Thứ ${i}`, expertise: ['tái thiết'] });
    await drain();
    const expected = Number(
      (await t.dataSource.query(`SELECT count(*) FROM intellectual WHERE deleted_at IS NULL`))[0].count,
    );
    const searches: number[] = [];
    let rebuilding = true;
    const searching = (async () => {
      while (rebuilding)
        searches.push(
          (await t.http.get('/api/v1/search/intellectuals?q=tai thiet').set(bearer(officer))).status,
        );
    })();
    const { body } = await t.http.post('/api/v1/search/reindex').set(bearer(admin)).expect(200);
    rebuilding = false;
    await searching;
    expect(body).toEqual({
      index: `${t.config.meili.indexPrefix}intellectuals`,
      documents: expected,
      settingsHash: expect.any(String),
      tookMs: expect.any(Number),
    });
    expect(searches.length).toBeGreaterThan(0);
    expect(new Set(searches)).toEqual(new Set([200]));
    expect((await find('tai thiet')).total).toBe(30);
    const { results } = await t.meilisearch.getIndexes({ limit: 100 });
    expect(
      results.map((index) => index.uid).filter((uid) => uid.startsWith(t.config.meili.indexPrefix)),
    ).toEqual([`${t.config.meili.indexPrefix}intellectuals`]);
  });

  it('builds a missing index with its settings before any search meets it: unavailable, then answers', async () => {
    await createProfile(t.dataSource, { fullName: 'Người Đầu Tiên', expertise: ['khởi đầu'] });
    await drain();
    const live = `${t.config.meili.indexPrefix}intellectuals`;
    await t.meilisearch.deleteIndex(live).waitTask();
    const answers: Array<{ status: number; code?: string }> = [];
    let building = true;
    const searching = (async () => {
      while (building) {
        const response = await t.http
          .get('/api/v1/search/intellectuals?q=khoi dau&fieldCode=1&facets=fieldCode')
          .set(bearer(officer));
        answers.push({ status: response.status, code: response.body?.code });
      }
    })();
    await t.app.get(IndexLifecycle).ensureCurrent();
    building = false;
    await searching;
    // a search that meets an index without its filterable attributes would be refused by Meilisearch
    expect(answers.filter(({ status }) => status !== 200 && status !== 503)).toEqual([]);
    expect(
      answers.filter(({ status }) => status === 503).every(({ code }) => code === 'SERVICE_UNAVAILABLE'),
    ).toBe(true);
    expect((await find('khoi dau')).total).toBe(1);
    expect(await t.meilisearch.index(live).getFilterableAttributes()).toContain('fieldCodes');
  });

  it('rebuilds at start-up when the settings changed since the index was built', async () => {
    const states = t.dataSource.getRepository(SearchIndexState);
    const before = await states.findOneByOrFail({ name: `${t.config.meili.indexPrefix}intellectuals` });
    await states.update(before.name, { settingsHash: 'an-older-version' });
    await t.app.get(IndexLifecycle).ensureCurrent();
    const after = await states.findOneByOrFail({ name: before.name });
    expect(after.settingsHash).toBe(before.settingsHash);
    expect(after.updatedAt.getTime()).toBeGreaterThan(before.updatedAt.getTime());
    expect((await find('tai thiet')).total).toBe(30);
  });
});
