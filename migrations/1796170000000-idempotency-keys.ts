import { MigrationInterface, QueryRunner } from 'typeorm';

/** Answers of requests sent with an Idempotency-Key, kept for a day (see IdempotencyStore). */
export class IdempotencyKeys1796170000000 implements MigrationInterface {
  name = 'IdempotencyKeys1796170000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "idempotency_key" ("account_id" uuid NOT NULL, "key" character varying(255) NOT NULL, "request_hash" character(64) NOT NULL, "status_code" smallint NOT NULL, "response" jsonb NOT NULL, "headers" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "idempotency_key_pkey" PRIMARY KEY ("account_id", "key"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idempotency_key_created_at_idx" ON "idempotency_key" ("created_at") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idempotency_key_created_at_idx"`);
    await queryRunner.query(`DROP TABLE "idempotency_key"`);
  }
}
