import { MigrationInterface, QueryRunner } from 'typeorm';

/** Honor campaigns (issue 13): setup, criteria as data, and the campaign's state. */
export class HonorCampaigns1796270000000 implements MigrationInterface {
  name = 'HonorCampaigns1796270000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "honor_campaign" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "title" text NOT NULL, "year" smallint NOT NULL, "organizer_organization_id" uuid, "organizer_name" text NOT NULL, "nominations_open" date NOT NULL, "nominations_close" date NOT NULL, "ceremony_date" date, "categories" text array NOT NULL DEFAULT '{}', "prize_levels" jsonb NOT NULL DEFAULT '[]', "rounds" jsonb NOT NULL DEFAULT '[]', "criteria" jsonb NOT NULL DEFAULT '[]', "state" text NOT NULL, "created_by" uuid NOT NULL, "version" integer NOT NULL DEFAULT 1, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "honor_campaign_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "honor_campaign_state_idx" ON "honor_campaign" ("state")`);
    await queryRunner.query(
      `ALTER TABLE "honor_campaign" ADD CONSTRAINT "honor_campaign_organizer_fkey" FOREIGN KEY ("organizer_organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "honor_campaign"`);
  }
}
