import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The plans' yearly targets (issue 14), starting with the ones the province's plan for Resolution
 * 45-NQ/TW sets for 2024–2030; admins edit them and add other plans' (69-KL/TW…).
 */
export class StatTargets1796300200000 implements MigrationInterface {
  name = 'StatTargets1796300200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "stat_target" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "metric" text NOT NULL, "plan_code" text NOT NULL, "plan_title" text NOT NULL, "from_year" smallint NOT NULL, "to_year" smallint NOT NULL, "min_per_year" integer NOT NULL, "max_per_year" integer, "version" integer NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "stat_target_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "stat_target_metric_idx" ON "stat_target" ("metric", "from_year") `,
    );
    const plan = 'Kế hoạch của Tỉnh ủy Khánh Hòa thực hiện Nghị quyết số 45-NQ/TW';
    await queryRunner.query(
      `INSERT INTO "stat_target" ("metric", "plan_code", "plan_title", "from_year", "to_year", "min_per_year", "max_per_year", "version")
       VALUES ('international_publications', '45-NQ/TW', $1, 2024, 2030, 100, NULL, 1),
              ('patents_and_utility_solutions', '45-NQ/TW', $1, 2024, 2030, 1, NULL, 1),
              ('national_projects', '45-NQ/TW', $1, 2024, 2030, 3, 5, 1),
              ('provincial_projects', '45-NQ/TW', $1, 2024, 2030, 10, 15, 1)`,
      [plan],
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "stat_target"`);
  }
}
