import { MigrationInterface, QueryRunner } from 'typeorm';

/** Files attached to review requests, with the text read from them (RequestDocumentsService). */
export class ReviewRequestDocuments1796195000000 implements MigrationInterface {
  name = 'ReviewRequestDocuments1796195000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "review_request_document" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "review_request_id" uuid NOT NULL, "file_name" text NOT NULL, "media_type" text NOT NULL, "size_bytes" integer NOT NULL, "sha256" character(64) NOT NULL, "storage_key" text NOT NULL, "text_status" text NOT NULL, "extracted_text" text, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "review_request_document_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "review_request_document_storage_key_key" ON "review_request_document" ("storage_key") `,
    );
    await queryRunner.query(
      `CREATE INDEX "review_request_document_request_idx" ON "review_request_document" ("review_request_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "review_request_document" ADD CONSTRAINT "review_request_document_request_fkey" FOREIGN KEY ("review_request_id") REFERENCES "review_request"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_request_document" ADD CONSTRAINT "review_request_document_created_by_fkey" FOREIGN KEY ("created_by") REFERENCES "account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "review_request_document" DROP CONSTRAINT "review_request_document_created_by_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_request_document" DROP CONSTRAINT "review_request_document_request_fkey"`,
    );
    await queryRunner.query(`DROP INDEX "public"."review_request_document_request_idx"`);
    await queryRunner.query(`DROP INDEX "public"."review_request_document_storage_key_key"`);
    await queryRunner.query(`DROP TABLE "review_request_document"`);
  }
}
