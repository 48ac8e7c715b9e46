import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The review of honor campaigns (issue 13): a council per round with its members and recusals,
 * scoring sheets, the round a nomination reached and the prize it got, the campaign's current round
 * and decision, and the campaign behind an award on a profile.
 */
export class HonorReview1796282100000 implements MigrationInterface {
  name = 'HonorReview1796282100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "honor_council" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "campaign_id" uuid NOT NULL, "round" smallint NOT NULL, "scoring_opened_at" TIMESTAMP WITH TIME ZONE, "secretary_confirmed_by" uuid, "secretary_confirmed_at" TIMESTAMP WITH TIME ZONE, "chair_confirmed_by" uuid, "chair_confirmed_at" TIMESTAMP WITH TIME ZONE, "result" jsonb, "version" integer NOT NULL DEFAULT 1, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "honor_council_campaign_round_key" UNIQUE ("campaign_id", "round"), CONSTRAINT "honor_council_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "honor_council_member" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "council_id" uuid NOT NULL, "intellectual_id" uuid NOT NULL, "role" text NOT NULL, "added_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "honor_council_member_council_intellectual_key" UNIQUE ("council_id", "intellectual_id"), CONSTRAINT "honor_council_member_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "honor_council_member_intellectual_idx" ON "honor_council_member" ("intellectual_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "honor_recusal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "council_member_id" uuid NOT NULL, "nomination_id" uuid NOT NULL, "conflicts" jsonb NOT NULL, "lifted_reason" text, "lifted_by" uuid, "lifted_at" TIMESTAMP WITH TIME ZONE, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "honor_recusal_member_nomination_key" UNIQUE ("council_member_id", "nomination_id"), CONSTRAINT "honor_recusal_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "honor_recusal_nomination_idx" ON "honor_recusal" ("nomination_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "honor_score_sheet" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "council_member_id" uuid NOT NULL, "nomination_id" uuid NOT NULL, "scores" jsonb NOT NULL DEFAULT '{}', "comment" text NOT NULL DEFAULT '', "submitted_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT 1, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "honor_score_sheet_member_nomination_key" UNIQUE ("council_member_id", "nomination_id"), CONSTRAINT "honor_score_sheet_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "honor_score_sheet_nomination_idx" ON "honor_score_sheet" ("nomination_id") `,
    );
    await queryRunner.query(`ALTER TABLE "honor_nomination" ADD "reached_round" smallint`);
    await queryRunner.query(`ALTER TABLE "honor_nomination" ADD "prize_level_code" text`);
    await queryRunner.query(`ALTER TABLE "honor_campaign" ADD "current_round" smallint`);
    await queryRunner.query(`ALTER TABLE "honor_campaign" ADD "decision_number" text`);
    await queryRunner.query(`ALTER TABLE "honor_campaign" ADD "decision_date" date`);
    await queryRunner.query(`ALTER TABLE "award" ADD "campaign_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "honor_council" ADD CONSTRAINT "honor_council_campaign_fkey" FOREIGN KEY ("campaign_id") REFERENCES "honor_campaign"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "honor_council_member" ADD CONSTRAINT "honor_council_member_council_fkey" FOREIGN KEY ("council_id") REFERENCES "honor_council"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "honor_council_member" ADD CONSTRAINT "honor_council_member_intellectual_fkey" FOREIGN KEY ("intellectual_id") REFERENCES "intellectual"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "honor_recusal" ADD CONSTRAINT "honor_recusal_member_fkey" FOREIGN KEY ("council_member_id") REFERENCES "honor_council_member"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "honor_recusal" ADD CONSTRAINT "honor_recusal_nomination_fkey" FOREIGN KEY ("nomination_id") REFERENCES "honor_nomination"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "honor_score_sheet" ADD CONSTRAINT "honor_score_sheet_member_fkey" FOREIGN KEY ("council_member_id") REFERENCES "honor_council_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "honor_score_sheet" ADD CONSTRAINT "honor_score_sheet_nomination_fkey" FOREIGN KEY ("nomination_id") REFERENCES "honor_nomination"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "honor_score_sheet"`);
    await queryRunner.query(`DROP TABLE "honor_recusal"`);
    await queryRunner.query(`DROP TABLE "honor_council_member"`);
    await queryRunner.query(`DROP TABLE "honor_council"`);
    await queryRunner.query(`ALTER TABLE "award" DROP COLUMN "campaign_id"`);
    await queryRunner.query(`ALTER TABLE "honor_campaign" DROP COLUMN "decision_date"`);
    await queryRunner.query(`ALTER TABLE "honor_campaign" DROP COLUMN "decision_number"`);
    await queryRunner.query(`ALTER TABLE "honor_campaign" DROP COLUMN "current_round"`);
    await queryRunner.query(`ALTER TABLE "honor_nomination" DROP COLUMN "prize_level_code"`);
    await queryRunner.query(`ALTER TABLE "honor_nomination" DROP COLUMN "reached_round"`);
  }
}
