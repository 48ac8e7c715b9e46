import { MigrationInterface, QueryRunner } from 'typeorm';

/** Panel members' written opinions and their files (issue 12). */
export class PanelOpinions1796230000000 implements MigrationInterface {
  name = 'PanelOpinions1796230000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "panel_opinion" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "panel_member_id" uuid NOT NULL, "text" text NOT NULL, "version" integer NOT NULL DEFAULT '1', "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "panel_opinion_member_key" UNIQUE ("panel_member_id"), CONSTRAINT "panel_opinion_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "panel_opinion_file" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "opinion_id" uuid NOT NULL, "file_name" text NOT NULL, "media_type" text NOT NULL, "size_bytes" integer NOT NULL, "sha256" character(64) NOT NULL, "storage_key" text NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "panel_opinion_file_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "panel_opinion_file_opinion_idx" ON "panel_opinion_file" ("opinion_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "panel_opinion_file_storage_key_key" ON "panel_opinion_file" ("storage_key") `,
    );
    await queryRunner.query(
      `ALTER TABLE "panel_opinion" ADD CONSTRAINT "panel_opinion_member_fkey" FOREIGN KEY ("panel_member_id") REFERENCES "panel_member"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "panel_opinion_file" ADD CONSTRAINT "panel_opinion_file_opinion_fkey" FOREIGN KEY ("opinion_id") REFERENCES "panel_opinion"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "panel_opinion_file" DROP CONSTRAINT "panel_opinion_file_opinion_fkey"`,
    );
    await queryRunner.query(`ALTER TABLE "panel_opinion" DROP CONSTRAINT "panel_opinion_member_fkey"`);
    await queryRunner.query(`DROP INDEX "public"."panel_opinion_file_storage_key_key"`);
    await queryRunner.query(`DROP INDEX "public"."panel_opinion_file_opinion_idx"`);
    await queryRunner.query(`DROP TABLE "panel_opinion_file"`);
    await queryRunner.query(`DROP TABLE "panel_opinion"`);
  }
}
