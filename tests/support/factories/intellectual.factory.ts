import { randomInt } from 'node:crypto';
import { bearer, TestAccount, TestApp } from '../test-app';

/**
 * Valid bodies for POST /api/v1/intellectuals (and IntellectualsService.create), with every field
 * overridable. Codes are real catalog codes (migrations/data).
 */
let sequence = 0;

export function nationalId(): string {
  return `0560${String(randomInt(10 ** 8)).padStart(8, '0')}`;
}

export function intellectualInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  sequence += 1;
  return {
    fullName: `Nguyễn Thị Minh Châu ${sequence}`,
    otherNames: ['Minh Châu'],
    gender: 'female',
    birthDate: '1980-05-17',
    ethnicGroupCode: '01',
    nationalId: nationalId(),
    hometown: { communeCode: '22366' },
    communeCode: '22366',
    email: `chau.${sequence}@ntu.edu.vn`,
    phone: '0912345678',
    biography: 'Nghiên cứu nuôi trồng thủy sản và an toàn sinh học.',
    expertise: ['nuôi trồng thủy sản', 'vắc xin thủy sản'],
    languages: ['vi', 'en'],
    primaryFieldCode: '401',
    fieldCodes: ['401', '102'],
    academicTitle: { code: 'associate_professor', year: 2015 },
    honoraryTitles: [{ code: 'NGUT', year: 2018 }],
    organizationName: 'Viện Nuôi trồng Thủy sản',
    position: 'Phó Viện trưởng',
    sector: 'university',
    civilService: { rankCode: '01.002', grade: 'A2' },
    status: 'active',
    educations: [
      {
        level: 'bachelor',
        fieldCode: '401',
        institution: 'Trường Đại học Nha Trang',
        countryCode: 'VN',
        year: 2002,
      },
      {
        level: 'doctorate',
        fieldCode: '401',
        institution: 'Wageningen University',
        countryCode: 'NL',
        year: 2010,
      },
    ],
    publications: [
      {
        title: 'Vaccination of Asian seabass against Streptococcus iniae',
        year: 2021,
        venue: 'Aquaculture',
        issn: '0044-8486',
        doi: '10.1016/j.aquaculture.2021.736001',
        indexClass: 'SCIE',
        authorRole: 'first_author',
        coAuthors: ['Trần Văn B'],
      },
      { title: 'Nuôi tôm hùm lồng bền vững ở Khánh Hòa', year: 2019, indexClass: 'domestic_scored' },
    ],
    intellectualProperties: [
      {
        kind: 'utility_solution',
        title: 'Lồng nuôi tôm hùm chống sóng',
        number: 'GPHI 2-0001234',
        year: 2020,
        status: 'granted',
      },
    ],
    ...overrides,
  };
}

/** The parts of a created profile's body the tests reach into. */
export interface CreatedProfile {
  id: string;
  educations: Array<{ id: string }>;
  publications: Array<{ id: string }>;
  [attribute: string]: unknown;
}

/** Creates a profile through the API and returns its body and ETag. */
export async function createIntellectual(
  t: TestApp,
  officer: TestAccount,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; etag: string; body: CreatedProfile }> {
  const response = await t.http
    .post('/api/v1/intellectuals')
    .set(bearer(officer.token))
    .send(intellectualInput(overrides));
  if (response.status !== 201) {
    throw new Error(`creating an intellectual failed: ${response.status} ${JSON.stringify(response.body)}`);
  }
  return { id: response.body.id, etag: response.headers.etag, body: response.body };
}
