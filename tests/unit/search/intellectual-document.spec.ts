import { CatalogEntry } from '../../../src/catalog/catalog-entry.entity';
import { Intellectual } from '../../../src/intellectuals/entities/intellectual.entity';
import { toSummary } from '../../../src/intellectuals/summary/profile-summary';
import { CatalogLookup } from '../../../src/search/document/catalog-lookup';
import { documentAttributesFor, toDocument } from '../../../src/search/document/intellectual-document';

const entry = (
  catalog: CatalogEntry['catalog'],
  code: string,
  nameVi: string,
  extra: Partial<CatalogEntry> = {},
) => ({ catalog, code, nameVi, nameEn: null, parentCode: null, attributes: {}, ...extra }) as CatalogEntry;

const catalogs = new CatalogLookup([
  entry('fields', '4', 'Khoa học nông nghiệp'),
  entry('fields', '405', 'Thủy sản', { parentCode: '4', nameEn: 'Fisheries and aquaculture' }),
  entry('degree-levels', 'master', 'Thạc sĩ', { attributes: { rank: 2 } }),
  entry('countries', 'JP', 'Nhật Bản'),
]);

const person = {
  id: '00000000-0000-4000-8000-000000000001',
  fullName: 'Nguyễn Văn An',
  otherNames: [],
  gender: 'male',
  birthDate: '1985-04-30',
  nationalId: '079085000001',
  ethnicGroupCode: '01',
  hometown: { text: 'Ninh Hòa' },
  disability: 'none',
  homeAddress: '1 Trần Phú',
  communeCode: null,
  provinceName: null,
  countryCode: 'JP',
  email: 'an@example.vn',
  phone: '0900000000',
  biography: null,
  expertise: ['tôm hùm'],
  languages: ['ja'],
  primaryFieldCode: '405',
  fieldCodes: [],
  academicTitle: null,
  honoraryTitles: [],
  organizationId: null,
  organizationName: 'Đại học Tokyo',
  position: null,
  sector: 'overseas',
  status: 'active',
  publicProfile: true,
  provenance: {
    identity: { source: 'officer', verification: 'verified', verifiedBy: null, verifiedAt: null },
  },
  updatedAt: new Date('2026-01-02T03:04:05Z'),
} as unknown as Intellectual;

describe('search document mapping', () => {
  const document = toDocument(
    {
      intellectual: person,
      // what the profile summary view derived (tests/e2e/intellectuals/derived-facts holds it to every consumer)
      summary: toSummary(
        {
          id: person.id,
          highestDegree: 'master',
          verified: true,
          birthYear: 1985,
          employerName: 'Đại học Tokyo',
          overseas: true,
          fieldTree: ['4', '405'],
          primaryFieldRoot: '4',
          publicationCounts: { SCIE: 1, Scopus: 1, domestic_scored: 1 },
          ipCount: 1,
        },
        2026,
      ),
      publications: [{ title: 'A' }, { title: 'B' }, { title: 'C' }],
      intellectualProperties: [{ title: 'Lồng nuôi' }],
      awards: [],
      researchProjects: [],
      organization: null,
    },
    catalogs,
  );

  it('maps the derived facts, names and counts', () => {
    expect(document).toMatchObject({
      fieldCodes: ['4', '405'],
      organizationName: 'Đại học Tokyo',
      fieldNames: ['Thủy sản', 'Fisheries and aquaculture'],
      degreeLevel: 'master',
      degreeName: 'Thạc sĩ',
      birthYear: 1985,
      overseas: true,
      countryName: 'Nhật Bản',
      verified: true,
      publicationCount: 3,
      publicationCounts: { SCIE: 1, Scopus: 1, domestic_scored: 1 },
      internationalPublicationCount: 2,
      ipCount: 1,
      updatedAt: Date.parse('2026-01-02T03:04:05Z'),
    });
  });

  it('carries no restricted or contact attribute', () => {
    for (const key of [
      'birthDate',
      'nationalId',
      'ethnicGroupCode',
      'hometown',
      'disability',
      'homeAddress',
      'email',
      'phone',
    ]) {
      expect(document).not.toHaveProperty(key);
    }
    expect(JSON.stringify(document)).not.toMatch(/079085000001|1985-04-30|Trần Phú|Ninh Hòa/);
  });

  it('shows anonymous callers public attributes only', () => {
    const shown = documentAttributesFor(new Set(['public']));
    expect(shown).toEqual(expect.arrayContaining(['fullName', 'fieldNames', 'degreeLevel', 'countryCode']));
    for (const internal of [
      'gender',
      'birthYear',
      'communeCode',
      'communeName',
      'verified',
      'publicProfile',
      'status',
      'updatedAt',
    ]) {
      expect(shown).not.toContain(internal);
    }
  });
});
