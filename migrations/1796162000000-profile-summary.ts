import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The view of derived facts (src/intellectuals/summary/profile-summary.entity.ts), as of this
 * migration. TypeORM compares view definitions through typeorm_metadata, so the row goes there too.
 */
const SUMMARY = `SELECT i.id AS id,
    (SELECT e.level FROM education e WHERE e.intellectual_id = i.id
      ORDER BY array_position(ARRAY['doctor_of_science', 'doctorate', 'specialist_2', 'master', 'specialist_1', 'resident', 'engineer', 'bachelor']::text[], e.level), e.level LIMIT 1) AS highest_degree,
    (i.provenance <> '{}'::jsonb
      AND NOT EXISTS (SELECT 1 FROM jsonb_each(i.provenance) g WHERE g.value->>'verification' <> 'verified')
      AND NOT EXISTS (SELECT 1 FROM education p WHERE p.intellectual_id = i.id AND p.verification_status <> 'verified')
      AND NOT EXISTS (SELECT 1 FROM employment p WHERE p.intellectual_id = i.id AND p.verification_status <> 'verified')
      AND NOT EXISTS (SELECT 1 FROM publication p WHERE p.intellectual_id = i.id AND p.verification_status <> 'verified')
      AND NOT EXISTS (SELECT 1 FROM intellectual_property p WHERE p.intellectual_id = i.id AND p.verification_status <> 'verified')
      AND NOT EXISTS (SELECT 1 FROM research_project p WHERE p.intellectual_id = i.id AND p.verification_status <> 'verified')
      AND NOT EXISTS (SELECT 1 FROM award p WHERE p.intellectual_id = i.id AND p.verification_status <> 'verified')
      AND NOT EXISTS (SELECT 1 FROM supervision p WHERE p.intellectual_id = i.id AND p.verification_status <> 'verified')
      AND NOT EXISTS (SELECT 1 FROM membership p WHERE p.intellectual_id = i.id AND p.verification_status <> 'verified')
      AND NOT EXISTS (SELECT 1 FROM relation p WHERE p.intellectual_id = i.id AND p.verification_status <> 'verified')) AS verified,
    EXTRACT(YEAR FROM i.birth_date)::int AS birth_year,
    COALESCE(o.name_vi, i.organization_name) AS employer_name,
    i.country_code <> 'VN' AS overseas,
    ARRAY(WITH RECURSIVE up(code) AS (
        SELECT unnest(array_remove(array_prepend(i.primary_field_code, i.field_codes), NULL))
        UNION SELECT f.parent_code FROM catalog_entry f JOIN up ON f.catalog = 'fields' AND f.code = up.code
         WHERE f.parent_code IS NOT NULL)
      SELECT code FROM up ORDER BY code) AS field_tree,
    (WITH RECURSIVE up(code, parent_code) AS (
        SELECT f.code, f.parent_code FROM catalog_entry f WHERE f.catalog = 'fields' AND f.code = i.primary_field_code
        UNION SELECT f.code, f.parent_code FROM catalog_entry f JOIN up ON f.catalog = 'fields' AND f.code = up.parent_code)
      SELECT code FROM up WHERE parent_code IS NULL LIMIT 1) AS primary_field_root,
    (SELECT COALESCE(jsonb_object_agg(c.index_class, c.n), '{}'::jsonb) FROM (
        SELECT p.index_class, count(*)::int AS n FROM publication p WHERE p.intellectual_id = i.id
         GROUP BY p.index_class) c) AS publication_counts,
    (SELECT count(*)::int FROM intellectual_property ip WHERE ip.intellectual_id = i.id) AS ip_count
  FROM intellectual i LEFT JOIN organization o ON o.id = i.organization_id`;

export class ProfileSummary1796162000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE IF NOT EXISTS "typeorm_metadata" ("type" character varying NOT NULL, "database" character varying,
        "schema" character varying, "table" character varying, "name" character varying, "value" text)`,
    );
    await queryRunner.query(`CREATE VIEW "intellectual_summary" AS ${SUMMARY}`);
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata" ("type", "schema", "name", "value") VALUES ('VIEW', current_schema(), 'intellectual_summary', $1)`,
      [SUMMARY],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DELETE FROM "typeorm_metadata" WHERE "type" = 'VIEW' AND "name" = 'intellectual_summary'`,
    );
    await queryRunner.query(`DROP VIEW "intellectual_summary"`);
  }
}
