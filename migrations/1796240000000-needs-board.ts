import { MigrationInterface, QueryRunner } from 'typeorm';

/** The needs board of task orders (issue 12): experts' interest and staff's shortlist. */
export class NeedsBoard1796240000000 implements MigrationInterface {
  name = 'NeedsBoard1796240000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "need_candidate" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "review_request_id" uuid NOT NULL, "intellectual_id" uuid NOT NULL, "interested_at" TIMESTAMP WITH TIME ZONE, "note" text, "shortlisted_at" TIMESTAMP WITH TIME ZONE, "shortlisted_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "need_candidate_request_intellectual_key" UNIQUE ("review_request_id", "intellectual_id"), CONSTRAINT "need_candidate_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "need_candidate_intellectual_idx" ON "need_candidate" ("intellectual_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "need_candidate" ADD CONSTRAINT "need_candidate_request_fkey" FOREIGN KEY ("review_request_id") REFERENCES "review_request"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "need_candidate" ADD CONSTRAINT "need_candidate_intellectual_fkey" FOREIGN KEY ("intellectual_id") REFERENCES "intellectual"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "need_candidate" DROP CONSTRAINT "need_candidate_intellectual_fkey"`,
    );
    await queryRunner.query(`ALTER TABLE "need_candidate" DROP CONSTRAINT "need_candidate_request_fkey"`);
    await queryRunner.query(`DROP INDEX "public"."need_candidate_intellectual_idx"`);
    await queryRunner.query(`DROP TABLE "need_candidate"`);
  }
}
