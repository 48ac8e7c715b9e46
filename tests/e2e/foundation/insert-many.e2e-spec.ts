import { randomUUID } from 'node:crypto';
import { Intellectual } from '../../../src/intellectuals/entities/intellectual.entity';
import { insertMany } from '../../../src/platform/database/insert-many';
import { startTestApp, TestApp } from '../../support/test-app';

describe('insertMany (bulk writes of imports and audit)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('stores every kind of column as TypeORM would: left out means the default, null means NULL', async () => {
    const ids = [randomUUID(), randomUUID(), randomUUID()];
    const provenance: Intellectual['provenance'] = {
      identity: { source: 'hr_import', verification: 'unverified', verifiedBy: null, verifiedAt: null },
    };
    await insertMany(t.dataSource.manager, Intellectual, [
      {
        id: ids[0],
        fullName: 'Phan Đủ Cột',
        birthDate: '1980-02-29',
        fieldCodes: ['OCEAN', 'AQUA'],
        honoraryTitles: [{ code: 'NGUT', year: 2010 }],
        provenance,
        email: null,
        publicProfileConsentedAt: new Date('2026-01-02T03:04:05.678Z'),
      },
      { id: ids[1], fullName: 'Lý O\'Brien "Trích" \\ dẫn', provenance },
      { id: ids[2], fullName: 'Vũ Quốc Ngoại', countryCode: 'JP', status: 'retired' },
    ]);
    const rows = await t.dataSource.query(
      `SELECT id, full_name, birth_date::text AS birth_date, field_codes, honorary_titles, provenance,
              email, country_code, status, public_profile, version, created_at IS NOT NULL AS has_created_at,
              public_profile_consented_at
         FROM intellectual WHERE id = ANY($1) ORDER BY array_position($1, id)`,
      [ids],
    );
    expect(rows).toEqual([
      {
        id: ids[0],
        full_name: 'Phan Đủ Cột',
        birth_date: '1980-02-29',
        field_codes: ['OCEAN', 'AQUA'],
        honorary_titles: [{ code: 'NGUT', year: 2010 }],
        provenance,
        email: null,
        country_code: 'VN',
        status: 'active',
        public_profile: false,
        version: 1,
        has_created_at: true,
        public_profile_consented_at: new Date('2026-01-02T03:04:05.678Z'),
      },
      expect.objectContaining({
        full_name: 'Lý O\'Brien "Trích" \\ dẫn',
        field_codes: [],
        country_code: 'VN',
        birth_date: null,
        version: 1,
      }),
      expect.objectContaining({
        full_name: 'Vũ Quốc Ngoại',
        country_code: 'JP',
        status: 'retired',
        provenance: {},
      }),
    ]);
  });

  it('writes nothing when one row breaks a constraint', async () => {
    const id = randomUUID();
    await expect(
      insertMany(t.dataSource.manager, Intellectual, [
        { id, fullName: 'Hồ Hợp Lệ' },
        { id: randomUUID(), fullName: null as unknown as string },
      ]),
    ).rejects.toThrow(/full_name/);
    expect(await t.dataSource.query(`SELECT id FROM intellectual WHERE id = $1`, [id])).toEqual([]);
  });
});
