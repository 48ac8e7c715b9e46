import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The statistics' temporal fact table (issue 14). It fills through the outbox: one workforce row per
 * profile, so the first facts of everyone registered before this release start at their profile's
 * creation with today's values (the history before it was not kept in this shape).
 */
export class WorkforceFacts1796300100000 implements MigrationInterface {
  name = 'WorkforceFacts1796300100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "workforce_fact" ("id" BIGSERIAL NOT NULL, "intellectual_id" uuid NOT NULL, "valid_from" TIMESTAMP WITH TIME ZONE NOT NULL, "valid_to" TIMESTAMP WITH TIME ZONE, "field_root" text, "field_level2" text, "highest_degree" text, "academic_title" text, "commune_code" text, "sector" text, "organization_id" uuid, "gender" text, "birth_year" integer, "status" text NOT NULL, "overseas_country" text, "origin_elsewhere" boolean NOT NULL, "ethnic_minority" boolean, "disability" boolean NOT NULL, CONSTRAINT "workforce_fact_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "workforce_fact_open_key" ON "workforce_fact" ("intellectual_id") WHERE valid_to IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "workforce_fact_person_idx" ON "workforce_fact" ("intellectual_id", "valid_from") `,
    );
    await queryRunner.query(
      `INSERT INTO "outbox_event" ("consumer", "aggregate_type", "aggregate_id")
       SELECT 'workforce', 'intellectual', "id" FROM "intellectual" ORDER BY "created_at"`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "outbox_event" WHERE "consumer" = 'workforce'`);
    await queryRunner.query(`DROP TABLE "workforce_fact"`);
  }
}
