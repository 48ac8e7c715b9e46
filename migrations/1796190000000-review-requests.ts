import { MigrationInterface, QueryRunner } from 'typeorm';

/** Agency accounts (an organization each) and review requests with their drafters and timeline. */
export class ReviewRequests1796190000000 implements MigrationInterface {
  name = 'ReviewRequests1796190000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "account" ADD "organization_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "account" ADD CONSTRAINT "account_organization_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TABLE "review_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "title" text NOT NULL, "summary" text NOT NULL, "proposal_text" text, "field_codes" text array NOT NULL DEFAULT '{}', "requesting_organization_id" uuid NOT NULL, "panel_size_min" integer NOT NULL, "panel_size_max" integer NOT NULL, "roles_wanted" jsonb NOT NULL, "opinions_attributed" boolean NOT NULL, "opinions_visible_to_members" boolean NOT NULL, "deadline" date NOT NULL, "state" text NOT NULL, "decline_reason" text, "created_by" uuid NOT NULL, "version" integer NOT NULL DEFAULT 1, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "review_request_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "review_request_organization_idx" ON "review_request" ("requesting_organization_id") `,
    );
    await queryRunner.query(`CREATE INDEX "review_request_state_idx" ON "review_request" ("state") `);
    await queryRunner.query(
      `ALTER TABLE "review_request" ADD CONSTRAINT "review_request_organization_fkey" FOREIGN KEY ("requesting_organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_request" ADD CONSTRAINT "review_request_created_by_fkey" FOREIGN KEY ("created_by") REFERENCES "account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TABLE "review_request_drafter" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "review_request_id" uuid NOT NULL, "intellectual_id" uuid, "name" text NOT NULL, "organization_id" uuid, CONSTRAINT "review_request_drafter_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "review_request_drafter_request_idx" ON "review_request_drafter" ("review_request_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "review_request_drafter" ADD CONSTRAINT "review_request_drafter_request_fkey" FOREIGN KEY ("review_request_id") REFERENCES "review_request"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_request_drafter" ADD CONSTRAINT "review_request_drafter_intellectual_fkey" FOREIGN KEY ("intellectual_id") REFERENCES "intellectual"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_request_drafter" ADD CONSTRAINT "review_request_drafter_organization_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TABLE "review_request_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "review_request_id" uuid NOT NULL, "from_state" text, "to_state" text NOT NULL, "actor_account_id" uuid, "reason" text, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), CONSTRAINT "review_request_event_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "review_request_event_request_idx" ON "review_request_event" ("review_request_id", "at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "review_request_event" ADD CONSTRAINT "review_request_event_request_fkey" FOREIGN KEY ("review_request_id") REFERENCES "review_request"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_request_event" ADD CONSTRAINT "review_request_event_actor_fkey" FOREIGN KEY ("actor_account_id") REFERENCES "account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "review_request_event"`);
    await queryRunner.query(`DROP TABLE "review_request_drafter"`);
    await queryRunner.query(`DROP TABLE "review_request"`);
    await queryRunner.query(`ALTER TABLE "account" DROP CONSTRAINT "account_organization_fkey"`);
    await queryRunner.query(`ALTER TABLE "account" DROP COLUMN "organization_id"`);
  }
}
