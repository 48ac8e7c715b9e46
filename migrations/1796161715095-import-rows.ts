import { MigrationInterface, QueryRunner } from 'typeorm';

/** Rows of an import job kept with their cells: failed rows for errors.xlsx, conflicts and possible duplicates until an officer resolves them. */
export class ImportRows1796161715095 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "import_row" ("job_id" uuid NOT NULL, "row" integer NOT NULL, "outcome" text NOT NULL, "cells" jsonb NOT NULL, "resolution" text, "resolved_intellectual_id" uuid, "resolved_by" uuid, "resolved_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_8507e1569258a1e170a8f0298ba" PRIMARY KEY ("job_id", "row"))',
    );
    await queryRunner.query(
      'ALTER TABLE "import_row" ADD CONSTRAINT "FK_fd911b9c3c8b391419aa01805fc" FOREIGN KEY ("job_id") REFERENCES "import_job"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "import_row" DROP CONSTRAINT "FK_fd911b9c3c8b391419aa01805fc"');
    await queryRunner.query('DROP TABLE "import_row"');
  }
}
