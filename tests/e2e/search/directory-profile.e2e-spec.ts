import { randomUUID } from 'node:crypto';
import { PublicProfileMeta } from '../../../src/search';
import { createIntellectual } from '../../support/factories/intellectual.factory';
import { bearer, startTestApp, TestAccount, TestApp } from '../../support/test-app';
import { expectProblem } from '../foundation/problem';

jest.setTimeout(60_000);

/** Every attribute of the privacy table's public class (DESIGN.md section 4), and nothing else. */
const PUBLIC_KEYS = [
  'id',
  'fullName',
  'otherNames',
  'countryCode',
  'overseas',
  'biography',
  'expertise',
  'languages',
  'primaryFieldCode',
  'fieldCodes',
  'fieldTree',
  'academicTitle',
  'honoraryTitles',
  'highestDegree',
  'organizationId',
  'organizationName',
  'position',
  'sector',
  'overseasInfo',
  'educations',
  'publications',
  'publicationCounts',
  'intellectualProperties',
  'ipCount',
  'researchProjects',
  'awards',
  'supervisions',
  'memberships',
].sort();

describe('GET /directory/{id}: one public profile, for people who consented', () => {
  let t: TestApp;
  let officer: TestAccount;
  let staff: TestAccount;

  beforeAll(async () => {
    t = await startTestApp();
    officer = await t.account(['personnel_officer']);
    staff = await t.account(['association_staff']);
  });
  afterAll(() => t.close());

  /** A full profile (restricted and internal facts included), and the person's own account. */
  async function person(overrides: Record<string, unknown> = {}) {
    const profile = await createIntellectual(t, officer, {
      employments: [{ organizationName: 'Trường Đại học Nha Trang', position: 'Giảng viên', fromYear: 2010 }],
      awards: [{ name: 'Bằng khen của Chủ tịch UBND tỉnh', year: 2022 }],
      ...overrides,
    });
    const account = await t.account(['intellectual'], { intellectualId: profile.id });
    return { ...profile, account };
  }

  async function setConsent(p: { id: string; account: TestAccount }, consent: boolean) {
    const [{ version }] = await t.dataSource.query<Array<{ version: number }>>(
      `SELECT version FROM intellectual WHERE id = $1`,
      [p.id],
    );
    await t.http
      .put('/api/v1/me/public-profile')
      .set(bearer(p.account.token))
      .set('If-Match', `"${version}"`)
      .send({ consent })
      .expect(200);
  }

  const read = (id: string) => t.http.get(`/api/v1/directory/${id}`);

  /** The 404 with its request-specific parts removed, to compare refusals with each other. */
  const refusal = (body: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(body).filter(([key]) => key !== 'instance' && key !== 'requestId'));

  it('shows anyone the public attributes of a consenting person, with parts but no provenance', async () => {
    const p = await person();
    await setConsent(p, true);
    const { body } = await read(p.id).expect(200);
    expect(Object.keys(body).sort()).toEqual(PUBLIC_KEYS);
    expect(body).toMatchObject({
      id: p.id,
      fullName: p.body.fullName,
      academicTitle: { code: 'associate_professor', year: 2015 },
      highestDegree: 'doctorate',
      organizationName: 'Viện Nuôi trồng Thủy sản',
      awards: [{ name: 'Bằng khen của Chủ tịch UBND tỉnh', year: 2022 }],
    });
    const publications = body.publications as Array<{ title: string }>;
    expect(publications.map((item) => item.title).sort()).toEqual([
      'Nuôi tôm hùm lồng bền vững ở Khánh Hòa',
      'Vaccination of Asian seabass against Streptococcus iniae',
    ]);
    for (const kind of ['educations', 'publications', 'intellectualProperties', 'awards']) {
      for (const item of body[kind]) {
        expect(item).not.toHaveProperty('source');
        expect(item).not.toHaveProperty('verification');
      }
    }
    const raw = JSON.stringify(body);
    for (const secret of [p.body.nationalId, p.body.email, '0912345678', '1980-05-17', 'Giảng viên']) {
      expect(raw).not.toContain(secret);
    }
  });

  it('shows staff the same public view: the directory is what the public sees', async () => {
    const p = await person();
    await setConsent(p, true);
    const { body } = await read(p.id).set(bearer(staff.token)).expect(200);
    expect(Object.keys(body).sort()).toEqual(PUBLIC_KEYS);
  });

  it('answers the same 404 for a person without consent, a withdrawn one, the deceased, the deleted and no one', async () => {
    const notConsented = await person();
    const withdrawn = await person();
    await setConsent(withdrawn, true);
    await read(withdrawn.id).expect(200);
    await setConsent(withdrawn, false);
    const deceased = await person({ status: 'deceased' });
    await setConsent(deceased, true);
    const deleted = await person();
    await setConsent(deleted, true);
    await t.http
      .delete(`/api/v1/intellectuals/${deleted.id}`)
      .set(bearer(officer.token))
      .set('If-Match', '"2"')
      .expect(204);

    const nobody = refusal(expectProblem(await read(randomUUID()), 404, 'NOT_FOUND'));
    for (const id of [notConsented.id, withdrawn.id, deceased.id, deleted.id]) {
      const response = await read(id);
      expect(refusal(expectProblem(response, 404, 'NOT_FOUND'))).toEqual(nobody);
      // not even staff learn through this route that the profile exists
      expect((await read(id).set(bearer(staff.token))).status).toBe(404);
    }
  });

  it('answers 400 naming the id when it is not a UUID', async () => {
    expectProblem(await read('nguyen-van-a'), 400, 'VALIDATION_FAILED', { fields: ['id'] });
  });

  it('gives a shared link its title and description, and nothing for a person not listed', async () => {
    const meta = t.app.get(PublicProfileMeta);
    const p = await person();
    expect(await meta.of(p.id)).toBeUndefined();
    await setConsent(p, true);
    expect(await meta.of(p.id)).toEqual({
      title: `${p.body.fullName as string} – Phó giáo sư, Tiến sĩ | Trí thức Khánh Hòa`,
      description: expect.stringMatching(/^Phó Viện trưởng, Viện Nuôi trồng Thủy sản\. Lĩnh vực: .+\./),
    });
    const { description } = (await meta.of(p.id))!;
    expect(description).toContain('Chuyên môn: nuôi trồng thủy sản, vắc xin thủy sản');
    expect(description.length).toBeLessThanOrEqual(160);
    expect(await meta.of('not-an-id')).toBeUndefined();
    expect(await meta.of(randomUUID())).toBeUndefined();
  });
});
