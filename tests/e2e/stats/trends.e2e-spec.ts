import { Education } from '../../../src/intellectuals/entities/education.entity';
import { IntellectualProperty } from '../../../src/intellectuals/entities/intellectual-property.entity';
import { Publication } from '../../../src/intellectuals/entities/publication.entity';
import { ResearchProject } from '../../../src/intellectuals/entities/research-project.entity';
import { WorkforceRefresher } from '../../../src/stats';
import { createProfile } from '../../support/factories/search-profile.factory';
import { bearer, startTestApp, TestApp } from '../../support/test-app';

jest.setTimeout(60_000);

interface Series {
  key: string;
  values: number[];
  targets: Array<{ planCode: string; minPerYear: number; maxPerYear: number | null; met: boolean } | null>;
}
interface Target {
  id: string;
  metric: string;
  minPerYear: number;
  version: number;
}

describe('trends against the plans’ targets', () => {
  let t: TestApp;
  let officer: string;
  let admin: string;
  let organizationId: string;
  const series = async (query: string): Promise<Record<string, Series>> => {
    const { body } = await t.http.get(`/api/v1/stats/trends?${query}`).set(bearer(officer)).expect(200);
    return Object.fromEntries((body.series as Series[]).map((s) => [s.key, s]));
  };

  beforeAll(async () => {
    t = await startTestApp();
    officer = (await t.account(['personnel_officer'])).token;
    admin = (await t.account(['admin'])).token;
    const [a, b] = [
      await createProfile(t.dataSource, { fullName: 'Hồ Tác Giả Một', organization: 'NTU' }),
      await createProfile(t.dataSource, { fullName: 'Hồ Tác Giả Hai', organization: 'IO' }),
    ];
    organizationId = a.organizationId!;
    const part = { source: 'hr_import' as const };
    const both = [a.id, b.id];
    // the same paper registered by both co-authors, once by DOI and once by title typed differently
    await t.dataSource.getRepository(Publication).insert([
      ...both.map((id) => ({
        ...part,
        intellectualId: id,
        title: 'Cá ngừ đại dương',
        year: 2024,
        indexClass: 'SCIE' as const,
        doi: '10.1000/TUNA',
      })),
      {
        ...part,
        intellectualId: a.id,
        title: 'Rạn san hô Hòn Mun.',
        year: 2025,
        indexClass: 'Scopus' as const,
      },
      {
        ...part,
        intellectualId: b.id,
        title: 'rạn san hô hòn mun',
        year: 2025,
        indexClass: 'Scopus' as const,
      },
      {
        ...part,
        intellectualId: a.id,
        title: 'Nuôi tôm hùm',
        year: 2025,
        indexClass: 'domestic_scored' as const,
      },
    ]);
    await t.dataSource.getRepository(IntellectualProperty).insert([
      ...both.map((id) => ({
        ...part,
        intellectualId: id,
        kind: 'patent' as const,
        title: 'Lồng nuôi',
        number: '1-0012345',
        year: 2024,
      })),
      { ...part, intellectualId: b.id, kind: 'utility_solution' as const, title: 'Phao tiêu', year: 2025 },
    ]);
    await t.dataSource.getRepository(ResearchProject).insert([
      ...both.map((id) => ({
        ...part,
        intellectualId: id,
        title: 'Đề tài biển',
        code: 'ĐTĐL.2024/01',
        level: 'national' as const,
        startYear: 2024,
      })),
      {
        ...part,
        intellectualId: a.id,
        title: 'Đề tài tỉnh một',
        level: 'provincial' as const,
        startYear: 2024,
      },
      {
        ...part,
        intellectualId: b.id,
        title: 'Đề tài tỉnh hai',
        level: 'provincial' as const,
        startYear: 2024,
      },
    ]);
    await t.dataSource.getRepository(Education).insert({
      ...part,
      intellectualId: a.id,
      level: 'doctorate',
      institution: 'Trường Đại học Nha Trang',
      year: 2023,
    });
    await t.dataSource.query(
      `UPDATE intellectual SET academic_title = '{"code":"professor","year":2024}' WHERE id = $1`,
      [b.id],
    );
    await t.app.get(WorkforceRefresher).drain();
  });
  afterAll(() => t.close());

  it('counts each work once however many authors registered it, per year and kind', async () => {
    const s = await series('from=2022&to=2025');
    expect(s['publications.international'].values).toEqual([0, 0, 1, 1]);
    expect(s['publications.SCIE'].values).toEqual([0, 0, 1, 0]);
    expect(s['publications.domestic_scored'].values).toEqual([0, 0, 0, 1]);
    expect(s['intellectualProperty.patentsAndUtilitySolutions'].values).toEqual([0, 0, 1, 1]);
    expect(s['projects.national'].values).toEqual([0, 0, 1, 0]);
    expect(s['projects.provincial'].values).toEqual([0, 0, 2, 0]);
    expect(s['degrees.doctorates'].values).toEqual([0, 1, 0, 0]);
    expect(s['degrees.professor'].values).toEqual([0, 0, 1, 0]);
  });

  it('compares the province-wide figures with the plan’s targets in the years it covers', async () => {
    const s = await series('from=2023&to=2025');
    expect(s['publications.international'].targets[0]).toBeNull();
    expect(s['publications.international'].targets[1]).toMatchObject({
      planCode: '45-NQ/TW',
      minPerYear: 100,
      met: false,
    });
    expect(s['intellectualProperty.patentsAndUtilitySolutions'].targets[1]).toMatchObject({
      minPerYear: 1,
      met: true,
    });
    expect(s['projects.national'].targets[1]).toMatchObject({ minPerYear: 3, maxPerYear: 5, met: false });
    expect(s['degrees.doctorates'].targets).toEqual([null, null, null]);
    // the people of one organization are not measured against the province's targets
    const one = await series(`from=2023&to=2025&organization=${organizationId}`);
    expect(one['publications.international'].values).toEqual([0, 1, 1]);
    expect(one['publications.international'].targets).toEqual([null, null, null]);
  });

  it('lets admins edit a target with the version they read, audited, and no one else', async () => {
    const targets = (await t.http.get('/api/v1/stats/targets').set(bearer(officer)).expect(200))
      .body as Target[];
    const national = targets.find((target) => target.metric === 'national_projects')!;
    const input = {
      metric: 'national_projects',
      planCode: '45-NQ/TW',
      planTitle: 'Kế hoạch thực hiện Nghị quyết 45-NQ/TW',
      fromYear: 2024,
      toYear: 2030,
      minPerYear: 1,
      maxPerYear: 5,
    };
    await t.http
      .put(`/api/v1/stats/targets/${national.id}`)
      .set(bearer(officer))
      .set('If-Match', `"${national.version}"`)
      .send(input)
      .expect(403);
    const changed = await t.http
      .put(`/api/v1/stats/targets/${national.id}`)
      .set(bearer(admin))
      .set('If-Match', `"${national.version}"`)
      .send(input)
      .expect(200);
    expect(changed.headers.etag).toBe(`"${national.version + 1}"`);
    // a second admin working from the old version is told, not overwritten
    await t.http
      .put(`/api/v1/stats/targets/${national.id}`)
      .set(bearer(admin))
      .set('If-Match', `"${national.version}"`)
      .send({ ...input, minPerYear: 4 })
      .expect(412);
    expect((await series('from=2024&to=2024'))['projects.national'].targets[0]).toMatchObject({
      minPerYear: 1,
      met: true,
    });
    expect(
      await t.dataSource.query(
        `SELECT changes FROM audit_event WHERE action = 'stat_target.update' AND entity_id = $1`,
        [national.id],
      ),
    ).toEqual([{ changes: expect.objectContaining({ minPerYear: { before: 3, after: 1 } }) }]);
    const bad = await t.http
      .post('/api/v1/stats/targets')
      .set(bearer(admin))
      .send({ ...input, fromYear: 2030, toYear: 2024 })
      .expect(400);
    expect(bad.body.errors[0]).toMatchObject({ field: 'toYear' });
  });

  it('refuses years in the future and reversed spans, naming the field', async () => {
    const future = await t.http.get('/api/v1/stats/trends?to=2999').set(bearer(officer)).expect(400);
    expect(future.body.errors[0]).toMatchObject({ field: 'to' });
    const reversed = await t.http
      .get('/api/v1/stats/trends?from=2025&to=2020')
      .set(bearer(officer))
      .expect(400);
    expect(reversed.body.errors[0]).toMatchObject({ field: 'from', messageVi: expect.any(String) });
  });
});
