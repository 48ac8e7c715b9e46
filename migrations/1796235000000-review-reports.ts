import { MigrationInterface, QueryRunner } from 'typeorm';

/** The consolidated report of a review request, its recommendations and the agency's answers (issue 12). */
export class ReviewReports1796235000000 implements MigrationInterface {
  name = 'ReviewReports1796235000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "review_report" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "review_request_id" uuid NOT NULL, "conclusion" text NOT NULL DEFAULT '', "pdf_key" text, "pdf_sha256" text, "pdf_size" integer, "docx_key" text, "docx_sha256" text, "docx_size" integer, "generated_at" TIMESTAMP WITH TIME ZONE, "sent_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT 1, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "review_report_request_key" UNIQUE ("review_request_id"), CONSTRAINT "review_report_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "review_recommendation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "report_id" uuid NOT NULL, "position" integer NOT NULL, "text" text NOT NULL, CONSTRAINT "review_recommendation_report_position_key" UNIQUE ("report_id", "position"), CONSTRAINT "review_recommendation_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "review_recommendation_answer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recommendation_id" uuid NOT NULL, "decision" text NOT NULL, "reason" text, "answered_by" uuid NOT NULL, "answered_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "review_recommendation_answer_recommendation_key" UNIQUE ("recommendation_id"), CONSTRAINT "review_recommendation_answer_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_report" ADD CONSTRAINT "review_report_request_fkey" FOREIGN KEY ("review_request_id") REFERENCES "review_request"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_recommendation" ADD CONSTRAINT "review_recommendation_report_fkey" FOREIGN KEY ("report_id") REFERENCES "review_report"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_recommendation_answer" ADD CONSTRAINT "review_recommendation_answer_recommendation_fkey" FOREIGN KEY ("recommendation_id") REFERENCES "review_recommendation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "review_recommendation_answer" DROP CONSTRAINT "review_recommendation_answer_recommendation_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_recommendation" DROP CONSTRAINT "review_recommendation_report_fkey"`,
    );
    await queryRunner.query(`ALTER TABLE "review_report" DROP CONSTRAINT "review_report_request_fkey"`);
    await queryRunner.query(`DROP TABLE "review_recommendation_answer"`);
    await queryRunner.query(`DROP TABLE "review_recommendation"`);
    await queryRunner.query(`DROP TABLE "review_report"`);
  }
}
