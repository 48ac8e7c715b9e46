import { MigrationInterface, QueryRunner } from 'typeorm';

/** Nominations for honor campaigns (issue 13), and whether a campaign takes self-nominations. */
export class HonorNominations1796281400000 implements MigrationInterface {
  name = 'HonorNominations1796281400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "honor_campaign" ADD "allows_self_nomination" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(
      `CREATE TABLE "honor_nomination" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "campaign_id" uuid NOT NULL, "nominee_id" uuid NOT NULL, "nominated_by" text NOT NULL, "nominator_organization_id" uuid, "created_by" uuid NOT NULL, "category" text, "work" jsonb, "work_title_key" text, "publication_ids" uuid array NOT NULL DEFAULT '{}', "intellectual_property_ids" uuid array NOT NULL DEFAULT '{}', "research_project_ids" uuid array NOT NULL DEFAULT '{}', "statement" text NOT NULL DEFAULT '', "declarations" jsonb NOT NULL DEFAULT '[]', "overrides" jsonb NOT NULL DEFAULT '[]', "eligibility" jsonb, "eligible" boolean, "evaluated_at" TIMESTAMP WITH TIME ZONE, "state" text NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE, "answered_at" TIMESTAMP WITH TIME ZONE, "decline_reason" text, "version" integer NOT NULL DEFAULT 1, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "honor_nomination_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "honor_nomination_campaign_idx" ON "honor_nomination" ("campaign_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "honor_nomination_nominee_idx" ON "honor_nomination" ("nominee_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "honor_nomination_organization_idx" ON "honor_nomination" ("nominator_organization_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "honor_nomination" ADD CONSTRAINT "honor_nomination_campaign_fkey" FOREIGN KEY ("campaign_id") REFERENCES "honor_campaign"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "honor_nomination" ADD CONSTRAINT "honor_nomination_nominee_fkey" FOREIGN KEY ("nominee_id") REFERENCES "intellectual"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "honor_nomination" ADD CONSTRAINT "honor_nomination_organization_fkey" FOREIGN KEY ("nominator_organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "honor_nomination"`);
    await queryRunner.query(`ALTER TABLE "honor_campaign" DROP COLUMN "allows_self_nomination"`);
  }
}
