import { MigrationInterface, QueryRunner } from 'typeorm';
import { CatalogRow, insertCatalog, readCatalogCsv } from './catalog-csv';

/** Our stable codes for the degree levels and titles of degrees-titles.csv (its suggested codes kept as abbreviation). */
const DEGREE_CODES: Record<string, { code: string; rank: number }> = {
  CN: { code: 'bachelor', rank: 1 },
  KS: { code: 'engineer', rank: 1 },
  THS: { code: 'master', rank: 2 },
  TS: { code: 'doctorate', rank: 4 },
  TSKH: { code: 'doctor_of_science', rank: 5 },
  BSNT: { code: 'resident', rank: 2 },
  CKI: { code: 'specialist_1', rank: 2 },
  CKII: { code: 'specialist_2', rank: 3 },
};
const TITLE_CODES: Record<string, string> = { PGS: 'associate_professor', GS: 'professor' };

/** Loads the reference catalogs from migrations/data (see its README for sources and confidence). */
export class CatalogData1795539900800 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await insertCatalog(
      queryRunner,
      'fields',
      readCatalogCsv('fields.csv').map((row) => ({
        code: row.code,
        parentCode: row.parent_code || null,
        level: Number(row.level),
        nameVi: row.name_vi,
        nameEn: row.name_en,
        attributes: { scheme: row.scheme, fordCode: row.ford2015_code, fordName: row.ford2015_name },
      })),
    );

    const degreesAndTitles = readCatalogCsv('degrees-titles.csv');
    const pick = (category: string) => degreesAndTitles.filter((row) => row.category === category);
    await insertCatalog(
      queryRunner,
      'degree-levels',
      [...pick('hoc_vi'), ...pick('chuyen_khoa_y')]
        .filter((row) => DEGREE_CODES[row.code_suggested])
        .map((row) => ({
          code: DEGREE_CODES[row.code_suggested].code,
          nameVi: row.name_vi,
          nameEn: row.name_en,
          attributes: {
            abbreviation: row.code_suggested,
            kind: row.category === 'hoc_vi' ? 'academic_degree' : 'medical_specialist',
            rank: DEGREE_CODES[row.code_suggested].rank,
          },
        })),
    );
    await insertCatalog(
      queryRunner,
      'academic-titles',
      pick('hoc_ham').map((row) => ({
        code: TITLE_CODES[row.code_suggested],
        nameVi: row.name_vi,
        nameEn: row.name_en,
        attributes: { abbreviation: row.code_suggested },
      })),
    );
    const simple = (row: Record<string, string>): CatalogRow => ({
      code: row.code_suggested,
      nameVi: row.name_vi,
      nameEn: row.name_en,
      attributes: { basis: row.awarding_body_or_basis },
    });
    await insertCatalog(queryRunner, 'honorary-titles', pick('danh_hieu_vinh_du').map(simple));
    await insertCatalog(queryRunner, 'prizes', pick('giai_thuong').map(simple));

    await insertCatalog(
      queryRunner,
      'communes',
      readCatalogCsv('khanh-hoa-units.csv').map((row) => ({
        code: row.code,
        nameVi: row.name,
        attributes: {
          shortName: row.short_name,
          unitType: row.unit_type,
          provinceCode: row.province_code,
          formerProvince: row.former_province,
          formerDistrict: row.former_district,
          formerUnits: row.former_units
            .split(';')
            .map((unit) => unit.trim())
            .filter(Boolean),
        },
      })),
    );
    await insertCatalog(
      queryRunner,
      'ethnic-groups',
      readCatalogCsv('ethnic-groups.csv').map((row) => ({
        code: row.code,
        nameVi: row.name_common,
        attributes: { gsoSpelling: row.name_gso_spelling, ethnicMinority: row.is_ethnic_minority === 'true' },
      })),
    );
    await insertCatalog(
      queryRunner,
      'countries',
      readCatalogCsv('countries.csv').map((row) => ({
        code: row.code,
        nameVi: row.name_vi,
        nameEn: row.name_en,
        attributes: { alpha3: row.alpha3 },
      })),
    );
    await insertCatalog(
      queryRunner,
      'civil-service-ranks',
      readCatalogCsv('public-service-ranks.csv').map((row) => ({
        code: row.code,
        nameVi: row.name_vi,
        nameEn: row.name_en_informal,
        attributes: { kind: row.kind, grade: row.grade },
      })),
    );

    for (const row of readCatalogCsv('organizations.csv')) {
      await queryRunner.query(
        `INSERT INTO organization (name_vi, name_en, short_name, sector, commune_code, version)
         VALUES ($1, $2, $3, $4, $5, 1)`,
        [row.name_vi.normalize('NFC'), row.name_en, row.short_name, row.sector, row.commune_code || null],
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM organization`);
    await queryRunner.query(`DELETE FROM catalog_entry`);
  }
}
