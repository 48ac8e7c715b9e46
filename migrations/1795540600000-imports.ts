import { MigrationInterface, QueryRunner } from 'typeorm';

/** Spreadsheet import jobs and their row issues (failed cells, possible duplicates). */
export class Imports1795540600000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "import_job" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "file_name" text NOT NULL, "file_kind" text NOT NULL, "file_sha256" text NOT NULL, "dry_run" boolean NOT NULL, "status" text NOT NULL DEFAULT 'queued', "total_rows" integer, "processed_rows" integer NOT NULL DEFAULT '0', "counts" jsonb NOT NULL, "failure" jsonb, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, "heartbeat_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_65b4c7eccb8120972a7b8da7682" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "import_job_unfinished_idx" ON "import_job"  ("heartbeat_at") WHERE status IN ('queued', 'running')`,
    );
    await queryRunner.query(
      `CREATE TABLE "import_row_issue" ("id" BIGSERIAL NOT NULL, "job_id" uuid NOT NULL, "kind" text NOT NULL, "row" integer NOT NULL, "column" text, "message" text NOT NULL, "message_vi" text NOT NULL, "candidate_ids" uuid array NOT NULL DEFAULT '{}', CONSTRAINT "PK_ea47c8d425582b19f5db9e08358" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "import_row_issue_job_idx" ON "import_row_issue"  ("job_id", "kind", "row") `,
    );
    await queryRunner.query(
      `ALTER TABLE "import_row_issue" ADD CONSTRAINT "FK_4f2d172fc884ccbb06f0c98e183" FOREIGN KEY ("job_id") REFERENCES "import_job"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Duplicate detection compares unaccented, lower-cased names by trigram similarity.
    await queryRunner.query(
      `CREATE INDEX "intellectual_full_name_trgm_idx" ON "intellectual" USING gin (f_unaccent(lower(full_name)) gin_trgm_ops) WHERE deleted_at IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."intellectual_full_name_trgm_idx"`);
    await queryRunner.query(
      `ALTER TABLE "import_row_issue" DROP CONSTRAINT "FK_4f2d172fc884ccbb06f0c98e183"`,
    );
    await queryRunner.query(`DROP INDEX "public"."import_row_issue_job_idx"`);
    await queryRunner.query(`DROP TABLE "import_row_issue"`);
    await queryRunner.query(`DROP INDEX "public"."import_job_unfinished_idx"`);
    await queryRunner.query(`DROP TABLE "import_job"`);
  }
}
