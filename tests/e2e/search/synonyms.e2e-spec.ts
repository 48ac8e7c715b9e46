import { foldVietnamese } from '../../../src/common/text/normalize';
import { loadIndexSettings } from '../../../src/search/index/index-settings';
import { IndexerService } from '../../../src/search/indexer/indexer.service';
import { createProfile } from '../../support/factories/search-profile.factory';
import { bearer, startTestApp, TestApp } from '../../support/test-app';
import { idsOf, SearchBody } from './search-body';

jest.setTimeout(60_000);

/** Every shipped group, as search/intellectuals.settings.json lists it. */
const GROUPS = loadIndexSettings('intellectuals').synonymGroups;

describe('synonym groups work from every member', () => {
  let t: TestApp;
  let officer: string;
  /** Per group, one person per member who wrote only that member. */
  const people = new Map<string[], string[]>();

  beforeAll(async () => {
    t = await startTestApp();
    officer = (await t.account(['association_staff'])).token;
    for (const [g, group] of GROUPS.entries()) {
      const ids: string[] = [];
      for (const [m, member] of group.entries()) {
        ids.push(
          (await createProfile(t.dataSource, { fullName: `Thành Viên ${g}-${m}`, expertise: [member] })).id,
        );
      }
      people.set(group, ids);
    }
    await t.app.get(IndexerService).drain();
  });
  afterAll(() => t.close());

  it.each(GROUPS.map((group) => [group.join(' / '), group]))('%s', async (_, group) => {
    const missing: string[] = [];
    for (const query of new Set(group.flatMap((member) => [member, foldVietnamese(member)]))) {
      const body = (
        await t.http
          .get(`/api/v1/search/intellectuals?q=${encodeURIComponent(query)}&limit=100`)
          .set(bearer(officer))
          .expect(200)
      ).body as SearchBody;
      const found = new Set(idsOf(body));
      group.forEach((member, m) => {
        if (!found.has(people.get(group)![m])) missing.push(`"${query}" misses who wrote "${member}"`);
      });
    }
    expect(missing).toEqual([]);
  });
});
