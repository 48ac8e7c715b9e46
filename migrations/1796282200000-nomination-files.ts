import { MigrationInterface, QueryRunner } from 'typeorm';

/** Files attached to honor nominations (issue 13), stored like request documents and opinion files. */
export class NominationFiles1796282200000 implements MigrationInterface {
  name = 'NominationFiles1796282200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "honor_nomination_file" ("file_name" text NOT NULL, "media_type" text NOT NULL, "size_bytes" integer NOT NULL, "sha256" character(64) NOT NULL, "storage_key" text NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "nomination_id" uuid NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "honor_nomination_file_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "honor_nomination_file_nomination_idx" ON "honor_nomination_file" ("nomination_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "honor_nomination_file_storage_key_key" ON "honor_nomination_file" ("storage_key") `,
    );
    await queryRunner.query(
      `ALTER TABLE "honor_nomination_file" ADD CONSTRAINT "honor_nomination_file_nomination_fkey" FOREIGN KEY ("nomination_id") REFERENCES "honor_nomination"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "honor_nomination_file"`);
  }
}
