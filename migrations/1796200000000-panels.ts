import { MigrationInterface, QueryRunner } from 'typeorm';

/** Expert panels of review requests (issue 12): one panel per request and its members. */
export class Panels1796200000000 implements MigrationInterface {
  name = 'Panels1796200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "panel" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "review_request_id" uuid NOT NULL, "locked_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT 1, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "panel_review_request_key" UNIQUE ("review_request_id"), CONSTRAINT "panel_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "panel_member" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "panel_id" uuid NOT NULL, "intellectual_id" uuid NOT NULL, "role" text NOT NULL, "status" text NOT NULL DEFAULT 'proposed', "conflict_override_reason" text, "override_by" uuid, "override_at" TIMESTAMP WITH TIME ZONE, "relevance" double precision, "added_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "panel_member_panel_intellectual_key" UNIQUE ("panel_id", "intellectual_id"), CONSTRAINT "panel_member_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "panel_member_intellectual_idx" ON "panel_member" ("intellectual_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "panel" ADD CONSTRAINT "panel_review_request_fkey" FOREIGN KEY ("review_request_id") REFERENCES "review_request"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "panel_member" ADD CONSTRAINT "panel_member_panel_fkey" FOREIGN KEY ("panel_id") REFERENCES "panel"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "panel_member" ADD CONSTRAINT "panel_member_intellectual_fkey" FOREIGN KEY ("intellectual_id") REFERENCES "intellectual"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "panel_member" DROP CONSTRAINT "panel_member_intellectual_fkey"`);
    await queryRunner.query(`ALTER TABLE "panel_member" DROP CONSTRAINT "panel_member_panel_fkey"`);
    await queryRunner.query(`ALTER TABLE "panel" DROP CONSTRAINT "panel_review_request_fkey"`);
    await queryRunner.query(`DROP INDEX "public"."panel_member_intellectual_idx"`);
    await queryRunner.query(`DROP TABLE "panel_member"`);
    await queryRunner.query(`DROP TABLE "panel"`);
  }
}
